// Replacing the quarters with imported boundaries on a real SQLite file: ids and slugs of matched
// districts stay, new names are inserted, missing districts are deleted only when nothing refers to
// them, contributions with a point are re-assigned, the cache is dropped and the change is audited.
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { freshDb, makeUser } from '../factories/db';
import type { DB } from '../../src/lib/server/db';
import { auditLog, contributions, districts, processes, stadtbezirke } from '../../src/lib/server/db/schema';
import { DEMO_DISTRICTS, seedQuarters } from '../../src/lib/server/db/seed/demo-quarters';
import {
	voronoiDistricts,
	bboxOf,
	pointInMultiPolygon,
	type MultiPolygon
} from '../../src/lib/server/geo/geometry';
import { CITY_BBOX, listQuarters, locateDistrict, quarterIndex } from '../../src/lib/server/geo/quarters';
import {
	analyseImport,
	planOf,
	replaceQuarters,
	stadtbezirkOptions,
	type ImportPlan
} from '../../src/lib/server/geo/import.service';
import {
	getPendingImport,
	importSizeLimit,
	storePendingImport,
	PENDING_TTL_MS
} from '../../src/lib/server/geo/import-store';
import { onContributionsChanged } from '../../src/lib/server/events';

const { db } = freshDb();
const admin = makeUser(db, { roles: ['admin'] });
db.transaction((tx) => seedQuarters(tx));
const proc = db.insert(processes).values({ slug: 'p', title: 'P', published: true }).returning().get();

const cells = voronoiDistricts(DEMO_DISTRICTS, CITY_BBOX);
const demoItems = () =>
	DEMO_DISTRICTS.map((d, i) => ({
		name: d.name,
		stadtbezirk: d.stadtbezirk as string,
		geometry: cells[i],
		bbox: bboxOf(cells[i])
	}));
const plan = (items = demoItems(), fileName = 'statistische_bezirke.geojson'): ImportPlan => ({
	fileName,
	items
});
const centroid = (name: string) => DEMO_DISTRICTS.find((d) => d.name === name)!;
const idOf = (conn: DB, name: string) =>
	conn.select().from(districts).where(eq(districts.name, name)).get()?.id;

function contribution(opts: { lat?: number; lon?: number; district: string; kind?: 'pin' | 'offline' }) {
	return db
		.insert(contributions)
		.values({
			kind: opts.kind ?? 'pin',
			processId: proc.id,
			body: 'Hier fehlt ein Spielplatz.',
			state: 'published',
			moderationMode: 'pre',
			lat: opts.lat ?? null,
			lon: opts.lon ?? null,
			districtId: idOf(db, opts.district)!
		})
		.returning()
		.get();
}
const districtOf = (id: string) =>
	db.select().from(contributions).where(eq(contributions.id, id)).get()!.districtId;
const imports = () => db.select().from(auditLog).where(eq(auditLog.action, 'quarters.imported')).all();

const q = centroid('Querenburg');
const laer = centroid('Laer');
const pinQuerenburg = contribution({ lat: q.lat, lon: q.lon, district: 'Querenburg' });
const pinLaer = contribution({ lat: laer.lat, lon: laer.lon, district: 'Laer' });
const pinStiepelNoPoint = contribution({ district: 'Stiepel' });
const offlineHamme = contribution({ district: 'Hamme', kind: 'offline' });

