// The internal export routes (/moderation/export/abwaegung.csv|.xlsx|/drucken) share this handler:
// moderation and admins get the internal version, the Begleitgremium its own; others a 403 page.
// Without ?verfahren= the request goes to the download page to choose one.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http';
import { parseExportFilters, parseProcessRef } from '$lib/server/moderation/export/filters';
import type { ExportFormat } from '$lib/server/moderation/export/model';
import { exportResponse, internalAudienceFor } from '$lib/server/moderation/export/routes';
import { startExport } from '$lib/server/moderation/export/service';

export function internalExport(event: RequestEvent, format: ExportFormat): Response {
	const user = requireUser(event);
	const m = messages(event.locals.locale);
	const audience = internalAudienceFor(user);
	if (!audience) error(403, m.errors.forbidden);
	const ref = parseProcessRef(event.url.searchParams);
	if (!ref) redirect(303, '/moderation/export');
	const result = startExport(getDb(), {
		audience,
		format,
		process: ref,
		filters: parseExportFilters(event.url.searchParams, user.id),
		locale: event.locals.locale,
		actorId: user.id,
		backHref: `/moderation/export?verfahren=${encodeURIComponent(ref)}`
	});
	if (!result.ok) error(404, m.errors.not_found);
	return exportResponse(result);
}
