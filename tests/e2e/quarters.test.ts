// Quarters end to end: the lookup API (200/404/400) and the admin import of boundaries in the browser –
// bad files get German messages (also a 50 MB file, with and without JavaScript), a good file goes
// through properties, assignment and preview to the replacement, axe on every step. The imported file
// holds the 30 demo districts with their demo geometry and names, so nothing is removed and the rest of
// the suite sees the same quarters (still labelled approximate: the test ticks that box).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoA11yViolations, launch, login, newContext } from './harness';
import { DEMO_DISTRICTS } from '../../src/lib/server/db/seed/demo-quarters';
import { voronoiDistricts } from '../../src/lib/server/geo/geometry';
import { CITY_BBOX } from '../../src/lib/server/geo/quarters';

let browser: Browser;
let dir: string;
beforeAll(async () => {
	browser = await launch();
	dir = mkdtempSync(join(tmpdir(), 'quarters-e2e-'));
});
afterAll(async () => {
	await browser?.close();
	rmSync(dir, { recursive: true, force: true });
});

async function lookup(query: string) {
	const res = await fetch(`${baseUrl()}/api/quarters/lookup${query}`);
	return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, string> };
}

describe('GET /api/quarters/lookup', () => {
	it('names the district and Stadtbezirk of a point in the city', async () => {
		const r = await lookup('?lat=51.4531&lon=7.2683');
		expect(r.status).toBe(200);
		expect(r.body).toEqual({ district: 'Querenburg', stadtbezirk: 'Süd', districtSlug: 'querenburg' });
		expect(r.headers.get('content-type')).toContain('application/json');
		expect(r.headers.get('cache-control')).toBe('public, max-age=300');
		expect((await lookup('?lat=51.5144&lon=7.2592')).body.district).toBe('Bergen/Hiltrop');
	});

	it('answers 404 outside the city', async () => {
		for (const q of ['?lat=51.51&lon=7.46', '?lat=48.85&lon=2.35', '?lat=0&lon=0']) {
			const r = await lookup(q);
			expect(r.status, q).toBe(404);
			expect(r.body.error).toBe('Der Punkt liegt außerhalb des Stadtgebiets.');
		}
	});

	it('answers 400 with a German message for missing or malformed coordinates', async () => {
		for (const q of [
			'',
			'?lat=51.45',
			'?lon=7.2',
			'?lat=&lon=',
			'?lat=abc&lon=7.2',
			'?lat=NaN&lon=7.2',
			'?lat=Infinity&lon=7.2',
			'?lat=51.45&lon=-Infinity',
			'?lat=1e2&lon=7.2',
			'?lat=91&lon=7.2',
			'?lat=51.45&lon=181',
			`?lat=${'9'.repeat(5000)}&lon=7.2`,
			'?lat=%00&lon=%FF'
		]) {
			const r = await lookup(q);
			expect(r.status, q).toBe(400);
			expect(r.body.error, q).toMatch(/Breite|Koordinaten/);
		}
	});
});

/** A FeatureCollection of the 30 demo districts with their demo geometry, plus one point (skipped). */
function demoFile(rename: Record<string, string> = {}) {
	const cells = voronoiDistricts(DEMO_DISTRICTS, CITY_BBOX);
	return JSON.stringify({
		type: 'FeatureCollection',
		features: [
			...DEMO_DISTRICTS.map((d, i) => ({
				type: 'Feature',
				properties: {
					NR: i + 10,
					STAT_BEZ_NAME: rename[d.name] ?? d.name,
					STADTBEZIRK: `Bochum-${d.stadtbezirk}`
				},
				geometry: { type: 'MultiPolygon', coordinates: cells[i] }
			})),
			{
				type: 'Feature',
				properties: { STAT_BEZ_NAME: 'Rathaus' },
				geometry: { type: 'Point', coordinates: [7.219, 51.482] }
			}
		]
	});
}

