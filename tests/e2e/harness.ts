// Helpers for end-to-end tests: Debian's Chromium driven by playwright-core, axe checks, the mail outbox.
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { readOutbox } from '../factories/outbox';

export const baseUrl = () => inject('baseUrl');

const EXECUTABLE =
	process.env.CHROMIUM_PATH ??
	(existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');

export async function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: EXECUTABLE,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-quic',
			'--no-first-run'
		]
	});
}

export async function newContext(browser: Browser, locale = 'de-DE'): Promise<BrowserContext> {
	const context = await browser.newContext({ baseURL: baseUrl(), locale, acceptDownloads: true });
	// Tests never reach the internet: anything not on the test server is answered locally.
	await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
	return context;
}

/** Runs axe (WCAG 2.1 A/AA) on the page and throws with a readable list when anything is violated. */
export async function expectNoA11yViolations(page: Page) {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	if (result.violations.length > 0) {
		const text = result.violations
			.map(
				(v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`
			)
			.join('\n');
		throw new Error(`axe found ${result.violations.length} violation(s) on ${page.url()}:\n${text}`);
	}
}

/** The newest mail to this address in the server's outbox (waits up to 5 s for it). */
export async function readMail(
	to: string,
	subjectIncludes?: string
): Promise<{ subject: string; text: string }> {
	return readOutbox(inject('outbox'), to, subjectIncludes);
}

export function linkIn(mailText: string, path: string): string {
	const m = new RegExp(`https?://[^\\s"<>]*${path}[^\\s"<>]*`).exec(mailText);
	if (!m) throw new Error(`no link with ${path} in mail`);
	return m[0];
}

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'Bochum-Wohnen-2023';

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
	await page.goto('/anmelden');
	await page.getByLabel('E-Mail-Adresse').fill(email);
	await page.getByLabel('Passwort', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Anmelden' }).click();
	await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
}