describe('replaceQuarters', () => {
	it('re-imports the same 30 districts: same ids, official, nothing moves', () => {
		const before = new Map(
			db
				.select()
				.from(districts)
				.all()
				.map((d) => [d.name, d])
		);
		let signals = 0;
		const off = onContributionsChanged(() => signals++);
		const r = replaceQuarters(db, admin.id, plan(), new Date('2024-02-01T10:00:00Z'));
		off();
		expect(r).toEqual({
			ok: true,
			summary: { inserted: 0, updated: 30, deleted: 0, pointsMoved: 0, pointsOutside: 0 }
		});
		expect(signals).toBe(1);
		const after = db.select().from(districts).all();
		expect(after).toHaveLength(30);
		for (const d of after) {
			expect(d.id).toBe(before.get(d.name)!.id);
			expect(d.slug).toBe(before.get(d.name)!.slug);
			expect(d.approximate).toBe(false);
			expect(d.source).toBe('statistische_bezirke.geojson (importiert am 01.02.2024)');
		}
		expect(listQuarters(db).every((s) => s.districts.every((d) => !d.approximate))).toBe(true);
		expect(districtOf(pinQuerenburg.id)).toBe(before.get('Querenburg')!.id);
		const [entry] = imports();
		expect(entry).toMatchObject({ actorId: admin.id, entityType: 'district' });
		expect(entry.before).toEqual({ districts: 30 });
		expect(entry.after).toMatchObject({ districts: 30, updated: 30, inserted: 0, deleted: 0 });
	});

	it('renames a district: the new one is inserted, the old one deleted, its pins follow the geometry', () => {
		const oldId = idOf(db, 'Querenburg');
		const items = demoItems().map((i) => (i.name === 'Querenburg' ? { ...i, name: 'Querenburg (Uni)' } : i));
		const preview = analyseImport(db, plan(items));
		expect(preview.counts).toEqual({ new: 1, updated: 29, removed: 1 });
		expect(preview.removed).toEqual([{ id: oldId, name: 'Querenburg', references: 0 }]);
		expect(preview.blocked).toEqual([]);
		expect(preview.points).toEqual({ total: 2, outside: 0, moved: 1 });
		expect(preview.rows.find((r) => r.name === 'Querenburg (Uni)')).toEqual({
			name: 'Querenburg (Uni)',
			stadtbezirk: 'Süd',
			status: 'new',
			points: 1
		});

		const r = replaceQuarters(db, admin.id, plan(items));
		expect(r).toMatchObject({ ok: true, summary: { inserted: 1, updated: 29, deleted: 1, pointsMoved: 1 } });
		const uni = db.select().from(districts).where(eq(districts.name, 'Querenburg (Uni)')).get()!;
		expect(uni.slug).toBe('querenburg-uni');
		expect(idOf(db, 'Querenburg')).toBeUndefined();
		expect(districtOf(pinQuerenburg.id)).toBe(uni.id);
		// The cache was dropped: the lookup already knows the new name.
		expect(locateDistrict(db, q.lat, q.lon)?.district).toBe('Querenburg (Uni)');
		expect(imports().at(-1)!.after).toMatchObject({
			insertedNames: ['Querenburg (Uni)'],
			deletedNames: ['Querenburg']
		});
		// Back to the demo names for the next tests.
		expect(replaceQuarters(db, admin.id, plan()).ok).toBe(true);
		expect(locateDistrict(db, q.lat, q.lon)?.district).toBe('Querenburg');
	});

	it('refuses to drop a district that a contribution without a point refers to, changing nothing', () => {
		const items = demoItems().filter((i) => i.name !== 'Stiepel' && i.name !== 'Hamme');
		const before = db.select().from(districts).all();
		const auditsBefore = imports().length;
		expect(analyseImport(db, plan(items)).blocked).toEqual(['Hamme', 'Stiepel']);
		const r = replaceQuarters(db, admin.id, plan(items));
		expect(r).toEqual({ ok: false, reason: 'districts_in_use', names: ['Hamme', 'Stiepel'] });
		expect(db.select().from(districts).all()).toEqual(before);
		expect(imports()).toHaveLength(auditsBefore);
		expect(districtOf(pinStiepelNoPoint.id)).toBe(idOf(db, 'Stiepel'));
		expect(districtOf(offlineHamme.id)).toBe(idOf(db, 'Hamme'));
	});

	it('refuses to drop a district whose pin would lie outside every new district', () => {
		// Without Laer there is a hole where Laer's pin is: the pin would keep Laer, so Laer stays needed.
		const items = demoItems().filter((i) => i.name !== 'Laer');
		const a = analyseImport(db, plan(items));
		expect(a.points.outside).toBe(1);
		expect(a.blocked).toEqual(['Laer']);
		expect(replaceQuarters(db, admin.id, plan(items))).toEqual({
			ok: false,
			reason: 'districts_in_use',
			names: ['Laer']
		});
	});

	it('keeps a label point that still lies inside', () => {
		const label = () => db.select().from(districts).where(eq(districts.name, 'Laer')).get()!;
		const before = label();
		expect([before.labelLat, before.labelLon]).toEqual([laer.lat, laer.lon]);
		expect(replaceQuarters(db, admin.id, plan()).ok).toBe(true);
		expect([label().labelLat, label().labelLon]).toEqual([laer.lat, laer.lon]);
	});

	it('keeps the old district of a point outside all new districts', () => {
		// Laer shrinks to a small square away from its pin.
		const tiny: MultiPolygon = [
			[
				[
					[7.26, 51.47],
					[7.265, 51.47],
					[7.265, 51.475],
					[7.26, 51.47]
				]
			]
		];
		const items = demoItems().map((i) =>
			i.name === 'Laer' ? { ...i, geometry: tiny, bbox: bboxOf(tiny) } : i
		);
		const r = replaceQuarters(db, admin.id, plan(items));
		expect(r).toMatchObject({ ok: true, summary: { pointsOutside: 1, pointsMoved: 0 } });
		expect(districtOf(pinLaer.id)).toBe(idOf(db, 'Laer'));
		expect(locateDistrict(db, laer.lat, laer.lon)).toBeNull();
		// The old label point is outside the small square now: a new one inside is computed.
		const moved = db.select().from(districts).where(eq(districts.name, 'Laer')).get()!;
		expect(pointInMultiPolygon(moved.labelLon, moved.labelLat, tiny)).toBe(true);
		expect(replaceQuarters(db, admin.id, plan()).ok).toBe(true);
	});

	it('re-assigns points when geometry and Stadtbezirk change', () => {
		// Swap the shapes of Querenburg and Laer, and move Laer to Süd.
		const items = demoItems();
		const qi = items.findIndex((i) => i.name === 'Querenburg');
		const li = items.findIndex((i) => i.name === 'Laer');
		[items[qi], items[li]] = [
			{ ...items[qi], geometry: items[li].geometry, bbox: items[li].bbox },
			{ ...items[li], stadtbezirk: 'Süd', geometry: items[qi].geometry, bbox: items[qi].bbox }
		];
		const r = replaceQuarters(db, admin.id, plan(items));
		expect(r).toMatchObject({ ok: true, summary: { pointsMoved: 2 } });
		expect(districtOf(pinQuerenburg.id)).toBe(idOf(db, 'Laer'));
		expect(districtOf(pinLaer.id)).toBe(idOf(db, 'Querenburg'));
		expect(locateDistrict(db, q.lat, q.lon)).toMatchObject({ district: 'Laer', stadtbezirk: 'Süd' });
		const sued = listQuarters(db).find((s) => s.name === 'Süd')!;
		expect(sued.districts.map((d) => d.name)).toContain('Laer');
		expect(replaceQuarters(db, admin.id, plan()).ok).toBe(true);
		expect(districtOf(pinQuerenburg.id)).toBe(idOf(db, 'Querenburg'));
	});

	it('gives a new name whose slug is taken a numbered slug', () => {
		const extra: MultiPolygon = [
			[
				[
					[7.2, 51.44],
					[7.201, 51.44],
					[7.201, 51.441],
					[7.2, 51.44]
				]
			]
		];
		const items = [
			...demoItems(),
			{ name: 'Bergen-Hiltrop', stadtbezirk: 'Nord', geometry: extra, bbox: bboxOf(extra) }
		];
		expect(replaceQuarters(db, admin.id, plan(items)).ok).toBe(true);
		expect(db.select().from(districts).where(eq(districts.name, 'Bergen-Hiltrop')).get()?.slug).toBe(
			'bergen-hiltrop-2'
		);
		expect(replaceQuarters(db, admin.id, plan()).ok).toBe(true);
		expect(idOf(db, 'Bergen-Hiltrop')).toBeUndefined();
	});

	it('can mark imported boundaries as approximate', () => {
		expect(replaceQuarters(db, admin.id, { ...plan(), approximate: true }).ok).toBe(true);
		expect(listQuarters(db).every((s) => s.districts.every((d) => d.approximate))).toBe(true);
		expect(replaceQuarters(db, admin.id, plan()).ok).toBe(true);
		expect(listQuarters(db).some((s) => s.districts.some((d) => d.approximate))).toBe(false);
	});

	it('refuses an unknown Stadtbezirk and an empty plan', () => {
		const items = demoItems().map((i) => (i.name === 'Gerthe' ? { ...i, stadtbezirk: 'Nordost' } : i));
		expect(replaceQuarters(db, admin.id, plan(items))).toEqual({
			ok: false,
			reason: 'stadtbezirk_unknown',
			names: ['Nordost']
		});
		expect(replaceQuarters(db, admin.id, plan([]))).toEqual({ ok: false, reason: 'empty' });
	});

	it('reads all point contributions with one scan and the district references by index', () => {
		const detail = (q: string) =>
			(db.$client.prepare(`explain query plan ${q}`).all() as { detail: string }[])
				.map((p) => p.detail)
				.join(' ');
		expect(
			detail(
				"select district_id, count(*) from contributions where district_id in ('a','b') group by district_id"
			)
		).toContain('contributions_district_idx');
	});
});

