import { error, fail, redirect } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { commentDetail, modulePlace } from '$lib/server/modules/document/queries';
import { isAdmin, isModerator } from '$lib/server/participation/permissions';
import { splitRejection } from '$lib/server/moderation/review.service';
import { wordDiff } from '$lib/server/modules/document/diff';
import { publicHandlingOf } from '$lib/server/review/public-handling';
import { mapContributionPath } from '$lib/server/modules/map/context';
import { readForm, requireUser } from '$lib/server/http';
import { hasReported, reportContribution, reportRateLimit } from '$lib/server/moderation/reports.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const db = getDb();
	const m = messages(locals.locale);
	if (!/^[0-9a-f-]{36}$/.test(params.id)) error(404, m.errors.not_found);
	// Pins and comments on pins have their page in the map module.
	const mapPage = mapContributionPath(db, params.id);
	if (mapPage) redirect(303, mapPage);
	const detail = commentDetail(db, params.id);
	if (!detail) error(404, m.errors.not_found);
	const { comment } = detail;
	const own = !!locals.user && comment.authorId === locals.user.id;
	// Unpublished (or hidden after reports) input is visible to its author and to moderation only – and,
	// once hidden, to the people who reported it (they have read it, and see their report was taken).
	const reported = !!locals.user && !own && hasReported(db, locals.user.id, comment.id);
	const hiddenAfterReports = comment.state === 'published' && !comment.isPublic && reported;
	if (!comment.isPublic && !own && !isModerator(locals.user) && !hiddenAfterReports)
		error(404, m.errors.not_found);
	// Nothing of an unpublished process is public (admins may preview it).
	if (!comment.processPublished && !isAdmin(locals.user)) error(404, m.errors.not_found);
	const place = comment.moduleId ? modulePlace(db, comment.moduleId) : null;
	const { original, current } = detail;
	const changed =
		original?.paragraphText && current?.paragraphText && original.paragraphText !== current.paragraphText;
	const { reason, note } = splitRejection(comment.rejectionReason);
	return {
		comment: {
			...comment,
			authorId: null,
			// Offline input (letter, e-mail …) has no account: name the channel, never the sender.
			authorName:
				comment.kind === 'offline'
					? `${m.review.kinds.offline}: ${m.review.channels[comment.channel]}`
					: comment.authorName,
			rejectionReason: reason,
			rejectionNote: note
		},
		own,
		place,
		original,
		current,
		diff: changed ? wordDiff(original!.paragraphText!, current!.paragraphText!) : null,
		// Public data only (never internal comments), the same for every viewer.
		handling: publicHandlingOf(db, comment.id),
		report: reported
			? ('reported' as const)
			: !comment.isPublic
				? null
				: !locals.user
					? ('anonymous' as const)
					: own
						? ('own' as const)
						: ('can' as const)
	};
};

export const actions: Actions = {
	/** "Melden": a reason from the list and an optional note; once per person, rate-limited. */
	report: async (event) => {
		const user = requireUser(event);
		const m = messages(event.locals.locale);
		const data = await readForm(event);
		const reason = String(data.get('reason') ?? '');
		const note = String(data.get('note') ?? '').slice(0, 2000);
		const limit = await reportRateLimit(user.id);
		if (!limit.ok)
			return fail(429, {
				reason,
				note,
				error: m.errors.rate_limited(Math.max(1, Math.ceil(limit.retryAfterSeconds / 60)))
			});
		const r = reportContribution(getDb(), user, event.params.id, reason, note);
		if (!r.ok)
			return fail(r.reason === 'not_found' ? 404 : 400, {
				reason,
				note,
				error: (m.review.errors as Record<string, string>)[r.reason] ?? m.errors.invalid
			});
		return { reported: true };
	}
};
