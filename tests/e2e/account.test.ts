// A new citizen's whole account life: sign up, mail, verify, log in, data download, deletion.
import { readFileSync } from 'node:fs';
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations, launch, linkIn, login, newContext, readMail } from './harness';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('account life cycle', () => {
	it('signs up, verifies by mail, logs in, downloads own data and deletes the account', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		const email = `neu-${Date.now()}@example.org`;
		const password = 'Mein Quartier ist Langendreer';

		await page.goto('/registrieren');
		await expectNoA11yViolations(page);
		await page.getByLabel('Anzeigename').fill('<b>Nachbarin</b> 🏠');
		await page.getByLabel('E-Mail-Adresse').fill(email);
		await page.getByLabel('Passwort').fill(password);
		await page.getByLabel(/Datenschutzhinweise gelesen/).check();
		await page.getByRole('button', { name: 'Konto anlegen' }).click();
		await page.getByRole('status').filter({ hasText: 'Wir haben Ihnen eine E-Mail geschickt' }).waitFor();

		const mail = await readMail(email, 'bestätigen');
		const link = linkIn(mail.text, '/email-bestaetigen/');
		await page.goto(link);
		await expectNoA11yViolations(page);
		await page.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click();
		await page.getByText('Ihre E-Mail-Adresse ist bestätigt').waitFor();
		// The link is single-use.
		await page.goto(link);
		await page.getByText('ungültig oder wurde bereits verwendet').waitFor();

		await page.goto('/anmelden');
		await page.getByLabel('E-Mail-Adresse').fill(email);
		await page.getByLabel('Passwort', { exact: true }).fill(password);
		await page.getByRole('button', { name: 'Anmelden' }).click();
		await page.waitForURL('**/konto');
		await expectNoA11yViolations(page);
		// The display name is text, never markup.
		expect(await page.getByLabel('Anzeigename').inputValue()).toBe('<b>Nachbarin</b> 🏠');
		expect(await page.locator('main b').count()).toBe(0);
		// Another person's name is hers.
		await page.getByLabel('Anzeigename').fill('bürgerin aus langendreer');
		await page
			.locator('form', { has: page.getByLabel('Anzeigename') })
			.getByRole('button', { name: 'Speichern' })
			.click();
		await page.getByText('Diesen Anzeigenamen verwendet schon jemand.').waitFor();
		expect(await page.getByLabel('Anzeigename').inputValue()).toBe('bürgerin aus langendreer');
		// After saving, the form shows the saved name (a form reset must not empty it).
		await page.getByLabel('Anzeigename').fill('Nachbarin aus Laer');
		await page
			.locator('form', { has: page.getByLabel('Anzeigename') })
			.getByRole('button', { name: 'Speichern' })
			.click();
		await page.getByText('Ihr Profil wurde gespeichert.').waitFor();
		expect(await page.getByLabel('Anzeigename').inputValue()).toBe('Nachbarin aus Laer');

		// A new e-mail address, confirmed from the mail in this browser: she stays signed in.
		const newEmail = `neu2-${Date.now()}@example.org`;
		await page.locator('#f-new-email').fill(newEmail);
		await page.locator('#f-email-password').fill(password);
		await page.locator('form[action="?/email"]').getByRole('button').click();
		await page.getByText('Wir haben einen Bestätigungslink an die neue Adresse geschickt.').waitFor();
		const changeMail = await readMail(newEmail, 'bestätigen');
		await page.goto(linkIn(changeMail.text, '/konto/email-aendern/'));
		await page.getByRole('button', { name: 'Neue Adresse bestätigen' }).click();
		await page.getByText('Ihre neue E-Mail-Adresse ist gespeichert.').waitFor();
		await page.getByRole('link', { name: 'Mein Konto' }).last().click();
		await page.waitForURL('**/konto');
		await page.getByText(newEmail).first().waitFor();

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Meine Daten herunterladen' }).click()
		]);
		const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
		expect(exported.account.email).toBe(newEmail);
		expect(exported.account.displayName).toBe('Nachbarin aus Laer');
		expect(exported.consents[0].kind).toBe('privacy');
		expect(JSON.stringify(exported)).not.toContain('passwordHash');

		await page.locator('#f-del-password').fill(password);
		await page.getByLabel('Ja, ich möchte mein Konto endgültig löschen.').check();
		await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
		await page.waitForURL('**/konto/geloescht');
		await page.getByText('Ihr Konto wurde gelöscht').waitFor();

		await page.goto('/anmelden');
		await page.getByLabel('E-Mail-Adresse').fill(email);
		await page.getByLabel('Passwort', { exact: true }).fill(password);
		await page.getByRole('button', { name: 'Anmelden' }).click();
		await page.getByText('E-Mail-Adresse oder Passwort sind nicht richtig.').waitFor();
		await context.close();
	});

	it('keeps typed text and explains every error on a bad sign-up', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto('/registrieren');
		await page.getByLabel('Anzeigename').fill('X');
		await page.getByLabel('E-Mail-Adresse').fill('keine-adresse');
		await page.getByLabel('Passwort').fill('kurz');
		await page.getByRole('button', { name: 'Konto anlegen' }).click();
		await page.getByText('mindestens 2 Zeichen').waitFor();
		await page.getByText('gültige E-Mail-Adresse').first().waitFor();
		await page.getByText('mindestens 10 Zeichen').first().waitFor();
		await page.getByText('Datenschutzhinweise gelesen haben').waitFor();
		expect(await page.getByLabel('Anzeigename').inputValue()).toBe('X');
		expect(await page.getByLabel('E-Mail-Adresse').inputValue()).toBe('keine-adresse');
		// Focus moves to the first field with an error.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-displayName');
		await expectNoA11yViolations(page);

		await page.getByLabel('Anzeigename').fill('Gute Nachbarin');
		await page.getByLabel('E-Mail-Adresse').fill('gute@example.org');
		await page.getByLabel('Passwort').fill('password123');
		await page.getByLabel(/Datenschutzhinweise gelesen/).check();
		await page.getByRole('button', { name: 'Konto anlegen' }).click();
		await page.getByText('zu verbreitet').waitFor();
		// Nobody signs up as the city.
		await page.getByLabel('Anzeigename').fill('Stadt Bochum');
		await page.getByLabel('Passwort').fill('Mein Quartier ist Laer');
		await page.getByRole('button', { name: 'Konto anlegen' }).click();
		await page.getByText('für die Stadt und das Beteiligungsteam reserviert').waitFor();
		expect(await page.getByLabel('Anzeigename').inputValue()).toBe('Stadt Bochum');
		await context.close();
	});

	it('logs in with the keyboard only', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto('/anmelden');
		const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
		for (let i = 0; i < 25 && (await focusedId()) !== 'f-email'; i++) await page.keyboard.press('Tab');
		expect(await focusedId()).toBe('f-email');
		await page.keyboard.type('buerger@demo.invalid');
		await page.keyboard.press('Tab');
		expect(await focusedId()).toBe('f-password');
		await page.keyboard.type('Bochum-Wohnen-2023');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/konto');
		await page.getByRole('heading', { name: 'Mein Konto' }).waitFor();
		await context.close();
	});

	it('keeps what was typed and ticked while the page was still loading its scripts', async () => {
		const context = await newContext(browser);
		// The app's scripts arrive only after the person has filled in the form (a slow connection).
		const ENTRY = /\/_app\/immutable\/entry\//;
		async function holdScripts(): Promise<() => Promise<void>> {
			let release = () => {};
			const held = new Promise<void>((r) => (release = r));
			const handler = async (route: Route) => {
				await held;
				await route.continue();
			};
			await context.route(ENTRY, handler);
			return async () => {
				release();
				await page.waitForLoadState('networkidle');
				await page.waitForTimeout(300);
				await context.unroute(ENTRY, handler);
			};
		}
		const page = await context.newPage();

		let hydrate = await holdScripts();
		await page.goto('/registrieren', { waitUntil: 'domcontentloaded' });
		await page.getByLabel('Anzeigename').fill('Frühe Nachbarin');
		await page.getByLabel(/Datenschutzhinweise gelesen/).check();
		await hydrate();
		expect(await page.getByLabel('Anzeigename').inputValue()).toBe('Frühe Nachbarin');
		expect(await page.getByLabel(/Datenschutzhinweise gelesen/).isChecked()).toBe(true);

		hydrate = await holdScripts();
		await page.goto('/anmelden', { waitUntil: 'domcontentloaded' });
		await page.getByLabel('E-Mail-Adresse').fill('buerger@demo.invalid');
		await page.getByLabel('Passwort', { exact: true }).fill('Bochum-Wohnen-2023');
		await hydrate();
		expect(await page.getByLabel('Passwort', { exact: true }).inputValue()).toBe('Bochum-Wohnen-2023');
		await page.getByRole('button', { name: 'Anmelden' }).click();
		await page.waitForURL('**/konto');
		await context.close();
	});

	it('switches the language to English and back', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto('/verfahren/handlungskonzept-wohnen');
		expect(await page.getAttribute('html', 'lang')).toBe('de');
		await page.getByRole('button', { name: 'Switch to English' }).click();
		await page.getByRole('heading', { name: 'Participation timeline' }).waitFor();
		expect(new URL(page.url()).pathname).toBe('/verfahren/handlungskonzept-wohnen');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await expectNoA11yViolations(page);
		await page.getByRole('button', { name: 'Auf Deutsch umschalten' }).click();
		await page.getByRole('heading', { name: 'Ablauf der Beteiligung' }).waitFor();
		expect(await page.getAttribute('html', 'lang')).toBe('de');
		await context.close();
	});
});

