// The page of a map module (/verfahren/<process>/<module> when the module is a map): tabs "Karte" and
// "Liste" (?ansicht=liste), filters, the keyset-paginated list, the viewer's own pending pins, the
// quarters and what the browser's map needs. Without ?ansicht the server renders the list – what a
// browser without JavaScript shows –, and the page switches to the map once JavaScript runs.
import type { RequestEvent } from '@sveltejs/kit';
import { canContribute } from '$lib/server/participation/permissions';
import { modulePhases, type MapModule } from '$lib/server/modules/map/context';
import { ownUnpublishedPins, pinList } from '$lib/server/modules/map/queries';
import { districtOutlines } from '$lib/server/modules/map/outlines';
import type { DB } from '$lib/server/db';
import {
	categoryOptions,
	listItem,
	mapConfig,
	moduleInfo,
	parseFilters,
	quarterOptions,
	readOnlyText
} from './map.server';

export function loadMapPage(event: RequestEvent, db: DB, mod: MapModule) {
	const { url, locals } = event;
	const locale = locals.locale;
	const categories = categoryOptions(db, mod.moduleId, locale);
	const quarters = quarterOptions(db);
	const filters = parseFilters(url, categories, quarters);
	const ansicht = url.searchParams.get('ansicht');
	const view = ansicht === 'karte' || ansicht === 'liste' ? ansicht : null;
	const districtIds = filters.district
		? [filters.district.id]
		: filters.stadtbezirk
			? filters.stadtbezirk.districts.map((d) => d.id)
			: null;
	const list =
		view === 'karte'
			? { pins: [], nextCursor: null }
			: pinList(db, {
					processId: mod.processId,
					moduleId: mod.moduleId,
					categoryId: filters.category?.id ?? null,
					districtIds,
					sort: filters.sort,
					cursor: url.searchParams.get('nach')
				});
	const pinning = canContribute(locals.user, modulePhases(db, mod.moduleId), 'pinning');
	return {
		type: 'map' as const,
		map: moduleInfo(mod),
		view,
		categories: categories.map(({ key, label, color, archived }) => ({ key, label, color, archived })),
		stadtbezirke: quarters.stadtbezirke.map((s) => ({
			slug: s.slug,
			name: s.name,
			districts: s.districts.map(({ slug, name }) => ({ slug, name }))
		})),
		approximate: quarters.approximate,
		filter: filters.values,
		district: filters.district
			? { slug: filters.district.slug, name: filters.district.name, bbox: filters.district.bbox }
			: null,
		list: { pins: list.pins.map((p) => listItem(p, locale)), nextCursor: list.nextCursor },
		paged: url.searchParams.has('nach'),
		own: locals.user
			? ownUnpublishedPins(db, locals.user.id, mod.moduleId).map((p) => ({
					...listItem(p, locale),
					state: p.state
				}))
			: [],
		canPin: pinning.ok,
		readOnly: readOnlyText(locale, pinning),
		mapConfig: mapConfig(mod),
		// District outlines for the map (a few KB, simplified); the list view does not need them.
		outlines: view === 'liste' ? [] : districtOutlines(db)
	};
}

export type MapPageData = ReturnType<typeof loadMapPage>;
