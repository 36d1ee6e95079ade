// Pins on the quarter map against a real SQLite file: creating them (point, district only, photo),
// refusals (outside the city, bad coordinates, unknown category, fake image), moderation modes, comments
// and support, the cluster view (shape and size with 20,000 pins) and the open data.
import sharp from 'sharp';
import { and, eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, makeUser } from '../factories/db';
import { sessionUser } from '../factories/document';
import { makeMap, POINTS } from '../factories/map';
import { contributions, photos, pinCategories } from '../../src/lib/server/db/schema';
import {
	commentOnPin,
	createPin,
	editPin,
	setPinSupport,
	withdrawPin
} from '../../src/lib/server/modules/map/pins.service';
import { decidePhoto, photoAccess } from '../../src/lib/server/modules/map/photos';
import { approve } from '../../src/lib/server/moderation/review.service';
import { clearClusterCache, clustersInView } from '../../src/lib/server/modules/map/cluster';
import { pinComments, pinList } from '../../src/lib/server/modules/map/queries';
import {
	createCategory,
	setCategoryArchived,
	updateCategory
} from '../../src/lib/server/modules/map/categories.service';
import { searchIndex } from '../../src/lib/server/search';
import { csvChunks, geojsonChunks } from '../../src/lib/server/modules/map/opendata';
import { contributionsChanged } from '../../src/lib/server/events';
import { CITY_BBOX } from '../../src/lib/server/geo/quarters';
import { exportUserData } from '../../src/lib/server/auth/export';

const { db } = freshDb();
const citizen = sessionUser(makeUser(db, { displayName: 'Bürgerin Querenburg' }));
const other = sessionUser(makeUser(db));
const moderator = sessionUser(makeUser(db, { roles: ['moderation'] }), { roles: ['moderation'] });
const CITY: [number, number, number, number] = [
	CITY_BBOX.minLon,
	CITY_BBOX.minLat,
	CITY_BBOX.maxLon,
	CITY_BBOX.maxLat
];

const pin = (moduleId: string, extra: Record<string, unknown> = {}) => ({
	moduleId,
	categoryKey: 'gruen',
	body: 'Hier fehlt ein Park mit Bänken.',
	...extra
});
const pinRow = (id: string) => db.select().from(contributions).where(eq(contributions.id, id)).get()!;
const count = () =>
	db
		.select({ n: sql<number>`count(*)` })
		.from(contributions)
		.get()!.n;

async function phoneJpeg() {
	return sharp({ create: { width: 1200, height: 900, channels: 3, background: '#4a8' } })
		.jpeg()
		.withExif({
			IFD0: { Make: 'Testphone' },
			IFD3: {
				GPSLatitudeRef: 'N',
				GPSLatitude: '51/1 27/1 11/1',
				GPSLongitudeRef: 'E',
				GPSLongitude: '7/1 16/1 6/1'
			}
		})
		.toBuffer();
}

