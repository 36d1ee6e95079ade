// GET /api/processes/<slug>/pins.csv – every public pin of the process as open data: UTF-8 with a byte
// order mark (Excel), comma separated, RFC 4180 quoting, CRLF lines. No personal data.
import type { RequestHandler } from './$types';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { csvChunks } from '$lib/server/modules/map/opendata';
import { openDataResponse } from '../pins-opendata.server';

export const GET: RequestHandler = ({ params, url, locals }) =>
	openDataResponse(
		params.slug,
		locals,
		(processId, slug) => csvChunks(getDb(), processId, slug, config.origin ?? url.origin),
		{
			'content-type': 'text/csv; charset=utf-8; header=present',
			'content-disposition': `attachment; filename="hinweise-${params.slug}.csv"`
		}
	);
