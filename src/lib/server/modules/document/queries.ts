// Reads for the document pages. Each page runs a fixed number of indexed queries (no N+1): comments
// come with their authors in one join, replies of a page of threads in one more query.
import { and, asc, desc, eq, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { prepared, type DB } from '../../db';
import {
	chapters,
	contributions,
	districts,
	documents,
	documentVersions,
	modules,
	organisations,
	paragraphs,
	processes,
	supports,
	users
} from '../../db/schema';
import { publicAncestry } from '../../moderation/visibility';
import { onContributionsChanged } from '../../events';

export const PAGE_SIZE = 20;

const documentModuleQuery = prepared((db) =>
	db
		.select({
			processId: processes.id,
			processSlug: processes.slug,
			processTitle: processes.title,
			processPublished: processes.published,
			moduleId: modules.id,
			moduleSlug: modules.slug,
			moduleTitle: modules.title,
			moduleDescription: modules.description,
			documentId: documents.id,
			documentTitle: documents.title
		})
		.from(modules)
		.innerJoin(processes, eq(processes.id, modules.processId))
		.innerJoin(documents, eq(documents.moduleId, modules.id))
		.where(
			and(
				eq(processes.slug, sql.placeholder('processSlug')),
				eq(modules.slug, sql.placeholder('moduleSlug')),
				eq(modules.type, 'document')
			)
		)
		.prepare()
);

export function documentModule(db: DB, processSlug: string, moduleSlug: string, includeUnpublished = false) {
	const row = documentModuleQuery(db).get({ processSlug, moduleSlug });
	if (!row || (!row.processPublished && !includeUnpublished)) return null;
	return row;
}

/** Readable versions: published and superseded (drafts only for admins, via the admin pages). */
const publicVersionsQuery = prepared((db) =>
	db
		.select()
		.from(documentVersions)
		.where(
			and(eq(documentVersions.documentId, sql.placeholder('documentId')), ne(documentVersions.state, 'draft'))
		)
		.orderBy(asc(documentVersions.number))
		.prepare()
);

export function publicVersions(db: DB, documentId: string) {
	return publicVersionsQuery(db).all({ documentId });
}

const tableOfContentsQuery = prepared((db) =>
	db
		.select({ id: chapters.id, key: chapters.key, number: chapters.number, title: chapters.title })
		.from(chapters)
		.where(eq(chapters.versionId, sql.placeholder('versionId')))
		.orderBy(asc(chapters.position))
		.prepare()
);

export function tableOfContents(db: DB, versionId: string) {
	return tableOfContentsQuery(db).all({ versionId });
}

const chapterByKeyQuery = prepared((db) =>
	db
		.select()
		.from(chapters)
		.where(
			and(eq(chapters.versionId, sql.placeholder('versionId')), eq(chapters.key, sql.placeholder('key')))
		)
		.prepare()
);

export function chapterByKey(db: DB, versionId: string, key: string) {
	return chapterByKeyQuery(db).get({ versionId, key }) ?? null;
}

const blocksOfChapterQuery = prepared((db) =>
	db
		.select({
			anchor: paragraphs.anchor,
			kind: paragraphs.kind,
			text: paragraphs.text,
			position: paragraphs.position
		})
		.from(paragraphs)
		.where(eq(paragraphs.chapterId, sql.placeholder('chapterId')))
		.orderBy(asc(paragraphs.position))
		.prepare()
);

export function blocksOfChapter(db: DB, chapterId: string) {
	return blocksOfChapterQuery(db).all({ chapterId });
}

/** The blocks of several chapters in one query, grouped by chapter id (in position order). */
export function blocksOfChapters(db: DB, chapterIds: string[]) {
	const out = new Map<
		string,
		{ anchor: string; kind: 'p' | 'li' | 'blockquote' | 'tr' | 'h'; text: string; position: number }[]
	>();
	if (chapterIds.length === 0) return out;
	const rows = db
		.select({
			chapterId: paragraphs.chapterId,
			anchor: paragraphs.anchor,
			kind: paragraphs.kind,
			text: paragraphs.text,
			position: paragraphs.position
		})
		.from(paragraphs)
		.where(inArray(paragraphs.chapterId, chapterIds))
		.orderBy(asc(paragraphs.chapterId), asc(paragraphs.position))
		.all();
	for (const { chapterId, ...b } of rows) out.set(chapterId, [...(out.get(chapterId) ?? []), b]);
	return out;
}

/** Published comments (all depths) per paragraph anchor; the key '' counts chapter-level comments. */
/**
 * Public comments per paragraph are read on every view of a chapter and cost ~1 ms on a chapter with
 * 1,000 comments: they are kept per chapter until a contribution changes (the services' change signal)
 * or for at most COUNTS_TTL_MS, whichever comes first.
 */
const COUNTS_TTL_MS = 5_000;
const countsKept = new Map<string, { db: DB; at: number; value: Record<string, number> }>();
onContributionsChanged(() => countsKept.clear());

export function commentCounts(db: DB, chapterId: string): Record<string, number> {
	const hit = countsKept.get(chapterId);
	if (hit && hit.db === db && Date.now() - hit.at < COUNTS_TTL_MS) return hit.value;
	const value = countCommentsOf(db, chapterId);
	if (countsKept.size >= 500) countsKept.clear();
	countsKept.set(chapterId, { db, at: Date.now(), value });
	return value;
}

function countCommentsOf(db: DB, chapterId: string): Record<string, number> {
	const rows = db
		.select({ anchor: contributions.anchor, n: sql<number>`count(*)` })
		.from(contributions)
		.where(
			and(
				eq(contributions.chapterId, chapterId),
				eq(contributions.state, 'published'),
				eq(contributions.kind, 'comment'),
				publicAncestry
			)
		)
		.groupBy(contributions.anchor)
		.all();
	return Object.fromEntries(rows.map((r) => [r.anchor ?? '', r.n]));
}

const commentColumns = {
	id: contributions.id,
	parentId: contributions.parentId,
	rootId: contributions.rootId,
	depth: contributions.depth,
	body: contributions.body,
	state: contributions.state,
	rejectionReason: contributions.rejectionReason,
	anchor: contributions.anchor,
	anchorState: contributions.anchorState,
	originalVersionId: contributions.originalVersionId,
	originalVersionNumber: sql<
		number | null
	>`(select number from document_versions v where v.id = ${contributions.originalVersionId})`,
	supportCount: contributions.supportCount,
	replyCount: contributions.replyCount,
	createdAt: contributions.createdAt,
	/** Hidden after several reports until moderation decides (its author still sees it). */
	hidden: contributions.hidden,
	authorId: contributions.authorId,
	authorName: users.displayName,
	organisationName: organisations.name,
	actorType: organisations.actorType
};

export type CommentRow = {
	id: string;
	parentId: string | null;
	rootId: string | null;
	depth: number;
	body: string;
	state: 'pending' | 'published' | 'rejected' | 'withdrawn';
	rejectionReason: string | null;
	anchor: string | null;
	anchorState: 'original' | 'carried' | 'unmatched' | 'manual' | null;
	originalVersionId: string | null;
	originalVersionNumber: number | null;
	supportCount: number;
	replyCount: number;
	createdAt: Date;
	hidden: boolean;
	authorId: string | null;
	authorName: string | null;
	organisationName: string | null;
	actorType: string | null;
};

export type Sort = 'new' | 'support';

export interface CommentQuery {
	chapterId: string;
	/** undefined: all; null: only comments on the chapter as a whole; string: one paragraph. */
	anchor?: string | null;
	sort: Sort;
	cursor?: string | null;
	limit?: number;
}

/** Parses "<number>_<id>" cursors; null for anything malformed. */
export function parseCursor(cursor: string | null | undefined): { n: number; id: string } | null {
	if (!cursor) return null;
	const m = /^(\d{1,15})_([0-9a-f-]{36})$/.exec(cursor);
	return m ? { n: Number(m[1]), id: m[2] } : null;
}

/** One page of published top-level comments with all their published replies. */
export function commentThreads(db: DB, q: CommentQuery) {
	const limit = q.limit ?? PAGE_SIZE;
	const cursor = parseCursor(q.cursor);
	const conds = [
		eq(contributions.chapterId, q.chapterId),
		eq(contributions.state, 'published'),
		eq(contributions.depth, 0),
		eq(contributions.kind, 'comment'),
		eq(contributions.hidden, false)
	];
	if (q.anchor === null) conds.push(isNull(contributions.anchor));
	else if (q.anchor !== undefined) conds.push(eq(contributions.anchor, q.anchor));
	if (cursor) {
		if (q.sort === 'support')
			conds.push(
				or(
					lt(contributions.supportCount, cursor.n),
					and(eq(contributions.supportCount, cursor.n), lt(contributions.id, cursor.id))
				)!
			);
		else
			conds.push(
				or(
					lt(contributions.createdAt, new Date(cursor.n)),
					and(eq(contributions.createdAt, new Date(cursor.n)), lt(contributions.id, cursor.id))
				)!
			);
	}
	const order =
		q.sort === 'support'
			? [desc(contributions.supportCount), desc(contributions.id)]
			: [desc(contributions.createdAt), desc(contributions.id)];
	const roots = db
		.select(commentColumns)
		.from(contributions)
		.leftJoin(users, eq(users.id, contributions.authorId))
		.leftJoin(organisations, eq(organisations.id, contributions.organisationId))
		.where(and(...conds))
		.orderBy(...order)
		.limit(limit + 1)
		.all() as CommentRow[];
	const hasMore = roots.length > limit;
	const page = roots.slice(0, limit);
	const last = page.at(-1);
	const nextCursor =
		hasMore && last
			? `${q.sort === 'support' ? last.supportCount : last.createdAt.getTime()}_${last.id}`
			: null;
	const replies = page.length
		? (db
				.select(commentColumns)
				.from(contributions)
				.leftJoin(users, eq(users.id, contributions.authorId))
				.leftJoin(organisations, eq(organisations.id, contributions.organisationId))
				.where(
					and(
						inArray(
							contributions.rootId,
							page.map((r) => r.id)
						),
						// Unary + keeps SQLite on the root_id index: with many published rows elsewhere it
						// would otherwise walk contributions_state_idx for the ORDER BY.
						sql`+${contributions.state} = 'published'`,
						publicAncestry
					)
				)
				.orderBy(asc(contributions.createdAt))
				.all() as CommentRow[])
		: [];
	return { comments: page, replies, nextCursor };
}

const parent = alias(contributions, 'parent');

/**
 * The viewer's own comments in this chapter that are not public (pending, rejected, hidden). A reply
 * names the start of the comment it answers while that is public (`replyTo`), since the reply is not
 * shown in its thread yet.
 */
const ownUnpublishedQuery = prepared((db) =>
	db
		.select({
			...commentColumns,
			replyTo: sql<
				string | null
			>`case when ${parent.state} = 'published' and ${parent.hidden} = 0 then substr(${parent.body}, 1, 120) end`
		})
		.from(contributions)
		.leftJoin(users, eq(users.id, contributions.authorId))
		.leftJoin(organisations, eq(organisations.id, contributions.organisationId))
		.leftJoin(parent, eq(parent.id, contributions.parentId))
		.where(
			and(
				eq(contributions.chapterId, sql.placeholder('chapterId')),
				eq(contributions.authorId, sql.placeholder('userId')),
				or(
					inArray(contributions.state, ['pending', 'rejected']),
					and(eq(contributions.state, 'published'), eq(contributions.hidden, true))
				)
			)
		)
		.orderBy(desc(contributions.createdAt))
		.prepare()
);

export function ownUnpublished(db: DB, userId: string, chapterId: string) {
	return ownUnpublishedQuery(db).all({ chapterId, userId }) as (CommentRow & { replyTo: string | null })[];
}

export function supportedBy(db: DB, userId: string, ids: string[]): string[] {
	if (ids.length === 0) return [];
	return db
		.select({ id: supports.contributionId })
		.from(supports)
		.where(and(eq(supports.userId, userId), inArray(supports.contributionId, ids)))
		.all()
		.map((r) => r.id);
}

/** A comment with where it was written and where it is now, for its own page. */
export function commentDetail(db: DB, id: string) {
	const c = db
		.select({
			...commentColumns,
			kind: contributions.kind,
			chapterId: contributions.chapterId,
			originalChapterId: contributions.originalChapterId,
			originalAnchor: contributions.originalAnchor,
			processId: contributions.processId,
			processPublished: processes.published,
			moduleId: contributions.moduleId,
			/** How it arrived (offline input has no author account; never select the sender here). */
			channel: contributions.channel,
			receivedAt: contributions.receivedAt,
			/** Published, not hidden, and its thread too: what everybody may see. */
			isPublic: sql<number>`(${contributions.state} = 'published' and ${publicAncestry})`
		})
		.from(contributions)
		.innerJoin(processes, eq(processes.id, contributions.processId))
		.leftJoin(users, eq(users.id, contributions.authorId))
		.leftJoin(organisations, eq(organisations.id, contributions.organisationId))
		.where(eq(contributions.id, id))
		.get();
	if (!c) return null;
	const where = (chapterId: string | null, anchor: string | null) => {
		if (!chapterId) return null;
		const ch = db
			.select({
				id: chapters.id,
				key: chapters.key,
				number: chapters.number,
				title: chapters.title,
				versionNumber: documentVersions.number,
				versionLabel: documentVersions.label,
				versionState: documentVersions.state
			})
			.from(chapters)
			.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
			.where(eq(chapters.id, chapterId))
			.get();
		if (!ch) return null;
		const p = anchor
			? db
					.select({ text: paragraphs.text, kind: paragraphs.kind })
					.from(paragraphs)
					.where(and(eq(paragraphs.chapterId, chapterId), eq(paragraphs.anchor, anchor)))
					.get()
			: undefined;
		return { ...ch, anchor, paragraphText: p?.text ?? null };
	};
	return {
		comment: c,
		original: where(c.originalChapterId, c.originalAnchor),
		current: where(c.chapterId, c.anchor)
	};
}

/** All of a person's contributions, newest first, for the account page. */
export function contributionsOf(db: DB, userId: string, limit = 200) {
	return db
		.select({
			id: contributions.id,
			kind: contributions.kind,
			body: contributions.body,
			state: contributions.state,
			rejectionReason: contributions.rejectionReason,
			createdAt: contributions.createdAt,
			parentId: contributions.parentId,
			chapterTitle: chapters.title,
			chapterNumber: chapters.number,
			districtName: districts.name
		})
		.from(contributions)
		.leftJoin(chapters, eq(chapters.id, contributions.chapterId))
		.leftJoin(districts, eq(districts.id, contributions.districtId))
		.where(eq(contributions.authorId, userId))
		.orderBy(desc(contributions.createdAt))
		.limit(limit)
		.all();
}

/** Process and module of a module id, for links and breadcrumbs. */
export function modulePlace(db: DB, moduleId: string) {
	return (
		db
			.select({
				processSlug: processes.slug,
				processTitle: processes.title,
				moduleSlug: modules.slug,
				moduleTitle: modules.title
			})
			.from(modules)
			.innerJoin(processes, eq(processes.id, modules.processId))
			.where(eq(modules.id, moduleId))
			.get() ?? null
	);
}

/** Comments moderation must look at: pending ones, and ones that lost their paragraph in a new version. */
export function moderationLists(db: DB, limit = 100) {
	const base = db
		.select({
			...commentColumns,
			chapterId: contributions.chapterId,
			chapterKey: chapters.key,
			chapterNumber: chapters.number,
			chapterTitle: chapters.title,
			moduleId: contributions.moduleId,
			updatedAt: contributions.updatedAt
		})
		.from(contributions)
		.leftJoin(users, eq(users.id, contributions.authorId))
		.leftJoin(organisations, eq(organisations.id, contributions.organisationId))
		.leftJoin(chapters, eq(chapters.id, contributions.chapterId));
	const pending = base
		.where(eq(contributions.state, 'pending'))
		.orderBy(asc(contributions.createdAt))
		.limit(limit)
		.all();
	const unmatched = db
		.select({
			...commentColumns,
			chapterId: contributions.chapterId,
			chapterKey: chapters.key,
			chapterNumber: chapters.number,
			chapterTitle: chapters.title,
			moduleId: contributions.moduleId
		})
		.from(contributions)
		.leftJoin(users, eq(users.id, contributions.authorId))
		.leftJoin(organisations, eq(organisations.id, contributions.organisationId))
		.leftJoin(chapters, eq(chapters.id, contributions.chapterId))
		.where(
			and(eq(contributions.anchorState, 'unmatched'), inArray(contributions.state, ['pending', 'published']))
		)
		.orderBy(asc(contributions.createdAt))
		.limit(limit)
		.all();
	const chapterIds = [...new Set(unmatched.map((u) => u.chapterId).filter((x): x is string => !!x))];
	const blocks = chapterIds.length
		? db
				.select({
					chapterId: paragraphs.chapterId,
					anchor: paragraphs.anchor,
					text: paragraphs.text,
					position: paragraphs.position
				})
				.from(paragraphs)
				.where(and(inArray(paragraphs.chapterId, chapterIds), ne(paragraphs.kind, 'h')))
				.orderBy(asc(paragraphs.position))
				.all()
		: [];
	return { pending, unmatched, blocks };
}
