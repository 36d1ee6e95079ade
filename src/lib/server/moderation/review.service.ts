// Moderation decisions on any contribution – approve and reject (with a Netiquette reason) – for one
// item or many at once. The conflict rule: a decision is taken on what the moderator saw. An item
// "needs a decision" while it is pending, published without review, reported or hidden; a decision on
// anything else (reversing a rejection, rejecting an item reviewed earlier) needs the version the
// moderator saw (`seen`, its updated_at in ms), and every decision moves updated_at on. So when two
// moderators approve and reject the same item at once, the first wins and the second is refused with
// 'conflict' ("inzwischen von einer anderen Person bearbeitet"), whatever the order.
//
// A decision resolves the item's open reports (approve: stays public and is shown again; reject: it is
// rejected). Approving makes pre-moderated items public; rejecting a published comment hides its
// replies from the public too (see visibility.ts). The author is told by mail (outbox), except when
// she decided on her own post.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DB, Tx } from '../db';
import { contributions, reports } from '../db/schema';
import { audit } from '../audit';
import { contributionsChanged } from '../events';
import { queueNotification } from './notifications';
import { REJECTION_REASONS, splitRejection, type RejectionReason } from './netiquette';
import { syncPublicIndex } from './visibility';
import { dropQueueCounts } from './queue-cache';

export type Result<T = object> = ({ ok: true } & T) | { ok: false; reason: string };

type Row = typeof contributions.$inferSelect;

export type Decision = { kind: 'approve' } | { kind: 'reject'; reason: RejectionReason; note: string };
/** `already`: nobody changed the item since the moderator saw it, and it is decided that way already. */
export type Outcome = 'done' | 'conflict' | 'already' | 'not_found';

export interface DecisionTarget {
	id: string;
	/** The updated_at (ms) of the version the moderator decided on, if the form sent it. */
	seen?: number;
}

/** Pending, published without review, reported or hidden: in the queue, waiting for a decision. */
export function needsDecision(c: Pick<Row, 'state' | 'reviewedAt' | 'openReports' | 'hidden'>): boolean {
	return (
		c.state === 'pending' || (c.state === 'published' && (!c.reviewedAt || c.openReports > 0 || c.hidden))
	);
}

function resolveReports(tx: Tx, id: string, moderatorId: string, now: Date) {
	tx.update(reports)
		.set({ resolvedAt: now, resolvedBy: moderatorId })
		.where(and(eq(reports.contributionId, id), isNull(reports.resolvedAt)))
		.run();
}

/** updated_at after a decision: strictly later than before, so a stale `seen` never matches again. */
const bump = (c: Row, now: Date) => new Date(Math.max(now.getTime(), c.updatedAt.getTime() + 1));

function snapshot(c: Row) {
	return {
		state: c.state,
		reviewed: !!c.reviewedAt,
		hidden: c.hidden,
		openReports: c.openReports,
		rejectionReason: c.rejectionReason
	};
}

