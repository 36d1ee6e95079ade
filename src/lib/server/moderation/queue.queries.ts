// The review queue: one list for every kind of input (comments, replies, pins with their photos,
// workshop cards, offline input), per process, filtered and paged by keyset (created_at desc, id desc –
// never OFFSET). Built to stay fast at 100,000 items:
//
// - Each state the filter asks for is one branch that walks an index in created_at order and stops
//   after a page (process_queue_idx, process_kind_idx, district/category/assignee/package indexes, the
//   partial reported index, photos_state_idx); several branches (the default "needs review", or "all")
//   are merged with UNION and cut to one page, so no branch ever sorts the whole process.
// - The page's ids are then hydrated in two queries (one join for authors, chapters, districts,
//   categories, photos, assignees and packages; one for tags), so the page runs a fixed number of
//   queries whatever its size.
// - Statements are compiled once per filter shape (the connection keeps them, db/index.ts); the backlog counts and the filter options are kept
//   for a few seconds (and dropped on every change made through the moderation services).
// EXPLAIN QUERY PLAN for every filter is checked in tests/integration/review-queue.test.ts.
import type { DB } from '../db';
import { cached, dropQueueCounts } from './queue-cache';
import { hydrate, type QueueItem } from './queue-items.queries';
import { parseCursor, type QueueFilter, type QueueState } from './queue-filter';

export const QUEUE_PAGE_SIZE = 25;

type Term = { sql: string; params: unknown[] };

/**
 * Which index walks a branch: the most selective filter the user set. The other filter columns are
 * written as `+c.col`, which keeps SQLite from using them as index terms, so the planner follows.
 */
type Driver =
	'tag' | 'package' | 'reported' | 'assignee' | 'chapter' | 'district' | 'category' | 'kind' | 'process';

const DRIVER_COLUMNS: Record<Driver, string[]> = {
	tag: [],
	package: ['package_id'],
	reported: ['process_id'],
	assignee: ['assignee_id', 'state'],
	chapter: ['chapter_id', 'state', 'depth'],
	district: ['district_id', 'state'],
	category: ['category_id', 'state'],
	kind: ['process_id', 'kind', 'state'],
	process: ['process_id', 'state']
};

interface Hints {
	/** Ids of the published-but-unreviewed items when they are few (cached), else null. */
	unreviewed: string[] | null;
	/** The tag is on many items: walk another index and test the tag per row instead. */
	tagDense: boolean;
}

function driverOf(f: QueueFilter, hints: Hints): Driver {
	if (f.tagId && !hints.tagDense) return 'tag';
	if (f.packageId && f.packageId !== 'none') return 'package';
	if (f.reported) return 'reported';
	if (f.assignee && f.assignee !== 'none') return 'assignee';
	if (f.chapterId) return 'chapter';
	if (f.districtId) return 'district';
	if (f.categoryId) return 'category';
	if (f.kind) return 'kind';
	return 'process';
}

/** Drivers whose index has no state column: one branch, with the state as a plain condition. */
const STATELESS: Driver[] = ['tag', 'package', 'reported'];

const PHOTO_PENDING =
	"exists (select 1 from photos ph where ph.contribution_id = c.id and ph.state = 'pending')";

/** The state condition of a filter as one expression (for drivers without a state column). */
function stateCondition(state: QueueState, col: (n: string) => string): string | null {
	switch (state) {
		case 'review':
			return `(${col('state')} = 'pending' or (${col('state')} = 'published' and c.reviewed_at is null) or c.open_reports > 0 or ${PHOTO_PENDING})`;
		case 'unreviewed':
			return `(${col('state')} = 'published' and c.reviewed_at is null)`;
		case 'all':
			return null;
		default:
			return `${col('state')} = '${state}'`;
	}
}

interface Branch {
	from: string;
	/** Columns this branch may use as index terms. */
	index: string[];
	terms: (col: (n: string) => string) => string[];
	params?: unknown[];
}

/** The terms every branch shares: process and all filters except the state. */
function commonTerms(f: QueueFilter, userId: string, col: (n: string) => string, hints: Hints): Term[] {
	const t: Term[] = [{ sql: `${col('process_id')} = ?`, params: [f.processId] }];
	if (f.kind === 'comment') t.push({ sql: `${col('kind')} = 'comment' and ${col('depth')} = 0`, params: [] });
	else if (f.kind === 'reply')
		t.push({ sql: `${col('kind')} = 'comment' and ${col('depth')} > 0`, params: [] });
	else if (f.kind) t.push({ sql: `${col('kind')} = '${f.kind}'`, params: [] });
	if (f.phaseId) t.push({ sql: 'c.phase_id = ?', params: [f.phaseId] });
	if (f.moduleId) t.push({ sql: '+c.module_id = ?', params: [f.moduleId] });
	if (f.chapterId) t.push({ sql: `${col('chapter_id')} = ?`, params: [f.chapterId] });
	if (f.districtId) t.push({ sql: `${col('district_id')} = ?`, params: [f.districtId] });
	if (f.categoryId) t.push({ sql: `${col('category_id')} = ?`, params: [f.categoryId] });
	if (f.tagId && !hints.tagDense) t.push({ sql: 'ct.tag_id = ?', params: [f.tagId] });
	else if (f.tagId)
		t.push({
			sql: 'exists (select 1 from contribution_tags t2 where t2.contribution_id = c.id and t2.tag_id = ?)',
			params: [f.tagId]
		});
	if (f.assignee === 'none') t.push({ sql: `${col('assignee_id')} is null`, params: [] });
	else if (f.assignee)
		t.push({ sql: `${col('assignee_id')} = ?`, params: [f.assignee === 'me' ? userId : f.assignee] });
	if (f.packageId === 'none') t.push({ sql: `${col('package_id')} is null`, params: [] });
	else if (f.packageId) t.push({ sql: `${col('package_id')} = ?`, params: [f.packageId] });
	if (f.reported) t.push({ sql: 'c.open_reports > 0', params: [] });
	const cur = parseCursor(f.cursor);
	if (cur) t.push({ sql: '(c.created_at, c.id) < (?, ?)', params: [cur.at, cur.id] });
	return t;
}

