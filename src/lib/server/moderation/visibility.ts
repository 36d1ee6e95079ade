// What the public may see of a contribution, and the bookkeeping when that changes.
//
// A contribution is public when it is published, not hidden (several open reports hide it until
// moderation decides) and – for replies – when every ancestor is public too. Rejecting or hiding a
// comment therefore hides its whole subtree from the public without touching the replies' own states:
// reversing the decision brings the thread back as it was. Threads are at most three levels deep, so
// "every ancestor" is the parent and the root.
import { eq, or, sql } from 'drizzle-orm';
import type { Conn } from '../db';
import { contributions } from '../db/schema';
import { indexText, removeFromIndex, type SearchKind } from '../search';

/** Open reports from different people that hide a contribution until moderation has looked at it. */
export const REPORT_HIDE_THRESHOLD = 3;

/**
 * Drizzle condition for public queries on `contributions` (unaliased): not hidden, and the parent and
 * root (if any) are published and not hidden. Combine with `state = 'published'`.
 */
export const publicAncestry = sql`${contributions.hidden} = 0
	and (${contributions.parentId} is null or exists (select 1 from contributions vp
		where vp.id = ${contributions.parentId} and vp.state = 'published' and vp.hidden = 0))
	and (${contributions.rootId} is null or exists (select 1 from contributions vr
		where vr.id = ${contributions.rootId} and vr.state = 'published' and vr.hidden = 0))`;

/** The search index kind of a contribution kind. */
export function searchKind(kind: 'comment' | 'pin' | 'card' | 'offline'): SearchKind {
	return kind;
}

interface Row {
	id: string;
	kind: 'comment' | 'pin' | 'card' | 'offline';
	processId: string;
	body: string;
	state: string;
	hidden: boolean;
	parentId: string | null;
	rootId: string | null;
}

const rowColumns = {
	id: contributions.id,
	kind: contributions.kind,
	processId: contributions.processId,
	body: contributions.body,
	state: contributions.state,
	hidden: contributions.hidden,
	parentId: contributions.parentId,
	rootId: contributions.rootId
};

function isPublic(r: Row, byId: Map<string, Row>): boolean {
	if (r.state !== 'published' || r.hidden) return false;
	for (const a of [r.parentId, r.rootId]) {
		if (!a) continue;
		const p = byId.get(a);
		if (!p || p.state !== 'published' || p.hidden) return false;
	}
	return true;
}

/**
 * Brings the search index in line with what is public for a contribution and its replies (after a
 * decision, a report that hid it, or a reversal). Call inside the transaction that changed it.
 */
export function syncPublicIndex(conn: Conn, id: string) {
	const rows = conn
		.select(rowColumns)
		.from(contributions)
		.where(or(eq(contributions.id, id), eq(contributions.rootId, id), eq(contributions.parentId, id)))
		.all() as Row[];
	const self = rows.find((r) => r.id === id);
	if (!self) return;
	// Ancestors of the item itself (for a reply): parent and root.
	const ancestorIds = [self.parentId, self.rootId].filter((x): x is string => !!x);
	const ancestors = ancestorIds.length
		? (conn
				.select(rowColumns)
				.from(contributions)
				.where(
					sql`${contributions.id} in (${sql.join(
						ancestorIds.map((a) => sql`${a}`),
						sql`, `
					)})`
				)
				.all() as Row[])
		: [];
	const byId = new Map([...rows, ...ancestors].map((r) => [r.id, r]));
	// Depth-2 replies of a depth-1 item have it as parent; a root's subtree shares its root id.
	for (const r of rows) {
		if (isPublic(r, byId)) indexText(conn, searchKind(r.kind), r.id, r.processId, r.body);
		else removeFromIndex(conn, searchKind(r.kind), r.id);
	}
}
