// One topic package: title and summary, its items (remove), forward to the Begleitgremium, delete a draft.
import { error, fail, redirect } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireRole, readForm } from '$lib/server/http';
import {
	deletePackage,
	forwardPackage,
	removeFromPackage,
	updatePackage
} from '$lib/server/moderation/packages.service';
import { packageWithItems } from '$lib/server/moderation/packages.queries';
import { keepValues } from '$lib/validation/common';
import { isUuid, reasonText, str } from '../../shared.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderation');
	const m = messages(event.locals.locale);
	if (!isUuid(event.params.id)) error(404, m.errors.not_found);
	const pkg = packageWithItems(getDb(), event.params.id);
	if (!pkg) error(404, m.errors.not_found);
	return { pkg, created: event.url.searchParams.has('angelegt') };
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'moderation');
		const data = await readForm(event);
		const values = keepValues(data, ['title', 'summary']);
		const r = updatePackage(getDb(), user.id, event.params.id, {
			title: data.get('title'),
			summary: data.get('summary')
		});
		if (!r.ok) {
			const text = reasonText(event.locals.locale, r.reason);
			return fail(r.reason === 'not_found' ? 404 : 400, {
				ok: false,
				message: text,
				values,
				errors: { [r.field ?? 'title']: text }
			});
		}
		return { ok: true, message: messages(event.locals.locale).review.packageSavedMsg };
	},
	remove: async (event) => {
		const user = requireRole(event, 'moderation');
		const data = await readForm(event);
		const itemId = str(data.get('itemId'));
		if (!isUuid(itemId))
			return fail(400, { ok: false, message: messages(event.locals.locale).errors.invalid });
		const r = removeFromPackage(getDb(), user.id, event.params.id, itemId);
		if (!r.ok) return fail(409, { ok: false, message: reasonText(event.locals.locale, r.reason) });
		return { ok: true, message: messages(event.locals.locale).review.packageRemovedMsg };
	},
	forward: async (event) => {
		const user = requireRole(event, 'moderation');
		if ((await readForm(event)).get('confirm') !== 'on') {
			const text = messages(event.locals.locale).common.confirmRequired;
			return fail(400, { ok: false, message: text, confirm: text });
		}
		const r = forwardPackage(getDb(), user.id, event.params.id);
		if (!r.ok) return fail(409, { ok: false, message: reasonText(event.locals.locale, r.reason) });
		return { ok: true, message: messages(event.locals.locale).review.packageForwardedMsg };
	},
	delete: async (event) => {
		const user = requireRole(event, 'moderation');
		const r = deletePackage(getDb(), user.id, event.params.id);
		if (!r.ok) return fail(409, { ok: false, message: reasonText(event.locals.locale, r.reason) });
		redirect(303, '/moderation/themenpakete');
	}
};