/** Depths a chapter branch walks (chapter_new_idx has depth before created_at). */
function depthsFor(f: QueueFilter): number[] {
	if (f.kind === 'reply') return [1, 2];
	if (f.kind) return [0];
	return [0, 1, 2];
}

/** The branches of a filter: one per state (or condition), each walking one index in order. */
function branchesOf(f: QueueFilter, hints: Hints): Branch[] {
	const unreviewed = hints.unreviewed;
	const driver = driverOf(f, hints);
	const index = DRIVER_COLUMNS[driver];
	const from =
		driver === 'tag'
			? 'contribution_tags ct cross join contributions c on c.id = ct.contribution_id'
			: 'contributions c';
	if (STATELESS.includes(driver)) {
		return [{ from, index, terms: (col) => [stateCondition(f.state, col)].filter((x): x is string => !!x) }];
	}
	const plain = (s: string): Branch => ({ from, index, terms: (col) => [`${col('state')} = '${s}'`] });
	const unreviewedBranch: Branch = unreviewed
		? {
				// Few items await review after post-moderation: their ids come from a cached list.
				from,
				index: [],
				terms: (col) => [
					`c.id in (select value from json_each(?))`,
					`${col('state')} = 'published'`,
					'c.reviewed_at is null'
				],
				params: [JSON.stringify(unreviewed)]
			}
		: { from, index, terms: (col) => [`${col('state')} = 'published'`, 'c.reviewed_at is null'] };
	let branches: Branch[];
	switch (f.state) {
		case 'review':
			branches = [
				plain('pending'),
				unreviewedBranch,
				// Reported: the partial index contributions_reported_idx (process_id, created_at, id).
				{ from, index: ['process_id'], terms: () => ['c.open_reports > 0'] },
				// Photos waiting: few, so they drive (photos_state_idx) and are sorted afterwards.
				{
					from: `photos ph cross join ${from} on c.id = ph.contribution_id`,
					index: [],
					terms: () => ["ph.state = 'pending'"]
				}
			];
			break;
		case 'unreviewed':
			branches = [unreviewedBranch];
			break;
		case 'all':
			branches = (['pending', 'published', 'rejected', 'withdrawn'] as const).map(plain);
			break;
		default:
			branches = [plain(f.state)];
	}
	if (driver !== 'chapter') return branches;
	// Chapter: one branch per depth as well, so each walks chapter_new_idx in created_at order.
	return branches.flatMap((b) =>
		b.index.includes('depth')
			? depthsFor(f).map((d) => ({
					...b,
					terms: (col: (n: string) => string) => [...b.terms(col), `c.depth = ${d}`]
				}))
			: [b]
	);
}

/** The SQL and parameters of one page of ids (limit + 1 rows, to know whether there is a next page). */
export function queueSql(
	f: QueueFilter,
	userId: string,
	limit = QUEUE_PAGE_SIZE,
	hints: Hints = { unreviewed: null, tagDense: false }
): Term {
	const branches = branchesOf(f, hints).map((b) => {
		const col = (n: string) => (b.index.includes(n) ? `c.${n}` : `+c.${n}`);
		const common = commonTerms(f, userId, col, hints);
		const where = [...b.terms(col), ...common.map((t) => t.sql)].join(' and ');
		return {
			sql: `select c.id as id, c.created_at as created_at from ${b.from} where ${where} order by c.created_at desc, c.id desc limit ?`,
			params: [...(b.params ?? []), ...common.flatMap((t) => t.params), limit + 1]
		};
	});
	if (branches.length === 1) return branches[0];
	return {
		sql: `select id, created_at from (${branches
			.map((b) => `select * from (${b.sql})`)
			.join(' union ')}) order by created_at desc, id desc limit ?`,
		params: [...branches.flatMap((b) => b.params), limit + 1]
	};
}

/** Up to this many unreviewed items are listed from a cached id list instead of walking the index. */
const UNREVIEWED_LIST_MAX = 2000;
/** A tag on more items than this is tested per row while another index is walked. */
const TAG_DRIVE_MAX = 1000;

