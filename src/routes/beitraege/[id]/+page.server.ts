import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { commentDetail, modulePlace } from '$lib/server/modules/document/queries';
import { isAdmin, isModerator } from '$lib/server/participation/permissions';
import { splitRejection } from '$lib/server/moderation/review.service';
import { wordDiff } from '$lib/server/modules/document/diff';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const db = getDb();
	const m = messages(locals.locale);
	if (!/^[0-9a-f-]{36}$/.test(params.id)) error(404, m.errors.not_found);
	const detail = commentDetail(db, params.id);
	if (!detail) error(404, m.errors.not_found);
	const { comment } = detail;
	const own = !!locals.user && comment.authorId === locals.user.id;
	// Unpublished input is visible to its author and to moderation only.
	if (comment.state !== 'published' && !own && !isModerator(locals.user)) error(404, m.errors.not_found);
	// Nothing of an unpublished process is public (admins may preview it).
	if (!comment.processPublished && !isAdmin(locals.user)) error(404, m.errors.not_found);
	const place = comment.moduleId ? modulePlace(db, comment.moduleId) : null;
	const { original, current } = detail;
	const changed =
		original?.paragraphText && current?.paragraphText && original.paragraphText !== current.paragraphText;
	const { reason, note } = splitRejection(comment.rejectionReason);
	return {
		comment: { ...comment, authorId: null, rejectionReason: reason, rejectionNote: note },
		own,
		place,
		original,
		current,
		diff: changed ? wordDiff(original!.paragraphText!, current!.paragraphText!) : null
	};
};
