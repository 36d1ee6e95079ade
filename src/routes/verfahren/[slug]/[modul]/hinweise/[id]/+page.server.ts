// A pin's own page (deep-linkable): text, category, district, location, photo, support, comments and
// replies. Unpublished pins are visible to their author and to moderation only. The author may edit or
// withdraw a pin that was not reviewed yet.
import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import type { DB } from '$lib/server/db';
import { hit } from '$lib/server/auth/rate-limit';
import { rateLimited, readForm, requireUser } from '$lib/server/http';
import { canContribute, isModerator } from '$lib/server/participation/permissions';
import { splitRejection } from '$lib/server/moderation/review.service';
import { editComment, withdrawComment } from '$lib/server/modules/document/comments.service';
import { supportedBy } from '$lib/server/modules/document/queries';
import { modulePhases } from '$lib/server/modules/map/context';
import { ownPinComments, pinComments, pinDetail } from '$lib/server/modules/map/queries';
import { commentOnPin, editPin, setPinSupport, withdrawPin } from '$lib/server/modules/map/pins.service';
import { categoryOptions, moduleInfo, readOnlyText, resolveMap } from '../../map.server';
import { pinFailure, reasonText } from '../../pin-errors.server';
import { publicHandlingOf } from '$lib/server/review/public-handling';
import { hasReported, reportContribution, reportRateLimit } from '$lib/server/moderation/reports.service';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f-]{36}$/;

function resolvePin(event: RequestEvent) {
	const { db, mod } = resolveMap(event);
	const id = (event.params as Record<string, string>).id;
	const pin = UUID.test(id) ? pinDetail(db, id) : null;
	if (!pin || pin.moduleId !== mod.moduleId) error(404, messages(event.locals.locale).map.errors.not_found);
	const user = event.locals.user;
	const own = !!user && pin.authorId === user.id;
	const isPublic = pin.state === 'published' && !pin.hidden;
	// Once hidden after reports, the people who reported it still see it (and that their report was taken).
	const reported = !!user && !own && hasReported(db, user.id, pin.id);
	if (!isPublic && !own && !isModerator(user) && !(pin.state === 'published' && reported))
		error(404, messages(event.locals.locale).map.errors.not_found);
	return { db, mod, pin, own, isPublic, reported };
}

/** What a page may show of a comment: no author ids (only whether it is the viewer's), rejection split. */
function publicComment<T extends { authorId: string | null; rejectionReason: string | null }>(
	c: T,
	viewerId: string | null
) {
	const { authorId, ...rest } = c;
	const { reason, note } = splitRejection(c.rejectionReason);
	return {
		...rest,
		isOwn: viewerId !== null && authorId === viewerId,
		rejectionReason: reason,
		rejectionNote: note
	};
}

export const load: PageServerLoad = (event) => {
	const { db, mod, pin, own, isPublic, reported } = resolvePin(event);
	const { locals, url } = event;
	const user = locals.user;
	const viewer = user?.id ?? null;
	const locale = locals.locale;
	const moderator = isModerator(user);
	const comments = isPublic ? pinComments(db, pin.id) : [];
	const mine = user ? ownPinComments(db, user.id, pin.id) : [];
	const phases = modulePhases(db, mod.moduleId);
	const commenting = canContribute(user, phases, 'commenting');
	const supporting = canContribute(user, phases, 'supporting');
	const photoVisible = !!pin.photoId && ((pin.photoState === 'approved' && isPublic) || own || moderator);
	const { reason, note } = splitRejection(pin.rejectionReason);
	const neu = url.searchParams.get('neu');
	return {
		map: moduleInfo(mod),
		pin: {
			id: pin.id,
			body: pin.body,
			state: pin.state,
			hidden: pin.hidden,
			rejectionReason: reason,
			rejectionNote: note,
			lat: pin.lat,
			lon: pin.lon,
			supportCount: pin.supportCount,
			createdAt: pin.createdAt,
			authorName: pin.authorName,
			organisationName: pin.organisationName,
			actorType: pin.actorType,
			categoryKey: pin.categoryKey,
			category: locale === 'en' && pin.categoryLabelEn ? pin.categoryLabelEn : pin.categoryLabel,
			color: pin.color,
			district: pin.district,
			districtSlug: pin.districtSlug,
			approximate: pin.approximate,
			stadtbezirk: pin.stadtbezirk,
			photo: photoVisible
				? {
						id: pin.photoId!,
						state: pin.photoState!,
						alt: pin.photoAlt ?? '',
						width: pin.photoWidth!,
						height: pin.photoHeight!
					}
				: null
		},
		isPublic,
		own,
		comments: comments.map((c) => publicComment(c, viewer)),
		mine: mine.map((c) => publicComment(c, viewer)),
		supported: user ? supportedBy(db, user.id, [pin.id, ...comments.map((c) => c.id)]) : [],
		canComment: isPublic && commenting.ok,
		canSupport: isPublic && supporting.ok,
		readOnly: isPublic ? readOnlyText(locale, commenting) : null,
		editCategories: own && pin.state === 'pending' ? categoryOptions(db, mod.moduleId, locale, true) : [],
		posted: neu === 'pending' || neu === 'published' ? neu : null,
		postedPhoto: url.searchParams.get('foto') === '1',
		nonce: crypto.randomUUID(),
		// Public data only (never internal comments), the same for every viewer.
		handling: publicHandlingOf(db, pin.id),
		report: reported
			? ('reported' as const)
			: !isPublic
				? null
				: !user
					? ('anonymous' as const)
					: own
						? ('own' as const)
						: ('can' as const)
	};
};

