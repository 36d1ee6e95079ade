// Shared by the map module's routes (map/list page, new pin, pin page, district page): the module of the
// URL (404 otherwise), the filters of the URL, the categories and quarters for forms and legends, the
// read-only text when the viewer may not pin, and the map configuration for the browser.
import { error, type RequestEvent } from '@sveltejs/kit';
import { messages, type Locale } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { config } from '$lib/server/config';
import { getDb, type DB } from '$lib/server/db';
import { hasRole } from '$lib/server/http';
import { CITY_BBOX, listQuarters, slugify } from '$lib/server/geo/quarters';
import { categoriesOf } from '$lib/server/modules/map/categories.service';
import { mapModuleBySlug, type MapModule } from '$lib/server/modules/map/context';
import { filterValue, shorten } from '$lib/server/modules/map/input';
import type { PinListItem, Sort } from '$lib/server/modules/map/queries';
import type { Denial } from '$lib/server/participation/permissions';

export function resolveMap(event: RequestEvent): { db: DB; mod: MapModule } {
	const db = getDb();
	const params = event.params as Record<string, string>;
	const mod = mapModuleBySlug(db, params.slug, params.modul, hasRole(event.locals.user, 'admin'));
	if (!mod) error(404, messages(event.locals.locale).errors.not_found);
	return { db, mod };
}

export function moduleInfo(mod: MapModule) {
	return {
		processSlug: mod.processSlug,
		processTitle: mod.processTitle,
		moduleSlug: mod.moduleSlug,
		moduleTitle: mod.moduleTitle,
		moduleDescription: mod.moduleDescription
	};
}

/** Categories in the viewer's language; `active` drops archived ones (forms). */
export function categoryOptions(db: DB, moduleId: string, locale: Locale, active = false) {
	return categoriesOf(db, moduleId)
		.filter((c) => !active || !c.archived)
		.map((c) => ({
			id: c.id,
			key: c.key,
			label: locale === 'en' && c.labelEn ? c.labelEn : c.label,
			description: c.description,
			color: c.color,
			archived: c.archived
		}));
}

export type CategoryOption = ReturnType<typeof categoryOptions>[number];

/** Stadtbezirke with their districts (slugs and names only, no geometry). */
export function quarterOptions(db: DB) {
	const quarters = listQuarters(db);
	return {
		stadtbezirke: quarters.map((s) => ({
			id: s.id,
			slug: slugify(s.name),
			name: s.name,
			districts: s.districts.map((d) => ({ id: d.id, slug: d.slug, name: d.name, bbox: d.bbox }))
		})),
		approximate: quarters.some((s) => s.districts.some((d) => d.approximate))
	};
}

export type QuarterOptions = ReturnType<typeof quarterOptions>;

/** The list and map filters of a URL, resolved against the module's categories and the quarters. */
export function parseFilters(url: URL, categories: CategoryOption[], quarters: QuarterOptions) {
	const kategorie = filterValue(url.searchParams.get('kategorie'));
	const category = categories.find((c) => c.key === kategorie) ?? null;
	const bezirk = quarters.stadtbezirke.find(
		(s) => s.slug === filterValue(url.searchParams.get('stadtbezirk'))
	);
	const wanted = filterValue(url.searchParams.get('quartier'));
	let district: QuarterOptions['stadtbezirke'][number]['districts'][number] | null = null;
	for (const s of quarters.stadtbezirke) district ??= s.districts.find((d) => d.slug === wanted) ?? null;
	const sort: Sort = url.searchParams.get('sortierung') === 'unterstuetzung' ? 'support' : 'new';
	return {
		category,
		stadtbezirk: bezirk ?? null,
		district,
		sort,
		/** For the page: the values as they go back into the filter form and links. */
		values: {
			kategorie: category?.key ?? '',
			stadtbezirk: bezirk?.slug ?? '',
			quartier: district?.slug ?? '',
			sortierung: sort === 'support' ? 'unterstuetzung' : ''
		}
	};
}

/** A query string of filter values (empty ones left out). */
export function filterQuery(values: Record<string, string>, extra: Record<string, string> = {}) {
	const q = new URLSearchParams();
	for (const [k, v] of Object.entries({ ...values, ...extra })) if (v) q.set(k, v);
	const s = q.toString();
	return s ? `?${s}` : '';
}

/** Why the viewer may not contribute, as a sentence (null when she may). */
export function readOnlyText(
	locale: Locale,
	may: { ok: true } | { ok: false; reason: Denial; phase?: { startsAt: Date; endsAt: Date } }
): string | null {
	if (may.ok) return null;
	const t = messages(locale).map.readOnly;
	if (may.reason === 'phase_planned' && may.phase)
		return t.phase_planned(formatDate(may.phase.startsAt, locale));
	if (may.reason === 'phase_closed' && may.phase) return t.phase_closed(formatDate(may.phase.endsAt, locale));
	return t[may.reason as 'not_logged_in' | 'not_verified' | 'no_phase' | 'audience'] ?? t.no_phase;
}

/** What the browser's map needs: tiles, the city's box (requests are clamped to it) and the pins API. */
export function mapConfig(mod: MapModule) {
	return {
		tileUrl: config.mapTileUrl,
		attribution: config.mapAttribution,
		cityBbox: [CITY_BBOX.minLon, CITY_BBOX.minLat, CITY_BBOX.maxLon, CITY_BBOX.maxLat] as [
			number,
			number,
			number,
			number
		],
		api: `/api/processes/${encodeURIComponent(mod.processSlug)}/pins?modul=${encodeURIComponent(mod.moduleSlug)}`
	};
}

export type MapConfig = ReturnType<typeof mapConfig>;

/** A pin of a list as the page gets it (no author ids). */
export function listItem(p: PinListItem, locale: Locale) {
	return {
		id: p.id,
		excerpt: shorten(p.excerpt, 240),
		categoryKey: p.categoryKey,
		category: locale === 'en' && p.categoryLabelEn ? p.categoryLabelEn : p.categoryLabel,
		color: p.color,
		district: p.district,
		districtSlug: p.districtSlug,
		stadtbezirk: p.stadtbezirk,
		withoutLocation: p.lat === null,
		supportCount: p.supportCount,
		replyCount: p.replyCount,
		createdAt: p.createdAt
	};
}

export type ListItem = ReturnType<typeof listItem>;
