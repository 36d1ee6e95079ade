// The public Abwägungstabelle of a published process (/verfahren/<slug>/ergebnisse/abwaegung.csv|.xlsx|
// /drucken): published, visible input; handling once the response is published; no personal data.
// Open to everybody, not audited (nothing personal leaves).
import { error, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { parseExportFilters } from '$lib/server/moderation/export/filters';
import type { ExportFormat } from '$lib/server/moderation/export/model';
import { exportResponse } from '$lib/server/moderation/export/routes';
import { startExport } from '$lib/server/moderation/export/service';

export function publicExport(event: RequestEvent<{ slug: string }>, format: ExportFormat): Response {
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