const str = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');
const notFound = { ok: false as const, reason: 'not_found' };
const isOwnComment = (db: DB, userId: string, pinId: string, id: string) =>
	ownPinComments(db, userId, pinId).some((c) => c.id === id);

async function supportAction(event: RequestEvent, on: boolean) {
	const user = requireUser(event);
	const { db, pin, isPublic } = resolvePin(event);
	const data = await readForm(event);
	const id = str(data.get('id'));
	// Only this public pin or one of its public comments: never an id from elsewhere.
	if (!isPublic || (id !== pin.id && !pinComments(db, pin.id).some((c) => c.id === id)))
		return fail(400, { form: 'support', target: id, error: reasonText(event, notFound) });
	const result = setPinSupport(db, user, id, on);
	if (!result.ok) return fail(400, { form: 'support', target: id, error: reasonText(event, result) });
	return { form: 'support', target: id, count: result.count };
}

export const actions: Actions = {
	/** "Melden" (review helper): a reason from the list and an optional note; once per person. */
	report: async (event) => {
		const user = requireUser(event);
		const { db, pin } = resolvePin(event);
		const m = messages(event.locals.locale);
		const data = await readForm(event);
		const values = {
			form: 'report',
			reason: str(data.get('reason')),
			note: str(data.get('note')).slice(0, 2000)
		};
		const limit = await reportRateLimit(user.id);
		if (!limit.ok)
			return fail(429, {
				...values,
				error: m.errors.rate_limited(Math.max(1, Math.ceil(limit.retryAfterSeconds / 60)))
			});
		const r = reportContribution(db, user, pin.id, values.reason, values.note);
		if (!r.ok)
			return fail(400, {
				...values,
				error: (m.review.errors as Record<string, string>)[r.reason] ?? m.errors.invalid
			});
		return { form: 'report', reported: true };
	},
	support: (event) => supportAction(event, true),
	unsupport: (event) => supportAction(event, false),
	comment: async (event) => {
		const user = requireUser(event);
		const { db, pin } = resolvePin(event);
		const data = await readForm(event);
		const values = { body: str(data.get('body')).slice(0, 20_000), parentId: str(data.get('parentId')) };
		const extra = { form: 'comment', target: values.parentId || 'hinweis' };
		const limit = await hit(['postPerAccount', user.id]);
		if (!limit.ok) return rateLimited(event, limit, values, extra);
		const result = commentOnPin(db, user, {
			pinId: pin.id,
			parentId: values.parentId || null,
			body: values.body,
			nonce: str(data.get('nonce'))
		});
		if (!result.ok) return pinFailure(event, result, values, false, extra);
		return { ...extra, posted: result.state, id: result.id };
	},
	editPin: async (event) => {
		const user = requireUser(event);
		const { db, pin } = resolvePin(event);
		const data = await readForm(event);
		const values = { body: str(data.get('body')).slice(0, 5000), kategorie: str(data.get('kategorie')) };
		const result = editPin(db, user, pin.id, { body: values.body, categoryKey: values.kategorie });
		if (!result.ok) return pinFailure(event, result, values, false, { form: 'editPin' });
		return { form: 'editPin', saved: true };
	},
	withdrawPin: async (event) => {
		const user = requireUser(event);
		const { db, pin } = resolvePin(event);
		const result = withdrawPin(db, user, pin.id);
		if (!result.ok) return fail(400, { form: 'withdrawPin', error: reasonText(event, result) });
		return { form: 'withdrawPin', withdrawn: true };
	},
	editComment: async (event) => {
		const user = requireUser(event);
		const { db, pin } = resolvePin(event);
		const data = await readForm(event);
		const id = str(data.get('id'));
		const body = str(data.get('body')).slice(0, 20_000);
		// Only the viewer's own pending comments on this pin (editComment itself takes any contribution).
		const result = isOwnComment(db, user.id, pin.id, id) ? editComment(db, user, id, body) : notFound;
		if (!result.ok)
			return fail(400, {
				form: 'editComment',
				target: id,
				values: { body },
				errors: { body: reasonText(event, result) }
			});
		return { form: 'editComment', target: id, saved: true };
	},
	withdrawComment: async (event) => {
		const user = requireUser(event);
		const { db, pin } = resolvePin(event);
		const data = await readForm(event);
		const id = str(data.get('id'));
		const result = isOwnComment(db, user.id, pin.id, id) ? withdrawComment(db, user, id) : notFound;
		if (!result.ok) return fail(400, { form: 'withdrawComment', error: reasonText(event, result) });
		return { form: 'withdrawComment', withdrawn: true };
	}
};
