// Comments that lost their paragraph in a new version of the draft: moderation attaches them to a
// paragraph of the current version by hand (or to the chapter as a whole).
import { fail } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireRole, readForm } from '$lib/server/http';
import { attachComment } from '$lib/server/modules/document/documents.service';
import { moderationLists } from '$lib/server/modules/document/queries';
import { splitRejection } from '$lib/server/moderation/netiquette';
import { isUuid, str } from '../shared.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderation');
	const lists = moderationLists(getDb());
	return {
		unmatched: lists.unmatched.map((c) => {
			const { reason, note } = splitRejection(c.rejectionReason);
			return { ...c, rejectionReason: reason, rejectionNote: note };
		}),
		blocks: lists.blocks
	};
};

export const actions: Actions = {
	attach: async (event) => {
		const user = requireRole(event, 'moderation');
		const m = messages(event.locals.locale);
		const data = await readForm(event);
		const id = str(data.get('id'));
		const chapterId = str(data.get('chapterId'));
		const anchor = str(data.get('anchor'));
		if (!isUuid(id) || !isUuid(chapterId)) return fail(400, { target: id, error: m.errors.invalid });
		const r = attachComment(getDb(), user.id, id, chapterId, anchor || null);
		if (!r.ok)
			return fail(400, {
				target: id,
				error: (m.document.errors as Record<string, string>)[r.reason] ?? m.errors.invalid
			});
		return { target: id, done: true };
	}
};
