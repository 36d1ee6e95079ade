// The end of the review chain in a real browser, on the demo: a Begleitgremium member opens the forwarded
// package "Bezahlbarer Wohnraum in den Quartieren", writes internal notes and recommends "teilweise
// übernommen"; the administration answers the Allianz comment on the quota paragraph, links the changed
// paragraph of version 2 and publishes; the public results page shows it filtered by verdict and the
// contribution page shows the old and the new wording. Internal notes never reach a public page or API.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoA11yViolations, launch, login, newContext } from './harness';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** The demo's answered package: its recommendation is final, the administration may add item responses. */
const PACKAGE = 'Bezahlbarer Wohnraum in den Quartieren';
/** The demo's draft package: moderation forwards it here and the Gremium recommends on it. */
const OPEN_PACKAGE = 'Älter werden im Quartier';
const RESULTS = '/verfahren/handlungskonzept-wohnen/ergebnisse';
const MARKER = `INTERN-E2E-${Date.now()}`;
const RECOMMENDATION = `Eine verbindliche Quote ja, aber 25 % mit Überprüfung (${Date.now()}).`;
const RESPONSE = `Die Quote sinkt in Fassung 2 auf 25 % und wird nach zwei Jahren überprüft (${Date.now()}).`;

async function status(page: Page, path: string) {
	const res = await page.goto(path);
	return res?.status();
}

let packagePath = '';
let openPackagePath = '';
let itemId = '';

