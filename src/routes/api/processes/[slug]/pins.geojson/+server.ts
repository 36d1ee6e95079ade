// GET /api/processes/<slug>/pins.geojson – every public pin of the process as open data (RFC 7946
// FeatureCollection, WGS84; pins "ohne genauen Ort" have geometry null). No personal data.
import type { RequestHandler } from './$types';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { geojsonChunks } from '$lib/server/modules/map/opendata';
import { openDataResponse } from '../pins-opendata.server';

export const GET: RequestHandler = ({ params, url, locals }) =>
	openDataResponse(
		params.slug,
		locals,
		(processId, slug) => geojsonChunks(getDb(), processId, slug, config.origin ?? url.origin),
		{
			'content-type': 'application/geo+json; charset=utf-8',
			'content-disposition': `inline; filename="hinweise-${params.slug}.geojson"`
		}
	);
