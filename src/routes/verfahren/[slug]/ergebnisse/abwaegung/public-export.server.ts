// The public Abwägungstabelle of a published process (/verfahren/<slug>/ergebnisse/abwaegung.csv|.xlsx|
// /drucken): published, visible input; handling once the response is published; no personal data.
// Open to everybody, not audited (nothing personal leaves).
import { error, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { hit } from '$lib/server/auth/rate-limit';
import { clientKey } from '$lib/server/http';
import { parseExportFilters } from '$lib/server/moderation/export/filters';
import type { ExportFormat } from '$lib/server/moderation/export/model';
import { exportResponse } from '$lib/server/moderation/export/routes';
import { startExport } from '$lib/server/moderation/export/service';

export async function publicExport(
	event: RequestEvent<{ slug: string }>,
	format: ExportFormat
): Promise<Response> {
	const limit = await hit(['exportPerClient', clientKey(event)]);
	if (!limit.ok)
		error(
			429,
			messages(event.locals.locale).errors.rate_limited(Math.max(1, Math.ceil(limit.retryAfterSeconds / 60)))
		);
	const slug = event.params.slug;
	const result = startExport(getDb(), {
		audience: 'public',
		format,
		process: slug,
		filters: parseExportFilters(event.url.searchParams),
		locale: event.locals.locale,
		actorId: null,
		backHref: `/verfahren/${encodeURIComponent(slug)}/ergebnisse`
	});
	if (!result.ok) error(404, messages(event.locals.locale).errors.not_found);
	return exportResponse(result);
}
