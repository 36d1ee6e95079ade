// The demo's quarter map: seeded after the quarters, open for pins in the current phase, with the eight
// categories and demo pins in their districts (published, pending, one "ohne genauen Ort").
import { and, eq, isNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../factories/db';
import { seedDemo } from '../../src/lib/server/db/seed/demo';
import { DEMO_PINS } from '../../src/lib/server/db/seed/demo-map-content';
import { contributions, modules, phaseModules, pinCategories } from '../../src/lib/server/db/schema';
import { clustersInView } from '../../src/lib/server/modules/map/cluster';
import { searchIndex } from '../../src/lib/server/search';
import { CITY_BBOX } from '../../src/lib/server/geo/quarters';

const { db } = freshDb();

describe('demo map', () => {
	it('seeds the map module with categories and pins', async () => {
		await seedDemo(db, 'Demo-Passwort-123');
		const mod = db.select().from(modules).where(eq(modules.slug, 'karte')).get()!;
		expect(mod).toMatchObject({ type: 'map', title: 'Quartierskarte' });
		const flags = db.select().from(phaseModules).where(eq(phaseModules.moduleId, mod.id)).all();
		expect(flags.map((f) => f.flags)).toEqual([['pinning', 'commenting', 'supporting']]);
		expect(db.select().from(pinCategories).where(eq(pinCategories.moduleId, mod.id)).all()).toHaveLength(8);
		const pins = db
			.select()
			.from(contributions)
			.where(and(eq(contributions.moduleId, mod.id), eq(contributions.kind, 'pin')))
			.all();
		expect(pins).toHaveLength(DEMO_PINS.length);
		expect(pins.filter((p) => p.state === 'pending').length).toBeGreaterThanOrEqual(2);
		const noPoint = db
			.select()
			.from(contributions)
			.where(
				and(eq(contributions.moduleId, mod.id), isNull(contributions.lat), eq(contributions.kind, 'pin'))
			)
			.all();
		expect(noPoint).toHaveLength(1);
		const view = clustersInView(
			db,
			mod.id,
			{ category: '', stadtbezirkId: '' },
			[CITY_BBOX.minLon, CITY_BBOX.minLat, CITY_BBOX.maxLon, CITY_BBOX.maxLat],
			12
		);
		expect(view.total).toBe(pins.filter((p) => p.state === 'published').length);
		expect(view.areas).toEqual([expect.objectContaining({ d: 'kruppwerke', n: 1 })]);
		const process = db.get<{ id: string }>(sql`select id from processes limit 1`);
		expect(searchIndex(db, process.id, 'WG-Zimmer')).toEqual([expect.objectContaining({ kind: 'pin' })]);
		// Support counts match the support rows.
		const mismatched = db.get<{ n: number }>(sql`select count(*) as n from contributions c
			where c.module_id = ${mod.id} and c.support_count != (select count(*) from supports s where s.contribution_id = c.id)`);
		expect(mismatched.n).toBe(0);
	});
});
