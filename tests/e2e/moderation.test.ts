// The review queue in a real browser, on the demo: a moderator filters the queue, approves two pending
// comments at once and rejects one with a reason, which its author then sees (and gets by mail); three
// reports hide a comment; an offline letter is entered; a topic package is created, filled from the
// queue and forwarded; two moderators decide the same item at once and the second is told. axe runs on
// every page of the queue. Gremium members are refused.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoA11yViolations, launch, login, newContext, readMail } from './harness';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

// "Die Spanne von 800 bis 1.000" stays pending: the export test relies on it.
const PENDING_ALLIANZ = 'Die Spanne von 800 bis 1.000 Wohnungen';
const PENDING_CITIZEN = 'Erbbaurecht ja, aber bitte mit einem fairen Erbbauzins';
const PENDING_MARKET = 'Der Wochenmarkt ist klein geworden';
const PENDING_BUERGER = 'Zwei Jahre zwischen den Berichten sind zu lang';
const PENDING_PIN = 'In unserer Straße gibt es nur 16 Mbit/s';
const PENDING_PIN_2 = 'Das Nahversorgungszentrum ist eigentlich nur mit dem Auto';
const REPORTED = 'Möblierte Mikroapartments für 20 Euro';
const CHAPTER_WOHNFORMEN = '/verfahren/handlungskonzept-wohnen/entwurf/wohnformen';

/** Signed-in sessions, one login per account (login attempts are rate-limited per account). */
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();

async function moderator(email = 'moderation@demo.invalid') {
	const known = sessions.get(email);
	if (known) {
		const context = await newContext(browser);
		await context.addCookies(known.cookies);
		return context.newPage();
	}
	const page = await (await newContext(browser)).newPage();
	await login(page, email);
	sessions.set(email, await page.context().storageState());
	return page;
}

const row = (page: Page, text: string) => page.locator('li.queue__row', { hasText: text });

async function itemPath(page: Page, text: string) {
	const href = await row(page, text).locator('a[href^="/moderation/beitrag/"]').first().getAttribute('href');
	if (!href) throw new Error(`no queue row with "${text}"`);
	return href;
}

