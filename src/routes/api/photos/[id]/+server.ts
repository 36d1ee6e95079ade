// GET /api/photos/<id>[?thumb=1] – a pin's photo (re-encoded WebP, no metadata). Approved photos of
// public pins are public and cacheable; pending or rejected ones only for their author and moderation
// (private, never cached); everybody else gets 404, so a photo's existence is not revealed.
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { isModerator } from '$lib/server/participation/permissions';
import { photoAccess } from '$lib/server/modules/map/photos';

export const GET: RequestHandler = ({ params, url, locals }) => {
	const notFound = () =>
		new Response('Nicht gefunden', {
			status: 404,
			headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
		});
	if (!/^[0-9a-f-]{36}$/.test(params.id)) return notFound();
	const viewer = locals.user ? { id: locals.user.id, isModerator: isModerator(locals.user) } : null;
	const photo = photoAccess(getDb(), params.id, viewer, url.searchParams.get('thumb') === '1');
	if (!photo) return notFound();
	return new Response(new Uint8Array(photo.data), {
		headers: {
			'content-type': photo.mime,
			'content-length': String(photo.data.byteLength),
			'content-disposition': 'inline',
			// Short: a photo rejected later, or a pin hidden after reports, must not linger in caches.
			'cache-control': photo.isPublic ? 'public, max-age=300' : 'private, no-store'
		}
	});
};
