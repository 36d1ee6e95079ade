// Builds a published process with a map module (the eight default categories) open for pins, and the
// demo quarters (6 Stadtbezirke, 30 districts) when the database has none yet.
import type { DB } from '../../src/lib/server/db';
import { modules, phaseModules, phases, processes } from '../../src/lib/server/db/schema';
import { seedQuarters } from '../../src/lib/server/db/seed/demo-quarters';
import { hasQuarters } from '../../src/lib/server/geo/quarters';
import { addDefaultCategories } from '../../src/lib/server/modules/map/categories.service';

const DAY = 86_400_000;

/** Points inside the demo districts (their approximate centroids). */
export const POINTS = {
	querenburg: { lat: 51.4531, lon: 7.2683 },
	langendreer: { lat: 51.4733, lon: 7.3247 },
	gerthe: { lat: 51.5164, lon: 7.2722 },
	wattenscheidMitte: { lat: 51.482, lon: 7.134 },
	outside: { lat: 51.6, lon: 7.5 }
};

export function makeMap(
	db: DB,
	opts: {
		phase?: 'running' | 'closed' | 'planned';
		moderation?: 'pre' | 'post';
		flags?: string[];
		published?: boolean;
	} = {}
) {
	if (!hasQuarters(db)) db.transaction((tx) => seedQuarters(tx));
	const now = Date.now();
	const window =
		opts.phase === 'closed'
			? { startsAt: new Date(now - 10 * DAY), endsAt: new Date(now - DAY) }
			: opts.phase === 'planned'
				? { startsAt: new Date(now + DAY), endsAt: new Date(now + 10 * DAY) }
				: { startsAt: new Date(now - DAY), endsAt: new Date(now + DAY) };
	const slug = `p-${crypto.randomUUID().slice(0, 8)}`;
	const proc = db
		.insert(processes)
		.values({ slug, title: 'Testverfahren Karte', published: opts.published ?? true })
		.returning()
		.get();
	const phase = db
		.insert(phases)
		.values({
			processId: proc.id,
			position: 1,
			title: 'Phase',
			...window,
			audience: 'public',
			moderationMode: opts.moderation ?? 'pre'
		})
		.returning()
		.get();
	const mod = db
		.insert(modules)
		.values({ processId: proc.id, type: 'map', slug: 'karte', title: 'Quartierskarte', position: 1 })
		.returning()
		.get();
	db.insert(phaseModules)
		.values({
			phaseId: phase.id,
			moduleId: mod.id,
			flags: opts.flags ?? ['pinning', 'commenting', 'supporting']
		})
		.run();
	const cats = addDefaultCategories(db, null, mod.id);
	if (!cats.ok) throw new Error(cats.reason);
	return { process: proc, phase, module: mod };
}