describe('creating pins', () => {
	const pre = makeMap(db, { moderation: 'pre' });
	const m = pre.module.id;

	it('places a point, computes its district on the server and waits for moderation', async () => {
		const r = await createPin(db, citizen, pin(m, { ...POINTS.querenburg, districtSlug: 'gerthe' }));
		expect(r).toMatchObject({ ok: true, state: 'pending', photo: false });
		if (!r.ok) return;
		const row = pinRow(r.id);
		expect(row).toMatchObject({ kind: 'pin', lat: 51.4531, lon: 7.2683, moderationMode: 'pre' });
		const district = db.get<{ slug: string }>(sql`select slug from districts where id = ${row.districtId}`);
		expect(district.slug).toBe('querenburg'); // the point wins over a district sent along
		expect(pinList(db, { processId: pre.process.id, moduleId: m, sort: 'new' }).pins).toHaveLength(0);
		expect(searchIndex(db, pre.process.id, 'Park')).toHaveLength(0);
		// The author's data export names the place (DSGVO Art. 15).
		const mine = exportUserData(db, citizen.id)!.contributions.find((c) => c.id === r.id);
		expect(mine).toMatchObject({ lat: 51.4531, lon: 7.2683, district: 'Querenburg' });
	});

	it('takes a district without a point ("ohne genauen Ort")', async () => {
		const r = await createPin(db, citizen, pin(m, { lat: '', lon: '', districtSlug: 'langendreer' }));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(pinRow(r.id)).toMatchObject({ lat: null, lon: null });
	});

	it('refuses points outside the city, malformed coordinates and unknown districts, saving nothing', async () => {
		const before = count();
		const cases: [Record<string, unknown>, string][] = [
			[POINTS.outside, 'outside_city'],
			[{ lat: 'NaN', lon: '7.2' }, 'coordinates_invalid'],
			[{ lat: 'abc', lon: 'def' }, 'coordinates_invalid'],
			[{ lat: '51.45', lon: '' }, 'coordinates_invalid'],
			[{ lat: '95', lon: '7.2' }, 'coordinates_invalid'],
			[{ lat: '51.45', lon: '1e2' }, 'coordinates_invalid'],
			[{ districtSlug: 'atlantis' }, 'district_unknown'],
			[{}, 'location_required']
		];
		for (const [extra, reason] of cases)
			expect(await createPin(db, citizen, pin(m, extra))).toMatchObject({
				ok: false,
				reason,
				field: 'location'
			});
		expect(count()).toBe(before);
	});

	it('refuses unknown and archived categories and bad texts', async () => {
		expect(await createPin(db, citizen, pin(m, { ...POINTS.gerthe, categoryKey: 'ufo' }))).toMatchObject({
			ok: false,
			reason: 'category_unknown'
		});
		const cat = db.select().from(pinCategories).where(eq(pinCategories.key, 'internet')).all();
		setCategoryArchived(db, null, m, cat.find((c) => c.moduleId === m)!.id, true);
		expect(await createPin(db, citizen, pin(m, { ...POINTS.gerthe, categoryKey: 'internet' }))).toMatchObject(
			{
				ok: false,
				reason: 'category_archived'
			}
		);
		expect(await createPin(db, citizen, pin(m, { ...POINTS.gerthe, body: ' ' }))).toMatchObject({
			reason: 'pin_empty',
			field: 'body'
		});
		expect(await createPin(db, citizen, pin(m, { ...POINTS.gerthe, body: 'x'.repeat(1001) }))).toMatchObject({
			reason: 'pin_too_long'
		});
	});

	it('stores a photo re-encoded without GPS, pending, in the same transaction', async () => {
		const r = await createPin(
			db,
			citizen,
			pin(m, { ...POINTS.gerthe, photo: { bytes: await phoneJpeg(), alt: 'Brachfläche' } })
		);
		expect(r).toMatchObject({ ok: true, photo: true });
		if (!r.ok) return;
		const photo = db.select().from(photos).where(eq(photos.contributionId, r.id)).get()!;
		expect(photo).toMatchObject({ state: 'pending', mime: 'image/webp', alt: 'Brachfläche' });
		const meta = await sharp(photo.data).metadata();
		expect(meta.exif).toBeUndefined();
		expect(photo.data.includes(Buffer.from('Testphone'))).toBe(false);
	});

	it('refuses a text file named .jpg and keeps nothing of the pin', async () => {
		const before = count();
		const r = await createPin(
			db,
			citizen,
			pin(m, { ...POINTS.gerthe, photo: { bytes: Buffer.from('kein Bild'), alt: '' } })
		);
		expect(r).toEqual({ ok: false, reason: 'photo_invalid', field: 'photo' });
		expect(count()).toBe(before);
	});

	it('creates nothing twice for the same form (nonce)', async () => {
		const nonce = crypto.randomUUID();
		const a = await createPin(db, citizen, pin(m, { ...POINTS.gerthe, nonce }));
		const b = await createPin(db, citizen, pin(m, { ...POINTS.gerthe, nonce }));
		expect(a.ok && b.ok && a.id === b.id && b.duplicate).toBe(true);
	});

	it('follows the phase: closed, unverified and flag off are refused', async () => {
		const closed = makeMap(db, { phase: 'closed' });
		expect(await createPin(db, citizen, pin(closed.module.id, POINTS.gerthe))).toMatchObject({
			ok: false,
			reason: 'phase_closed'
		});
		const unverified = sessionUser(makeUser(db, { verified: false }), { emailVerified: false });
		expect(await createPin(db, unverified, pin(m, POINTS.gerthe))).toMatchObject({ reason: 'not_verified' });
		const noPins = makeMap(db, { flags: ['commenting'] });
		expect(await createPin(db, citizen, pin(noPins.module.id, POINTS.gerthe))).toMatchObject({
			reason: 'no_phase'
		});
		const hidden = makeMap(db, { published: false });
		expect(await createPin(db, citizen, pin(hidden.module.id, POINTS.gerthe))).toMatchObject({
			reason: 'not_found'
		});
	});

	it('lets the author edit and withdraw a pending pin, nobody else', async () => {
		const r = await createPin(db, citizen, pin(m, POINTS.gerthe));
		if (!r.ok) throw new Error(r.reason);
		expect(editPin(db, other, r.id, { body: 'fremd', categoryKey: 'gruen' })).toMatchObject({
			reason: 'not_found'
		});
		expect(editPin(db, citizen, r.id, { body: 'Neuer Text', categoryKey: 'mobilitaet' })).toEqual({
			ok: true
		});
		expect(pinRow(r.id).body).toBe('Neuer Text');
		expect(withdrawPin(db, citizen, r.id)).toEqual({ ok: true });
		expect(pinRow(r.id).state).toBe('withdrawn');
		expect(editPin(db, citizen, r.id, { body: 'x', categoryKey: 'gruen' })).toMatchObject({
			reason: 'not_editable'
		});
	});
});

