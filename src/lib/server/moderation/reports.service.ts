// Reports ("Melden") of published contributions by signed-in, verified participants: a reason from
// the list, an optional note, once per person and contribution, never on one's own. A report puts the
// item back into the review queue (open_reports > 0); from REPORT_HIDE_THRESHOLD open reports on, the
// item is hidden from the public (pages, search, map) until a moderator decides – approving shows it
// again, rejecting rejects it; either way the open reports are resolved (review.service.ts).
import { and, eq, sql } from 'drizzle-orm';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { DB } from '../db';
import { contributions, processes, reports, REPORT_REASONS, type ReportReason } from '../db/schema';
import type { SessionUser } from '../auth/session';
import { isVerified } from '../participation/permissions';
import { audit } from '../audit';
import { config } from '../config';
import { contributionsChanged } from '../events';
import { publicAncestry, REPORT_HIDE_THRESHOLD, syncPublicIndex } from './visibility';
import { dropQueueCounts } from './queue-cache';

export { REPORT_HIDE_THRESHOLD };
export const REPORT_NOTE_MAX = 1000;

export type Result<T = object> = ({ ok: true } & T) | { ok: false; reason: string };

export function isReportReason(v: unknown): v is ReportReason {
	return typeof v === 'string' && (REPORT_REASONS as readonly string[]).includes(v);
}

/** Reports per account: 10 an hour is plenty for honest use and stops a flood. */
let limiter: RateLimiterMemory | undefined;

export async function reportRateLimit(
	userId: string
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
	limiter ??= new RateLimiterMemory({ points: 10 * config.rateLimitFactor, duration: 60 * 60 });
	try {
		await limiter.consume(userId);
		return { ok: true };
	} catch (e) {
		if (e instanceof RateLimiterRes)
			return { ok: false, retryAfterSeconds: Math.ceil(e.msBeforeNext / 1000) };
		throw e;
	}
}

/** For tests. */
export function resetReportLimit() {
	limiter = undefined;
}

export function reportContribution(
	db: DB,
	user: SessionUser,
	id: string,
	reason: unknown,
	noteRaw: unknown,
	now = new Date()
): Result<{ hidden: boolean }> {
	if (!isVerified(user)) return { ok: false, reason: 'not_verified' };
	if (!isReportReason(reason)) return { ok: false, reason: 'report_reason_required' };
	const note = (typeof noteRaw === 'string' ? noteRaw : '').trim();
	if (note.length > REPORT_NOTE_MAX) return { ok: false, reason: 'report_note_too_long' };
	const result = db.transaction((tx) => {
		// Only what the public can see may be reported.
		const c = tx
			.select({
				id: contributions.id,
				authorId: contributions.authorId,
				moduleId: contributions.moduleId,
				openReports: contributions.openReports,
				hidden: contributions.hidden
			})
			.from(contributions)
			.innerJoin(processes, eq(processes.id, contributions.processId))
			.where(
				and(
					eq(contributions.id, id),
					eq(contributions.state, 'published'),
					eq(processes.published, true),
					publicAncestry
				)
			)
			.get();
		if (!c) return { ok: false as const, reason: 'not_found' };
		if (c.authorId === user.id) return { ok: false as const, reason: 'report_own' };
		const ins = tx
			.insert(reports)
			.values({ contributionId: id, reporterId: user.id, reason, note, createdAt: now })
			.onConflictDoNothing()
			.run();
		if (ins.changes === 0) return { ok: false as const, reason: 'already_reported' };
		const open = c.openReports + 1;
		const hide = open >= REPORT_HIDE_THRESHOLD;
		tx.update(contributions)
			.set({ openReports: sql`${contributions.openReports} + 1`, ...(hide ? { hidden: true } : {}) })
			.where(eq(contributions.id, id))
			.run();
		if (hide) {
			syncPublicIndex(tx, id);
			audit(tx, {
				actorId: null,
				action: 'contribution.hidden',
				entityType: 'contribution',
				entityId: id,
				before: { hidden: false, openReports: c.openReports },
				after: { hidden: true, openReports: open }
			});
		}
		return { ok: true as const, hidden: hide, moduleId: c.moduleId };
	});
	if (!result.ok) return result;
	dropQueueCounts();
	if (result.hidden) contributionsChanged(result.moduleId);
	return { ok: true, hidden: result.hidden };
}

/** Has this person reported the contribution already? (The form is shown only once.) */
export function hasReported(db: DB, userId: string, id: string): boolean {
	return !!db
		.select({ id: reports.id })
		.from(reports)
		.where(and(eq(reports.contributionId, id), eq(reports.reporterId, userId)))
		.get();
}
