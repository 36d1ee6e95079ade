// Admin forms that check what people type: phase times on the Berlin clock.
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

describe('phases of a process', () => {
	it('refuses a start in the hour skipped by summer time, keeping what was typed', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await login(page, 'admin@demo.invalid');
		await page.goto('/admin/verfahren');
		await page
			.getByRole('link', { name: /Fortschreibung Handlungskonzept Wohnen/ })
			.first()
			.click();
		await page.locator('#phase-title').fill('Nachtphase');
		await page.locator('#phase-startsAt').fill('2027-03-28T02:30');
		await page.locator('#phase-endsAt').fill('2027-04-30T18:00');
		await page.locator('#phase-audience').selectOption({ index: 1 });
		await page.locator('#phase-moderationMode').selectOption({ index: 1 });
		await page.getByRole('button', { name: 'Phase anlegen' }).click();
		await page.getByText('Diese Uhrzeit gibt es an diesem Tag nicht').first().waitFor();
		expect(await page.locator('#phase-title').inputValue()).toBe('Nachtphase');
		expect(await page.locator('#phase-startsAt').inputValue()).toBe('2027-03-28T02:30');
		await expectNoA11yViolations(page);
		await context.close();
	});
});
