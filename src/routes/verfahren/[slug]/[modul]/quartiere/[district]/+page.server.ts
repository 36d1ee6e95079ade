// A district's page: its name, Stadtbezirk and whether its boundary is approximate, the public pins per
// category (one GROUP BY), its pins newest first (keyset pages) and links to the map filtered to it.
import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { districtBySlug } from '$lib/server/geo/quarters';
import { districtCategoryCounts, pinList } from '$lib/server/modules/map/queries';
import { categoryOptions, listItem, moduleInfo, resolveMap } from '../../map.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const { db, mod } = resolveMap(event);
	const { params, url, locals } = event;
	const district = districtBySlug(db, params.district);
	if (!district) error(404, messages(locals.locale).errors.not_found);
	const counts = new Map(
		districtCategoryCounts(db, mod.moduleId, district.id).map((c) => [c.categoryId, c.n])
	);
	const categories = categoryOptions(db, mod.moduleId, locals.locale);
	const list = pinList(db, {
		processId: mod.processId,
		moduleId: mod.moduleId,
		districtIds: [district.id],
		sort: 'new',
		cursor: url.searchParams.get('nach')
	});
	return {
		map: moduleInfo(mod),
		district: {
			name: district.name,
			slug: district.slug,
			stadtbezirk: district.stadtbezirk,
			approximate: district.approximate,
			source: district.source
		},
		// Archived categories only where they still have pins.
		counts: categories
			.map((c) => ({
				key: c.key,
				label: c.label,
				color: c.color,
				archived: c.archived,
				n: counts.get(c.id) ?? 0
			}))
			.filter((c) => c.n > 0 || !c.archived),
		total: [...counts.values()].reduce((a, b) => a + b, 0),
		pins: list.pins.map((p) => listItem(p, locals.locale)),
		nextCursor: list.nextCursor
	};
};
