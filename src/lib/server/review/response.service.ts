// The administration's response to a forwarded package or one of its items: verdict, public reason and
// the paragraphs of a newer document version where the concept changed. Saving keeps a draft (or, once
// published, changes the public text at once); publishing sets published_at, tells each author once per
// item ('answered' mail via the outbox) and marks the package answered when every item is answered.
import { savedMeanwhile } from './stale';
import { and, asc, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import type { Conn, DB } from '../db';
import {
	chapters,
	contributions,
	documents,
	documentVersions,
	modules,
	notifications,
	paragraphs,
	responseLinks,
	responses,
	topicPackages
} from '../db/schema';
import { audit } from '../audit';
import { queueNotification } from '../moderation/notifications';
import { canPublishResponse, canRespond } from './permissions';
import { cleanText, forwardedTarget, isVerdict, type Actor, type Result } from './gremium.service';
import {
	handlingColumns,
	handlingJoin,
	publicItemSql,
	respOwn,
	respPkg,
	responseIsPublicSql
} from './handling';

export const MAX_LINKS = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface ResponseInput {
	packageId: string;
	/** Set for an item's own response (overrides the package's for that item). */
	contributionId?: string | null;
	verdict: string;
	reason: string;
	/** Paragraphs of a newer version where the concept changed, in the order given. */
	paragraphIds: string[];
	/** As RecommendationInput.seen: the response's updatedAt the editor started from (0: none). */
	seen?: number;
}

/** Only paragraphs of a readable (not draft) version of a document of the package's process. */
function validParagraphs(tx: Conn, processId: string, ids: string[]): boolean {
	if (ids.length === 0) return true;
	const rows = tx
		.select({ id: paragraphs.id })
		.from(paragraphs)
		.innerJoin(chapters, eq(chapters.id, paragraphs.chapterId))
		.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
		.innerJoin(documents, eq(documents.id, documentVersions.documentId))
		.innerJoin(modules, eq(modules.id, documents.moduleId))
		.where(
			and(inArray(paragraphs.id, ids), eq(modules.processId, processId), ne(documentVersions.state, 'draft'))
		)
		.all();
	return rows.length === ids.length;
}

export function saveResponse(
	db: DB,
	actor: Actor,
	input: ResponseInput,
	now = new Date()
): Result<{ id: string; created: boolean; published: boolean }> {
	if (!canRespond(actor)) return { ok: false, reason: 'forbidden' };
	if (!isVerdict(input.verdict)) return { ok: false, reason: 'verdict_required' };
	const verdict = input.verdict;
	const reason = cleanText(input.reason, { empty: 'reason_required', long: 'reason_too_long' });
	if (!reason.ok) return reason;
	const linkIds = [...new Set(input.paragraphIds)];
	if (linkIds.length > MAX_LINKS) return { ok: false, reason: 'too_many_links' };
	if (linkIds.some((id) => !UUID.test(id))) return { ok: false, reason: 'invalid_paragraph' };
	return db.transaction((tx) => {
		const t = forwardedTarget(tx, input.packageId, input.contributionId);
		if (!t.ok) return t;
		if (!validParagraphs(tx, t.pkg.processId, linkIds))
			return { ok: false as const, reason: 'invalid_paragraph' };
		const itemId = input.contributionId ?? null;
		const where = itemId ? eq(responses.contributionId, itemId) : eq(responses.packageId, t.pkg.id);
		const before = tx.select().from(responses).where(where).get();
		if (savedMeanwhile(input.seen, before)) return { ok: false as const, reason: 'changed_meanwhile' };
		const beforeLinks = before
			? tx
					.select({ id: responseLinks.paragraphId })
					.from(responseLinks)
					.where(eq(responseLinks.responseId, before.id))
					.orderBy(asc(responseLinks.position))
					.all()
					.map((l) => l.id)
			: [];
		let id: string;
		if (before) {
			tx.update(responses)
				.set({ verdict, reason: reason.text, authorId: actor.id, updatedAt: now })
				.where(eq(responses.id, before.id))
				.run();
			tx.delete(responseLinks).where(eq(responseLinks.responseId, before.id)).run();
			id = before.id;
		} else {
			id = tx
				.insert(responses)
				.values({
					packageId: itemId ? null : t.pkg.id,
					contributionId: itemId,
					verdict,
					reason: reason.text,
					authorId: actor.id,
					createdAt: now,
					updatedAt: now
				})
				.returning({ id: responses.id })
				.get().id;
		}
		linkIds.forEach((paragraphId, position) =>
			tx.insert(responseLinks).values({ responseId: id, paragraphId, position }).run()
		);
		audit(tx, {
			actorId: actor.id,
			action: before ? 'response.updated' : 'response.recorded',
			entityType: 'response',
			entityId: id,
			before: before ? { verdict: before.verdict, reason: before.reason, links: beforeLinks } : null,
			after: {
				packageId: t.pkg.id,
				contributionId: itemId,
				verdict,
				reason: reason.text,
				links: linkIds,
				published: !!before?.publishedAt
			}
		});
		return { ok: true as const, id, created: !before, published: !!before?.publishedAt };
	});
}

export interface PublishInput {
	packageId: string;
	/** Publish only this item's own response; without it, the package's and all its items' responses. */
	contributionId?: string | null;
}

/**
 * Publishes the response(s) and queues one 'answered' mail per item whose effective response is now
 * public – once per item ever (an item that was told before is not told again after an edit or a later
 * item response). Offline input is not mailed: its sender has no account (moderation answers by the
 * channel it came through).
 */
export function publishResponse(
	db: DB,
	actor: Actor,
	input: PublishInput,
	now = new Date()
): Result<{ published: number; notified: number }> {
	if (!canPublishResponse(actor)) return { ok: false, reason: 'forbidden' };
	return db.transaction((tx) => {
		const t = forwardedTarget(tx, input.packageId, input.contributionId);
		if (!t.ok) return t;
		const itemId = input.contributionId ?? null;
		const items = tx
			.select({ id: contributions.id })
			.from(contributions)
			.where(itemId ? eq(contributions.id, itemId) : eq(contributions.packageId, t.pkg.id))
			.all()
			.map((r) => r.id);
		const candidates = tx
			.select({ id: responses.id, publishedAt: responses.publishedAt })
			.from(responses)
			.where(
				itemId
					? eq(responses.contributionId, itemId)
					: or(eq(responses.packageId, t.pkg.id), inArray(responses.contributionId, items))
			)
			.all();
		if (candidates.length === 0) return { ok: false as const, reason: 'no_response' };
		const toPublish = candidates.filter((r) => !r.publishedAt).map((r) => r.id);
		if (toPublish.length)
			tx.update(responses)
				.set({ publishedAt: now })
				.where(and(inArray(responses.id, toPublish), isNull(responses.publishedAt)))
				.run();

		const notified = notifyAnswered(tx, items);
		for (const id of toPublish)
			audit(tx, {
				actorId: actor.id,
				action: 'response.published',
				entityType: 'response',
				entityId: id,
				before: { publishedAt: null },
				after: { packageId: t.pkg.id, contributionId: itemId, publishedAt: now.toISOString() }
			});
		if (t.pkg.state !== 'answered' && everyItemAnswered(tx, t.pkg.id)) {
			tx.update(topicPackages)
				.set({ state: 'answered', updatedAt: now })
				.where(eq(topicPackages.id, t.pkg.id))
				.run();
			audit(tx, {
				actorId: actor.id,
				action: 'package.answered',
				entityType: 'topic_package',
				entityId: t.pkg.id,
				before: { state: t.pkg.state },
				after: { state: 'answered', notified }
			});
		}
		return { ok: true as const, published: toPublish.length, notified };
	});
}

/**
 * Queues 'answered' for the items (of those given) whose handling is now public – published, not hidden,
 * effective response published – and whose author was not told yet.
 */
function notifyAnswered(tx: Conn, itemIds: string[]): number {
	if (itemIds.length === 0) return 0;
	const answered = tx
		.select({ id: contributions.id, authorId: contributions.authorId, kind: contributions.kind })
		.from(contributions)
		.leftJoin(respOwn, handlingJoin.respOwn)
		.leftJoin(respPkg, handlingJoin.respPkg)
		.where(
			and(
				inArray(contributions.id, itemIds),
				publicItemSql,
				ne(contributions.kind, 'offline'),
				responseIsPublicSql
			)
		)
		.all()
		.filter((r) => r.authorId);
	if (answered.length === 0) return 0;
	const told = new Set(
		tx
			.select({ id: notifications.contributionId })
			.from(notifications)
			.where(
				and(
					eq(notifications.event, 'answered'),
					inArray(
						notifications.contributionId,
						answered.map((r) => r.id)
					)
				)
			)
			.all()
			.map((r) => r.id)
	);
	let n = 0;
	for (const r of answered) {
		if (told.has(r.id)) continue;
		queueNotification(tx, { userId: r.authorId, contributionId: r.id, event: 'answered' });
		n++;
	}
	return n;
}

function everyItemAnswered(tx: Conn, packageId: string): boolean {
	const rows = tx
		.select({ responsePublishedAt: handlingColumns.responsePublishedAt })
		.from(contributions)
		.leftJoin(respOwn, handlingJoin.respOwn)
		.leftJoin(respPkg, handlingJoin.respPkg)
		.where(eq(contributions.packageId, packageId))
		.all();
	return rows.length > 0 && rows.every((r) => r.responsePublishedAt);
}
