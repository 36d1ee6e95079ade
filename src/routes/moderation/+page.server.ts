// The review queue: filters in the URL (GET form), backlog counts, one keyset page of items, and the
// actions on a selection (approve, reject with a reason, tag, assign, package, duplicate).
import { requireRole } from '$lib/server/http';
import { getDb } from '$lib/server/db';
import { REJECTION_REASONS } from '$lib/server/moderation/netiquette';
import { filterQuery, parseQueueFilter, type QueueFilter } from '$lib/server/moderation/queue-filter';
import { queueCounts, queuePage } from '$lib/server/moderation/queue.queries';
import { queueRow } from '$lib/server/moderation/queue-items.queries';
import { processList, queueOptions, unmatchedCount } from '$lib/server/moderation/queue-options.queries';
import { isUuid, selectionActions, str } from './shared.server';
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

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'moderation');
	const db = getDb();
	const processes = processList(db);
	const f = currentFilter(event.url, processes);
	if (!f) return { processes, filter: null };
	const page = queuePage(db, f, user.id);
	const counts = queueCounts(db, f.processId);
	const base = { processId: f.processId };
	const states = ['review', 'pending', 'unreviewed', 'published', 'rejected', 'withdrawn', 'all'] as const;
	return {
		processes,
		filter: f,
		items: page.items.map(queueRow),
		options: queueOptions(db, f.processId),
		unmatched: unmatchedCount(db),
		reasons: [...REJECTION_REASONS],
		/** The current filter as a query string (for action URLs, so the view stays after an action). */
		query: filterQuery(f).replace(/^\?/, ''),
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

export const actions: Actions = {
	approve: (event) => selection.approve(event, requireRole(event, 'moderation')),
	reject: (event) => selection.reject(event, requireRole(event, 'moderation')),
	tag: (event) => selection.tag(event, requireRole(event, 'moderation')),
	untag: (event) => selection.untag(event, requireRole(event, 'moderation')),
	assign: (event) => selection.assign(event, requireRole(event, 'moderation')),
	pack: (event) => selection.pack(event, requireRole(event, 'moderation')),
	duplicate: (event) => selection.duplicate(event, requireRole(event, 'moderation'))
};
