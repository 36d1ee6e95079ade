// The open data responses of a process's pins: the process (published, or any for admins) or 404, and
// the chunks as a stream – each chunk is one short query, so no statement stays open between them.
import { getDb } from '$lib/server/db';
import { hasRole } from '$lib/server/http';
import { messages } from '$lib/i18n';
import { processBySlug } from '$lib/server/participation/queries';

export function openDataResponse(
	slug: string,
	locals: App.Locals,
	chunks: (processId: string, slug: string) => Generator<string>,
	headers: Record<string, string>
): Response {
	const process = processBySlug(getDb(), slug, { includeUnpublished: hasRole(locals.user, 'admin') });
	if (!process)
		return new Response(JSON.stringify({ error: messages('de').errors.not_found }), {
			status: 404,
			headers: { 'content-type': 'application/json; charset=utf-8' }
		});
	const it = chunks(process.id, process.slug);
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			const next = it.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		},
		cancel() {
			it.return(undefined);
		}
	});
	return new Response(body, {
		headers: { ...headers, 'cache-control': process.published ? 'public, max-age=60' : 'private, no-store' }
	});
}
