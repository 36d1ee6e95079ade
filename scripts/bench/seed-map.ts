// Bench seed step for the quarter map, run with tsx after seed.js: the demo quarters (the app's own
// seed), a map module "karte" with the eight default categories in the bench process, and N published
// pins spread over the city (2 % without a point), bulk-inserted with one prepared statement. Each pin's
// district comes from the app's point lookup, as for real pins.
// Usage: tsx scripts/bench/seed-map.ts <db path> <pins> [process slug]
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../src/lib/server/db';
import { modules, phaseModules, phases, pinCategories, processes } from '../../src/lib/server/db/schema';
import { seedQuarters } from '../../src/lib/server/db/seed/demo-quarters';
import { CITY_BBOX, hasQuarters, locateDistrict } from '../../src/lib/server/geo/quarters';
import { addDefaultCategories } from '../../src/lib/server/modules/map/categories.service';

const TEXTS = [
	'Hier fehlen bezahlbare Wohnungen für Familien mit Kindern.',
	'Die Grünfläche an der Ecke wird kaum gepflegt, dabei ist sie der einzige Park in der Nähe.',
	'Das Internet ist in der ganzen Straße sehr langsam, Homeoffice ist kaum möglich.',
	'Seit der Bäcker geschlossen hat, gibt es keinen Laden mehr, den man zu Fuß erreicht.',
	'Der Platz vor der Kirche könnte mit Bänken und Bäumen ein schöner Treffpunkt sein.',
	'Der Radweg endet plötzlich an der Kreuzung, das ist gefährlich.',
	'Die Haltestelle hat keinen barrierefreien Einstieg.',
	'Ein Treffpunkt für Jugendliche fehlt im ganzen Viertel.'
];

const [dbPath, countArg, slugArg] = process.argv.slice(2);
const count = Number(countArg ?? 20_000);
const db = openDatabase(dbPath);
if (!hasQuarters(db)) db.transaction((tx) => seedQuarters(tx));
const proc = db
	.select()
	.from(processes)
	.where(eq(processes.slug, slugArg ?? 'handlungskonzept-wohnen'))
	.get();
if (!proc) throw new Error('bench seed: no process');
const phase = db.select().from(phases).where(eq(phases.processId, proc.id)).all().at(-1)!;
const mod = db
	.insert(modules)
	.values({ processId: proc.id, type: 'map', slug: 'karte', title: 'Quartierskarte', position: 2 })
	.returning()
	.get();
db.insert(phaseModules)
	.values({ phaseId: phase.id, moduleId: mod.id, flags: ['pinning', 'commenting', 'supporting'] })
	.run();
const added = addDefaultCategories(db, null, mod.id);
if (!added.ok) throw new Error(added.reason);
const categories = db.select().from(pinCategories).where(eq(pinCategories.moduleId, mod.id)).all();
const authors = (db.$client.prepare('select id from users limit 500').all() as { id: string }[]).map((u) => u.id);

// Deterministic points (mulberry32), so every run measures the same map.
let a = 12345;
const rand = () => {
	a = (a + 0x6d2b79f5) >>> 0;
	let t = a;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const districtIds = (db.$client.prepare('select id from districts').all() as { id: string }[]).map((d) => d.id);
const insert = db.$client.prepare(
	`insert into contributions (id, kind, process_id, module_id, phase_id, author_id, body, state, moderation_mode,
	 lat, lon, district_id, category_id, support_count, reviewed_at, created_at, updated_at, published_at)
	 values (?, 'pin', ?, ?, ?, ?, ?, 'published', 'pre', ?, ?, ?, ?, ?, ?, ?, ?, ?)`
);
const start = Date.now() - 30 * 86_400_000;
db.$client.transaction(() => {
	for (let i = 0; i < count; i++) {
		// Denser in the middle of the city, as real input is.
		const u = (rand() + rand()) / 2;
		const v = (rand() + rand()) / 2;
		let lat: number | null = CITY_BBOX.minLat + u * (CITY_BBOX.maxLat - CITY_BBOX.minLat);
		let lon: number | null = CITY_BBOX.minLon + v * (CITY_BBOX.maxLon - CITY_BBOX.minLon);
		let district = locateDistrict(db, lat, lon)?.districtId;
		if (!district || i % 50 === 0) {
			district = district ?? districtIds[i % districtIds.length];
			lat = null;
			lon = null;
		}
		const at = start + Math.floor((i / count) * 30 * 86_400_000);
		insert.run(
			randomUUID(),
			proc.id,
			mod.id,
			phase.id,
			authors[i % authors.length] ?? null,
			`${TEXTS[i % TEXTS.length]} (Hinweis ${i + 1})`,
			lat,
			lon,
			district,
			categories[i % categories.length].id,
			i % 17,
			at,
			at,
			at,
			at
		);
	}
})();
db.$client.close();
console.log(JSON.stringify({ moduleId: mod.id, pins: count }));
