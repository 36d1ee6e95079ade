// Reads for topic packages: the list per process with item counts, one package with its items (as
// queue rows: author, chapter, district, tags …), and the choices for "add to package".
import { and, asc, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { DB } from '../db';
import { contributions, topicPackages, users } from '../db/schema';
import { hydrate, type QueueItem } from './queue-items.queries';

export interface PackageSummary {
	id: string;
	title: string;
	summary: string;
	state: 'draft' | 'forwarded' | 'recommended' | 'answered';
	createdAt: Date;
	updatedAt: Date;
	forwardedAt: Date | null;
	items: number;
}

export const PACKAGES_PAGE_SIZE = 50;

/** `<created_at ms>_<id>` of the last package shown, or null when the cursor is malformed. */
function parsePackageCursor(cursor: string | null | undefined): { at: Date; id: string } | null {
	const m = /^(\d{1,15})_([0-9a-f-]{36})$/.exec(cursor ?? '');
	return m ? { at: new Date(Number(m[1])), id: m[2] } : null;
}

/** One page of a process's packages, newest first (keyset), and the cursor of the next page. */
export function packagePage(
	db: DB,
	processId: string,
	cursor?: string | null,
	limit = PACKAGES_PAGE_SIZE
): { packages: PackageSummary[]; nextCursor: string | null } {
	const after = parsePackageCursor(cursor);
	const rows = packagesOf(db, processId, after, limit + 1);
	const page = rows.slice(0, limit);
	const last = page.at(-1);
	return {
		packages: page,
		nextCursor: rows.length > limit && last ? `${last.createdAt.getTime()}_${last.id}` : null
	};
}

/** Packages of a process, newest first, with their item counts (two queries). */
export function packagesOf(
	db: DB,
	processId: string,
	after: { at: Date; id: string } | null = null,
	limit = 10_000
): PackageSummary[] {
	const rows = db
		.select({
			id: topicPackages.id,
			title: topicPackages.title,
			summary: topicPackages.summary,
			state: topicPackages.state,
			createdAt: topicPackages.createdAt,
			updatedAt: topicPackages.updatedAt,
			forwardedAt: topicPackages.forwardedAt
		})
		.from(topicPackages)
		.where(
			and(
				eq(topicPackages.processId, processId),
				after
					? or(
							lt(topicPackages.createdAt, after.at),
							and(eq(topicPackages.createdAt, after.at), lt(topicPackages.id, after.id))
						)
					: undefined
			)
		)
		.orderBy(desc(topicPackages.createdAt), desc(topicPackages.id))
		.limit(limit)
		.all();
	const counts = itemCounts(
		db,
		rows.map((r) => r.id)
	);
	return rows.map((r) => ({ ...r, items: counts.get(r.id) ?? 0 }));
}

/** Items per package for some packages (contributions_package_idx). */
export function itemCounts(db: DB, packageIds: string[]): Map<string, number> {
	if (packageIds.length === 0) return new Map();
	return new Map(
		db
			.select({ id: contributions.packageId, n: sql<number>`count(*)` })
			.from(contributions)
			.where(inArray(contributions.packageId, packageIds))
			.groupBy(contributions.packageId)
			.all()
			.map((r) => [r.id!, r.n])
	);
}

/**
 * At most this many packages are offered in the queue's selects (every page embeds them twice); older
 * ones are reached from the package list, whose pages link to their items in the queue.
 */
export const PACKAGE_CHOICES = 100;

/** The packages items can be added to: the newest drafts and forwarded ones, by title. */
export function packageChoices(db: DB, processId: string) {
	return db
		.select({ id: topicPackages.id, title: topicPackages.title, state: topicPackages.state })
		.from(topicPackages)
		.where(and(eq(topicPackages.processId, processId), inArray(topicPackages.state, ['draft', 'forwarded'])))
		.orderBy(desc(topicPackages.createdAt))
		.limit(PACKAGE_CHOICES)
		.all()
		.sort((a, b) => a.title.localeCompare(b.title, 'de'));
}

export interface PackageDetail extends Omit<PackageSummary, 'items'> {
	processId: string;
	createdByName: string | null;
	items: QueueItem[];
}

/** One package with all its items (oldest first), or null. */
export function packageWithItems(db: DB, id: string): PackageDetail | null {
	const p = db
		.select({
			id: topicPackages.id,
			processId: topicPackages.processId,
			title: topicPackages.title,
			summary: topicPackages.summary,
			state: topicPackages.state,
			createdAt: topicPackages.createdAt,
			updatedAt: topicPackages.updatedAt,
			forwardedAt: topicPackages.forwardedAt,
			createdByName: users.displayName
		})
		.from(topicPackages)
		.leftJoin(users, eq(users.id, topicPackages.createdBy))
		.where(eq(topicPackages.id, id))
		.get();
	if (!p) return null;
	const ids = db
		.select({ id: contributions.id })
		.from(contributions)
		.where(eq(contributions.packageId, id))
		.orderBy(asc(contributions.createdAt), asc(contributions.id))
		.all()
		.map((r) => r.id);
	return { ...p, items: hydrate(db, ids) };
}