/**
 * Published items without review are few in most processes: their ids come from the partial index
 * contributions_unreviewed_idx and are kept briefly, so the page only sorts them. When there are
 * many, they are dense enough to be found by walking the filter's own index.
 */
function unreviewedIds(db: DB, processId: string): string[] | null {
	return cached(`unreviewed:${processId}`, () => {
		const rows = db.$client
			.prepare(
				`select id from contributions indexed by contributions_unreviewed_idx
			where process_id = ? and state = 'published' and reviewed_at is null limit ${UNREVIEWED_LIST_MAX + 1}`
			)
			.all(processId) as { id: string }[];
		return rows.length > UNREVIEWED_LIST_MAX ? null : rows.map((r) => r.id);
	});
}

function tagCount(db: DB, tagId: string): number {
	return cached(
		`tag:${tagId}`,
		() =>
			(
				db.$client.prepare('select count(*) as n from contribution_tags where tag_id = ?').get(tagId) as {
					n: number;
				}
			).n
	);
}

export function queueHints(db: DB, f: QueueFilter): Hints {
	return {
		unreviewed: f.state === 'review' || f.state === 'unreviewed' ? unreviewedIds(db, f.processId) : null,
		tagDense: f.tagId ? tagCount(db, f.tagId) > TAG_DRIVE_MAX : false
	};
}

/** One page of the queue and the cursor of the next page (null on the last page). */
export function queuePage(db: DB, f: QueueFilter, userId: string, limit = QUEUE_PAGE_SIZE) {
	const q = queueSql(f, userId, limit, queueHints(db, f));
	const rows = db.$client.prepare(q.sql).all(...q.params) as { id: string; created_at: number }[];
	const page = rows.slice(0, limit);
	const last = page.at(-1);
	return {
		items: hydrate(
			db,
			page.map((r) => r.id)
		),
		nextCursor: rows.length > limit && last ? `${last.created_at}_${last.id}` : null
	};
}

export interface QueueCounts {
	review: number;
	pending: number;
	unreviewed: number;
	published: number;
	rejected: number;
	withdrawn: number;
	reported: number;
	photos: number;
	all: number;
}

/** Items per state, from the trigger-kept table queue_counts (migration 0005): a few rows, no count. */
const COUNTS_BY_STATE = `select state, n from queue_counts where process_id = ?`;
/** Published items without review, from their partial index. */
const COUNT_UNREVIEWED = `select count(*) as n from contributions indexed by contributions_unreviewed_idx
where process_id = ? and state = 'published' and reviewed_at is null`;
/**
 * Reported items and pending photos (both small sets, from their own indexes), and how many of them
 * are not pending or unreviewed already – so "needs review" is a sum, not a union of large sets.
 */
const COUNT_EXTRA = `select
	(select count(*) from contributions where process_id = :pid and open_reports > 0) as reported,
	(select count(*) from contributions where process_id = :pid and open_reports > 0
		and +state <> 'pending' and not (+state = 'published' and reviewed_at is null)) as reportedExtra,
	(select count(*) from photos ph cross join contributions c on c.id = ph.contribution_id
		where ph.state = 'pending' and c.process_id = :pid) as photos,
	(select count(*) from photos ph cross join contributions c on c.id = ph.contribution_id
		where ph.state = 'pending' and c.process_id = :pid and c.open_reports = 0
		and c.state <> 'pending' and not (c.state = 'published' and c.reviewed_at is null)) as photosExtra`;

/**
 * The backlog of a process (kept for a few seconds): items per state, how many wait for review and
 * why. Every part reads an index of a small set or the counts table, so it costs the same at any size.
 */
export function queueCounts(db: DB, processId: string): QueueCounts {
	return cached(`counts:${processId}`, () => {
		const rows = db.$client.prepare(COUNTS_BY_STATE).all(processId) as { state: string; n: number }[];
		const list = unreviewedIds(db, processId);
		const unreviewed =
			list?.length ?? (db.$client.prepare(COUNT_UNREVIEWED).get(processId) as { n: number }).n;
		const extra = db.$client.prepare(COUNT_EXTRA).get({ pid: processId }) as {
			reported: number;
			reportedExtra: number;
			photos: number;
			photosExtra: number;
		};
		const n = (s: string) => rows.find((r) => r.state === s)?.n ?? 0;
		return {
			review: n('pending') + unreviewed + extra.reportedExtra + extra.photosExtra,
			pending: n('pending'),
			unreviewed,
			published: n('published'),
			rejected: n('rejected'),
			withdrawn: n('withdrawn'),
			reported: extra.reported,
			photos: extra.photos,
			all: rows.reduce((a, r) => a + r.n, 0)
		};
	});
}

/** EXPLAIN QUERY PLAN of a page query (tests and the bench check that no branch scans the table). */
export function queuePlan(db: DB, f: QueueFilter, userId: string): string[] {
	const q = queueSql(f, userId, QUEUE_PAGE_SIZE, queueHints(db, f));
	return (db.$client.prepare(`explain query plan ${q.sql}`).all(...q.params) as { detail: string }[]).map(
		(r) => r.detail
	);
}

export { hydrate, dropQueueCounts };
export type { QueueItem };
