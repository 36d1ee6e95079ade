// The download page of the Abwägungstabelle: choose the process and optional filters, then a format.
// Moderation and admins get the internal version, the Begleitgremium its own (see handler.server.ts).
import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http';
import { EXPORT_KINDS } from '$lib/server/moderation/export/model';
import { EXPORT_STATES, parseExportFilters, parseProcessRef } from '$lib/server/moderation/export/filters';
import { exportChoices } from '$lib/server/moderation/export/page';
import { internalAudienceFor } from '$lib/server/moderation/export/routes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const audience = internalAudienceFor(user);
	if (!audience) error(403, messages(event.locals.locale).errors.forbidden);
	const choices = exportChoices(getDb());
	const requested = parseProcessRef(event.url.searchParams);
	const selected =
		choices.processes.find((p) => p.slug === requested || p.id === requested) ?? choices.processes[0] ?? null;
	const filters = parseExportFilters(event.url.searchParams);
	return {
		audience,
		processes: choices.processes,
		districts: choices.districts,
		kinds: [...EXPORT_KINDS],
		states: audience === 'internal' ? [...EXPORT_STATES] : [],
		selected: selected?.slug ?? '',
		filters
	};
};
