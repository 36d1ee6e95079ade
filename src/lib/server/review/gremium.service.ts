// The Begleitgremium's work on a forwarded topic package: internal comments (Gremium, Moderation and
// Admin only; never public) and recommendations per package or per item. Each action is one transaction
// with its audit entry; recommendations keep one current row, earlier ones live in the audit log.
import { savedMeanwhile } from './stale';
import { and, count, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { Conn, DB } from '../db';
import {
	contributions,
	internalComments,
	recommendations,
	responses,
	topicPackages,
	VERDICTS,
	type Verdict
} from '../db/schema';
import type { SessionUser } from '../auth/session';
import { audit } from '../audit';
import { canCommentInternally, canRecommend } from './permissions';

export type Result<T = object> = ({ ok: true } & T) | { ok: false; reason: string };
export type Actor = Pick<SessionUser, 'id' | 'roles' | 'emailVerified'>;

export const MAX_TEXT = 5000;

/** Trimmed text with normalised line ends, or an error code. */
export function cleanText(
	value: string,
	codes: { empty: string; long: string }
): { ok: true; text: string } | { ok: false; reason: string } {
	const text = value.replace(/\r\n?/g, '\n').trim();
	if (!text) return { ok: false, reason: codes.empty };
	if (text.length > MAX_TEXT) return { ok: false, reason: codes.long };
	return { ok: true, text };
}

export const isVerdict = (v: unknown): v is Verdict => (VERDICTS as readonly unknown[]).includes(v);

/**
 * The package the Gremium may work on (forwarded or later, never a draft), and the item when given
 * (it must belong to the package).
 */
export function forwardedTarget(tx: Conn, packageId: string, contributionId?: string | null) {
	const pkg = tx.select().from(topicPackages).where(eq(topicPackages.id, packageId)).get();
	if (!pkg) return { ok: false as const, reason: 'not_found' };
	if (pkg.state === 'draft') return { ok: false as const, reason: 'not_forwarded' };
	if (contributionId) {
		const item = tx
			.select({ id: contributions.id, packageId: contributions.packageId })
			.from(contributions)
			.where(eq(contributions.id, contributionId))
			.get();
		if (!item || item.packageId !== pkg.id) return { ok: false as const, reason: 'not_in_package' };
	}
	return { ok: true as const, pkg };
}

export interface InternalCommentInput {
	packageId: string;
	/** Set for a comment on one item of the package. */
	contributionId?: string | null;
	body: string;
}

/**
 * An internal comment on a package or on one of its items. Item comments keep the package id too, so
 * the package page loads the whole discussion with one indexed query.
 */
export function addInternalComment(
	db: DB,
	actor: Actor,
	input: InternalCommentInput,
	now = new Date()
): Result<{ id: string }> {
	if (!canCommentInternally(actor)) return { ok: false, reason: 'forbidden' };
	const body = cleanText(input.body, { empty: 'body_required', long: 'body_too_long' });
	if (!body.ok) return body;
	return db.transaction((tx) => {
		const t = forwardedTarget(tx, input.packageId, input.contributionId);
		if (!t.ok) return t;
		const row = tx
			.insert(internalComments)
			.values({
				packageId: t.pkg.id,
				contributionId: input.contributionId ?? null,
				authorId: actor.id,
				body: body.text,
				createdAt: now
			})
			.returning({ id: internalComments.id })
			.get();
		audit(tx, {
			actorId: actor.id,
			action: 'internal_comment.created',
			entityType: 'internal_comment',
			entityId: row.id,
			after: { packageId: t.pkg.id, contributionId: input.contributionId ?? null, body: body.text }
		});
		return { ok: true as const, id: row.id };
	});
}

export interface RecommendationInput {
	packageId: string;
	/** Set for an item's own recommendation (overrides the package's for that item). */
	contributionId?: string | null;
	verdict: string;
	reason: string;
	/**
	 * The version the editor started from: its updatedAt in ms, 0 when there was none. A newer one in
	 * the meantime (another member saved) refuses the save (`changed_meanwhile`); undefined: no check.
	 */
	seen?: number;
}

/** Records or changes the recommendation; the package becomes "recommended" once every item has one. */
export function saveRecommendation(
	db: DB,
	actor: Actor,
	input: RecommendationInput,
	now = new Date()
): Result<{ id: string; created: boolean }> {
	if (!canRecommend(actor)) return { ok: false, reason: 'forbidden' };
	if (!isVerdict(input.verdict)) return { ok: false, reason: 'verdict_required' };
	const verdict = input.verdict;
	const reason = cleanText(input.reason, { empty: 'reason_required', long: 'reason_too_long' });
	if (!reason.ok) return reason;
	return db.transaction((tx) => {
		const t = forwardedTarget(tx, input.packageId, input.contributionId);
		if (!t.ok) return t;
		const itemId = input.contributionId ?? null;
		if (answeredInPublic(tx, t.pkg.id, itemId)) return { ok: false as const, reason: 'response_published' };
		// An item's own row has no package id: the unique index allows one package row per package.
		const where = itemId
			? eq(recommendations.contributionId, itemId)
			: eq(recommendations.packageId, t.pkg.id);
		const before = tx.select().from(recommendations).where(where).get();
		if (savedMeanwhile(input.seen, before)) return { ok: false as const, reason: 'changed_meanwhile' };
		let id: string;
		if (before) {
			tx.update(recommendations)
				.set({ verdict, reason: reason.text, authorId: actor.id, updatedAt: now })
				.where(eq(recommendations.id, before.id))
				.run();
			id = before.id;
		} else {
			id = tx
				.insert(recommendations)
				.values({
					packageId: itemId ? null : t.pkg.id,
					contributionId: itemId,
					verdict,
					reason: reason.text,
					authorId: actor.id,
					createdAt: now,
					updatedAt: now
				})
				.returning({ id: recommendations.id })
				.get().id;
		}
		const state = t.pkg.state === 'forwarded' && everyItemRecommended(tx, t.pkg.id) ? 'recommended' : null;
		if (state)
			tx.update(topicPackages)
				.set({ state, updatedAt: now })
				.where(and(eq(topicPackages.id, t.pkg.id), eq(topicPackages.state, 'forwarded')))
				.run();
		audit(tx, {
			actorId: actor.id,
			action: before ? 'recommendation.updated' : 'recommendation.recorded',
			entityType: 'recommendation',
			entityId: id,
			before: before ? { verdict: before.verdict, reason: before.reason } : null,
			after: {
				packageId: t.pkg.id,
				contributionId: itemId,
				verdict,
				reason: reason.text,
				...(state ? { packageState: state } : {})
			}
		});
		return { ok: true as const, id, created: !before };
	});
}

/**
 * True when a published response answers this recommendation: the results page shows the two side by
 * side, so the recommendation is final from then on. The package's own recommendation is shown beside
 * every response in the package; an item's own recommendation beside that item's or the package's.
 */
export function answeredInPublic(tx: Conn, packageId: string, itemId: string | null): boolean {
	const inPackage = tx
		.select({ id: contributions.id })
		.from(contributions)
		.where(eq(contributions.packageId, packageId));
	const answers = itemId
		? or(eq(responses.packageId, packageId), eq(responses.contributionId, itemId))
		: or(eq(responses.packageId, packageId), inArray(responses.contributionId, inPackage));
	return !!tx
		.select({ id: responses.id })
		.from(responses)
		.where(and(isNotNull(responses.publishedAt), answers))
		.limit(1)
		.get();
}

/** True when the package has its own recommendation, or each of its items has one. */
function everyItemRecommended(tx: Conn, packageId: string): boolean {
	const pkgRec = tx
		.select({ id: recommendations.id })
		.from(recommendations)
		.where(eq(recommendations.packageId, packageId))
		.get();
	if (pkgRec) return true;
	const missing = tx
		.select({ n: count() })
		.from(contributions)
		.leftJoin(recommendations, eq(recommendations.contributionId, contributions.id))
		.where(and(eq(contributions.packageId, packageId), isNull(recommendations.id)))
		.get();
	const items = tx
		.select({ n: count() })
		.from(contributions)
		.where(eq(contributions.packageId, packageId))
		.get();
	return (items?.n ?? 0) > 0 && (missing?.n ?? 0) === 0;
}
