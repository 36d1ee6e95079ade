// The review queue: filters in the URL (GET form), backlog counts, one keyset page of items, and the
// actions on a selection (approve, reject with a reason, tag, assign, package, duplicate).
import { isActionFailure, redirect, type RequestEvent } from '@sveltejs/kit';
import { requireRole } from '$lib/server/http';
import { getDb } from '$lib/server/db';
import { REJECTION_REASONS } from '$lib/server/moderation/netiquette';
import {
	filterQuery,
	parseQueueFilter,
	QUEUE_VIEW_COOKIE,
	type QueueFilter
} from '$lib/server/moderation/queue-filter';
import { queueCounts, queuePage } from '$lib/server/moderation/queue.queries';
import { queueRow } from '$lib/server/moderation/queue-items.queries';
import { processList, queueOptions, unmatchedCount } from '$lib/server/moderation/queue-options.queries';
import { isUuid, selectionActions, str, type ActionMessage } from './shared.server';
import type { Actions, PageServerLoad } from './$types';

/**
 * Served as HTML without hydration: the page moderators reload all day lists 25 long texts, and
 * hydrating it meant sending each of them twice (markup and serialized data) and building both on
 * every request. Its forms work as plain HTML; queue-enhance.js adds "select all" and a guard
 * against double submits. See docs/concepts/review-queue.md.
 */
export const csr = false;

function currentFilter(url: URL, processes: { id: string }[]): QueueFilter | null {
	if (processes.length === 0) return null;
	const f = parseQueueFilter(url.searchParams, processes[0].id);
	if (!processes.some((p) => p.id === f.processId)) f.processId = processes[0].id;
	return f;
}

/** The message of the last action, for the page the action redirected to (read once). */
const MESSAGE_COOKIE = 'queue_message';

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'moderation');
	const message = takeMessage(event);
	const db = getDb();
	const processes = processList(db);
	const f = currentFilter(event.url, processes);
	if (!f) return { processes, filter: null, message };
	const query = filterQuery(f).replace(/^\?/, '');
	event.cookies.set(QUEUE_VIEW_COOKIE, query, {
		path: '/moderation',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:'
	});
	const page = queuePage(db, f, user.id);
	const counts = queueCounts(db, f.processId);
	const base = { processId: f.processId };
	const states = ['review', 'pending', 'unreviewed', 'published', 'rejected', 'withdrawn', 'all'] as const;
	return {
		processes,
		filter: f,
		message,
		items: page.items.map(queueRow),
		options: queueOptions(db, f.processId),
		unmatched: unmatchedCount(db),
		reasons: [...REJECTION_REASONS],
		/** The current filter as a query string (for action URLs, so the view stays after an action). */
		query,
		backlog: [
			...states.map((s) => ({
				key: s,
				n: counts[s],
				href: `/moderation${filterQuery({ ...base, state: s })}`
			})),
			{
				key: 'reported',
				n: counts.reported,
				href: `/moderation${filterQuery({ ...base, reported: true })}`
			}
		],
		nextHref: page.nextCursor ? `/moderation${filterQuery(f, { cursor: page.nextCursor })}` : null,
		firstHref: f.cursor ? `/moderation${filterQuery(f, { cursor: null })}` : null
	};
};

const processOf = (event: { url: URL }, data: FormData) => {
	const fromForm = str(data.get('processId'));
	const v = isUuid(fromForm) ? fromForm : event.url.searchParams.get('verfahren');
	const processes = processList(getDb());
	return processes.find((p) => p.id === v)?.id ?? processes[0]?.id ?? null;
};

const selection = selectionActions(processOf);

function takeMessage(event: RequestEvent): ActionMessage | null {
	const raw = event.cookies.get(MESSAGE_COOKIE);
	if (raw === undefined) return null;
	event.cookies.delete(MESSAGE_COOKIE, { path: '/moderation' });
	try {
		const m = JSON.parse(raw) as unknown;
		if (m && typeof m === 'object' && typeof (m as ActionMessage).message === 'string')
			return { ok: (m as ActionMessage).ok === true, message: (m as ActionMessage).message.slice(0, 500) };
	} catch {
		// A broken cookie is dropped.
	}
	return null;
}

/**
 * A successful action ends in a redirect back to the same view (POST, redirect, GET: reloading the
 * page sends nothing again), its message kept for that one page load; the page opens at the message.
 * A refused action answers directly, so what was typed and checked stays in the form.
 */
function thenBack(
	act: (event: RequestEvent, user: ReturnType<typeof requireRole>) => ReturnType<typeof selection.approve>
) {
	return async (event: RequestEvent) => {
		const result = await act(event, requireRole(event, 'moderation'));
		if (isActionFailure(result)) return result;
		const r = result as ActionMessage;
		event.cookies.set(MESSAGE_COOKIE, JSON.stringify({ ok: r.ok, message: r.message }), {
			path: '/moderation',
			httpOnly: true,
			sameSite: 'lax',
			secure: event.url.protocol === 'https:',
			maxAge: 60
		});
		const view = new URLSearchParams(
			[...event.url.searchParams].filter(([key]) => !key.startsWith('/'))
		).toString();
		redirect(303, `/moderation${view ? `?${view}` : ''}#ergebnis`);
	};
}

export const actions: Actions = {
	approve: thenBack(selection.approve),
	reject: thenBack(selection.reject),
	tag: thenBack(selection.tag),
	untag: thenBack(selection.untag),
	assign: thenBack(selection.assign),
	pack: thenBack(selection.pack),
	duplicate: thenBack(selection.duplicate)
};