/** Applies one decision inside a transaction; returns whether what the public sees may have changed. */
function decideIn(
	tx: Tx,
	moderatorId: string,
	target: DecisionTarget,
	decision: Decision,
	now: Date
): { outcome: Outcome; row?: Row; publicChanged?: boolean } {
	const c = tx.select().from(contributions).where(eq(contributions.id, target.id)).get();
	if (!c) return { outcome: 'not_found' };
	const seenOk = target.seen !== undefined && c.updatedAt.getTime() === target.seen;
	if (target.seen !== undefined && !seenOk) return { outcome: 'conflict', row: c };
	const wasPublic = c.state === 'published' && !c.hidden;
	const updatedAt = bump(c, now);
	const guard = and(eq(contributions.id, c.id), eq(contributions.updatedAt, c.updatedAt));

	if (decision.kind === 'approve') {
		if (!needsDecision(c) && !(seenOk && c.state === 'rejected'))
			return { outcome: seenOk ? 'already' : 'conflict', row: c };
		const res = tx
			.update(contributions)
			.set({
				state: 'published',
				publishedAt: c.publishedAt ?? now,
				reviewedAt: now,
				reviewedBy: moderatorId,
				rejectionReason: null,
				hidden: false,
				openReports: 0,
				updatedAt
			})
			.where(guard)
			.run();
		if (res.changes !== 1) return { outcome: 'conflict', row: c };
		resolveReports(tx, c.id, moderatorId, now);
		const becamePublished = c.state !== 'published';
		if (becamePublished && c.parentId)
			tx.update(contributions)
				.set({ replyCount: sql`${contributions.replyCount} + 1` })
				.where(eq(contributions.id, c.parentId))
				.run();
		if (becamePublished || c.hidden) syncPublicIndex(tx, c.id);
		audit(tx, {
			actorId: moderatorId,
			action: 'contribution.approved',
			entityType: 'contribution',
			entityId: c.id,
			before: snapshot(c),
			after: { state: 'published', reviewed: true, hidden: false, openReports: 0 }
		});
		if (becamePublished && c.authorId !== moderatorId)
			queueNotification(tx, { userId: c.authorId, contributionId: c.id, event: 'approved' });
		return { outcome: 'done', row: c, publicChanged: becamePublished || c.hidden };
	}

	if (!needsDecision(c) && !(seenOk && c.state === 'published'))
		return { outcome: seenOk ? 'already' : 'conflict', row: c };
	const note = decision.note.trim().slice(0, 1000);
	const res = tx
		.update(contributions)
		.set({
			state: 'rejected',
			rejectionReason: note ? `${decision.reason}: ${note}` : decision.reason,
			reviewedAt: now,
			reviewedBy: moderatorId,
			hidden: false,
			openReports: 0,
			updatedAt
		})
		.where(guard)
		.run();
	if (res.changes !== 1) return { outcome: 'conflict', row: c };
	resolveReports(tx, c.id, moderatorId, now);
	if (c.state === 'published') {
		if (c.parentId)
			tx.update(contributions)
				.set({ replyCount: sql`max(${contributions.replyCount} - 1, 0)` })
				.where(eq(contributions.id, c.parentId))
				.run();
		syncPublicIndex(tx, c.id);
	}
	audit(tx, {
		actorId: moderatorId,
		action: 'contribution.rejected',
		entityType: 'contribution',
		entityId: c.id,
		before: snapshot(c),
		after: { state: 'rejected', reason: decision.reason, note }
	});
	if (c.authorId !== moderatorId)
		queueNotification(tx, { userId: c.authorId, contributionId: c.id, event: 'rejected' });
	return { outcome: 'done', row: c, publicChanged: wasPublic };
}

export interface BulkResult {
	results: { id: string; outcome: Outcome }[];
	done: number;
	conflicts: number;
	/** Already decided that way, unchanged since the moderator saw them. */
	already: number;
	missing: number;
}

/**
 * One decision for many items, in one transaction. Items that were decided meanwhile (or changed by
 * their author) are left as they are and counted as conflicts ("18 freigegeben, 2 bereits bearbeitet").
 */
export function decideMany(
	db: DB,
	moderatorId: string,
	targets: DecisionTarget[],
	decision: Decision,
	now = new Date()
): Result<BulkResult> {
	if (decision.kind === 'reject' && !REJECTION_REASONS.includes(decision.reason))
		return { ok: false, reason: 'reason_required' };
	const unique = [...new Map(targets.map((t) => [t.id, t])).values()];
	const changedModules = new Set<string | null>();
	const results = db.transaction((tx) =>
		unique.map((t) => {
			const r = decideIn(tx, moderatorId, t, decision, now);
			if (r.publicChanged) changedModules.add(r.row?.moduleId ?? null);
			return { id: t.id, outcome: r.outcome };
		})
	);
	dropQueueCounts();
	for (const m of changedModules) contributionsChanged(m);
	return {
		ok: true,
		results,
		done: results.filter((r) => r.outcome === 'done').length,
		conflicts: results.filter((r) => r.outcome === 'conflict').length,
		already: results.filter((r) => r.outcome === 'already').length,
		missing: results.filter((r) => r.outcome === 'not_found').length
	};
}

function single(r: Result<BulkResult>): Result {
	if (!r.ok) return r;
	const o = r.results[0]?.outcome ?? 'not_found';
	return o === 'done' ? { ok: true } : { ok: false, reason: o };
}

/** Pre-moderated: pending → published. Post-moderated (already public): marks it reviewed. */
export function approve(db: DB, moderatorId: string, id: string, now = new Date(), seen?: number): Result {
	return single(decideMany(db, moderatorId, [{ id, seen }], { kind: 'approve' }, now));
}

export function reject(
	db: DB,
	moderatorId: string,
	id: string,
	reason: RejectionReason,
	note = '',
	now = new Date(),
	seen?: number
): Result {
	return single(decideMany(db, moderatorId, [{ id, seen }], { kind: 'reject', reason, note }, now));
}

export { splitRejection };

/** Contributions by id (for services that act on a selection). */
export function rowsByIds(db: DB | Tx, ids: string[]) {
	return ids.length ? db.select().from(contributions).where(inArray(contributions.id, ids)).all() : [];
}
