// The map module's service refusals as form failures: the German (or English) text next to the field it
// belongs to, or as one message for the whole form; what was typed goes back into the form.
import { fail, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import type { Failure } from '$lib/server/modules/map/pins.service';

export function reasonText(event: RequestEvent, r: Pick<Failure, 'reason' | 'phase'>): string {
	const m = messages(event.locals.locale);
	const locale = event.locals.locale;
	if (r.reason === 'phase_planned' && r.phase)
		return m.map.readOnly.phase_planned(formatDate(r.phase.startsAt, locale));
	if (r.reason === 'phase_closed' && r.phase)
		return m.map.readOnly.phase_closed(formatDate(r.phase.endsAt, locale));
	const table = { ...m.document.errors, ...m.map.readOnly, ...m.map.errors } as Record<string, unknown>;
	const text = table[r.reason];
	return typeof text === 'string' ? text : m.errors.invalid;
}

/** 400 with the field error (or a form error), the typed values and whether a chosen photo was lost. */
export function pinFailure(
	event: RequestEvent,
	r: Failure,
	values: Record<string, string>,
	photoLost = false,
	extra: Record<string, unknown> = {}
) {
	const text = reasonText(event, r);
	const codes: Record<string, string> = r.errors ?? (r.field ? { [r.field]: r.reason } : {});
	const errors = Object.fromEntries(
		Object.entries(codes).map(([k, code]) => [k, reasonText(event, { reason: code })])
	);
	return fail(r.reason === 'not_found' ? 404 : 400, {
		...extra,
		values,
		errors,
		error: r.field ? undefined : text,
		photoLost
	});
}
