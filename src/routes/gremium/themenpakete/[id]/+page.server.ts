// One forwarded topic package: its items in full, the internal discussion (Gremium, Moderation, Admin),
// the Begleitgremium's recommendations (Gremium and admins record them) and the administration's response
// (shown here; recorded on ./stellungnahme by admins). Every load and action checks the role itself.
import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { VERDICTS } from '$lib/server/db/schema';
import { readForm, requireRole } from '$lib/server/http';
import { seenFrom } from '$lib/server/review/stale';
import { addInternalComment, saveRecommendation } from '$lib/server/review/gremium.service';
import { canPublishResponse, canRecommend, canRespond } from '$lib/server/review/permissions';
import { packageDetail } from '$lib/server/review/queries';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const str = (x: FormDataEntryValue | null) => (typeof x === 'string' ? x : '');

function packageId(event: RequestEvent<{ id: string }>) {
	if (!UUID.test(event.params.id)) error(404, messages(event.locals.locale).errors.not_found);
	return event.params.id;
}

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'gremium', 'moderation');
	const detail = packageDetail(getDb(), packageId(event));
	if (!detail) error(404, messages(event.locals.locale).errors.not_found);
	return {
		...detail,
		verdicts: [...VERDICTS],
		mayRecommend: canRecommend(user),
		mayRespond: canRespond(user),
		mayPublish: canPublishResponse(user)
	};
};

/** The form's target: '' for the package, else an item id (checked against the package by the service). */
function target(data: FormData) {
	const item = str(data.get('item'));
	return UUID.test(item) ? item : '';
}

function errorText(locale: string, code: string) {
	const e = messages(locale).chain.errors as Record<string, string>;
	return e[code] ?? messages(locale).errors.invalid;
}

export const actions: Actions = {
	comment: async (event) => {
		const user = requireRole(event, 'gremium', 'moderation');
		const id = packageId(event);
		const data = await readForm(event);
		const item = target(data);
		const body = str(data.get('body')).slice(0, 20_000);
		const r = addInternalComment(getDb(), user, { packageId: id, contributionId: item || null, body });
		if (!r.ok) {
			const field = r.reason.startsWith('body') ? 'body' : null;
			return fail(field ? 400 : r.reason === 'forbidden' ? 403 : 409, {
				form: 'comment',
				target: item,
				values: { body },
				errors: field ? { body: errorText(event.locals.locale, r.reason) } : {},
				error: field ? undefined : errorText(event.locals.locale, r.reason)
			});
		}
		return { form: 'comment', target: item, done: true };
	},
	recommend: async (event) => {
		const user = requireRole(event, 'gremium');
		const id = packageId(event);
		const data = await readForm(event);
		const item = target(data);
		const verdict = str(data.get('verdict'));
		const reason = str(data.get('reason')).slice(0, 20_000);
		const r = saveRecommendation(getDb(), user, {
			packageId: id,
			contributionId: item || null,
			verdict,
			reason,
			seen: seenFrom(data)
		});
		if (!r.ok) {
			const field = r.reason.startsWith('verdict')
				? 'verdict'
				: r.reason.startsWith('reason')
					? 'reason'
					: null;
			return fail(field ? 400 : r.reason === 'forbidden' ? 403 : 409, {
				form: 'recommend',
				target: item,
				values: { verdict, reason },
				errors: field ? { [field]: errorText(event.locals.locale, r.reason) } : {},
				error: field ? undefined : errorText(event.locals.locale, r.reason)
			});
		}
		return { form: 'recommend', target: item, done: true };
	}
};
