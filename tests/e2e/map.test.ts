// The quarter map in a real browser: a citizen places a pin in Querenburg with the keyboard only (map
// focused, arrow keys move the crosshair, Enter places), hears where it lies, chooses a category, writes,
// submits; moderation approves; a visitor finds it on the map (marker rendered from the pins API) and in
// the list filtered by category; the GeoJSON has it. Without JavaScript the list and the district select
// work. Map tiles come from a local address that answers 404 – the pages work without them.
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

const MAP = '/verfahren/handlungskonzept-wohnen/karte';
const TEXT = `Hier fehlt eine schattige Grünfläche mit Bänken – Test ${Date.now()}`;
/** The placement map's start view (src/lib/components/map/leaflet.ts: CITY_CENTER). */
const START = { lat: 51.471, lon: 7.2257 };
const QUERENBURG = { lat: 51.4531, lon: 7.2683 };
const PAN = 80; // Leaflet's keyboardPanDelta

/** Web Mercator pixel position at a zoom level. */
function pixel(lat: number, lon: number, zoom: number) {
	const size = 256 * 2 ** zoom;
	const phi = (lat * Math.PI) / 180;
	return {
		x: ((lon + 180) / 360) * size,
		y: ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * size
	};
}

async function focusedMatches(page: Page, selector: string) {
	return page.evaluate((s) => !!document.activeElement?.matches(s), selector);
}

