// One queue item with everything needed to decide: full text, context, reports, similar input,
// history, and all actions (decision, photo, tags, assignment, package, duplicate).
import { error, fail } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireRole, readForm } from '$lib/server/http';
import { REJECTION_REASONS } from '$lib/server/moderation/netiquette';
import { itemDetail } from '$lib/server/moderation/item.queries';
import { similarItems } from '$lib/server/moderation/similar.queries';
import { queueOptions } from '$lib/server/moderation/queue-options.queries';
import { decidePinPhoto } from '$lib/server/moderation/triage.service';
import { removeFromPackage } from '$lib/server/moderation/packages.service';
import { contributionPath, photoPath } from '$lib/server/moderation/links';
import { modulePlace } from '$lib/server/modules/document/queries';
import { isUuid, reasonText, selectionActions, str } from '../../shared.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderation');
	const m = messages(event.locals.locale);
	if (!isUuid(event.params.id)) error(404, m.errors.not_found);
	const db = getDb();
	const detail = itemDetail(db, event.params.id);
	if (!detail) error(404, m.errors.not_found);
	return {
		...detail,
		publicPath: contributionPath(
			detail.item.kind,
			detail.item.id,
			detail.item.moduleId ? modulePlace(db, detail.item.moduleId) : null
		),
		photoSrc: detail.photo ? photoPath(detail.photo.id) : null,
		similar: similarItems(db, detail.item),
		options: queueOptions(db, detail.item.processId),
		reasons: [...REJECTION_REASONS],
		entered: event.url.searchParams.has('erfasst')
	};
};

/** The item's own process (tags and packages are per process). */
const processOf = (event: { params: Record<string, string> }) =>
	itemDetail(getDb(), event.params.id)?.item.processId ?? null;

const selection = selectionActions(processOf);

export const actions: Actions = {
	approve: (event) => selection.approve(event, requireRole(event, 'moderation')),
	reject: (event) => selection.reject(event, requireRole(event, 'moderation')),
	tag: (event) => selection.tag(event, requireRole(event, 'moderation')),
	untag: (event) => selection.untag(event, requireRole(event, 'moderation')),
	assign: (event) => selection.assign(event, requireRole(event, 'moderation')),
	pack: (event) => selection.pack(event, requireRole(event, 'moderation')),
	duplicate: (event) => selection.duplicate(event, requireRole(event, 'moderation')),
	unduplicate: (event) => selection.unduplicate(event, requireRole(event, 'moderation')),
	unpack: async (event) => {
		const user = requireRole(event, 'moderation');
		const m = messages(event.locals.locale);
		const data = await readForm(event);
		const packageId = str(data.get('packageId'));
		if (!isUuid(packageId)) return fail(400, { ok: false, message: m.errors.invalid });
		const r = removeFromPackage(getDb(), user.id, packageId, event.params.id);
		if (!r.ok) return fail(409, { ok: false, message: reasonText(event.locals.locale, r.reason) });
		return { ok: true, message: m.review.packageRemovedMsg };
	},
	photo: async (event) => {
		const user = requireRole(event, 'moderation');
		const m = messages(event.locals.locale);
		const data = await readForm(event);
		const photoId = str(data.get('photoId'));
		const decision = str(data.get('decision'));
		if (!isUuid(photoId) || (decision !== 'approved' && decision !== 'rejected'))
			return fail(400, { ok: false, message: m.errors.invalid });
		const r = decidePinPhoto(getDb(), user.id, photoId, decision, event.params.id);
		if (!r.ok)
			return fail(409, {
				ok: false,
				message: r.reason === 'conflict' ? m.review.errors.photo_conflict : m.errors.not_found
			});
		return {
			ok: true,
			message: decision === 'approved' ? m.review.done.photoApproved : m.review.done.photoRejected
		};
	}
};
