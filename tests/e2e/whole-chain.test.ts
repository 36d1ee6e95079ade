// The whole chain of DOMAIN.md in a real browser, from new input to the published result: a citizen
// comments on a paragraph and pins an issue; moderation approves both, enters a letter, groups the three
// into a topic package and forwards it; a Begleitgremium member recommends "teilweise übernommen"; the
// administration records the response linked to a paragraph of version 2 and publishes it; the citizen
// gets the mail and finds the handling on the results page; the XLSX export of the package has all three.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoA11yViolations, launch, login, newContext, readMail } from './harness';

const STAMP = Date.now();
const COMMENT = `Kette ${STAMP}: Die Quote sollte auch für kleinere Baugebiete gelten.`;
const PIN = `Kette ${STAMP}: In Werne fehlt eine Grünfläche zum Spielen.`;
const LETTER = `Kette ${STAMP}: Brief einer Nachbarin zur Quote und zum Grün.`;
const PACKAGE = `Quote und Grün ${STAMP}`;
const RECOMMENDATION = `Teilweise: Quote ja, Grün in den Quartiersatlas (${STAMP}).`;
const RESPONSE = `Die Quote gilt ab 25 Wohnungen; Grünflächen kommen in den Quartiersatlas (${STAMP}).`;
const CHAPTER = '/verfahren/handlungskonzept-wohnen/entwurf/bezahlbar';
const MAP = '/verfahren/handlungskonzept-wohnen/karte';
const RESULTS = '/verfahren/handlungskonzept-wohnen/ergebnisse';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function as(email: string, javaScriptEnabled = true): Promise<Page> {
	const context = javaScriptEnabled
		? await newContext(browser)
		: await browser.newContext({ baseURL: baseUrl(), locale: 'de-DE', javaScriptEnabled: false });
	const page = await context.newPage();
	await login(page, email);
	return page;
}

const row = (page: Page, text: string) => page.locator('li.queue__row', { hasText: text });

