// A first moderation page: pending comments to approve or reject, and comments that lost their
// paragraph in a new version, to attach by hand. (The full review queue builds on the same services.)
import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireRole, readForm } from '$lib/server/http';
import { attachComment } from '$lib/server/modules/document/documents.service';
import { moderationLists } from '$lib/server/modules/document/queries';
import { REJECTION_REASONS } from '$lib/server/moderation/netiquette';
import { approve, reject, splitRejection } from '$lib/server/moderation/review.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderation');
	const lists = moderationLists(getDb());
	const view = <T extends { rejectionReason: string | null }>(c: T) => ({
		...c,
		...split(c.rejectionReason)
	});
	return {
		pending: lists.pending.map(view),
		unmatched: lists.unmatched.map(view),
		blocks: lists.blocks,
		reasons: [...REJECTION_REASONS]
	};
};

function split(value: string | null) {
	const { reason, note } = splitRejection(value);
	return { rejectionReason: reason, rejectionNote: note };
}

const idSchema = v.pipe(v.string(), v.uuid());
const str = (x: FormDataEntryValue | null) => (typeof x === 'string' ? x : '');
/** The version of the text the moderator saw (updated_at in ms), if the form sent it. */
const seenVersion = (data: FormData) => {
	const n = Number(str(data.get('seen')));
	return Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

function errorFor(locale: string, reason: string) {
	const m = messages(locale);
	const t = (m.document.errors as Record<string, string>)[reason];
	return t ?? m.errors.invalid;
}

export const actions: Actions = {
	approve: async (event) => {
		const user = requireRole(event, 'moderation');
		const data = await readForm(event);
		const id = str(data.get('id'));
		if (!v.is(idSchema, id))
			return fail(400, { target: id, error: messages(event.locals.locale).errors.invalid });
		const r = approve(getDb(), user.id, id, new Date(), seenVersion(data));
		if (!r.ok) return fail(409, { target: id, error: errorFor(event.locals.locale, r.reason) });
		return { target: id, done: 'approved' };
	},
	reject: async (event) => {
		const user = requireRole(event, 'moderation');
		const data = await readForm(event);
		const id = str(data.get('id'));
		const reason = str(data.get('reason'));
		const note = str(data.get('note')).slice(0, 1000);
		if (!v.is(idSchema, id))
			return fail(400, { target: id, error: messages(event.locals.locale).errors.invalid });
		if (!(REJECTION_REASONS as readonly string[]).includes(reason))
			return fail(400, { target: id, note, error: messages(event.locals.locale).moderation.reasonRequired });
		const r = reject(
			getDb(),
			user.id,
			id,
			reason as (typeof REJECTION_REASONS)[number],
			note,
			new Date(),
			seenVersion(data)
		);
		if (!r.ok) return fail(409, { target: id, note, error: errorFor(event.locals.locale, r.reason) });
		return { target: id, done: 'rejected' };
	},
	attach: async (event) => {
		const user = requireRole(event, 'moderation');
		const data = await readForm(event);
		const id = str(data.get('id'));
		const chapterId = str(data.get('chapterId'));
		const anchor = str(data.get('anchor'));
		if (!v.is(idSchema, id) || !v.is(idSchema, chapterId))
			return fail(400, { target: id, error: messages(event.locals.locale).errors.invalid });
		const r = attachComment(getDb(), user.id, id, chapterId, anchor || null);
		if (!r.ok) return fail(400, { target: id, error: errorFor(event.locals.locale, r.reason) });
		return { target: id, done: 'attached' };
	}
};
