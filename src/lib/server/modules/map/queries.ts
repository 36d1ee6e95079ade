// Reads for the map pages: the points behind the cluster index, the keyset-paginated pin list (newest or
// most supported, filtered by category, Stadtbezirk or district), a pin with its comments, counts per
// category of a district, and pending photos for the review queue. Each page runs a fixed number of
// indexed queries (no N+1). "Public" means published, not hidden.
import { and, asc, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Conn } from '../../db';
import {
	contributions,
	districts,
	organisations,
	photos,
	pinCategories,
	stadtbezirke,
	users
} from '../../db/schema';
import { publicAncestry } from '../../moderation/visibility';
import { parseCursor, SHORT_TEXT } from './input';

export const LIST_PAGE_SIZE = 20;

const isPublicPin = (moduleId: string) =>
	and(
		eq(contributions.moduleId, moduleId),
		eq(contributions.kind, 'pin'),
		eq(contributions.state, 'published'),
		eq(contributions.hidden, false)
	)!;

/** Every public pin of a module with what the cluster index and its filters need. */
export function publicPinPoints(conn: Conn, moduleId: string) {
	return conn
		.select({
			id: contributions.id,
			lat: contributions.lat,
			lon: contributions.lon,
			category: pinCategories.key,
			districtId: contributions.districtId,
			stadtbezirkId: districts.stadtbezirkId,
			text: sql<string>`substr(${contributions.body}, 1, ${SHORT_TEXT + 40})`
		})
		.from(contributions)
		.innerJoin(pinCategories, eq(pinCategories.id, contributions.categoryId))
		.innerJoin(districts, eq(districts.id, contributions.districtId))
		.where(isPublicPin(moduleId))
		.all();
}

export type Sort = 'new' | 'support';

export interface PinListQuery {
	processId: string;
	moduleId: string;
	categoryId?: string | null;
	/** Only these districts (a Stadtbezirk's, or one district). */
	districtIds?: string[] | null;
	sort: Sort;
	cursor?: string | null;
	limit?: number;
}

const listColumns = {
	id: contributions.id,
	excerpt: sql<string>`substr(${contributions.body}, 1, 320)`,
	lat: contributions.lat,
	lon: contributions.lon,
	supportCount: contributions.supportCount,
	replyCount: contributions.replyCount,
	createdAt: contributions.createdAt,
	categoryKey: pinCategories.key,
	categoryLabel: pinCategories.label,
	categoryLabelEn: pinCategories.labelEn,
	color: pinCategories.color,
	district: districts.name,
	districtSlug: districts.slug,
	stadtbezirk: stadtbezirke.name
};

/** One page of public pins, newest or most supported first, with the cursor of the next page. */
export function pinList(conn: Conn, q: PinListQuery) {
	const limit = q.limit ?? LIST_PAGE_SIZE;
	const cursor = parseCursor(q.cursor);
	const conds: SQL[] = [isPublicPin(q.moduleId), eq(contributions.processId, q.processId)];
	if (q.categoryId) conds.push(eq(contributions.categoryId, q.categoryId));
	if (q.districtIds)
		conds.push(inArray(contributions.districtId, q.districtIds.length ? q.districtIds : ['']));
	if (q.sort === 'support') {
		// Lets SQLite walk contributions_chapter_support_idx (pins have no chapter and depth 0).
		conds.push(isNull(contributions.chapterId), eq(contributions.depth, 0));
		if (cursor)
			conds.push(
				or(
					lt(contributions.supportCount, cursor.n),
					and(eq(contributions.supportCount, cursor.n), lt(contributions.id, cursor.id))
				)!
			);
	} else if (cursor) {
		const at = new Date(cursor.n);
		conds.push(
			or(
				lt(contributions.createdAt, at),
				and(eq(contributions.createdAt, at), lt(contributions.id, cursor.id))
			)!
		);
	}
	const order =
		q.sort === 'support'
			? [desc(contributions.supportCount), desc(contributions.id)]
			: [desc(contributions.createdAt), desc(contributions.id)];
	const rows = conn
		.select(listColumns)
		.from(contributions)
		.innerJoin(pinCategories, eq(pinCategories.id, contributions.categoryId))
		.innerJoin(districts, eq(districts.id, contributions.districtId))
		.innerJoin(stadtbezirke, eq(stadtbezirke.id, districts.stadtbezirkId))
		.where(and(...conds))
		.orderBy(...order)
		.limit(limit + 1)
		.all();
	const page = rows.slice(0, limit);
	const last = page.at(-1);
	const nextCursor =
		rows.length > limit && last
			? `${q.sort === 'support' ? last.supportCount : last.createdAt.getTime()}_${last.id}`
			: null;
	return { pins: page, nextCursor };
}

export type PinListItem = ReturnType<typeof pinList>['pins'][number];

