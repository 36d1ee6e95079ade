// The administration's response (admins only): for the whole package, or with ?beitrag=<id> for one of
// its items. Verdict, public reason and the changed paragraphs of a newer version. Choosing the chapter
// whose paragraphs to link is a GET submit of the same form (works without JS; the typed values travel
// in the query and come back into the form). "Veröffentlichen" publishes and tells the authors.
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { VERDICTS } from '$lib/server/db/schema';
import { readForm, requireRole } from '$lib/server/http';
import { seenFrom } from '$lib/server/review/stale';
import { canRespond } from '$lib/server/review/permissions';
import { publishResponse, saveResponse, MAX_LINKS } from '$lib/server/review/response.service';
import {
	linkableChapters,
	linkableParagraphs,
	packageDetail,
	paragraphsByIds,
	paragraphsForPackage
} from '$lib/server/review/queries';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const str = (x: FormDataEntryValue | null) => (typeof x === 'string' ? x : '');

function ids(event: RequestEvent<{ id: string }>, item: string | null) {
	const m = messages(event.locals.locale);
	if (!UUID.test(event.params.id)) error(404, m.errors.not_found);
	if (item !== null && item !== '' && !UUID.test(item)) error(404, m.errors.not_found);
	return { packageId: event.params.id, item: item || null };
}

export const load: PageServerLoad = (event) => {
	// Moderation may open the page to publish a recorded response; only admins record and edit it.
	const user = requireRole(event, 'moderation');
	const q = event.url.searchParams;
	const { packageId, item } = ids(event, q.get('beitrag'));
	const db = getDb();
	const detail = packageDetail(db, packageId);
	if (!detail) error(404, messages(event.locals.locale).errors.not_found);
	const index = item ? detail.items.findIndex((i) => i.id === item) : -1;
	if (item && index < 0) error(404, messages(event.locals.locale).errors.not_found);
	const response = item ? (detail.itemResponses[item] ?? null) : detail.response;
	const recommendation = item
		? (detail.itemRecommendations[item] ?? detail.recommendation)
		: detail.recommendation;

	// Values: from the chapter chooser's GET submit, else the saved response.
	const chosen = q.has('auswahl');
	const values = chosen
		? { verdict: q.get('verdict') ?? '', reason: q.get('reason') ?? '' }
		: { verdict: response?.verdict ?? '', reason: response?.reason ?? '' };
	const linked = (chosen ? q.getAll('absatz') : (response?.links.map((l) => l.paragraphId) ?? []))
		.filter((x) => UUID.test(x))
		.slice(0, MAX_LINKS);
	const chapterId = q.get('kapitel') ?? '';
	const picked = UUID.test(chapterId) ? linkableParagraphs(db, detail.pkg.processId, chapterId) : null;

	return {
		pkg: detail.pkg,
		item: index >= 0 ? { ...detail.items[index], number: index + 1 } : null,
		recommendation,
		recommendationFromPackage: !!item && !detail.itemRecommendations[item] && !!detail.recommendation,
		response,
		mayEdit: canRespond(user),
		// Unpublished responses in scope (the package publish also publishes its items' drafts).
		unpublished: item
			? !!response && !response.publishedAt
			: [detail.response, ...Object.values(detail.itemResponses)].some((r) => r && !r.publishedAt),
		verdicts: [...VERDICTS],
		values,
		linked: paragraphsByIds(db, detail.pkg.processId, linked),
		chapters: linkableChapters(db, detail.pkg.processId),
		chapterId: picked ? chapterId : '',
		picked,
		/** Set after a successful save (the action redirects here): 'ja', or 'oeffentlich' when public. */
		saved: q.get('gespeichert')
	};
};

function errorText(locale: string, code: string) {
	const e = messages(locale).chain.errors as Record<string, string>;
	return e[code] ?? messages(locale).errors.invalid;
}

const FIELD: Record<string, string> = {
	verdict_required: 'verdict',
	reason_required: 'reason',
	reason_too_long: 'reason',
	invalid_paragraph: 'links',
	too_many_links: 'links'
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'admin');
		const data = await readForm(event);
		const { packageId, item } = ids(event, str(data.get('beitrag')));
		const verdict = str(data.get('verdict'));
		const reason = str(data.get('reason')).slice(0, 20_000);
		const paragraphIds = data.getAll('absatz').map(str).slice(0, 200);
		const seen = seenFrom(data);
		const r = saveResponse(getDb(), user, {
			packageId,
			contributionId: item,
			verdict,
			reason,
			paragraphIds,
			seen
		});
		if (!r.ok) {
			const field = FIELD[r.reason];
			return fail(field ? 400 : r.reason === 'forbidden' ? 403 : 409, {
				form: 'save',
				values: { verdict, reason },
				linked: paragraphsForPackage(
					getDb(),
					packageId,
					paragraphIds.filter((x) => UUID.test(x))
				),
				errors: field ? { [field]: errorText(event.locals.locale, r.reason) } : {},
				error: field ? undefined : errorText(event.locals.locale, r.reason)
			});
		}
		// Back to the saved state (GET): the chooser's typed values in the address would show the
		// state from before the save, and a reload must not send the form again.
		const next = new URLSearchParams();
		if (item) next.set('beitrag', item);
		const chapter = str(data.get('kapitel'));
		if (UUID.test(chapter)) next.set('kapitel', chapter);
		next.set('gespeichert', r.published ? 'oeffentlich' : 'ja');
		redirect(303, `${event.url.pathname}?${next}`);
	},
	publish: async (event) => {
		const user = requireRole(event, 'moderation');
		const data = await readForm(event);
		const { packageId, item } = ids(event, str(data.get('beitrag')));
		if (data.get('confirm') !== 'on') {
			const text = messages(event.locals.locale).common.confirmRequired;
			return fail(400, { form: 'publish', error: text, confirm: text });
		}
		const r = publishResponse(getDb(), user, { packageId, contributionId: item });
		if (!r.ok)
			return fail(r.reason === 'forbidden' ? 403 : 409, {
				form: 'publish',
				error: errorText(event.locals.locale, r.reason)
			});
		return { form: 'publish', done: true, notified: r.notified };
	}
};