describe('the whole chain', () => {
	it('goes from a comment, a pin and a letter to a published result, a mail and the export', async () => {
		// 1. A citizen comments on a paragraph and pins an issue of her quarter.
		const citizen = await as('buerger@demo.invalid');
		await citizen.goto(CHAPTER);
		const anchor = await citizen.locator('.chapter-text p[data-block]').first().getAttribute('data-block');
		await citizen.goto(`${CHAPTER}?absatz=${anchor}#kommentar-schreiben`);
		await citizen.locator('#f-body').fill(COMMENT);
		await citizen.getByRole('button', { name: 'Kommentar absenden' }).click();
		await citizen.getByText('Ihr Kommentar wird geprüft').waitFor();
		// The pin by choosing the quarter (the keyboard placement on the map is tests/e2e/map.test.ts).
		const pinner = await as('buerger@demo.invalid', false);
		await pinner.goto(`${MAP}/neu`);
		await pinner.getByLabel('Ihr Hinweis').fill(PIN);
		await pinner.getByLabel('Quartier (ohne genauen Ort)').selectOption('werne');
		await pinner.getByLabel('Grün- und Freiflächen').check();
		await pinner.getByRole('button', { name: 'Hinweis absenden' }).click();
		await pinner.getByText('Ihr Hinweis wird geprüft').waitFor();
		await pinner.context().close();

		// 2. Moderation approves both, enters a letter, packages the three and forwards the package.
		const mod = await as('moderation@demo.invalid');
		await mod.goto('/moderation?status=pending');
		for (const text of [COMMENT, PIN]) await row(mod, text).locator('input[name="ids"]').check();
		await mod.getByRole('button', { name: 'Freigeben', exact: true }).click();
		await mod.getByText('2 Beiträge freigegeben').waitFor();

		await mod.goto('/moderation/eingang-erfassen');
		await mod.getByLabel('Brief').check();
		await mod.getByLabel('Eingegangen am').fill('2024-01-15');
		await mod.getByLabel(/Absender\*in/).fill('Frau B. aus Werne');
		await mod.getByLabel('Text des Eingangs').fill(LETTER);
		await mod.getByLabel('Quartier', { exact: true }).selectOption({ label: 'Werne' });
		await mod.getByRole('button', { name: 'Eingang speichern' }).click();
		await mod.getByText('Der Eingang ist erfasst und veröffentlicht.').waitFor();

		await mod.goto('/moderation/themenpakete');
		await mod.getByLabel('Titel').fill(PACKAGE);
		await mod
			.getByLabel(/Zusammenfassung der Moderation/)
			.fill('Quote in kleinen Baugebieten; Grün in Werne.');
		await mod.getByRole('button', { name: 'Themenpaket anlegen' }).click();
		await mod.getByText('Das Themenpaket ist angelegt.').waitFor();
		const packageId = new URL(mod.url()).pathname.split('/').pop()!;
		expect(packageId).toMatch(/^[0-9a-f-]{36}$/);

		await mod.goto('/moderation?status=published&paket=none');
		for (const text of [COMMENT, PIN, LETTER]) await row(mod, text).locator('input[name="ids"]').check();
		await mod.getByLabel('Vorhandenes Themenpaket').selectOption({ label: PACKAGE });
		await mod.getByRole('button', { name: 'Zu Themenpaket hinzufügen' }).click();
		await mod.getByText(`3 Beiträge zum Themenpaket „${PACKAGE}“ hinzugefügt`).waitFor();
		await mod.goto(`/moderation/themenpakete/${packageId}`);
		await mod.getByLabel(/Ja, das Paket ist fertig/).check();
		await mod.getByRole('button', { name: 'An das Begleitgremium weiterleiten' }).click();
		await mod.getByText('Das Themenpaket ist an das Begleitgremium weitergeleitet.').waitFor();
		await expectNoA11yViolations(mod);

		// 3. A Begleitgremium member recommends "teilweise übernommen" with a reason.
		const gremium = await as('gremium@demo.invalid');
		await gremium.goto(`/gremium/themenpakete/${packageId}`);
		for (const text of [COMMENT, PIN, LETTER]) await gremium.getByText(text).first().waitFor();
		expect(await gremium.getByText('Frau B. aus Werne').count()).toBe(0); // the sender stays internal
		await gremium.locator('#rv-paket').selectOption({ label: 'teilweise übernommen' });
		await gremium.locator('#rr-paket').fill(RECOMMENDATION);
		await gremium
			.locator('form', { has: gremium.locator('#rv-paket') })
			.getByRole('button', { name: 'Empfehlung speichern' })
			.click();
		await gremium.getByText('Die Empfehlung ist gespeichert.').waitFor();
		await gremium.context().close();

		// 4. The administration records the response, linked to the changed paragraph of version 2.
		const admin = await as('admin@demo.invalid');
		await admin.goto(`/gremium/themenpakete/${packageId}/stellungnahme`);
		await admin.locator('#f-verdict').selectOption({ label: 'teilweise übernommen' });
		await admin.locator('#f-reason').fill(RESPONSE);
		const option = admin.locator('#f-kapitel option', { hasText: 'Fassung 2: 4 ' });
		await admin.locator('#f-kapitel').selectOption((await option.getAttribute('value'))!);
		await admin.getByRole('button', { name: 'Absätze dieses Kapitels anzeigen' }).click();
		await admin.waitForURL(/auswahl=1/);
		await admin
			.locator('.kern-form-check', { hasText: 'Der Entwurf schlägt vor, dass bei allen' })
			.first()
			.locator('input[type="checkbox"]')
			.check();
		await admin.getByRole('button', { name: 'Stellungnahme speichern' }).click();
		await admin.getByText('Die Stellungnahme ist gespeichert.').waitFor();
		await admin.getByLabel(/Ja, jetzt veröffentlichen/).check();
		await admin.getByRole('button', { name: 'Stellungnahmen zu diesem Paket veröffentlichen' }).click();
		await admin
			.getByText(/veröffentlicht/)
			.first()
			.waitFor();
		await admin.context().close();

		// 5. The citizen is told by mail and finds the handling on the public results page.
		const mail = await readMail('buerger@demo.invalid', 'Ihr Beitrag wurde beantwortet');
		expect(mail.text).toMatch(/\/beitraege\/|\/hinweise\//);
		await citizen.goto(RESULTS);
		const result = citizen.locator('article', { hasText: COMMENT });
		await result.getByText(RESPONSE).waitFor();
		expect(await result.getByText(RECOMMENDATION).count()).toBe(1);
		await citizen.locator('article', { hasText: PIN }).getByText(RESPONSE).waitFor();
		await citizen.locator('article', { hasText: LETTER }).getByText(RESPONSE).waitFor();
		expect(await citizen.getByText('Frau B. aus Werne').count()).toBe(0);
		await expectNoA11yViolations(citizen);
		await result.getByRole('link', { name: /Zum Beitrag/ }).click();
		await citizen.getByRole('heading', { name: 'Wie wurde dieser Beitrag berücksichtigt?' }).waitFor();
		await citizen.getByText(/Neuer Wortlaut/).waitFor();
		await citizen.context().close();

		// 6. The Abwägungstabelle of the package (XLSX) has all three rows.
		const res = await mod.request.get(
			`/moderation/export/abwaegung.xlsx?verfahren=handlungskonzept-wohnen&paket=${packageId}`
		);
		expect(res.status()).toBe(200);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(Buffer.from(await res.body()) as unknown as Parameters<typeof wb.xlsx.load>[0]);
		const ws = wb.worksheets[0];
		const rows = (ws.getSheetValues() as unknown[][]).slice(2).filter(Boolean);
		expect(rows).toHaveLength(3);
		const text = JSON.stringify(rows);
		for (const t of [COMMENT, PIN, LETTER, PACKAGE, RESPONSE, RECOMMENDATION]) expect(text).toContain(t);

		// 7. The answered package is the public record: moderation can no longer change it.
		await mod.goto(`/moderation/themenpakete/${packageId}`);
		await mod.getByText('Die Stellungnahme zu diesem Themenpaket ist veröffentlicht').waitFor();
		expect(await mod.getByRole('button', { name: /Aus dem Paket entfernen/ }).count()).toBe(0);
		expect(await mod.getByLabel('Titel').count()).toBe(0);
		await expectNoA11yViolations(mod);
		await mod.context().close();
	});
});
