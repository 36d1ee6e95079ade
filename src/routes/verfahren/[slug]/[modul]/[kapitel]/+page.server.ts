import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { hit } from '$lib/server/auth/rate-limit';
import { getDb } from '$lib/server/db';
import { hasRole, rateLimited, requireUser, readForm } from '$lib/server/http';
import { withCommentControls } from '$lib/server/modules/document/chapter-html';
import {
	editComment,
	postComment,
	setSupport,
	withdrawComment,
	type Result
} from '$lib/server/modules/document/comments.service';
import { modulePhases } from '$lib/server/modules/document/context';
import {
	blocksOfChapter,
	chapterByKey,
	commentCounts,
	commentThreads,
	documentModule,
	ownUnpublished,
	publicVersions,
	supportedBy,
	tableOfContents,
	type Sort
} from '$lib/server/modules/document/queries';
import { canContribute } from '$lib/server/participation/permissions';
import { splitRejection } from '$lib/server/moderation/review.service';
import type { Actions, PageServerLoad } from './$types';

function resolve(event: RequestEvent<{ slug: string; modul: string; kapitel: string }>) {
	const db = getDb();
	const m = messages(event.locals.locale);
	const doc = documentModule(db, event.params.slug, event.params.modul, hasRole(event.locals.user, 'admin'));
	if (!doc) error(404, m.errors.not_found);
	const versions = publicVersions(db, doc.documentId);
	const current = versions.find((v) => v.state === 'published');
	const wanted = Number(event.url.searchParams.get('fassung'));
	const version = (Number.isInteger(wanted) && versions.find((v) => v.number === wanted)) || current;
	if (!version) error(404, m.errors.not_found);
	const chapter = chapterByKey(db, version.id, event.params.kapitel);
	if (!chapter) error(404, m.errors.not_found);
	return { db, m, doc, versions, current, version, chapter };
}

export const load: PageServerLoad = (event) => {
	const { db, m, doc, versions, current, version, chapter } = resolve(event);
	const { url, locals } = event;
	const user = locals.user;
	const viewer = user?.id ?? null;
	const locale = locals.locale;

	const blocks = blocksOfChapter(db, chapter.id);
	let n = 0;
	const numbered = blocks.map((b) => ({ ...b, number: b.kind === 'h' ? 0 : ++n }));
	const counts = commentCounts(db, chapter.id);
	const absatz = url.searchParams.get('absatz');
	const anchor =
		absatz === 'kapitel'
			? null
			: absatz && numbered.some((b) => b.anchor === absatz && b.kind !== 'h')
				? absatz
				: undefined;
	const sort: Sort = url.searchParams.get('sortierung') === 'zustimmung' ? 'support' : 'new';
	const threads = commentThreads(db, {
		chapterId: chapter.id,
		anchor,
		sort,
		cursor: url.searchParams.get('nach')
	});
	const own = user ? ownUnpublished(db, user.id, chapter.id) : [];
	const visibleIds = [...threads.comments, ...threads.replies].map((c) => c.id);
	const supported = user ? supportedBy(db, user.id, visibleIds) : [];

	const isCurrent = version.id === current?.id;
	const phases = modulePhases(db, doc.moduleId);
	const commenting = canContribute(user, phases, 'commenting');
	const supporting = canContribute(user, phases, 'supporting');
	const readOnly = !isCurrent
		? m.document.readOnly.version_frozen
		: commenting.ok
			? null
			: commenting.reason === 'phase_planned' && commenting.phase
				? m.document.readOnly.phase_planned(formatDate(commenting.phase.startsAt, locale))
				: commenting.reason === 'phase_closed' && commenting.phase
					? m.document.readOnly.phase_closed(formatDate(commenting.phase.endsAt, locale))
					: m.document.readOnly[
							commenting.reason as 'not_logged_in' | 'not_verified' | 'no_phase' | 'audience'
						];

	const base = `/verfahren/${doc.processSlug}/${doc.moduleSlug}/${chapter.key}`;
	// An older version is for reading: its comments have moved on with their paragraphs.
	const html = !isCurrent
		? chapter.html
		: withCommentControls(
				chapter.html,
				numbered,
				counts,
				(num, count) => ({
					text: m.document.controlText(num, count),
					hidden: m.document.commentsOnParagraph(num, count)
				}),
				(a) => `${base}?absatz=${a}&schreiben=1#kommentar-schreiben`,
				locale
			);
	const toc = tableOfContents(db, version.id);
	const index = toc.findIndex((c) => c.id === chapter.id);

	return {
		doc,
		version: { number: version.number, label: version.label, isCurrent },
		/** The version asked for in the address (?fassung=) does not exist: this page shows the current one. */
		missingVersion:
			!!url.searchParams.get('fassung') && version.number !== Number(url.searchParams.get('fassung')),
		currentNumber: current?.number ?? null,
		versions: versions.map((v) => ({ number: v.number, label: v.label, state: v.state })),
		chapter: { id: chapter.id, key: chapter.key, number: chapter.number, title: chapter.title, html },
		toc,
		prev: index > 0 ? toc[index - 1] : null,
		next: index >= 0 && index < toc.length - 1 ? toc[index + 1] : null,
		// Numbers only: the text is in the chapter HTML already; just the chosen paragraph is quoted.
		paragraphs: numbered.filter((b) => b.kind !== 'h').map((b) => ({ anchor: b.anchor, number: b.number })),
		quoted: anchor ? (numbered.find((b) => b.anchor === anchor)?.text ?? null) : null,
		counts,
		filter: { anchor: anchor === undefined ? '' : anchor === null ? 'kapitel' : anchor, sort },
		threads: {
			...threads,
			comments: threads.comments.map((c) => publicComment(c, viewer)),
			replies: threads.replies.map((c) => publicComment(c, viewer))
		},
		own: own.map((c) => publicComment(c, viewer)),
		supported,
		canComment: isCurrent && commenting.ok,
		canSupport: isCurrent && supporting.ok,
		readOnly,
		// The reader chose "Kommentieren" on a paragraph: the form gets the focus.
		write: url.searchParams.has('schreiben'),
		nonce: crypto.randomUUID(),
		userId: user?.id ?? null
	};
};

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

