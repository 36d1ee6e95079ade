// The review queue's filters as they travel in the URL (a GET form, so the queue works without
// JavaScript and every view can be bookmarked): parsing with safe defaults, and back to a query string.
export const QUEUE_KINDS = ['comment', 'reply', 'pin', 'card', 'offline'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

/**
 * 'review' (default): everything waiting for moderation – pending, published without review, reported,
 * or a pin whose photo waits. 'unreviewed': published without review (post-moderation).
 */
export const QUEUE_STATES = [
	'review',
	'pending',
	'unreviewed',
	'published',
	'rejected',
	'withdrawn',
	'all'
] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export interface QueueFilter {
	processId: string;
	state: QueueState;
	kind: QueueKind | null;
	phaseId: string | null;
	moduleId: string | null;
	chapterId: string | null;
	districtId: string | null;
	categoryId: string | null;
	tagId: string | null;
	/** 'me', 'none' or a user id. */
	assignee: string | null;
	/** 'none': not in any package; or a package id. */
	packageId: string | null;
	reported: boolean;
	/** Keyset cursor "<created_at ms>_<id>" of the last item of the previous page. */
	cursor: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const uuid = (v: string | null) => (v && UUID.test(v) ? v : null);

/** URL parameter names (German, as the rest of the site's URLs). */
export const PARAM = {
	processId: 'verfahren',
	state: 'status',
	kind: 'art',
	phaseId: 'phase',
	moduleId: 'modul',
	chapterId: 'kapitel',
	districtId: 'quartier',
	categoryId: 'kategorie',
	tagId: 'schlagwort',
	assignee: 'zustaendig',
	packageId: 'paket',
	reported: 'gemeldet',
	cursor: 'nach'
} as const;

export function parseCursor(v: string | null): { at: number; id: string } | null {
	const m = v ? /^(\d{1,15})_([0-9a-f-]{36})$/.exec(v) : null;
	return m && UUID.test(m[2]) ? { at: Number(m[1]), id: m[2] } : null;
}

/** Reads the filters; anything malformed is ignored (falls back to the default), never an error. */
export function parseQueueFilter(params: URLSearchParams, defaultProcessId: string): QueueFilter {
	const get = (k: keyof typeof PARAM) => params.get(PARAM[k]);
	const state = get('state');
	const kind = get('kind');
	const assignee = get('assignee');
	const pkg = get('packageId');
	const cursor = get('cursor');
	return {
		processId: uuid(get('processId')) ?? defaultProcessId,
		state: (QUEUE_STATES as readonly string[]).includes(state ?? '') ? (state as QueueState) : 'review',
		kind: (QUEUE_KINDS as readonly string[]).includes(kind ?? '') ? (kind as QueueKind) : null,
		phaseId: uuid(get('phaseId')),
		moduleId: uuid(get('moduleId')),
		chapterId: uuid(get('chapterId')),
		districtId: uuid(get('districtId')),
		categoryId: uuid(get('categoryId')),
		tagId: uuid(get('tagId')),
		assignee: assignee === 'me' || assignee === 'none' ? assignee : uuid(assignee),
		packageId: pkg === 'none' ? 'none' : uuid(pkg),
		reported: get('reported') === '1',
		cursor: parseCursor(cursor) ? cursor : null
	};
}

/** The query string of a filter (defaults left out), e.g. for pagination and backlog links. */
export function filterQuery(f: Partial<QueueFilter>, overrides: Partial<QueueFilter> = {}): string {
	const all = { ...f, ...overrides };
	const q = new URLSearchParams();
	for (const key of Object.keys(PARAM) as (keyof typeof PARAM)[]) {
		const v = all[key];
		if (v === null || v === undefined || v === false || (key === 'state' && v === 'review')) continue;
		q.set(PARAM[key], v === true ? '1' : String(v));
	}
	const s = q.toString();
	return s ? `?${s}` : '';
}

/** The moderator's last queue view (filters and page), so links back to the queue return to it. */
export const QUEUE_VIEW_COOKIE = 'queue_view';

/** `/moderation` with the remembered view, every parameter checked again; plain `/moderation` if none. */
export function queueHrefFrom(raw: string | undefined): string {
	if (!raw || raw.length > 2000) return '/moderation';
	const params = new URLSearchParams(raw);
	const f = parseQueueFilter(params, '');
	return `/moderation${filterQuery({ ...f, processId: f.processId || null } as Partial<QueueFilter>)}`;
}