describe('Begleitgremium, response and public results', () => {
	it('lets only Gremium, moderation and admins into /gremium', async () => {
		const visitor = await (await newContext(browser)).newPage();
		await visitor.goto('/gremium');
		expect(new URL(visitor.url()).pathname).toBe('/anmelden');
		for (const email of ['buerger@demo.invalid', 'allianz@demo.invalid']) {
			const page = await (await newContext(browser)).newPage();
			await login(page, email);
			expect(await status(page, '/gremium')).toBe(403);
			await page.context().close();
		}
		await visitor.context().close();
	});

	it('a Gremium member discusses the package internally and recommends "teilweise übernommen"', async () => {
		// Moderation forwards the demo's draft package.
		const mod = await (await newContext(browser)).newPage();
		await login(mod, 'moderation@demo.invalid');
		await mod.goto('/moderation/themenpakete');
		await mod.getByRole('link', { name: OPEN_PACKAGE }).click();
		await mod.getByLabel(/Ja, das Paket ist fertig/).check();
		await mod.getByRole('button', { name: 'An das Begleitgremium weiterleiten' }).click();
		await mod.getByText('Das Themenpaket ist an das Begleitgremium weitergeleitet.').waitFor();
		await mod.context().close();

		const page = await (await newContext(browser)).newPage();
		await login(page, 'gremium@demo.invalid');
		await page.goto('/admin');
		await page.getByRole('link', { name: 'Begleitgremium' }).click();
		await page.getByRole('heading', { name: 'Begleitgremium: Themenpakete' }).waitFor();
		await expectNoA11yViolations(page);
		await page.getByRole('link', { name: PACKAGE }).click();
		await page.getByRole('heading', { level: 1, name: `Themenpaket: ${PACKAGE}` }).waitFor();
		packagePath = new URL(page.url()).pathname;
		await expectNoA11yViolations(page);

		// The Allianz comment on the quota paragraph of version 1.
		const items = page.locator('li.item');
		const quota = items.filter({
			has: page.locator('.item__body', { hasText: 'Eine Quote von 30 % ist bei den aktuellen Baukosten' })
		});
		expect(await quota.count()).toBe(1);
		const item = quota.first();
		itemId = ((await item.getAttribute('id')) ?? '').replace('beitrag-', '');
		expect(itemId).toMatch(/^[0-9a-f-]{36}$/);

		// Internal notes on the package and on the item.
		await page.locator('#ib-paket').fill(`Zur Quote: ${MARKER}`);
		await page
			.locator('form', { has: page.locator('#ib-paket') })
			.getByRole('button', { name: 'Anmerkung speichern' })
			.click();
		await page.getByText('Ihre interne Anmerkung ist gespeichert.').waitFor();
		await page.getByText(`Zur Quote: ${MARKER}`).waitFor();
		await page.locator(`#ib-${itemId}`).fill(`Zum Beitrag: ${MARKER}`);
		await page
			.locator('form', { has: page.locator(`#ib-${itemId}`) })
			.getByRole('button', { name: 'Anmerkung speichern' })
			.click();
		await page.getByText(`Zum Beitrag: ${MARKER}`).waitFor();

		// The administration's response to this package is published: its recommendation is final.
		await page.getByText('Die Empfehlung ist damit abgeschlossen').first().waitFor();
		expect(await page.locator('#rv-paket').count()).toBe(0);
		const late = await page.request.post(`${packagePath}?/recommend`, {
			form: { item: '', verdict: 'not_adopted', reason: 'Nachträglich anders' },
			headers: { origin: baseUrl() }
		});
		expect(await late.json()).toMatchObject({ type: 'failure', status: 409 });

		// The package moderation has just forwarded takes a recommendation.
		await page.goto('/gremium');
		await page.getByRole('link', { name: OPEN_PACKAGE }).click();
		await page.getByRole('heading', { level: 1, name: `Themenpaket: ${OPEN_PACKAGE}` }).waitFor();
		openPackagePath = new URL(page.url()).pathname;
		// An empty reason is refused with a clear message; the choice is kept.
		await page.locator('#rv-paket').selectOption({ label: 'teilweise übernommen' });
		await page.locator('#rr-paket').fill('');
		await page.locator('#rr-paket').evaluate((el) => el.removeAttribute('required'));
		const recForm = page.locator('form', { has: page.locator('#rv-paket') });
		await recForm.getByRole('button', { name: 'Empfehlung speichern' }).click();
		await page.getByText('Bitte begründen Sie die Bewertung.').waitFor();
		expect(await page.locator('#rv-paket').inputValue()).toBe('partly');

		await page.locator('#rr-paket').fill(RECOMMENDATION);
		await recForm.getByRole('button', { name: 'Empfehlung speichern' }).click();
		await page.getByText('Die Empfehlung ist gespeichert.').waitFor();
		await page.getByText(RECOMMENDATION).first().waitFor();
		// The form keeps showing what is saved.
		expect(await page.locator('#rr-paket').inputValue()).toBe(RECOMMENDATION);
		await expectNoA11yViolations(page);

		// Two tabs (or two members) at once: the later save on top of an unseen state is told, not lost.
		const other = await page.context().newPage();
		await other.goto(openPackagePath);
		await page.locator('#rr-paket').fill(`${RECOMMENDATION} Ergänzt.`);
		await recForm.getByRole('button', { name: 'Empfehlung speichern' }).click();
		await page.locator('.record').first().getByText(`${RECOMMENDATION} Ergänzt.`).waitFor();
		await other.locator('#rr-paket').fill('Ein älterer Stand');
		await other
			.locator('form', { has: other.locator('#rv-paket') })
			.getByRole('button', { name: 'Empfehlung speichern' })
			.click();
		await other.getByText('Jemand anderes hat das inzwischen gespeichert').waitFor();
		expect(await other.locator('#rr-paket').inputValue()).toBe('Ein älterer Stand');
		await other.locator('.record').first().getByText(`${RECOMMENDATION} Ergänzt.`).waitFor();
		await other.close();

		// Responses are the administration's.
		expect(await page.getByRole('link', { name: 'Stellungnahme erfassen oder ändern' }).count()).toBe(0);
		expect(await status(page, `${packagePath}/stellungnahme`)).toBe(403);
		await page.context().close();
	});

	it('moderation may read the package but not recommend', async () => {
		const page = await (await newContext(browser)).newPage();
		await login(page, 'moderation@demo.invalid');
		expect(await status(page, packagePath)).toBe(200);
		await page.getByText(`Zur Quote: ${MARKER}`).waitFor();
		expect(await status(page, openPackagePath)).toBe(200);
		await page.getByText('Empfehlungen gibt nur das Begleitgremium ab.').waitFor();
		expect(await page.locator('#rv-paket').count()).toBe(0);
		// A forged POST is refused as well.
		const res = await page.request.post(`${openPackagePath}?/recommend`, {
			form: { item: '', verdict: 'adopted', reason: 'Gefälscht' },
			headers: { origin: baseUrl() }
		});
		expect(res.status()).toBe(403);
		await page.context().close();
	});

	it('the administration records the response, links version 2 and publishes', async () => {
		const page = await (await newContext(browser)).newPage();
		await login(page, 'admin@demo.invalid');
		await page.goto(packagePath);
		await page
			.getByRole('link', { name: /Eigene Stellungnahme zu Beitrag/ })
			.first()
			.waitFor();
		await page.goto(`${packagePath}/stellungnahme?beitrag=${itemId}`);
		await page.getByRole('heading', { level: 1, name: /Stellungnahme zu Beitrag/ }).waitFor();
		await expectNoA11yViolations(page);

		await page.locator('#f-verdict').selectOption({ label: 'teilweise übernommen' });
		await page.locator('#f-reason').fill(RESPONSE);
		// Choose the chapter of version 2; the typed values come back with the paragraphs.
		const option = page.locator('#f-kapitel option', { hasText: 'Fassung 2: 4 ' });
		await page.locator('#f-kapitel').selectOption((await option.getAttribute('value'))!);
		await page.getByRole('button', { name: 'Absätze dieses Kapitels anzeigen' }).click();
		await page.waitForURL(/auswahl=1/);
		const paragraph = page
			.locator('.kern-form-check', { hasText: 'Der Entwurf schlägt vor, dass bei allen' })
			.first();
		await paragraph.waitFor();
		expect(await page.locator('#f-reason').inputValue()).toBe(RESPONSE);
		expect(await page.locator('#f-verdict').inputValue()).toBe('partly');
		await paragraph.locator('input[type="checkbox"]').check();
		await page.getByRole('button', { name: 'Stellungnahme speichern' }).click();
		await page.getByText('Die Stellungnahme ist gespeichert.').waitFor();
		// The form keeps showing what is saved.
		expect(await page.locator('#f-reason').inputValue()).toBe(RESPONSE);
		expect(await paragraph.locator('input[type="checkbox"]').isChecked()).toBe(true);
		await expectNoA11yViolations(page);

		await page.getByLabel(/Ja, jetzt veröffentlichen/).check();
		await page.getByRole('button', { name: 'Veröffentlichen' }).click();
		await page.getByText(/Die Stellungnahme ist veröffentlicht/).waitFor();
		await page.goto(packagePath);
		await page.getByText(RESPONSE).first().waitFor();
		// The published response answers the package's recommendation: it is final now.
		await page.getByText('Die Empfehlung ist damit abgeschlossen').first().waitFor();
		expect(await page.locator('#rv-paket').count()).toBe(0);
		await page.context().close();
	});

	it('the public sees the result, filtered by verdict, and the old and new wording', async () => {
		const page = await (await newContext(browser)).newPage();
		await page.goto('/verfahren/handlungskonzept-wohnen');
		await page.getByRole('link', { name: 'Ergebnisse: Wie wurden die Beiträge berücksichtigt?' }).click();
		await page.getByRole('heading', { level: 1, name: 'Ergebnisse der Beteiligung' }).waitFor();
		await expectNoA11yViolations(page);
		await page.locator('#f-stellungnahme').selectOption({ label: 'teilweise übernommen' });
		await page.getByRole('button', { name: 'Filter anwenden' }).click();
		await page.waitForURL(/stellungnahme=partly/);
		const result = page.locator('article', { hasText: RESPONSE });
		await result.waitFor();
		// Beside it the recommendation this response answers: the package's, final since the demo's response.
		expect(await result.getByText('Das Begleitgremium unterstützt eine verbindliche Quote').count()).toBe(1);
		expect(await result.getByText(RECOMMENDATION).count()).toBe(0);
		await expectNoA11yViolations(page);

		await result.getByRole('link', { name: /Zum Beitrag/ }).click();
		await page.getByRole('heading', { name: 'Wie wurde dieser Beitrag berücksichtigt?' }).waitFor();
		await page.getByText(RESPONSE).waitFor();
		await page.getByText(/Bisheriger Wortlaut/).waitFor();
		await page.getByText(/Neuer Wortlaut/).waitFor();
		expect(await page.locator('.handling del', { hasText: '30' }).count()).toBeGreaterThan(0);
		expect(await page.locator('.handling ins', { hasText: '25' }).count()).toBeGreaterThan(0);
		await expectNoA11yViolations(page);
		await page.context().close();
	});

	it('the author sees in her account how her input was handled', async () => {
		const page = await (await newContext(browser)).newPage();
		await login(page, 'allianz@demo.invalid');
		await page.goto('/konto');
		const entry = page.locator('li', { hasText: 'Eine Quote von 30 %' }).first();
		await entry.getByText('Die Verwaltung hat Ihren Beitrag berücksichtigt: teilweise übernommen.').waitFor();
		await entry.getByRole('link', { name: 'Wie wurde dieser Beitrag berücksichtigt?' }).click();
		await page.getByText(RESPONSE).waitFor();
		await expectNoA11yViolations(page);
		await page.context().close();
	});

	it('never shows internal notes to visitors or citizens, on pages or in APIs', async () => {
		const paths = [
			RESULTS,
			`${RESULTS}?stellungnahme=partly`,
			`/beitraege/${itemId}`,
			'/verfahren/handlungskonzept-wohnen',
			'/api/processes/handlungskonzept-wohnen/pins.geojson',
			'/api/processes/handlungskonzept-wohnen/pins.csv'
		];
		const visitor = await newContext(browser);
		const citizen = await newContext(browser);
		const cpage = await citizen.newPage();
		await login(cpage, 'buerger@demo.invalid');
		for (const ctx of [visitor, citizen]) {
			for (const path of paths) {
				const res = await ctx.request.get(path);
				expect(res.status(), path).toBeLessThan(500);
				expect(await res.text(), path).not.toContain(MARKER);
			}
		}
		const own = await citizen.request.get('/konto/daten.json');
		expect(await own.text()).not.toContain(MARKER);
		await visitor.close();
		await citizen.close();
	});
});