function reasonText(event: RequestEvent, r: Extract<Result, { ok: false }>): string {
	const m = messages(event.locals.locale);
	const locale = event.locals.locale;
	if (r.reason === 'phase_planned' && r.phase)
		return m.document.readOnly.phase_planned(formatDate(r.phase.startsAt, locale));
	if (r.reason === 'phase_closed' && r.phase)
		return m.document.readOnly.phase_closed(formatDate(r.phase.endsAt, locale));
	const table = { ...m.document.readOnly, ...m.document.errors } as Record<string, unknown>;
	const text = table[r.reason];
	return typeof text === 'string' ? text : m.errors.invalid;
}

const str = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

export const actions: Actions = {
	comment: async (event) => {
		const user = requireUser(event);
		const { db, chapter } = resolve(event);
		const data = await readForm(event);
		const values = {
			body: str(data.get('body')).slice(0, 20_000),
			anchor: str(data.get('anchor')),
			parentId: str(data.get('parentId'))
		};
		const limit = await hit(['postPerAccount', user.id]);
		if (!limit.ok)
			return rateLimited(event, limit, values, {
				form: 'comment',
				target: values.parentId || values.anchor || 'kapitel'
			});
		const result = postComment(db, user, {
			chapterId: chapter.id,
			anchor: values.anchor || null,
			parentId: values.parentId || null,
			body: values.body,
			nonce: str(data.get('nonce'))
		});
		if (!result.ok) {
			const text = reasonText(event, result);
			const field = ['comment_empty', 'comment_too_short', 'comment_too_long'].includes(result.reason);
			return fail(400, {
				form: 'comment',
				target: values.parentId || values.anchor || 'kapitel',
				values,
				errors: field ? { body: text } : {},
				error: field ? undefined : text
			});
		}
		return {
			form: 'comment',
			posted: result.state,
			id: result.id,
			target: values.parentId || values.anchor || 'kapitel',
			reply: !!values.parentId
		};
	},
	support: async (event) => supportAction(event, true),
	unsupport: async (event) => supportAction(event, false),
	edit: async (event) => {
		const user = requireUser(event);
		const { db } = resolve(event);
		const data = await readForm(event);
		const id = str(data.get('id'));
		const body = str(data.get('body')).slice(0, 20_000);
		const result = editComment(db, user, id, body);
		if (!result.ok) {
			const text = reasonText(event, result);
			return fail(400, { form: 'edit', target: id, values: { body }, errors: { body: text } });
		}
		return { form: 'edit', target: id, saved: true };
	},
	withdraw: async (event) => {
		const user = requireUser(event);
		const { db } = resolve(event);
		const data = await readForm(event);
		const result = withdrawComment(db, user, str(data.get('id')));
		if (!result.ok) return fail(400, { form: 'withdraw', error: reasonText(event, result) });
		return { form: 'withdraw', withdrawn: true };
	}
};

async function supportAction(
	event: RequestEvent<{ slug: string; modul: string; kapitel: string }>,
	on: boolean
) {
	const user = requireUser(event);
	const { db } = resolve(event);
	const data = await readForm(event);
	const id = str(data.get('id'));
	const result = setSupport(db, user, id, on);
	if (!result.ok) return fail(400, { form: 'support', target: id, error: reasonText(event, result) });
	return { form: 'support', target: id, count: result.count };
}