/** The viewer's own pins of a module that are not public (pending or rejected). */
export function ownUnpublishedPins(conn: Conn, userId: string, moduleId: string) {
	return conn
		.select({ ...listColumns, state: contributions.state, rejectionReason: contributions.rejectionReason })
		.from(contributions)
		.innerJoin(pinCategories, eq(pinCategories.id, contributions.categoryId))
		.innerJoin(districts, eq(districts.id, contributions.districtId))
		.innerJoin(stadtbezirke, eq(stadtbezirke.id, districts.stadtbezirkId))
		.where(
			and(
				eq(contributions.authorId, userId),
				eq(contributions.moduleId, moduleId),
				eq(contributions.kind, 'pin'),
				inArray(contributions.state, ['pending', 'rejected'])
			)
		)
		.orderBy(desc(contributions.createdAt))
		.limit(50)
		.all();
}

/** A pin with category, district, author label and photo (any state: the page decides who sees it). */
export function pinDetail(conn: Conn, id: string) {
	return (
		conn
			.select({
				id: contributions.id,
				kind: contributions.kind,
				moduleId: contributions.moduleId,
				processId: contributions.processId,
				body: contributions.body,
				state: contributions.state,
				hidden: contributions.hidden,
				rejectionReason: contributions.rejectionReason,
				lat: contributions.lat,
				lon: contributions.lon,
				supportCount: contributions.supportCount,
				createdAt: contributions.createdAt,
				updatedAt: contributions.updatedAt,
				authorId: contributions.authorId,
				authorName: users.displayName,
				organisationName: organisations.name,
				actorType: organisations.actorType,
				categoryKey: pinCategories.key,
				categoryLabel: pinCategories.label,
				categoryLabelEn: pinCategories.labelEn,
				color: pinCategories.color,
				district: districts.name,
				districtSlug: districts.slug,
				approximate: districts.approximate,
				stadtbezirk: stadtbezirke.name,
				photoId: photos.id,
				photoState: photos.state,
				photoAlt: photos.alt,
				photoWidth: photos.width,
				photoHeight: photos.height
			})
			.from(contributions)
			.innerJoin(pinCategories, eq(pinCategories.id, contributions.categoryId))
			.innerJoin(districts, eq(districts.id, contributions.districtId))
			.innerJoin(stadtbezirke, eq(stadtbezirke.id, districts.stadtbezirkId))
			.leftJoin(users, eq(users.id, contributions.authorId))
			.leftJoin(organisations, eq(organisations.id, contributions.organisationId))
			.leftJoin(photos, eq(photos.contributionId, contributions.id))
			.where(and(eq(contributions.id, id), eq(contributions.kind, 'pin')))
			.get() ?? null
	);
}

const commentColumns = {
	id: contributions.id,
	parentId: contributions.parentId,
	depth: contributions.depth,
	body: contributions.body,
	state: contributions.state,
	rejectionReason: contributions.rejectionReason,
	anchorState: contributions.anchorState,
	originalVersionNumber: sql<number | null>`null`,
	supportCount: contributions.supportCount,
	createdAt: contributions.createdAt,
	authorId: contributions.authorId,
	authorName: users.displayName,
	organisationName: organisations.name,
	actorType: organisations.actorType
};

/** Public comments and replies on a pin, oldest first (a thread is read top-down). */
export function pinComments(conn: Conn, pinId: string, limit = 500) {
	return conn
		.select(commentColumns)
		.from(contributions)
		.leftJoin(users, eq(users.id, contributions.authorId))
		.leftJoin(organisations, eq(organisations.id, contributions.organisationId))
		.where(and(eq(contributions.rootId, pinId), eq(contributions.state, 'published'), publicAncestry))
		.orderBy(asc(contributions.createdAt))
		.limit(limit)
		.all();
}

/** The viewer's own comments on a pin that are not public yet (pending, rejected). */
export function ownPinComments(conn: Conn, userId: string, pinId: string) {
	return conn
		.select(commentColumns)
		.from(contributions)
		.leftJoin(users, eq(users.id, contributions.authorId))
		.leftJoin(organisations, eq(organisations.id, contributions.organisationId))
		.where(
			and(
				eq(contributions.rootId, pinId),
				eq(contributions.authorId, userId),
				inArray(contributions.state, ['pending', 'rejected'])
			)
		)
		.orderBy(desc(contributions.createdAt))
		.all();
}

/** Public pins per category in one district (one GROUP BY on contributions_district_idx). */
export function districtCategoryCounts(conn: Conn, moduleId: string, districtId: string) {
	return conn
		.select({ categoryId: contributions.categoryId, n: sql<number>`count(*)` })
		.from(contributions)
		.where(
			and(
				eq(contributions.districtId, districtId),
				eq(contributions.state, 'published'),
				isPublicPin(moduleId)
			)
		)
		.groupBy(contributions.categoryId)
		.all();
}

/** Photos waiting for a decision, oldest first, with their pin – for the review queue. */
export function pendingPhotos(conn: Conn, limit = 50) {
	return conn
		.select({
			photoId: photos.id,
			contributionId: photos.contributionId,
			alt: photos.alt,
			width: photos.width,
			height: photos.height,
			createdAt: photos.createdAt,
			pinState: contributions.state,
			pinBody: contributions.body,
			processId: contributions.processId
		})
		.from(photos)
		.innerJoin(contributions, eq(contributions.id, photos.contributionId))
		.where(eq(photos.state, 'pending'))
		.orderBy(asc(photos.createdAt))
		.limit(limit)
		.all();
}
