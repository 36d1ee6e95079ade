// GET /api/quarters/lookup?lat=…&lon=… – the district and Stadtbezirk of a point, for the map's
// "Ihr Hinweis liegt in: …" while a pin is placed. 200 with the names, 404 outside the city, 400 for
// missing or malformed coordinates. Messages are German (a documented, stable API); `code` is for programs.
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { hasQuarters, locateDistrict, validatePoint } from '$lib/server/geo/quarters';
import { messages } from '$lib/i18n';

const HEADERS = {
	'content-type': 'application/json; charset=utf-8',
	// The answer depends only on the point and the (rarely replaced) geometry.
	'cache-control': 'public, max-age=300'
};

function json(status: number, body: unknown) {
	return new Response(JSON.stringify(body), { status, headers: HEADERS });
}

export const GET: RequestHandler = ({ url }) => {
	const t = messages('de').quarters.lookup;
	const point = validatePoint(url.searchParams.get('lat'), url.searchParams.get('lon'));
	if (!point.ok) return json(400, { error: t[point.reason], code: point.reason });
	const db = getDb();
	const where = locateDistrict(db, point.lat, point.lon);
	if (!where) {
		if (!hasQuarters(db)) return json(404, { error: t.noQuarters, code: 'no_quarters' });
		return json(404, { error: t.outside, code: 'outside_city' });
	}
	return json(200, {
		district: where.district,
		stadtbezirk: where.stadtbezirk,
		districtSlug: where.districtSlug
	});
};