describe('moderation modes, comments, support', () => {
	const post = makeMap(db, { moderation: 'post' });
	const pre = makeMap(db, { moderation: 'pre' });
	beforeEach(() => clearClusterCache());

	it('post-moderated pins are public at once: list, clusters, search', async () => {
		const r = await createPin(
			db,
			citizen,
			pin(post.module.id, { ...POINTS.querenburg, body: 'Spielplatz fehlt' })
		);
		expect(r).toMatchObject({ ok: true, state: 'published' });
		const view = clustersInView(db, post.module.id, { category: '', stadtbezirkId: '' }, CITY, 17);
		expect(view.pins.map((p) => p.t)).toContain('Spielplatz fehlt');
		const hits = searchIndex(db, post.process.id, 'Spielplätze');
		expect(hits).toEqual([expect.objectContaining({ kind: 'pin' })]);
	});

	it('pre-moderated pins appear after approval (cluster cache dropped), photos stay pending', async () => {
		const r = await createPin(
			db,
			citizen,
			pin(pre.module.id, {
				...POINTS.langendreer,
				body: 'Kein Supermarkt',
				photo: { bytes: await phoneJpeg() }
			})
		);
		if (!r.ok) throw new Error(r.reason);
		const all = { category: '', stadtbezirkId: '' };
		expect(clustersInView(db, pre.module.id, all, CITY, 17).total).toBe(0);
		expect(approve(db, moderator.id, r.id)).toEqual({ ok: true });
		const view = clustersInView(db, pre.module.id, all, CITY, 17);
		expect(view.pins).toEqual([expect.objectContaining({ id: r.id, c: 'gruen', t: 'Kein Supermarkt' })]);
		expect(searchIndex(db, pre.process.id, 'Supermarkt')).toHaveLength(1);

		// The photo: pending until decided, then public.
		const photo = db.select().from(photos).where(eq(photos.contributionId, r.id)).get()!;
		const viewer = (u: { id: string }, mod = false) => ({ id: u.id, isModerator: mod });
		expect(photoAccess(db, photo.id, null, false)).toBeNull();
		expect(photoAccess(db, photo.id, viewer(other), false)).toBeNull();
		expect(photoAccess(db, photo.id, viewer(citizen), true)).toMatchObject({
			isPublic: false,
			state: 'pending'
		});
		expect(photoAccess(db, photo.id, viewer(moderator, true), false)).toMatchObject({ isPublic: false });
		expect(db.transaction((tx) => decidePhoto(tx, moderator.id, photo.id, 'approved'))).toEqual({ ok: true });
		expect(db.transaction((tx) => decidePhoto(tx, moderator.id, photo.id, 'approved'))).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect(photoAccess(db, photo.id, null, true)).toMatchObject({ isPublic: true, mime: 'image/webp' });
		const audited = db.get<{ n: number }>(
			sql`select count(*) as n from audit_log where action = 'photo.approved'`
		);
		expect(audited.n).toBe(1);
	});

	it('moderators post directly, even in a pre-moderated phase', async () => {
		const r = await createPin(db, moderator, pin(pre.module.id, POINTS.gerthe));
		expect(r).toMatchObject({ ok: true, state: 'published' });
	});

	it('comments and replies on a pin; support once per person, not one’s own', async () => {
		const p = await createPin(db, citizen, pin(post.module.id, POINTS.gerthe));
		if (!p.ok) throw new Error(p.reason);
		const c1 = commentOnPin(db, other, { pinId: p.id, body: 'Stimmt, hier fehlt Grün.' });
		expect(c1).toMatchObject({ ok: true, state: 'published' });
		if (!c1.ok) return;
		const reply = commentOnPin(db, citizen, { pinId: p.id, parentId: c1.id, body: 'Danke!' });
		expect(reply.ok).toBe(true);
		if (!reply.ok) return;
		expect(commentOnPin(db, other, { pinId: p.id, parentId: reply.id, body: 'zu tief' })).toMatchObject({
			reason: 'max_depth'
		});
		const row = pinRow(c1.id);
		expect(row).toMatchObject({ kind: 'comment', rootId: p.id, parentId: p.id, depth: 1, chapterId: null });
		expect(pinComments(db, p.id).map((c) => c.body)).toEqual(['Stimmt, hier fehlt Grün.', 'Danke!']);

		expect(setPinSupport(db, other, p.id, true)).toEqual({ ok: true, count: 1 });
		expect(setPinSupport(db, other, p.id, true)).toMatchObject({ reason: 'already_supported' });
		expect(setPinSupport(db, citizen, p.id, true)).toMatchObject({ reason: 'support_own' });
		expect(setPinSupport(db, citizen, c1.id, true)).toEqual({ ok: true, count: 1 });
		expect(setPinSupport(db, other, p.id, false)).toEqual({ ok: true, count: 0 });
	});
});

