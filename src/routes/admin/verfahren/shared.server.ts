// Helpers of the process administration routes: the process or module of the URL (404 otherwise),
// form strings for the services, and the services' results mapped to fail() with German/English texts.
import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { errorText, messages, type Messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { parseId } from '$lib/server/admin/input';
import { moduleOfProcess, processById } from '$lib/server/participation/admin-queries';
import type { FieldErrors } from '$lib/validation/common';

export function notFound(event: RequestEvent): never {
	error(404, messages(event.locals.locale).errors.not_found);
}

/** The process of the route's [id], or 404 for a malformed or unknown id. */
export function routeProcess(event: RequestEvent) {
	const id = parseId(event.params.id);
	const process = id ? processById(getDb(), id) : null;
	if (!process) notFound(event);
	return process;
}

/** The module of the route's [moduleId] within the process, or 404. */
export function routeModule(event: RequestEvent, processId: string) {
	const id = parseId((event.params as Record<string, string | undefined>).moduleId);
	const mod = id ? moduleOfProcess(getDb(), processId, id) : null;
	if (!mod) notFound(event);
	return mod;
}

/** The named fields of a form as strings (missing ones undefined), for a service's input. */
export function formInput(data: FormData, fields: readonly string[]): Record<string, string | undefined> {
	const out: Record<string, string | undefined> = {};
	for (const f of fields) {
		const raw = data.get(f);
		out[f] = typeof raw === 'string' ? raw : raw === null ? undefined : '';
	}
	return out;
}

/** Texts for error codes of the services ("required", "max:200", "slug_taken" …). */
export function errorTexts(m: Messages, errors: FieldErrors): Record<string, string> {
	const table = m.adminProcess.errors as unknown as Record<string, unknown>;
	const out: Record<string, string> = {};
	for (const [field, code] of Object.entries(errors)) {
		if (!code) continue;
		const max = /^max:(\d+)$/.exec(code);
		const own = table[code];
		out[field] = max
			? m.adminProcess.errors.tooLong(Number(max[1]))
			: typeof own === 'string'
				? own
				: errorText(m, code);
	}
	return out;
}

/** The text for a refusal without field errors. */
export function reasonText(m: Messages, reason: string): string {
	const t = m.adminProcess;
	switch (reason) {
		case 'module_has_contributions':
			return t.modules.hasContributions;
		case 'version_empty':
			return t.document.versionEmpty;
		case 'version_frozen':
			return t.document.versionFrozen;
		case 'document_exists':
			return t.document.exists;
		case 'not_found':
			return t.errors.not_found;
		default:
			return t.errors.failed;
	}
}

/**
 * A refused service call as a form failure of one form on the page (`form` tells the page which):
 * field errors next to the fields, the typed values kept, or one message for the whole form.
 */
export function refused(
	event: RequestEvent,
	form: string,
	result: { reason: string; errors?: FieldErrors },
	values: Record<string, string> = {}
) {
	const m = messages(event.locals.locale);
	if (result.reason === 'not_found') notFound(event);
	if (result.errors && Object.keys(result.errors).length > 0)
		return fail(400, { form, values, errors: errorTexts(m, result.errors) });
	return fail(409, { form, values, error: reasonText(m, result.reason) });
}
