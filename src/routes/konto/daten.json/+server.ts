import { error } from '@sveltejs/kit';
import { exportUserData } from '$lib/server/auth/export';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const user = requireUser(event);
	const data = exportUserData(getDb(), user.id);
	if (!data) error(404);
	const date = new Date().toISOString().slice(0, 10);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Content-Disposition': `attachment; filename="meine-daten-${date}.json"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
