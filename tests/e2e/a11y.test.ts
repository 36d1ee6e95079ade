// axe (WCAG 2.1 AA) on every page, as visitor and as admin, in German and English.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoA11yViolations, launch, login, newContext } from './harness';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const publicPages = [
	'/',
	'/verfahren/handlungskonzept-wohnen',
	'/anmelden',
	'/registrieren',
	'/passwort-vergessen',
	'/passwort-zuruecksetzen/ungueltigertoken',
	'/email-bestaetigen/ungueltigertoken',
	'/einladung/ungueltigertoken',
	'/impressum',
	'/datenschutz',
	'/barrierefreiheit',
	'/leichte-sprache',
	'/verfahren/handlungskonzept-wohnen/entwurf',
	'/verfahren/handlungskonzept-wohnen/entwurf/bilanz',
	'/verfahren/handlungskonzept-wohnen/entwurf/aenderungen',
	'/gibt-es-nicht'
];

const staffPages = [
	'/konto',
	'/admin',
	'/admin/benutzer',
	'/admin/organisationen',
	'/admin/protokoll',
	'/moderation',
	'/admin/verfahren'
];

describe('accessibility', () => {
	for (const locale of ['de-DE', 'en-GB']) {
		it(`has no axe violations on public pages (${locale})`, async () => {
			const context = await newContext(browser, locale);
			const page = await context.newPage();
			for (const path of publicPages) {
				const res = await page.goto(path);
				expect(res?.status(), path).toBe(path === '/gibt-es-nicht' ? 404 : 200);
				await expectNoA11yViolations(page);
			}
			await context.close();
		});
	}

	it('has no axe violations on account and admin pages', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await login(page, 'admin@demo.invalid');
		for (const path of staffPages) {
			const res = await page.goto(path);
			expect(res?.status(), path).toBe(200);
			await expectNoA11yViolations(page);
		}
		// Detail pages reached from the lists.
		await page.goto('/admin/benutzer');
		await page.locator('main table a').first().click();
		await expectNoA11yViolations(page);
		await page.goto('/admin/organisationen');
		await page.locator('main table a').first().click();
		await expectNoA11yViolations(page);
		await context.close();
	});

	it('is usable at 320 px width without horizontal scrolling', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.setViewportSize({ width: 320, height: 640 });
		for (const path of ['/', '/verfahren/handlungskonzept-wohnen', '/registrieren']) {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, path).toBeLessThanOrEqual(1);
		}
		await context.close();
	});
});
