// GET /api/processes/<slug>/pins?bbox=west,south,east,north&zoom=z[&category=key][&stadtbezirk=slug][&modul=slug]
// The public pins of a process's map module in a map view, clustered on the server: at most ~200
// features (clusters with count and expansion zoom, single pins with a short text, and groups of pins
// "ohne genauen Ort" per district). Bad input is a 400 with a German `error` (and a `code`); an
// unknown process or module a 404. See docs/concepts/map.md.
import type { RequestHandler } from './$types';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { hasRole } from '$lib/server/http';
import { listQuarters, slugify } from '$lib/server/geo/quarters';
import { categoriesOf } from '$lib/server/modules/map/categories.service';
import { clustersJson } from '$lib/server/modules/map/cluster';
import { mapModuleForApi } from '$lib/server/modules/map/context';
import { filterValue, parseBbox, parseZoom } from '$lib/server/modules/map/input';

const respond = (status: number, body: string, cache = 'no-store') =>
	new Response(body, {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': cache }
	});

export const GET: RequestHandler = ({ params, url, locals }) => {
	const t = messages('de').map.errors;
	const fail = (status: number, code: keyof typeof t) =>
		respond(status, JSON.stringify({ error: t[code], code }));
	const bbox = parseBbox(url.searchParams.get('bbox'));
	if (!bbox.ok) return fail(400, bbox.reason);
	const zoom = parseZoom(url.searchParams.get('zoom'));
	if (zoom === null) return fail(400, 'zoom_invalid');

	const db = getDb();
	const mod = mapModuleForApi(db, params.slug, url.searchParams.get('modul'), hasRole(locals.user, 'admin'));
	if (!mod) return fail(404, 'no_map');
	const category = filterValue(url.searchParams.get('category'));
	if (category && !categoriesOf(db, mod.moduleId).some((c) => c.key === category))
		return fail(400, 'filter_unknown');
	const bezirk = filterValue(url.searchParams.get('stadtbezirk'));
	let stadtbezirkId = '';
	if (bezirk) {
		const found = listQuarters(db).find((s) => slugify(s.name) === bezirk);
		if (!found) return fail(400, 'filter_unknown');
		stadtbezirkId = found.id;
	}
	const body = clustersJson(db, mod.moduleId, { category, stadtbezirkId }, bbox.bbox, zoom);
	// Public data; a few seconds of caching lets a browser pan back and forth without asking again.
	return respond(200, body, mod.processPublished ? 'public, max-age=10' : 'private, no-store');
};