async function tabTo(page: Page, selector: string, max = 60) {
	for (let i = 0; i < max; i++) {
		if (await focusedMatches(page, selector)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`keyboard focus never reached ${selector}`);
}

describe('quarter map', () => {
	it('a pin placed by keyboard goes through moderation onto the map, the list and the open data', async () => {
		// 1. A citizen places the pin with the keyboard only.
		const citizen = await newContext(browser);
		const page = await citizen.newPage();
		await login(page, 'buerger@demo.invalid');
		await page.goto(`${MAP}/neu`);
		await page.locator('.pp-map.leaflet-container').waitFor();
		await expectNoA11yViolations(page);
		// Sent empty: the summary of all errors takes the focus, the place and category are marked.
		await page.getByRole('button', { name: 'Hinweis absenden' }).click();
		await page.getByText('Bitte prüfen Sie Ihre Eingaben').waitFor();
		await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert');
		expect(await page.locator('#feld-location.kern-fieldset--error').count()).toBe(1);
		expect(await page.locator('#feld-category.kern-fieldset--error').count()).toBe(1);
		await expectNoA11yViolations(page);
		// Tiles come from the local 404 address, the map is there anyway.
		// The quarters are outlined for orientation.
		expect(await page.locator('.pp-map .leaflet-overlay-pane path').count()).toBeGreaterThan(20);
		const tile = await page.locator('img.leaflet-tile').first().getAttribute('src');
		expect(tile?.startsWith(`${baseUrl()}/e2e-keine-kacheln/`)).toBe(true);

		await tabTo(page, '.pp-map');
		// Where the crosshair starts: the map's centre and zoom (data attributes of the map).
		const [lat, lon] = (await page.locator('.pp-map').getAttribute('data-center'))!.split(',').map(Number);
		const zoom = Number(await page.locator('.pp-map').getAttribute('data-zoom'));
		expect(Math.abs(lat - START.lat) + Math.abs(lon - START.lon)).toBeLessThan(0.001);
		const from = pixel(lat, lon, zoom);
		const to = pixel(QUERENBURG.lat, QUERENBURG.lon, zoom);
		const right = Math.round((to.x - from.x) / PAN);
		const down = Math.round((to.y - from.y) / PAN);
		for (let i = 0; i < Math.abs(right); i++) {
			await page.keyboard.press(right > 0 ? 'ArrowRight' : 'ArrowLeft');
			await page.waitForTimeout(350); // each pan is animated
		}
		for (let i = 0; i < Math.abs(down); i++) {
			await page.keyboard.press(down > 0 ? 'ArrowDown' : 'ArrowUp');
			await page.waitForTimeout(350);
		}
		await page.keyboard.press('Enter');
		await page.getByRole('status').filter({ hasText: 'Ihr Hinweis liegt in: Querenburg (Süd)' }).waitFor();

		await tabTo(page, 'input[name="kategorie"]');
		// Arrow keys move within the radio group and check: the second category is "Grün- und Freiflächen".
		await page.keyboard.press('ArrowDown');
		expect(await page.locator('#f-kat-gruen').isChecked()).toBe(true);
		await tabTo(page, '#f-body');
		await page.keyboard.type(TEXT);
		await tabTo(page, 'button[type="submit"]');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/hinweise\/[0-9a-f-]{36}\?neu=pending/);
		await page.getByText('Ihr Hinweis wird geprüft').waitFor();
		await page.getByText('wartet auf Freigabe').waitFor();
		await page.getByText('Querenburg', { exact: true }).waitFor();
		const pinUrl = new URL(page.url());
		const pinId = pinUrl.pathname.split('/').pop()!;
		await expectNoA11yViolations(page);

		// Not public yet.
		const visitor = await newContext(browser);
		const vpage = await visitor.newPage();
		const before = await (
			await vpage.request.get(`/api/processes/handlungskonzept-wohnen/pins.geojson`)
		).text();
		expect(before).not.toContain(pinId);

		// 2. Moderation approves it in the review queue.
		const moderation = await newContext(browser);
		const mpage = await moderation.newPage();
		await login(mpage, 'moderation@demo.invalid');
		await mpage.goto('/moderation');
		// The queue's own button for this item (its name ends with the start of the text).
		await mpage.getByRole('button', { name: `Freigeben – ${TEXT.slice(0, 40)}` }).click();
		await mpage.getByText(/1 Beitrag freigegeben|Der Beitrag ist freigegeben/).waitFor();

		// 3. A visitor finds it on the map, filtered by category: the API has it, the map draws it.
		const near = `${QUERENBURG.lon - 0.03},${QUERENBURG.lat - 0.02},${QUERENBURG.lon + 0.03},${QUERENBURG.lat + 0.02}`;
		const api = await vpage.request.get(
			`/api/processes/handlungskonzept-wohnen/pins?bbox=${near}&zoom=17&category=gruen`
		);
		expect(api.ok()).toBe(true);
		const view = (await api.json()) as { pins: { id: string; t: string }[] };
		expect(view.pins.find((p) => p.id === pinId)?.t).toBe(TEXT.slice(0, 140));

		await vpage.goto(`${MAP}?ansicht=karte&kategorie=gruen`);
		const marker = vpage.locator(`.pm-pin[title*="${TEXT}"]`);
		await marker.waitFor();
		await expectNoA11yViolations(vpage);
		// The marker is a keyboard-reachable button; Enter opens its popup with the link to the pin.
		await marker.focus();
		await vpage.keyboard.press('Enter');
		await vpage.locator('.pm-popup a', { hasText: 'Zum Hinweis' }).waitFor();
		expect(await vpage.locator('.pm-popup a').getAttribute('href')).toBe(`${MAP}/hinweise/${pinId}`);
		// Escape closes it and returns to the marker; Space opens it as Enter does.
		await vpage.keyboard.press('Escape');
		await expect.poll(() => vpage.locator('.pm-popup').count()).toBe(0);
		expect(await marker.evaluate((el) => el === document.activeElement)).toBe(true);
		await vpage.keyboard.press(' ');
		await vpage.locator('.pm-popup a', { hasText: 'Zum Hinweis' }).waitFor();

		// A cluster of the whole city zooms in with Enter, like a button, and the map keeps the focus.
		await vpage.goto(`${MAP}?ansicht=karte`);
		const cluster = vpage.locator('.pm-cluster').first();
		await cluster.waitFor();
		const title = await cluster.getAttribute('title');
		await cluster.focus();
		await vpage.keyboard.press('Enter');
		await expect
			.poll(() => vpage.evaluate((t) => document.querySelector(`[title="${t}"]`) === null, title))
			.toBe(true);
		expect(await vpage.evaluate(() => document.activeElement?.classList.contains('leaflet-container'))).toBe(
			true
		);

		// … and in the list, filtered by category.
		await vpage.goto(`${MAP}?ansicht=liste&kategorie=gruen`);
		await vpage.locator('.pin-card', { hasText: TEXT }).waitFor();
		await expectNoA11yViolations(vpage);
		await vpage.goto(`${MAP}?ansicht=liste&kategorie=mobilitaet`);
		expect(await vpage.getByText(TEXT).count()).toBe(0);

		// The pin page and the district page.
		await vpage.goto(`${MAP}/hinweise/${pinId}`);
		await vpage.getByText(TEXT).waitFor();
		await expectNoA11yViolations(vpage);
		await vpage.goto(`${MAP}/quartiere/querenburg`);
		await vpage.getByRole('heading', { name: 'Quartier Querenburg' }).waitFor();
		await vpage.locator('.pin-card', { hasText: TEXT }).waitFor();
		await expectNoA11yViolations(vpage);

		// 4. The open data has it, without personal data.
		const geo = await (await vpage.request.get(`/api/processes/handlungskonzept-wohnen/pins.geojson`)).json();
		const feature = geo.features.find((f: { id: string }) => f.id === pinId);
		expect(feature.properties).toMatchObject({
			category: 'gruen',
			district: 'Querenburg',
			stadtbezirk: 'Süd',
			text: TEXT
		});
		expect(JSON.stringify(geo)).not.toContain('Bürgerin aus Langendreer');

		for (const c of [citizen, visitor, moderation]) await c.close();
	});

	it('works without JavaScript: the list is the default and a pin can be set by choosing a quarter', async () => {
		const context = await browser.newContext({
			baseURL: baseUrl(),
			locale: 'de-DE',
			javaScriptEnabled: false
		});
		const page = await context.newPage();
		await page.goto(MAP);
		await page.getByRole('heading', { name: 'Hinweise', exact: true }).waitFor();
		expect(await page.locator('.pin-card').count()).toBeGreaterThan(5);
		expect(await page.locator('.tabs a[aria-current="page"]').textContent()).toBe('Liste');

		await login(page, 'buerger@demo.invalid');
		await page.goto(`${MAP}/neu`);
		const text = `Ohne Karte gesetzt – Test ${Date.now()}`;
		// A failed submit keeps what was typed.
		await page.getByLabel('Ihr Hinweis').fill(text);
		await page.getByRole('button', { name: 'Hinweis absenden' }).click();
		await page
			.getByText('Bitte setzen Sie einen Punkt auf der Karte oder wählen Sie ein Quartier.')
			.first()
			.waitFor();
		await page.getByText('Bitte wählen Sie eine Kategorie.').first().waitFor();
		expect(await page.getByLabel('Ihr Hinweis').inputValue()).toBe(text);
		await page.getByLabel('Quartier (ohne genauen Ort)').selectOption('werne');
		await page.getByLabel('Mobilität').check();
		await page.getByRole('button', { name: 'Hinweis absenden' }).click();
		await page.getByText('Ihr Hinweis wird geprüft').waitFor();
		await page.getByText('Ohne genauen Ort – der Hinweis gilt für das Quartier Werne.').waitFor();
		await context.close();
	});
});
