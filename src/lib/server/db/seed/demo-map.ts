// The demo's quarter map: a map module "Quartierskarte" (slug `karte`) open in the current phase for
// pins, comments and support, with the eight categories of seed 004 and demo pins across the city –
// most published, some waiting for moderation, one "ohne genauen Ort". Written in our own words.
// Needs the quarters (seedQuarters) to exist: districts are computed from the points, as for real pins.
import { eq } from 'drizzle-orm';
import type { DB } from '../index';
import { contributions, districts, modules, phaseModules, pinCategories, supports } from '../schema';
import { locateDistrict } from '../../geo/quarters';
import { addDefaultCategories } from '../../modules/map/categories.service';
import { onPublished } from '../../modules/document/comments.service';
import { indexText } from '../../search';
import { contributionsChanged } from '../../events';
import { DEMO_PINS, type Person } from './demo-map-content';

export const DEMO_MAP_MODULE_SLUG = 'karte';

export interface DemoMapInput {
	processId: string;
	openPhaseId: string;
	moderationMode: 'pre' | 'post';
	authors: Record<Person, { id: string; organisationId: string | null }>;
	/** The demo administration: actor of the seeded admin work in the audit log. */
	adminId: string;
	/** Pins are dated between these two instants. */
	from: Date;
	to: Date;
}

export function seedDemoMap(db: DB, input: DemoMapInput) {
	const mod = db
		.insert(modules)
		.values({
			processId: input.processId,
			type: 'map',
			slug: DEMO_MAP_MODULE_SLUG,
			title: 'Quartierskarte',
			description:
				'Wo ist Ihr Quartier gut, wo fehlt etwas? Setzen Sie Hinweise auf der Karte – zu Wohnraum, Grün, Internet, Nahversorgung, öffentlichem Raum, Mobilität und Barrieren. Ohne Karte wählen Sie einfach Ihr Quartier aus einer Liste.',
			position: 2
		})
		.returning({ id: modules.id })
		.get();
	db.insert(phaseModules)
		.values({ phaseId: input.openPhaseId, moduleId: mod.id, flags: ['pinning', 'commenting', 'supporting'] })
		.run();
	const cats = addDefaultCategories(db, input.adminId, mod.id);
	if (!cats.ok) throw new Error(cats.reason);
	const categoryIds = new Map(
		db
			.select({ id: pinCategories.id, key: pinCategories.key })
			.from(pinCategories)
			.where(eq(pinCategories.moduleId, mod.id))
			.all()
			.map((c) => [c.key, c.id])
	);
	const span = input.to.getTime() - input.from.getTime();
	db.transaction((tx) => {
		DEMO_PINS.forEach((p, i) => {
			const d = tx.select().from(districts).where(eq(districts.slug, p.district)).get();
			if (!d) throw new Error(`demo pin: no district ${p.district}`);
			const lat = p.noPoint ? null : d.labelLat + (p.at?.[0] ?? 0);
			const lon = p.noPoint ? null : d.labelLon + (p.at?.[1] ?? 0);
			if (lat !== null && lon !== null && locateDistrict(tx, lat, lon)?.districtId !== d.id)
				throw new Error(`demo pin ${i} is not in ${p.district}`);
			const at = new Date(input.from.getTime() + Math.round((span * (i + 1)) / (DEMO_PINS.length + 2)));
			const author = input.authors[p.author];
			const published = p.state === 'published';
			const row = tx
				.insert(contributions)
				.values({
					kind: 'pin',
					processId: input.processId,
					moduleId: mod.id,
					phaseId: input.openPhaseId,
					authorId: author.id,
					organisationId: author.organisationId,
					body: p.body,
					state: p.state,
					moderationMode: input.moderationMode,
					reviewedAt: published ? at : null,
					lat,
					lon,
					districtId: d.id,
					categoryId: categoryIds.get(p.category)!,
					supportCount: p.supporters?.length ?? 0,
					createdAt: at,
					updatedAt: at,
					publishedAt: published ? at : null
				})
				.returning({ id: contributions.id })
				.get();
			if (!published) return;
			indexText(tx, 'pin', row.id, input.processId, p.body);
			for (const s of p.supporters ?? [])
				tx.insert(supports)
					.values({ contributionId: row.id, userId: input.authors[s].id, createdAt: at })
					.run();
			for (const [k, c] of (p.comments ?? []).entries()) {
				const when = new Date(at.getTime() + (k + 1) * 3_600_000);
				const who = input.authors[c.author];
				const comment = tx
					.insert(contributions)
					.values({
						kind: 'comment',
						processId: input.processId,
						moduleId: mod.id,
						phaseId: input.openPhaseId,
						authorId: who.id,
						organisationId: who.organisationId,
						parentId: row.id,
						rootId: row.id,
						depth: 1,
						body: c.body,
						state: 'published',
						moderationMode: input.moderationMode,
						reviewedAt: when,
						createdAt: when,
						updatedAt: when,
						publishedAt: when
					})
					.returning({ id: contributions.id })
					.get();
				onPublished(tx, comment.id, row.id, input.processId, c.body);
			}
		});
	});
	contributionsChanged(mod.id);
	return { moduleId: mod.id };
}