describe('invitations to the Allianz für Wohnen', () => {
	it('tells a member where she belongs before she accepts, and gives the role only with an organisation', async () => {
		const admin = await (await newContext(browser)).newPage();
		await login(admin, 'admin@demo.invalid');
		/** A fresh invitation link of the organisation whose page is open. */
		const invitationLink = async () => {
			await admin.getByRole('button', { name: 'Einladungslink erstellen' }).click();
			return admin.locator('#invitation-link').inputValue();
		};
		// The demo actor's own organisation, reached from her account page.
		await admin.goto('/admin/benutzer?q=allianz%40demo.invalid');
		await admin.getByRole('link', { name: 'Allianz-Akteurin (Demo)' }).click();
		const ownOrg = (await admin.locator('dd a[href^="/admin/organisationen/"]').textContent())!.trim();
		await admin.locator('dd a[href^="/admin/organisationen/"]').click();
		const sameLink = await invitationLink();
		// Another organisation.
		const otherOrg = `Neue Wohnbau ${Date.now()}`;
		await admin.goto('/admin/organisationen');
		await admin.getByLabel('Name').fill(otherOrg);
		await admin.getByLabel('Art der Organisation').selectOption({ index: 1 });
		await admin.getByRole('button', { name: 'Organisation anlegen' }).click();
		await admin.getByRole('link', { name: 'Zur neuen Organisation' }).click();
		const otherLink = await invitationLink();

		const actor = await (await newContext(browser)).newPage();
		await login(actor, 'allianz@demo.invalid');
		await actor.goto(sameLink);
		await actor.getByText('Ihr Konto gehört bereits zu dieser Organisation.').waitFor();
		expect(await actor.getByRole('button', { name: /Einladung mit dem Konto/ }).count()).toBe(0);
		await expectNoA11yViolations(actor);
		await actor.goto(otherLink);
		await actor.getByText(`Ihr Konto gehört zurzeit zu „${ownOrg}“`).waitFor();
		await actor.getByText(`künftig für „${otherOrg}“`).waitFor();
		await expectNoA11yViolations(actor);
		// The first link was not used up by opening it.
		await admin.goto('/admin/organisationen');
		await admin.getByRole('link', { name: ownOrg }).click();
		await admin.getByRole('heading', { level: 1, name: ownOrg }).waitFor();
		await admin.getByRole('cell', { name: 'offen' }).first().waitFor();

		// A citizen without an organisation cannot be given the Allianz role on its own.
		await admin.goto('/admin/benutzer?q=buerger%40demo.invalid');
		await admin.getByRole('link', { name: 'Bürgerin aus Langendreer' }).click();
		const allianzRow = admin.getByRole('row', { name: /Allianz/ });
		await allianzRow.getByRole('link', { name: 'Nur über die Einladung einer Organisation' }).waitFor();
		expect(await allianzRow.getByRole('button').count()).toBe(0);
		await expectNoA11yViolations(admin);
		await admin.context().close();
		await actor.context().close();
	});
});