describe('clusters and open data with 20,000 pins', () => {
	const big = makeMap(db, { moderation: 'post' });
	const cats = db.select().from(pinCategories).where(eq(pinCategories.moduleId, big.module.id)).all();
	const districtRows = db.all<{ id: string; slug: string; stadtbezirk_id: string }>(
		sql`select id, slug, stadtbezirk_id from districts`
	);
	// Deterministic points inside the city; districts from the same lookup the service uses.
	let seed = 7;
	const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const insert = db.$client.prepare(
		`insert into contributions (id, kind, process_id, module_id, author_id, body, state, moderation_mode,
		 lat, lon, district_id, category_id, hidden, support_count, created_at, updated_at, published_at)
		 values (?, 'pin', ?, ?, ?, ?, ?, 'post', ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const start = Date.now() - 20_000_000;
	db.$client.transaction(() => {
		for (let i = 0; i < 20_000; i++) {
			const lat = CITY_BBOX.minLat + rand() * (CITY_BBOX.maxLat - CITY_BBOX.minLat);
			const lon = CITY_BBOX.minLon + rand() * (CITY_BBOX.maxLon - CITY_BBOX.minLon);
			const noPoint = i % 50 === 0;
			const district = districtRows[(noPoint ? i / 50 : i) % districtRows.length].id;
			const at = start + i * 1000;
			insert.run(
				crypto.randomUUID(),
				big.process.id,
				big.module.id,
				citizen.id,
				`Hinweis ${i}: ${'Zu wenig Grün und kein Laden in der Nähe, bitte mehr Bänke. '.repeat(4)}`,
				i % 97 === 0 ? 'pending' : 'published',
				noPoint ? null : lat,
				noPoint ? null : lon,
				district,
				cats[i % cats.length].id,
				i % 89 === 0 ? 1 : 0,
				i % 13,
				at,
				at,
				at
			);
		}
	})();
	contributionsChanged(big.module.id);
	const all = { category: '', stadtbezirkId: '' };

	it('answers at city zoom with at most 200 features under 30 KB', () => {
		const t = performance.now();
		const view = clustersInView(db, big.module.id, all, CITY, 12);
		const build = performance.now() - t;
		const json = JSON.stringify(view);
		const features = view.clusters.length + view.pins.length + view.areas.length;
		expect(features).toBeLessThanOrEqual(200);
		expect(json.length).toBeLessThan(30 * 1024);
		expect(view.clusters.length).toBeGreaterThan(10);
		expect(view.clusters[0]).toEqual({
			id: expect.any(Number),
			lat: expect.any(Number),
			lon: expect.any(Number),
			n: expect.any(Number),
			z: expect.any(Number)
		});
		expect(view.areas.length).toBe(30); // pins "ohne genauen Ort" per district
		const clustered = view.clusters.reduce((a, c) => a + c.n, 0) + view.pins.length;
		expect(clustered + view.areas.reduce((a, x) => a + x.n, 0)).toBe(view.total);
		const t2 = performance.now();
		for (let i = 0; i < 20; i++) clustersInView(db, big.module.id, all, CITY, 12);
		const perRequest = (performance.now() - t2) / 20;
		console.log(
			`clusters: build ${build.toFixed(0)} ms, per request ${perRequest.toFixed(2)} ms, ${json.length} bytes, ${features} features`
		);
		expect(perRequest).toBeLessThan(50); // a sanity bound: the benchmark measures it properly
	});

	it('shows single pins with short texts at street zoom, and caps huge requests', () => {
		const street: [number, number, number, number] = [7.26, 51.449, 7.275, 51.457];
		const view = clustersInView(db, big.module.id, all, street, 17);
		expect(view.pins.length).toBeGreaterThan(0);
		for (const p of view.pins) expect(p.t.length).toBeLessThanOrEqual(140);
		const huge = clustersInView(db, big.module.id, all, CITY, 20);
		expect(huge.clusters.length + huge.pins.length + huge.areas.length).toBeLessThanOrEqual(200);
		expect(huge.zoom).toBeLessThan(20);
	});

	it('filters by category and Stadtbezirk', () => {
		const one = clustersInView(db, big.module.id, { category: 'gruen', stadtbezirkId: '' }, CITY, 12);
		const bez = districtRows[0].stadtbezirk_id;
		const two = clustersInView(db, big.module.id, { category: 'gruen', stadtbezirkId: bez }, CITY, 12);
		const allView = clustersInView(db, big.module.id, all, CITY, 12);
		expect(one.total).toBeLessThan(allView.total / 4);
		expect(two.total).toBeLessThan(one.total);
		expect(two.total).toBeGreaterThan(0);
	});

	it('lists pins with keyset pages along an index', () => {
		const q = { processId: big.process.id, moduleId: big.module.id, sort: 'new' as const };
		const first = pinList(db, q);
		const second = pinList(db, { ...q, cursor: first.nextCursor });
		expect(first.pins).toHaveLength(20);
		expect(second.pins[0].createdAt.getTime()).toBeLessThanOrEqual(first.pins[19].createdAt.getTime());
		expect(new Set([...first.pins, ...second.pins].map((p) => p.id)).size).toBe(40);
		const bySupport = pinList(db, { ...q, sort: 'support' });
		expect(bySupport.pins[0].supportCount).toBe(12);
		const plan = db.$client
			.prepare(
				`explain query plan select id from contributions where module_id = ? and kind = 'pin' and state = 'published'
				 and hidden = 0 and process_id = ? order by created_at desc, id desc limit 21`
			)
			.all(big.module.id, big.process.id) as { detail: string }[];
		expect(plan.map((p) => p.detail).join(' ')).not.toContain('TEMP B-TREE');
	});

	it('open data holds every public pin and no personal data', () => {
		const geo = JSON.parse(
			[...geojsonChunks(db, big.process.id, big.process.slug, 'https://x.invalid')].join('')
		);
		const expected = db.get<{ n: number }>(
			sql`select count(*) as n from contributions where process_id = ${big.process.id} and kind = 'pin' and state = 'published' and hidden = 0`
		).n;
		expect(geo.type).toBe('FeatureCollection');
		expect(geo.features).toHaveLength(expected);
		const f = geo.features.find((x: { geometry: unknown }) => x.geometry !== null);
		expect(Object.keys(f.properties).sort()).toEqual(
			[
				'category',
				'category_label',
				'created',
				'district',
				'id',
				'location',
				'stadtbezirk',
				'supports',
				'text',
				'url'
			].sort()
		);
		expect(JSON.stringify(geo)).not.toContain(citizen.id);
		expect(JSON.stringify(geo)).not.toContain(citizen.displayName);
		const hiddenIds = db
			.select({ id: contributions.id })
			.from(contributions)
			.where(and(eq(contributions.moduleId, big.module.id), eq(contributions.hidden, true)))
			.all()
			.map((r) => r.id);
		const ids = new Set(geo.features.map((x: { id: string }) => x.id));
		expect(hiddenIds.some((id) => ids.has(id))).toBe(false);

		const csv = [...csvChunks(db, big.process.id, big.process.slug, 'https://x.invalid')].join('');
		expect(
			csv.startsWith('\uFEFFid,category,category_label,district,stadtbezirk,lat,lon,location,text')
		).toBe(true);
		expect(csv.split('\r\n').filter(Boolean)).toHaveLength(expected + 1);
	});
});

describe('categories', () => {
	it('refuses a second category of the same name in a module, also when renaming', () => {
		const { module: mod } = makeMap(db);
		const input = { label: 'Spielplätze', labelEn: 'Playgrounds', description: '', color: '#0b5394' };
		const first = createCategory(db, null, mod.id, input);
		expect(first.ok).toBe(true);
		expect(createCategory(db, null, mod.id, { ...input, label: '  spielplätze ' })).toMatchObject({
			ok: false,
			errors: { label: 'label_taken' }
		});
		// The English name must be free too.
		expect(createCategory(db, null, mod.id, { ...input, label: 'Bänke' })).toMatchObject({
			ok: false,
			errors: { labelEn: 'label_taken' }
		});
		const other = createCategory(db, null, mod.id, { ...input, label: 'Bänke', labelEn: 'Benches' });
		if (!other.ok || !first.ok) throw new Error('setup');
		expect(updateCategory(db, null, mod.id, other.categoryId, input)).toMatchObject({
			ok: false,
			errors: { label: 'label_taken' }
		});
		// Its own name again is no conflict; another module may use the name.
		expect(updateCategory(db, null, mod.id, first.categoryId, { ...input, color: '#005f73' })).toMatchObject({
			ok: true
		});
		expect(createCategory(db, null, makeMap(db).module.id, input).ok).toBe(true);
	});
});
