// The heart of the public participation, in a real browser: a citizen comments on a paragraph of
// chapter 3 with the keyboard only, moderation approves, a visitor reads it, the admin publishes a new
// version and the comment is carried over, with the change shown word by word.
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

const CHAPTER = '/verfahren/handlungskonzept-wohnen/entwurf/quartiere';
const COMMENT = `Bitte auch an Menschen mit Rollator denken – Test ${Date.now()}`;

async function focusedIs(page: Page, check: string) {
	return page.evaluate((c) => {
		const el = document.activeElement as HTMLElement | null;
		return !!el && el.matches(c);
	}, check);
}

describe('draft chapters with paragraph comments', () => {
	it('runs the whole chain from a paragraph comment to the next version', async () => {
		// 1. A citizen comments on the first paragraph of chapter 3, with the keyboard only.
		const citizen = await newContext(browser);
		const page = await citizen.newPage();
		await login(page, 'buerger@demo.invalid');
		await page.goto(CHAPTER);
		await expectNoA11yViolations(page);
		const firstAnchor = await page.locator('.chapter-text p[data-block]').first().getAttribute('data-block');
		expect(firstAnchor).toMatch(/^a-/);
		let found = false;
		for (let i = 0; i < 80 && !found; i++) {
			await page.keyboard.press('Tab');
			found = await focusedIs(page, `.chapter-text [data-block="${firstAnchor}"] a.block-comment`);
		}
		expect(found).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL(`**absatz=${firstAnchor}**`);
		await page.getByRole('heading', { name: /Kommentar zu Absatz 1/ }).waitFor();
		await page.waitForFunction(() => document.activeElement?.id === 'f-body');
		await page.keyboard.type(COMMENT);
		await page.keyboard.press('Tab');
		expect(await focusedIs(page, 'button[type="submit"]')).toBe(true);
		await page.keyboard.press('Enter');
		await page.getByText('Ihr Kommentar wird geprüft').waitFor();
		const own = page.locator('article', { hasText: COMMENT });
		await own.getByText('wartet auf Freigabe').waitFor();
		await expectNoA11yViolations(page);

		// A visitor does not see it yet.
		const visitor = await newContext(browser);
		const vpage = await visitor.newPage();
		await vpage.goto(CHAPTER);
		expect(await vpage.getByText(COMMENT).count()).toBe(0);
		await vpage.getByText('Melden Sie sich an, um zu kommentieren').waitFor();

		// 2. Moderation approves it.
		const moderation = await newContext(browser);
		const mpage = await moderation.newPage();
		await login(mpage, 'moderation@demo.invalid');
		await mpage.goto('/moderation');
		await expectNoA11yViolations(mpage);
		const item = mpage.locator('li.queue__row', { hasText: COMMENT });
		await item.getByRole('button', { name: /Freigeben/ }).click();
		await mpage.getByText('1 Beitrag freigegeben').waitFor();

		// 3. The visitor sees it, on the paragraph it was written on.
		await vpage.goto(`${CHAPTER}?absatz=${firstAnchor}`);
		await vpage.getByText(COMMENT).waitFor();
		await expectNoA11yViolations(vpage);

		// 4. The admin publishes a new version with an edited first paragraph.
		const admin = await newContext(browser);
		const apage = await admin.newPage();
		await login(apage, 'admin@demo.invalid');
		await apage.goto('/admin/verfahren');
		await apage
			.getByRole('link', { name: /Fortschreibung Handlungskonzept Wohnen/ })
			.first()
			.click();
		await apage
			.getByRole('link', { name: /Konzeptentwurf kommentieren/ })
			.first()
			.click();
		await expectNoA11yViolations(apage);
		await apage.getByRole('button', { name: 'Neue Fassung anlegen' }).click();
		await apage.getByRole('button', { name: 'Fassung veröffentlichen' }).waitFor();
		const modulePage = apage.url();
		await apage
			.locator('tr', { hasText: 'Quartiere und gleichwertige Lebensverhältnisse' })
			.getByRole('link', { name: /Bearbeiten/ })
			.click();
		const editor = apage.getByLabel('Text (Markdown)');
		const markdown = await editor.inputValue();
		expect(markdown).toContain('Alle Bochumerinnen und Bochumer sollen');
		await editor.fill(
			markdown.replace(
				'Alle Bochumerinnen und Bochumer sollen',
				'Alle Bochumerinnen und Bochumer aller Generationen sollen'
			)
		);
		await expectNoA11yViolations(apage);
		await apage.getByRole('button', { name: 'Kapitel speichern' }).click();
		await apage.getByRole('status').first().waitFor();
		await apage.goto(modulePage);
		await apage.getByRole('button', { name: 'Fassung veröffentlichen' }).click();
		await apage.getByText(/Fassung 3 ist veröffentlicht/).waitFor();

		// The comment is attached to the matching paragraph of version 3, marked "zu Fassung 2".
		await vpage.goto(CHAPTER);
		const carried = vpage.locator('article', { hasText: COMMENT });
		await carried.getByText('zu Fassung 2').waitFor();
		await carried.getByRole('link', { name: /^zu Absatz 1/ }).waitFor();
		expect(await vpage.locator('.chapter-text p[data-block]').first().textContent()).toContain(
			'aller Generationen'
		);

		// "Was hat sich geändert?" shows the inserted words.
		await vpage.getByRole('link', { name: 'Was hat sich geändert?' }).click();
		await vpage.locator('#quartiere ins', { hasText: 'aller Generationen' }).first().waitFor();
		await expectNoA11yViolations(vpage);

		// The comment's own page shows the old and the new wording side by side.
		await carried.count();
		await vpage.goto(CHAPTER);
		await vpage
			.locator('article', { hasText: COMMENT })
			.getByRole('link', { name: /Link zu diesem Kommentar/ })
			.click();
		await vpage.getByText('Geschrieben zu dieser Fassung: Fassung 2').waitFor();
		await vpage.getByText('Aktueller Wortlaut: Fassung 3').waitFor();
		await expectNoA11yViolations(vpage);

		for (const c of [citizen, visitor, moderation, admin]) await c.close();
	});

	it('keeps the typed text and explains bad comments', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await login(page, 'buerger@demo.invalid');
		await page.goto(`${CHAPTER}#kommentar-schreiben`);
		await page.locator('#f-body').fill('   ');
		await page.getByRole('button', { name: 'Kommentar absenden' }).click();
		await page.getByText('Bitte schreiben Sie einen Kommentar.').waitFor();
		await page.locator('#f-body').fill('+1');
		await page.getByRole('button', { name: 'Kommentar absenden' }).click();
		await page.getByText('Ihr Kommentar ist zu kurz.').waitFor();
		expect(await page.locator('#f-body').inputValue()).toBe('+1');
		const long = 'Sehr lang. '.repeat(460);
		await page.locator('#f-body').fill(long);
		await page.getByRole('button', { name: 'Kommentar absenden' }).click();
		await page.getByText('länger als 5.000 Zeichen').waitFor();
		expect((await page.locator('#f-body').inputValue()).length).toBe(long.length);
		const html = '<script>alert(1)</script><img src=x onerror=alert(2)>';
		await page.locator('#f-body').fill(html);
		await page.getByRole('button', { name: 'Kommentar absenden' }).click();
		await page.getByText('Ihr Kommentar wird geprüft').waitFor();
		const mine = page.locator('article', { hasText: '<script>alert(1)</script>' }).first();
		await mine.waitFor();
		expect(await page.locator('article img').count()).toBe(0);
		// Withdrawing asks once more, saying it cannot be undone.
		await mine.locator('summary', { hasText: 'Zurückziehen' }).click();
		await mine.getByText('Das lässt sich nicht rückgängig machen.').waitFor();
		await mine.getByRole('button', { name: 'Endgültig zurückziehen' }).click();
		await page.getByText('Ihr Kommentar wurde zurückgezogen.').waitFor();
		await context.close();
	});

	it('keeps the keyboard focus on the button after supporting, also at #kommentare', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await login(page, 'buerger@demo.invalid');
		await page.goto('/verfahren/handlungskonzept-wohnen/entwurf/bezahlbar#kommentare');
		await page.waitForLoadState('networkidle');
		const button = page.getByRole('button', { name: /^Zustimmen/ }).first();
		await button.focus();
		await page.keyboard.press('Enter');
		await page
			.getByRole('button', { name: /^Zustimmung zurückziehen/ })
			.first()
			.waitFor();
		await page.waitForTimeout(300);
		const focused = () =>
			page.evaluate(
				() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()}`
			);
		expect(await focused()).toMatch(/^BUTTON Zustimmung zurückziehen/);
		// The next Tab continues inside that comment, not at the top of the comments section.
		await page.keyboard.press('Tab');
		expect(await focused()).toMatch(/^A Link zu diesem Kommentar/);
		await context.close();
	});

	it('confirms a reply where it was written, with and without JavaScript', async () => {
		for (const javaScriptEnabled of [true, false]) {
			const context = await browser.newContext({ baseURL: baseUrl(), locale: 'de-DE', javaScriptEnabled });
			const page = await context.newPage();
			await login(page, 'buerger@demo.invalid');
			await page.goto('/verfahren/handlungskonzept-wohnen/entwurf/bezahlbar#kommentare');
			const card = page.locator('article', { has: page.getByRole('button', { name: /^Zustimmen/ }) }).first();
			await card.locator('summary', { hasText: 'Antworten' }).click();
			await card.getByLabel('Antworten').fill(`Eine Antwort (${javaScriptEnabled ? 'mit' : 'ohne'} Skript).`);
			await card.getByRole('button', { name: 'Antwort absenden' }).click();
			await card.getByText('Vielen Dank!').first().waitFor();
			expect(await card.getByText('Vielen Dank!').first().isVisible()).toBe(true);
			// With the script the message has the focus, also after SvelteKit's focus reset to #kommentare.
			// The reply waits for review in "Ihre noch nicht veröffentlichten Kommentare", naming what it answers.
			await page.locator('#own-title').waitFor();
			expect(await page.getByText(/Antwort auf: „/).count()).toBeGreaterThan(0);
			if (javaScriptEnabled) {
				await page.waitForTimeout(300);
				expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(
					'Vielen Dank!'
				);
			}
			await context.close();
		}
	});

	it('is read-only for visitors and finds words in the draft', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto('/verfahren/handlungskonzept-wohnen/entwurf?q=Wohnungen');
		await page.getByText(/Treffer für „Wohnungen“/).waitFor();
		expect(await page.locator('ol li a').count()).toBeGreaterThan(0);
		await expectNoA11yViolations(page);
		// A chapter hit opens the chapter at the paragraph that holds the word.
		await page.locator('ol li a[href*="/entwurf/"]').first().click();
		await page.waitForURL(/\/entwurf\/[a-z-]+#a-/);
		expect(await page.locator(':target').textContent()).toMatch(/Wohnung/);
		await page.goto('/verfahren/handlungskonzept-wohnen/entwurf/quartiere?fassung=1');
		await page.getByText('Sie lesen eine ältere Fassung').waitFor();
		// Its comments have moved on with their paragraphs: no empty list, no dead "Kommentieren".
		await page.getByText('Die Kommentare gehören zur aktuellen Fassung').waitFor();
		expect(await page.locator('.block-comment').count()).toBe(0);
		expect(await page.getByText('Noch keine Kommentare').count()).toBe(0);
		await expectNoA11yViolations(page);
		await page.goto('/verfahren/handlungskonzept-wohnen/entwurf/quartiere?fassung=99');
		await page.getByText('Diese Fassung gibt es nicht. Sie lesen die aktuelle Fassung').waitFor();
		await context.close();
	});
});
