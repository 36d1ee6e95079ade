// Everything the item page of the review queue shows about one contribution: the queue row, its
// context (chapter and paragraph text, the parent of a reply, district, category and photo of a pin),
// duplicates, open reports with reasons, and its history from the audit log.
import { and, asc, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { DB } from '../db';
import { auditLog, contributions, paragraphs, photos, reports, users } from '../db/schema';
import { hydrate, type QueueItem } from './queue-items.queries';

export interface ItemDetail {
	item: QueueItem;
	paragraphText: string | null;
	parent: QueueItem | null;
	duplicateOf: QueueItem | null;
	duplicates: QueueItem[];
	photo: { id: string; alt: string; state: string; width: number; height: number } | null;
	lat: number | null;
	lon: number | null;
	openReports: { id: string; reason: string; note: string; createdAt: Date }[];
	history: {
		id: number;
		action: string;
		actorName: string | null;
		actorDeleted: boolean;
		createdAt: Date;
		before: unknown;
		after: unknown;
	}[];
}

export function itemDetail(db: DB, id: string): ItemDetail | null {
	const [item] = hydrate(db, [id]);
	if (!item) return null;
	const row = db
		.select({
			lat: contributions.lat,
			lon: contributions.lon,
			anchor: contributions.anchor,
			chapterId: contributions.chapterId
		})
		.from(contributions)
		.where(eq(contributions.id, id))
		.get()!;
	const paragraph =
		row.chapterId && row.anchor
			? db
					.select({ text: paragraphs.text })
					.from(paragraphs)
					.where(and(eq(paragraphs.chapterId, row.chapterId), eq(paragraphs.anchor, row.anchor)))
					.get()
			: undefined;
	const dupIds = db
		.select({ id: contributions.id })
		.from(contributions)
		.where(eq(contributions.duplicateOfId, id))
		.orderBy(asc(contributions.createdAt))
		.limit(50)
		.all()
		.map((r) => r.id);
	const related = hydrate(
		db,
		[item.parentId, item.duplicateOfId, ...dupIds].filter((x): x is string => !!x)
	);
	const photo =
		db
			.select({
				id: photos.id,
				alt: photos.alt,
				state: photos.state,
				width: photos.width,
				height: photos.height
			})
			.from(photos)
			.where(eq(photos.contributionId, id))
			.get() ?? null;
	const openReports = db
		.select({ id: reports.id, reason: reports.reason, note: reports.note, createdAt: reports.createdAt })
		.from(reports)
		.where(and(eq(reports.contributionId, id), isNull(reports.resolvedAt)))
		.orderBy(asc(reports.createdAt))
		.all();
	const entity = or(
		and(eq(auditLog.entityType, 'contribution'), eq(auditLog.entityId, id)),
		...(photo ? [and(eq(auditLog.entityType, 'photo'), eq(auditLog.entityId, photo.id))] : [])
	);
	const history = db
		.select({
			id: auditLog.id,
			action: auditLog.action,
			actorId: auditLog.actorId,
			actorName: users.displayName,
			createdAt: auditLog.createdAt,
			before: auditLog.before,
			after: auditLog.after
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.actorId))
		.where(entity)
		.orderBy(desc(auditLog.createdAt), desc(auditLog.id))
		.limit(100)
		.all()
		.map(({ actorId, ...h }) => ({ ...h, actorDeleted: !actorId && h.action !== 'contribution.hidden' }));
	return {
		item,
		paragraphText: paragraph?.text ?? null,
		parent: related.find((r) => r.id === item.parentId) ?? null,
		duplicateOf: related.find((r) => r.id === item.duplicateOfId) ?? null,
		duplicates: related.filter((r) => dupIds.includes(r.id)),
		photo,
		lat: row.lat,
		lon: row.lon,
		openReports,
		history
	};
}

/** Ids that exist (for forms that name items by id, e.g. "duplicate of …"). */
export function existingIds(db: DB, ids: string[]): string[] {
	if (ids.length === 0) return [];
	return db
		.select({ id: contributions.id })
		.from(contributions)
		.where(inArray(contributions.id, ids))
		.all()
		.map((r) => r.id);
}
