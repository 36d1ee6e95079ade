// The demo quarters on a real SQLite file: seeded names, slugs and geometry; the point lookup (every
// demo centroid lies in its own district), the list, a district by slug, and the in-memory cache that
// an import invalidates.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../factories/db';
import { districts, stadtbezirke } from '../../src/lib/server/db/schema';
import {
	DEMO_DISTRICTS,
	DEMO_QUARTERS_SOURCE,
	seedQuarters
} from '../../src/lib/server/db/seed/demo-quarters';
import {
	districtBySlug,
	hasQuarters,
	invalidateQuarters,
	listQuarters,
	locateDistrict
} from '../../src/lib/server/geo/quarters';
import { pointInMultiPolygon } from '../../src/lib/server/geo/geometry';

const { db } = freshDb();

describe('quarters', () => {
	it('has none before the seed', () => {
		expect(hasQuarters(db)).toBe(false);
		expect(listQuarters(db)).toEqual([]);
		expect(locateDistrict(db, 51.4531, 7.2683)).toBeNull();
	});

	it('seeds 6 Stadtbezirke and 30 approximate districts in one transaction', () => {
		db.transaction((tx) => seedQuarters(tx));
		expect(hasQuarters(db)).toBe(true);
		const list = listQuarters(db);
		expect(list.map((s) => s.name)).toEqual(['Mitte', 'Wattenscheid', 'Nord', 'Ost', 'Süd', 'Südwest']);
		expect(list.map((s) => s.districts.length)).toEqual([9, 6, 4, 4, 3, 4]);
		expect(list.flatMap((s) => s.districts.map((d) => d.name))).toEqual(DEMO_DISTRICTS.map((d) => d.name));
		const nord = list[2].districts;
		expect(nord.map((d) => [d.name, d.slug, d.position])).toEqual([
			['Bergen/Hiltrop', 'bergen-hiltrop', 1],
			['Gerthe', 'gerthe', 2],
			['Harpen/Rosenberg', 'harpen-rosenberg', 3],
			['Kornharpen/Voede-Abzweig', 'kornharpen-voede-abzweig', 4]
		]);
		for (const d of list.flatMap((s) => s.districts)) {
			expect(d.approximate).toBe(true);
			expect(d.source).toBe(DEMO_QUARTERS_SOURCE);
		}
		const slugs = list.flatMap((s) => s.districts.map((d) => d.slug));
		expect(slugs).toContain('wattenscheid-mitte');
		expect(slugs).toContain('langendreer-alter-bahnhof');
		expect(slugs).toContain('guennigfeld');
	});

	it('locates every demo centroid in its own district', () => {
		const bezirkOf = new Map(DEMO_DISTRICTS.map((d) => [d.name, d.stadtbezirk]));
		for (const d of DEMO_DISTRICTS) {
			const where = locateDistrict(db, d.lat, d.lon);
			expect(where?.district, d.name).toBe(d.name);
			expect(where?.stadtbezirk).toBe(bezirkOf.get(d.name));
		}
		expect(locateDistrict(db, 51.4531, 7.2683)).toMatchObject({
			district: 'Querenburg',
			districtSlug: 'querenburg',
			stadtbezirk: 'Süd'
		});
	});

	it('answers null outside the city and for non-finite input', () => {
		expect(locateDistrict(db, 51.4, 7.2)).toBeNull(); // just south of the bounding box
		expect(locateDistrict(db, 51.51, 7.46)).toBeNull(); // Dortmund
		expect(locateDistrict(db, 48.85, 2.35)).toBeNull(); // Paris
		expect(locateDistrict(db, NaN, 7.2)).toBeNull();
		expect(locateDistrict(db, 51.45, Infinity)).toBeNull();
	});

	it('stores a label point inside each district and a matching bounding box', () => {
		for (const d of listQuarters(db).flatMap((s) => s.districts)) {
			const detail = districtBySlug(db, d.slug)!;
			expect(pointInMultiPolygon(d.labelLon, d.labelLat, detail.geometry)).toBe(true);
			expect(locateDistrict(db, d.labelLat, d.labelLon)?.districtId).toBe(d.id);
			expect(d.bbox.minLat).toBeLessThan(d.bbox.maxLat);
		}
	});

	it('finds a district by slug with its Stadtbezirk', () => {
		const d = districtBySlug(db, 'bergen-hiltrop');
		expect(d).toMatchObject({ name: 'Bergen/Hiltrop', stadtbezirk: 'Nord', approximate: true });
		expect(d?.geometry[0][0].length).toBeGreaterThanOrEqual(4);
		expect(districtBySlug(db, 'gibt-es-nicht')).toBeNull();
		expect(districtBySlug(db, '')).toBeNull();
		expect(districtBySlug(db, 'x'.repeat(500))).toBeNull();
	});

	it('serves lookups from memory until the quarters are invalidated', () => {
		const querenburg = db.select().from(districts).where(eq(districts.slug, 'querenburg')).get()!;
		// Move Querenburg's shape far away behind the cache's back.
		db.update(districts)
			.set({
				geometry: [
					[
						[
							[0, 0],
							[1, 0],
							[1, 1],
							[0, 0]
						]
					]
				],
				minLat: 0,
				minLon: 0,
				maxLat: 1,
				maxLon: 1
			})
			.where(eq(districts.id, querenburg.id))
			.run();
		expect(locateDistrict(db, 51.4531, 7.2683)?.district).toBe('Querenburg');
		invalidateQuarters();
		expect(locateDistrict(db, 51.4531, 7.2683)).toBeNull();
		db.update(districts)
			.set({
				geometry: querenburg.geometry,
				minLat: querenburg.minLat,
				minLon: querenburg.minLon,
				maxLat: querenburg.maxLat,
				maxLon: querenburg.maxLon
			})
			.where(eq(districts.id, querenburg.id))
			.run();
		invalidateQuarters();
		expect(locateDistrict(db, 51.4531, 7.2683)?.district).toBe('Querenburg');
	});

	it('uses the index for the ordered list', () => {
		const plan = db.$client
			.prepare('explain query plan select * from districts order by stadtbezirk_id, position')
			.all() as { detail: string }[];
		expect(plan.map((p) => p.detail).join(' ')).toContain('districts_stadtbezirk_idx');
		expect(db.select().from(stadtbezirke).all()).toHaveLength(6);
	});
});
