// The Abwägungstabelle in the browser: the moderator downloads the XLSX and it parses; the public CSV
// has no personal data; the print pages and the download page are axe-clean; roles are enforced; the
// admin finds the export in the audit log with the filters.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoA11yViolations, launch, login, newContext } from './harness';

const SLUG = 'handlungskonzept-wohnen';
const PEOPLE = [
	'Bürgerin aus Langendreer',
	'Nachbar aus Werne',
	'Studentin in Querenburg',
	'Allianz-Akteurin (Demo)',
	'Wohnungsgenossenschaft Ruhrtal eG (Demo)',
	'@demo.invalid'
];
const PUBLISHED = 'Danke für die ehrliche Bilanz';
const PENDING = 'Die Spanne von 800 bis 1.000';
const REJECTED = 'Sie suchen eine neue Wohnung';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('Abwägungstabelle', () => {
	it('moderation downloads the internal XLSX from the download page; it parses', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await login(page, 'moderation@demo.invalid');
		await page.goto('/moderation/export');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Abwägungstabelle herunterladen'
		);
		await expectNoA11yViolations(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Excel (XLSX) herunterladen' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(
			new RegExp(`^abwaegungstabelle-${SLUG}-intern-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`)
		);
		const bytes = await readFile((await download.path())!);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
		const ws = wb.worksheets[0];
		const header = (ws.getRow(1).values as unknown[]).slice(1);
		expect(header).toEqual(expect.arrayContaining(['Beitrag', 'Status', 'Pseudonym', 'Themenpaket']));
		expect(ws.rowCount).toBeGreaterThan(10);
		const text = JSON.stringify(ws.getSheetValues());
		expect(text).toContain(PUBLISHED);
		expect(text).toContain(PENDING); // the internal version has pending input …
		expect(text).toContain('Bürgerin aus Langendreer'); // … and pseudonyms

		// The same file by URL with the session cookie, filtered.
		const res = await context.request.get(
			`/moderation/export/abwaegung.csv?verfahren=${SLUG}&status=pending`
		);
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toContain('text/csv');
		const csv = await res.text();
		expect(csv).toContain(PENDING);
		expect(csv).not.toContain(PUBLISHED);

		// The internal print page.
		await page.goto(`/moderation/export/abwaegung/drucken?verfahren=${SLUG}`);
		await expect(page.getByRole('table').count()).resolves.toBe(1);
		await expect(page.getByText('Interne Fassung', { exact: false }).count()).resolves.toBeGreaterThan(0);
		await expectNoA11yViolations(page);
		await context.close();
	});

	it('the public CSV, XLSX and print page hold published input only, without personal data', async () => {
		const csvRes = await fetch(`${baseUrl()}/verfahren/${SLUG}/ergebnisse/abwaegung.csv`);
		expect(csvRes.status).toBe(200);
		expect(csvRes.headers.get('content-disposition')).toMatch(/attachment; filename="abwaegungstabelle-/);
		const csv = await csvRes.text();
		expect(csv).toContain(PUBLISHED);
		for (const secret of [...PEOPLE, PENDING, REJECTED, 'Pseudonym'])
			expect(csv, secret).not.toContain(secret);

		const xlsxRes = await fetch(`${baseUrl()}/verfahren/${SLUG}/ergebnisse/abwaegung.xlsx`);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(
			Buffer.from(await xlsxRes.arrayBuffer()) as unknown as Parameters<typeof wb.xlsx.load>[0]
		);
		const xlsx = JSON.stringify(wb.worksheets[0].getSheetValues());
		expect(xlsx).toContain(PUBLISHED);
		for (const secret of [...PEOPLE, PENDING, REJECTED]) expect(xlsx, secret).not.toContain(secret);

		const context = await newContext(browser);
		const page = await context.newPage();
		const res = await page.goto(`/verfahren/${SLUG}/ergebnisse/abwaegung/drucken`);
		expect(res?.status()).toBe(200);
		expect(res?.headers()['content-security-policy']).toContain("default-src 'none'");
		const html = await page.content();
		expect(html).toContain(PUBLISHED);
		for (const secret of [...PEOPLE, PENDING, REJECTED]) expect(html, secret).not.toContain(secret);
		await expectNoA11yViolations(page);
		await context.close();
	});

	it('the Begleitgremium gets its version without personal data; citizens get 403', async () => {
		const gremium = await newContext(browser);
		const page = await gremium.newPage();
		await login(page, 'gremium@demo.invalid');
		const res = await gremium.request.get(`/moderation/export/abwaegung.csv?verfahren=${SLUG}`);
		expect(res.status()).toBe(200);
		const csv = await res.text();
		expect(csv).toContain(PUBLISHED);
		for (const secret of [...PEOPLE, PENDING, REJECTED]) expect(csv, secret).not.toContain(secret);
		await gremium.close();

		const citizen = await newContext(browser);
		const cp = await citizen.newPage();
		await login(cp, 'buerger@demo.invalid');
		for (const path of [
			'/moderation/export',
			`/moderation/export/abwaegung.csv?verfahren=${SLUG}`,
			`/moderation/export/abwaegung.xlsx?verfahren=${SLUG}`,
			`/moderation/export/abwaegung/drucken?verfahren=${SLUG}`
		])
			expect((await citizen.request.get(path)).status(), path).toBe(403);
		await citizen.close();
	});

	it("the queue's selection export holds exactly the queue's rows", async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await login(page, 'moderation@demo.invalid');
		for (const view of [
			'/moderation',
			'/moderation?status=all&gemeldet=1',
			'/moderation?status=unreviewed'
		]) {
			await page.goto(view);
			const shown = await page.locator('li.queue__row').count();
			expect(shown, view).toBeLessThan(25); // one page: the export must have the same rows
			const href = await page
				.getByRole('link', { name: 'Diese Auswahl als Excel exportieren' })
				.getAttribute('href');
			const res = await page.request.get(href!);
			expect(res.status()).toBe(200);
			const wb = new ExcelJS.Workbook();
			await wb.xlsx.load(Buffer.from(await res.body()) as unknown as Parameters<typeof wb.xlsx.load>[0]);
			const rows = (wb.worksheets[0].getSheetValues() as unknown[][]).slice(2).filter(Boolean);
			expect(rows.length, view).toBe(shown);
		}
		await context.close();
	});

	it('the admin finds the exports in the audit log by filter', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await login(page, 'admin@demo.invalid');
		await page.goto('/admin/protokoll');
		await expectNoA11yViolations(page);
		await page.getByLabel('Aktion').selectOption({ label: 'Abwägungstabelle exportiert' });
		await page.getByLabel('Wer').selectOption({ label: 'Moderation (Demo)' });
		await page.getByRole('button', { name: 'Filtern' }).click();
		await page.waitForURL(/aktion=export.abwaegung/);
		const rows = page.locator('table.kern-table > tbody > tr');
		expect(await rows.count()).toBeGreaterThanOrEqual(2); // XLSX download and the CSV by URL
		for (const text of await rows.allTextContents()) {
			expect(text).toContain('Abwägungstabelle exportiert');
			expect(text).toContain('Moderation (Demo)');
		}
		// The details show the changed fields readably.
		await rows.first().getByText('Details anzeigen').click();
		await expect(rows.first().getByRole('rowheader', { name: 'Zielgruppe' }).count()).resolves.toBe(1);
		await expect(
			rows.first().getByRole('cell', { name: 'intern (Verwaltung und Moderation)' }).count()
		).resolves.toBe(1);
		await expectNoA11yViolations(page);

		// A date range in the future finds nothing.
		await page.getByLabel('Von (Datum)').fill('2099-01-01');
		await page.getByRole('button', { name: 'Filtern' }).click();
		await page.waitForURL(/von=2099-01-01/);
		await expect(page.getByText('Keine Einträge gefunden.').count()).resolves.toBe(1);
		await context.close();
	});
});