describe('review queue', () => {
	it('is refused to the Begleitgremium and to participants', async () => {
		for (const email of ['gremium@demo.invalid', 'buerger@demo.invalid']) {
			const page = await moderator(email);
			for (const path of ['/moderation', '/moderation/themenpakete', '/moderation/eingang-erfassen']) {
				const res = await page.goto(path);
				expect(res?.status(), `${email} ${path}`).toBe(403);
			}
			await page.context().close();
		}
	});

	it('filters, approves two pending items at once, rejects one with a reason; the author sees it', async () => {
		const page = await moderator();
		await page.goto('/moderation');
		await expectNoA11yViolations(page);
		// Filter: pending comments only (a GET form).
		await page.getByLabel('Status', { exact: true }).selectOption('pending');
		await page.getByLabel('Art', { exact: true }).selectOption('comment');
		await page.getByRole('button', { name: 'Filtern' }).click();
		await page.waitForURL(/status=pending/);
		expect(new URL(page.url()).searchParams.get('art')).toBe('comment');
		await row(page, PENDING_ALLIANZ).waitFor();
		// An item page's way back leads to this view again.
		await row(page, PENDING_ALLIANZ)
			.getByRole('link', { name: /^Prüfen/ })
			.click();
		await page.getByRole('link', { name: 'Zurück zur Prüfwarteschlange' }).click();
		await page.waitForURL((u) => u.pathname === '/moderation' && u.searchParams.get('status') === 'pending');
		expect(new URL(page.url()).searchParams.get('art')).toBe('comment');
		expect(await page.locator('li.queue__row', { hasText: PENDING_PIN }).count()).toBe(0);
		expect(await page.locator('li.queue__row', { hasText: PENDING_MARKET }).count()).toBe(0);

		// All kinds again; bulk: check a comment and a pin, approve both.
		await page.getByLabel('Art', { exact: true }).selectOption('');
		await page.getByRole('button', { name: 'Filtern' }).click();
		await row(page, PENDING_MARKET).waitFor();
		// Enter in a field of the action bar sends that field's group, never "Freigeben".
		await row(page, PENDING_CITIZEN).locator('input[name="ids"]').check();
		await page.getByLabel('oder neues Schlagwort').fill('Erbbaurecht');
		await page.getByLabel('oder neues Schlagwort').press('Enter');
		await page.getByText('Schlagwort „Erbbaurecht“ bei 1 Beitrag gesetzt').waitFor();
		await row(page, PENDING_CITIZEN).getByText('#Erbbaurecht').waitFor();
		expect(await row(page, PENDING_CITIZEN).getByText('Wartet auf Freigabe').count()).toBe(1);
		await row(page, PENDING_CITIZEN).locator('input[name="ids"]').check();
		await row(page, PENDING_MARKET).locator('input[name="ids"]').check();
		await page.getByRole('button', { name: 'Freigeben', exact: true }).click();
		await page.getByText('2 Beiträge freigegeben').waitFor();
		expect(await row(page, PENDING_CITIZEN).count()).toBe(0);
		expect(await row(page, PENDING_MARKET).count()).toBe(0);
		expect(new URL(page.url()).searchParams.get('status')).toBe('pending');
		// The page opens at its message, which has the focus (read first by screen readers).
		expect(new URL(page.url()).hash).toBe('#ergebnis');
		await page.waitForFunction(() => document.activeElement?.id === 'ergebnis');
		// Redirected after the POST: reloading shows the view again, sends nothing, and the message is gone.
		expect([...new URL(page.url()).searchParams.keys()].some((k) => k.startsWith('/'))).toBe(false);
		await page.reload();
		await row(page, PENDING_BUERGER).waitFor();
		expect(await page.getByText('2 Beiträge freigegeben').count()).toBe(0);

		// "Select all" (added by the page's script) checks every row, and follows single checks.
		const all = page.getByLabel('Alle auf dieser Seite auswählen');
		const boxes = page.locator('input[name="ids"]');
		await all.check();
		expect(await boxes.evaluateAll((l) => l.every((b) => (b as HTMLInputElement).checked))).toBe(true);
		await boxes.first().uncheck();
		expect(await all.isChecked()).toBe(false);
		expect(await all.evaluate((b) => (b as HTMLInputElement).indeterminate)).toBe(true);
		await all.check();
		await all.uncheck();
		expect(await boxes.evaluateAll((l) => l.some((b) => (b as HTMLInputElement).checked))).toBe(false);

		// Reject one with a reason and a note. Without a reason it is refused, and the row stays checked.
		await row(page, PENDING_BUERGER).locator('input[name="ids"]').check();
		await page.getByRole('button', { name: 'Nicht veröffentlichen', exact: true }).click();
		await page.getByText('Bitte wählen Sie einen Grund').waitFor();
		expect(await row(page, PENDING_BUERGER).locator('input[name="ids"]').isChecked()).toBe(true);
		await page.getByLabel('Grund nach Netiquette').selectOption('off_topic');
		await page
			.getByLabel('Erläuterung für die Person (optional)')
			.fill('Bitte schreiben Sie das zu Kapitel 7.');
		await page.getByRole('button', { name: 'Nicht veröffentlichen', exact: true }).click();
		await page.getByText('1 Beitrag nicht veröffentlicht').waitFor();
		await expectNoA11yViolations(page);

		// The author sees the reason on her contribution, and gets a mail.
		const author = await moderator('buerger@demo.invalid');
		await author.goto('/konto');
		await author.getByText(PENDING_BUERGER).first().waitFor();
		const mail = await readMail('buerger@demo.invalid', 'nicht veröffentlicht');
		expect(mail.text).toContain('kein Bezug zum Thema');
		expect(mail.text).toContain('Bitte schreiben Sie das zu Kapitel 7.');
		const link = /https?:\/\/\S+\/beitraege\/[0-9a-f-]{36}/.exec(mail.text)![0];
		await author.goto(new URL(link).pathname);
		await author
			.getByText('nicht veröffentlicht: kein Bezug zum Thema (Bitte schreiben Sie das zu Kapitel 7.)')
			.waitFor();
		await author.context().close();
		await page.context().close();
	});

	it('folds the less used filters away and opens them while one of them is set', async () => {
		const page = await moderator();
		await page.goto('/moderation?status=all');
		const more = page.locator('details.filters__more');
		expect(await more.getAttribute('open')).toBeNull();
		expect(await page.getByLabel('Schlagwort', { exact: true }).isVisible()).toBe(false);
		// Fewer Tab stops between the state filter and the list.
		await page.getByText('Weitere Filter').click();
		await page.getByLabel('Schlagwort', { exact: true }).selectOption({ label: 'Erbbaurecht' });
		await page.getByRole('button', { name: 'Filtern' }).click();
		await page.waitForURL(/schlagwort=/);
		await page.getByText('Weitere Filter (1 aktiv)').waitFor();
		expect(await more.getAttribute('open')).not.toBeNull();
		await row(page, PENDING_CITIZEN).waitFor();
		expect(await page.locator('li.queue__row').count()).toBe(1);
		await expectNoA11yViolations(page);
		await page.context().close();
	});

	it('hides a comment after three reports until moderation decides', async () => {
		const visitor = await (await newContext(browser)).newPage();
		await visitor.goto(CHAPTER_WOHNFORMEN);
		const href = await visitor
			.locator('article', { hasText: REPORTED })
			.getByRole('link', { name: /Link zu diesem Kommentar/ })
			.getAttribute('href');
		expect(href).toMatch(/^\/beitraege\//);
		for (const email of ['buerger@demo.invalid', 'allianz@demo.invalid', 'gremium@demo.invalid']) {
			const page = await moderator(email);
			await page.goto(CHAPTER_WOHNFORMEN);
			await page
				.locator('article', { hasText: REPORTED })
				.getByRole('link', { name: /^Melden/ })
				.click();
			await page.getByRole('group', { name: 'Warum melden Sie diesen Beitrag?' }).waitFor();
			if (email.startsWith('buerger')) await expectNoA11yViolations(page);
			await page.getByLabel('Beleidigung oder Herabwürdigung').check();
			await page.getByRole('button', { name: 'Meldung absenden' }).click();
			await page.getByText('Danke für Ihre Meldung').waitFor();
			await page.context().close();
		}
		const res = await visitor.goto(href!);
		expect(res?.status()).toBe(404);
		await visitor.goto(CHAPTER_WOHNFORMEN);
		expect(await visitor.getByText(REPORTED).count()).toBe(0);

		// Moderation sees it among the reported items and shows it again.
		const page = await moderator();
		await page.goto('/moderation?gemeldet=1');
		await row(page, REPORTED).getByText('3 Meldungen').waitFor();
		await row(page, REPORTED).getByText('ausgeblendet').waitFor();
		await page.goto(await itemPath(page, REPORTED));
		await page.getByRole('heading', { name: 'Offene Meldungen' }).waitFor();
		await expectNoA11yViolations(page);
		await page.getByRole('button', { name: 'Freigeben', exact: true }).click();
		await page.getByText('1 Beitrag freigegeben').waitFor();
		expect((await visitor.goto(href!))?.status()).toBe(200);
		await visitor.context().close();
		await page.context().close();
	});

	it('enters an offline letter', async () => {
		const page = await moderator();
		await page.goto('/moderation/eingang-erfassen');
		await expectNoA11yViolations(page);
		await page.getByLabel('Brief').check();
		await page.getByLabel('Eingegangen am').fill('2024-01-15');
		await page.getByLabel(/Absender\*in/).fill('Frau K. aus Hamme');
		await page.getByLabel('Text des Eingangs').fill('Brief: Mehr Grün auf den Schulhöfen in Hamme, bitte.');
		await page.getByLabel('Quartier', { exact: true }).selectOption({ label: 'Hamme' });
		await page.getByRole('button', { name: 'Eingang speichern' }).click();
		await page.getByText('Der Eingang ist erfasst und veröffentlicht.').waitFor();
		await page.getByText('Frau K. aus Hamme').waitFor();
		await expectNoA11yViolations(page);
		// Its public page names how and when it arrived (not when it was typed in), never the sender.
		await page.goto('/moderation?status=all&art=offline');
		const letterId = (await itemPath(page, 'Mehr Grün auf den Schulhöfen')).split('/').pop();
		const visitor = await (await newContext(browser)).newPage();
		await visitor.goto(`/beitraege/${letterId}`);
		await visitor.getByRole('heading', { level: 1, name: 'Eingang per Brief' }).waitFor();
		await visitor.getByText('Eingegangen am 15.01.2024').waitFor();
		expect(await visitor.getByText('Frau K. aus Hamme').count()).toBe(0);
		// One way to report it: the page's own form, not a second link in the card.
		expect(await visitor.getByRole('link', { name: /^Melden/ }).count()).toBe(0);
		await expectNoA11yViolations(visitor);
		await visitor.context().close();
		// A future date is refused, the text is kept.
		await page.goto('/moderation/eingang-erfassen');
		const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
		await page.getByLabel('Eingegangen am').fill(tomorrow);
		await page.getByLabel('Text des Eingangs').fill('Noch nicht angekommen');
		await page.getByRole('button', { name: 'Eingang speichern' }).click();
		await page.getByText('Das Eingangsdatum darf nicht in der Zukunft liegen.').first().waitFor();
		expect(await page.getByLabel('Text des Eingangs').inputValue()).toBe('Noch nicht angekommen');
		await page.context().close();
	});

	it('creates a topic package, fills it from the queue and forwards it', async () => {
		const page = await moderator();
		await page.goto('/moderation/themenpakete');
		await expectNoA11yViolations(page);
		const title = `Grün auf Schulhöfen ${Date.now()}`;
		await page.getByLabel('Titel').fill(title);
		await page.getByLabel(/Zusammenfassung der Moderation/).fill('Hinweise zu Grün an Schulen.');
		await page.getByRole('button', { name: 'Themenpaket anlegen' }).click();
		await page.getByText('Das Themenpaket ist angelegt.').waitFor();
		const packagePath = new URL(page.url()).pathname;
		await expectNoA11yViolations(page);

		// The queue is a document page: from this (client-routed) page, its link loads it anew.
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
		await page
			.getByRole('navigation', { name: 'Bereiche der Moderation' })
			.getByRole('link', { name: 'Prüfwarteschlange' })
			.click();
		await page.waitForURL((u) => u.pathname === '/moderation');
		await page.getByRole('heading', { name: 'Prüfwarteschlange', level: 1 }).waitFor();
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
		await page.goto(packagePath);

		// From the queue: published items without a package (the letter, a pin) into the new package.
		for (const [kind, text] of [
			['offline', 'Mehr Grün auf den Schulhöfen'],
			['pin', 'Die Brache hinter der Grundschule']
		]) {
			await page.goto(`/moderation?status=published&paket=none&art=${kind}`);
			await row(page, text).locator('input[name="ids"]').check();
			await page.getByLabel('Vorhandenes Themenpaket').selectOption({ label: title });
			await page.getByRole('button', { name: 'Zu Themenpaket hinzufügen' }).click();
			await page.getByText(`1 Beitrag zum Themenpaket „${title}“ hinzugefügt`).waitFor();
		}

		await page.goto(packagePath);
		await page.locator('main .qi__body', { hasText: 'Mehr Grün auf den Schulhöfen' }).waitFor();
		// Forwarding is asked to be confirmed first.
		await page.getByRole('button', { name: 'An das Begleitgremium weiterleiten' }).click();
		await page.getByText('Bitte bestätigen Sie das mit dem Häkchen.').first().waitFor();
		await page.getByLabel(/Ja, das Paket ist fertig/).check();
		await page.getByRole('button', { name: 'An das Begleitgremium weiterleiten' }).click();
		await page.getByText('Das Themenpaket ist an das Begleitgremium weitergeleitet.').waitFor();
		await page.getByText('An das Begleitgremium weitergeleitet', { exact: true }).waitFor();
		await expectNoA11yViolations(page);

		// A duplicate by the original's link, as copied from the address bar of its item page.
		await page.goto('/moderation?status=published&art=offline');
		const original = await itemPath(page, 'Mehr Grün auf den Schulhöfen');
		await page.goto('/moderation?status=published&art=pin');
		await row(page, 'Die Brache hinter der Grundschule').locator('input[name="ids"]').check();
		await page.getByLabel(/^Duplikat von/).fill(new URL(original, page.url()).href);
		await page.getByRole('button', { name: 'Als Duplikat markieren' }).click();
		await page.getByText('1 Beitrag als Duplikat markiert').waitFor();
		await page.context().close();
	});

	it('tells the second of two moderators deciding the same item at once', async () => {
		const first = await moderator();
		const second = await moderator('admin@demo.invalid');
		await first.goto('/moderation?art=pin&status=pending');
		const path = await itemPath(first, PENDING_PIN);
		await first.goto(path);
		await second.goto(path);
		await expectNoA11yViolations(second);
		await first.getByRole('button', { name: 'Freigeben', exact: true }).click();
		await first.getByText('1 Beitrag freigegeben').waitFor();
		// A note typed for the rejection stays when another block of the page refuses its input.
		await second.getByLabel('Erläuterung für die Person').fill('Werbung für ein Angebot');
		await second.getByLabel(/^Duplikat von/).fill('kein Link');
		await second.getByRole('button', { name: 'Als Duplikat markieren' }).click();
		await second.getByText('Einen Beitrag mit dieser Nummer gibt es nicht.').waitFor();
		expect(await second.getByLabel(/^Duplikat von/).inputValue()).toBe('kein Link');
		expect(await second.getByLabel('Erläuterung für die Person').inputValue()).toBe(
			'Werbung für ein Angebot'
		);
		await second.getByLabel('Grund nach Netiquette').selectOption('advertising');
		await second.getByRole('button', { name: 'Nicht veröffentlichen', exact: true }).click();
		await second
			.getByText('Dieser Beitrag wurde inzwischen von einer anderen Person bearbeitet')
			.first()
			.waitFor();
		// One consistent state: published.
		await second.reload();
		await second.getByText('Dieser Beitrag ist geprüft.').waitFor();
		for (const p of [first, second]) await p.context().close();
	});

	it('works without JavaScript: filter, select, approve', async () => {
		await moderator(); // makes sure the session exists
		const context = await browser.newContext({ baseURL: baseUrl(), javaScriptEnabled: false });
		await context.addCookies(sessions.get('moderation@demo.invalid')!.cookies);
		const page = await context.newPage();
		await page.goto('/moderation');
		await page.getByLabel('Art', { exact: true }).selectOption('pin');
		await page.getByLabel('Status', { exact: true }).selectOption('pending');
		await page.getByRole('button', { name: 'Filtern' }).click();
		// "Select all" needs the script; without it the rows are checked one by one.
		expect(await page.getByLabel('Alle auf dieser Seite auswählen').isVisible()).toBe(false);
		await row(page, PENDING_PIN_2).locator('input[name="ids"]').check();
		// Enter in a field does nothing without the script (the form's default button is disabled).
		const before = page.url();
		await page.getByLabel('Erläuterung für die Person').fill('Nur ein Test');
		await page.getByLabel('Erläuterung für die Person').press('Enter');
		await page.waitForTimeout(500);
		expect(page.url()).toBe(before);
		expect(await page.getByText('freigegeben').count()).toBe(0);
		await page.getByRole('button', { name: 'Freigeben', exact: true }).click();
		await page.getByText('1 Beitrag freigegeben').waitFor();
		// The filters survive the action.
		expect(new URL(page.url()).searchParams.get('art')).toBe('pin');
		expect(await row(page, PENDING_PIN_2).count()).toBe(0);
		await context.close();
	});
});
