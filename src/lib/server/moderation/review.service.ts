// Moderation decisions on any contribution: approve and reject (with a Netiquette reason). Each is one
// conditional update, so two moderators deciding at once end in one consistent state and the second
// is told. (The full review queue builds on these.)
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DB } from '../db';
import { contributions } from '../db/schema';
import { audit } from '../audit';
import { removeFromIndex } from '../search';
import { onPublished } from '../modules/document/comments.service';
import { REJECTION_REASONS, type RejectionReason } from './netiquette';

export type Result<T = object> = ({ ok: true } & T) | { ok: false; reason: string };

/** Pre-moderated: pending → published. Post-moderated (already public): marks it reviewed. */
/**
 * `seen` is the version of the text the moderator decided on (its updated_at in ms); when the author
 * changed it since, the decision is refused as a conflict.
 */
export function approve(db: DB, moderatorId: string, id: string, now = new Date(), seen?: number): Result {
	return db.transaction((tx) => {
		const c = tx.select().from(contributions).where(eq(contributions.id, id)).get();
		if (!c) return { ok: false as const, reason: 'not_found' };
		if (seen !== undefined && c.updatedAt.getTime() !== seen)
			return { ok: false as const, reason: 'conflict' };
		if (c.state === 'pending') {
			const res = tx
				.update(contributions)
				.set({
					state: 'published',
					publishedAt: now,
					reviewedAt: now,
					reviewedBy: moderatorId,
					updatedAt: now
				})
				.where(and(eq(contributions.id, id), eq(contributions.state, 'pending')))
				.run();
			if (res.changes !== 1) return { ok: false as const, reason: 'conflict' };
			onPublished(tx, id, c.parentId, c.processId, c.body);
		} else if (c.state === 'published' && !c.reviewedAt) {
			tx.update(contributions)
				.set({ reviewedAt: now, reviewedBy: moderatorId })
				.where(eq(contributions.id, id))
				.run();
		} else {
			return { ok: false as const, reason: 'conflict' };
		}
		audit(tx, {
			actorId: moderatorId,
			action: 'contribution.approved',
			entityType: 'contribution',
			entityId: id,
			before: { state: c.state },
			after: { state: 'published' }
		});
		return { ok: true as const };
	});
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
	if (!REJECTION_REASONS.includes(reason)) return { ok: false, reason: 'reason_required' };
	const text = note.trim().slice(0, 1000);
	return db.transaction((tx) => {
		const c = tx.select().from(contributions).where(eq(contributions.id, id)).get();
		if (!c) return { ok: false as const, reason: 'not_found' };
		if (seen !== undefined && c.updatedAt.getTime() !== seen)
			return { ok: false as const, reason: 'conflict' };
		if (c.state !== 'pending' && !(c.state === 'published' && !c.reviewedAt))
			return { ok: false as const, reason: 'conflict' };
		const res = tx
			.update(contributions)
			.set({
				state: 'rejected',
				rejectionReason: text ? `${reason}: ${text}` : reason,
				reviewedAt: now,
				reviewedBy: moderatorId,
				updatedAt: now
			})
			.where(and(eq(contributions.id, id), eq(contributions.state, c.state)))
			.run();
		if (res.changes !== 1) return { ok: false as const, reason: 'conflict' };
		if (c.state === 'published') {
			if (c.parentId)
				tx.update(contributions)
					.set({ replyCount: sql`max(${contributions.replyCount} - 1, 0)` })
					.where(eq(contributions.id, c.parentId))
					.run();
			removeFromIndex(tx, 'comment', id);
		}
		audit(tx, {
			actorId: moderatorId,
			action: 'contribution.rejected',
			entityType: 'contribution',
			entityId: id,
			before: { state: c.state },
			after: { state: 'rejected', reason, note: text }
		});
		return { ok: true as const };
	});
}

/** The reason code and the moderator's note, split again for display. */
export function splitRejection(value: string | null): { reason: RejectionReason | null; note: string } {
	if (!value) return { reason: null, note: '' };
	const i = value.indexOf(':');
	const code = (i === -1 ? value : value.slice(0, i)) as RejectionReason;
	return {
		reason: REJECTION_REASONS.includes(code) ? code : 'other',
		note: i === -1 ? '' : value.slice(i + 1).trim()
	};
}

export function pendingContributions(db: DB, limit = 100) {
	return db
		.select()
		.from(contributions)
		.where(inArray(contributions.state, ['pending']))
		.orderBy(desc(contributions.createdAt))
		.limit(limit)
		.all();
}