function file(name: string, content: string | Buffer) {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
let adminState: StorageState | undefined;

/** A context signed in as the demo admin; the login happens once per file (login rate limits). */
async function adminContext(opts: { javaScriptEnabled?: boolean } = {}) {
	if (!adminState) {
		const context = await newContext(browser);
		const page = await context.newPage();
		await login(page, 'admin@demo.invalid');
		adminState = await context.storageState();
		await context.close();
	}
	const context = await browser.newContext({
		baseURL: baseUrl(),
		locale: 'de-DE',
		storageState: adminState,
		javaScriptEnabled: opts.javaScriptEnabled ?? true
	});
	await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
	return context;
}

async function upload(page: Page, path: string) {
	await page.goto('/admin/quartiere');
	await page.locator('#f-file').setInputFiles(path);
	await page.locator('form[action="?/upload"] button[type="submit"]').click();
}

describe('/admin/quartiere', () => {
	it('is for admins only', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await login(page, 'buerger@demo.invalid');
		expect((await page.goto('/admin/quartiere'))?.status()).toBe(403);
		await context.close();
	});

	it('shows the current quarters and refuses bad files with German messages', async () => {
		const context = await adminContext();
		const page = await context.newPage();
		await page.goto('/admin');
		await page.getByRole('link', { name: 'Quartiere' }).click();
		await expect.poll(() => page.url()).toContain('/admin/quartiere');
		await expect.poll(() => page.getByRole('heading', { name: 'Aktuelle Quartiere' }).count()).toBe(1);
		expect(await page.getByText('6 Stadtbezirke mit 30 statistischen Bezirken').count()).toBe(1);
		expect(await page.getByRole('rowheader', { name: 'Langendreer-Alter Bahnhof' }).count()).toBe(1);
		expect(await page.getByText('Ungefähre Abgrenzung (Demo)').count()).toBeGreaterThan(1);
		await expectNoA11yViolations(page);

		const cases: [string, string, string][] = [
			['kaputt.geojson', '{"type": "FeatureCollection", "features": [', 'kein gültiges JSON'],
			[
				'feature.geojson',
				'{"type": "Feature", "properties": {}, "geometry": null}',
				'keine GeoJSON-FeatureCollection'
			],
			[
				'punkte.geojson',
				'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[7.2,51.4]}}]}',
				'keine Flächen'
			],
			[
				'vertauscht.geojson',
				JSON.stringify({
					type: 'FeatureCollection',
					features: [
						{
							type: 'Feature',
							properties: { name: 'Querenburg' },
							geometry: {
								type: 'Polygon',
								coordinates: [
									[
										[51.45, 7.26],
										[51.46, 7.26],
										[51.46, 7.27],
										[51.45, 7.26]
									]
								]
							}
						}
					]
				}),
				'Objekt 1 („Querenburg“): falsche Reihenfolge der Koordinaten'
			],
			[
				'achterform.geojson',
				JSON.stringify({
					type: 'FeatureCollection',
					features: [
						{
							type: 'Feature',
							properties: { name: 'Hamme' },
							geometry: {
								type: 'Polygon',
								coordinates: [
									[
										[7.2, 51.48],
										[7.21, 51.49],
										[7.21, 51.48],
										[7.2, 51.49],
										[7.2, 51.48]
									]
								]
							}
						}
					]
				}),
				'Objekt 1 („Hamme“): der Umriss schneidet sich selbst'
			],
			['leer.geojson', '', 'Die Datei ist leer.']
		];
		for (const [name, content, message] of cases) {
			await upload(page, file(name, content));
			const alert = page.getByRole('alert');
			await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain(message);
			expect(page.url()).not.toContain('import=');
		}
		await page.goto('/admin/quartiere');
		expect(await page.getByLabel('GeoJSON-Datei').count()).toBe(1);
		await page.getByRole('button', { name: 'Datei prüfen' }).click();
		await expect
			.poll(() => page.getByRole('alert').textContent())
			.toContain('Bitte wählen Sie eine GeoJSON-Datei aus.');
		await expectNoA11yViolations(page);
		await context.close();
	});

	it('refuses a 50 MB file with a clear message, with and without JavaScript', async () => {
		const big = file('riesig.geojson', Buffer.alloc(50 * 1024 * 1024, ' '));
		for (const javaScriptEnabled of [true, false]) {
			const context = await adminContext({ javaScriptEnabled });
			const page = await context.newPage();
			await upload(page, big);
			await expect
				.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 })
				.toMatch(/Die Datei ist zu groß\. Erlaubt sind höchstens [\d,]+ MB\./);
			if (!javaScriptEnabled)
				expect(await page.getByRole('heading', { name: 'Quartiere', level: 1 }).count()).toBe(1);
			await context.close();
		}
	});

	it('refuses duplicate names in the second step', async () => {
		const context = await adminContext();
		const page = await context.newPage();
		await upload(page, file('doppelt.geojson', demoFile({ Gerthe: 'Laer' })));
		await page.waitForURL(/import=/);
		await page.getByRole('button', { name: 'Weiter' }).click();
		await expect
			.poll(() => page.getByRole('alert').textContent())
			.toContain('(„Laer“): der Name kommt mehrfach vor.');
		await expectNoA11yViolations(page);
		await page.getByRole('button', { name: 'Import abbrechen' }).click();
		await expect.poll(() => page.getByText('Der Import wurde abgebrochen.').count()).toBe(1);
		await context.close();
	});

	it('imports a valid file through properties, assignment and preview', async () => {
		const context = await adminContext();
		const page = await context.newPage();
		await upload(page, file('bezirke-test.geojson', demoFile()));
		await page.waitForURL(/import=/);

		// Step 2: the properties are guessed from the file.
		await expect
			.poll(() => page.getByRole('heading', { name: 'Schritt 2 von 4: Eigenschaften wählen' }).count())
			.toBe(1);
		expect(await page.getByText('Datei „bezirke-test.geojson“: 30 Flächen').count()).toBe(1);
		expect(await page.getByText('1 Objekt ohne Fläche').count()).toBe(1);
		expect(await page.getByLabel('Eigenschaft mit dem Namen des Bezirks').inputValue()).toBe('STAT_BEZ_NAME');
		expect(await page.getByLabel('Eigenschaft mit dem Stadtbezirk').inputValue()).toBe('STADTBEZIRK');
		await expectNoA11yViolations(page);
		await page.getByRole('button', { name: 'Weiter' }).click();

		// Every Stadtbezirk is known from the property: straight to the preview.
		await expect
			.poll(() => page.getByRole('heading', { name: 'Schritt 4 von 4: Vorschau und Ersetzen' }).count())
			.toBe(1);
		expect(await page.getByText('0 neu, 30 mit neuer Grenze, 0 entfallen').count()).toBe(1);
		expect(await page.locator('figure svg path').count()).toBe(60);
		await expectNoA11yViolations(page);

		// Step 3 on request: a table of selects, prefilled.
		await page.getByRole('link', { name: 'Zuordnung einzeln bearbeiten' }).click();
		await expect
			.poll(() => page.getByRole('heading', { name: 'Schritt 3 von 4: Stadtbezirke zuordnen' }).count())
			.toBe(1);
		expect(await page.getByLabel('Stadtbezirk: Querenburg').inputValue()).toBe('Süd');
		expect(await page.getByLabel('Stadtbezirk: Leithe').inputValue()).toBe('Wattenscheid');
		await expectNoA11yViolations(page);
		await page.getByLabel('Stadtbezirk: Querenburg').selectOption('');
		await page.getByRole('button', { name: 'Vorschau anzeigen' }).click();
		await expect
			.poll(() => page.getByRole('alert').textContent())
			.toContain('für jeden Bezirk einen Stadtbezirk');
		await page.getByLabel('Stadtbezirk: Querenburg').selectOption('Süd');
		await page.getByRole('button', { name: 'Vorschau anzeigen' }).click();
		await expect
			.poll(() => page.getByRole('heading', { name: 'Schritt 4 von 4: Vorschau und Ersetzen' }).count())
			.toBe(1);

		// Replace (marked approximate, so the demo keeps its label for the other tests).
		await page.getByLabel(/Die Grenzen sind ungefähr/).check();
		await page.getByRole('button', { name: 'Quartiere ersetzen' }).click();
		await expect
			.poll(() => page.getByRole('status').first().textContent())
			.toContain('Die Quartiere wurden ersetzt: 0 neu, 30 mit neuer Grenze, 0 entfernt.');
		expect(page.url()).not.toContain('import=');
		expect(await page.getByText(/bezirke-test\.geojson \(importiert am \d\d\.\d\d\.\d{4}\)/).count()).toBe(
			30
		);
		expect(await page.getByText('6 Stadtbezirke mit 30 statistischen Bezirken').count()).toBe(1);
		await expectNoA11yViolations(page);

		const r = await lookup('?lat=51.4531&lon=7.2683');
		expect(r.body).toEqual({ district: 'Querenburg', stadtbezirk: 'Süd', districtSlug: 'querenburg' });

		// The audit log names the import.
		await page.goto('/admin/protokoll');
		expect(await page.getByText(/Quartiere importiert|quarters\.imported/).count()).toBeGreaterThan(0);
		await context.close();
	});

	it('has no axe violations in English', async () => {
		const context = await adminContext();
		const page = await context.newPage();
		await context.addCookies([{ name: 'lang', value: 'en', url: baseUrl() }]);
		await page.goto('/admin/quartiere');
		expect(await page.getByRole('heading', { name: 'Current quarters' }).count()).toBe(1);
		await expectNoA11yViolations(page);
		await upload(page, file('broken.geojson', '{'));
		await expect.poll(() => page.getByRole('alert').textContent()).toContain('not valid JSON');
		await expectNoA11yViolations(page);
		await context.close();
	});

	it('says when an upload is no longer available', async () => {
		const context = await adminContext();
		const page = await context.newPage();
		await page.goto('/admin/quartiere?import=abgelaufen&schritt=vorschau');
		expect(await page.getByText('Die hochgeladene Datei liegt nicht mehr vor').count()).toBe(1);
		await expectNoA11yViolations(page);
		await context.close();
	});
});