describe('first import into an empty database', () => {
	const other = freshDb().db;
	it('creates the Stadtbezirke it needs', () => {
		expect(stadtbezirkOptions(other)).toEqual(['Mitte', 'Wattenscheid', 'Nord', 'Ost', 'Süd', 'Südwest']);
		const items = demoItems().filter((i) => i.stadtbezirk === 'Süd');
		expect(replaceQuarters(other, makeUser(other, { roles: ['admin'] }).id, plan(items)).ok).toBe(true);
		expect(
			other
				.select()
				.from(stadtbezirke)
				.all()
				.map((s) => s.name)
		).toEqual(['Süd']);
		expect(quarterIndex(other).map((d) => d.district)).toEqual([
			'Wiemelhausen/Brenschede',
			'Stiepel',
			'Querenburg'
		]);
		expect(locateDistrict(other, q.lat, q.lon)?.district).toBe('Querenburg');
		expect(
			other
				.select()
				.from(districts)
				.where(and(eq(districts.approximate, false), eq(districts.name, 'Stiepel')))
				.get()?.position
		).toBe(2);
	});
});

describe('pending imports and the size limit', () => {
	const parsed = { features: [], propertyKeys: [], skipped: 0 };

	it('belong to the admin who uploaded and expire after 30 minutes', () => {
		const token = storePendingImport('u1', 'a.geojson', parsed, 1000);
		expect(getPendingImport(token, 'u1', 2000)?.fileName).toBe('a.geojson');
		expect(getPendingImport(token, 'u2', 2000)).toBeNull();
		expect(getPendingImport('nope', 'u1', 2000)).toBeNull();
		expect(getPendingImport(undefined, 'u1', 2000)).toBeNull();
		expect(getPendingImport(token, 'u1', 1000 + PENDING_TTL_MS + 1)).toBeNull();
	});

	it('keeps one per admin', () => {
		const first = storePendingImport('u3', 'a.geojson', parsed);
		const second = storePendingImport('u3', 'b.geojson', parsed);
		expect(getPendingImport(first, 'u3')).toBeNull();
		expect(getPendingImport(second, 'u3')?.fileName).toBe('b.geojson');
		expect(planOf(getPendingImport(second, 'u3')!)).toBeNull();
	});

	it('follows BODY_SIZE_LIMIT up to 10 MB', () => {
		const MB = 1024 * 1024;
		expect(importSizeLimit({})).toBe(512 * 1024 - 16 * 1024);
		expect(importSizeLimit({ BODY_SIZE_LIMIT: '6M' })).toBe(6 * MB - 16 * 1024);
		expect(importSizeLimit({ BODY_SIZE_LIMIT: '50M' })).toBe(10 * MB);
		expect(importSizeLimit({ BODY_SIZE_LIMIT: 'Infinity' })).toBe(10 * MB);
	});
});
