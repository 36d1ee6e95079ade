// Comments on chapters and paragraphs: write, reply (threaded to depth 3), edit or withdraw while
// unpublished, support once per person. Every comment enters the review queue via its state.
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Conn, DB } from '../../db';
import { contributions, paragraphs, supports } from '../../db/schema';
import type { SessionUser } from '../../auth/session';
import { canContribute, isModerator } from '../../participation/permissions';
import { indexText } from '../../search';
import { contributionsChanged } from '../../events';
import { cleanText } from '../../../validation/common';
import { chapterContext, modulePhases } from './context';

export const MAX_COMMENT = 5000;
export const MAX_DEPTH = 2; // root 0, reply 1, reply to a reply 2: three levels

export type Result<T = object> =
	({ ok: true } & T) | { ok: false; reason: string; phase?: { startsAt: Date; endsAt: Date } };

export function checkBody(raw: unknown): { ok: true; body: string } | { ok: false; reason: string } {
	const body = cleanText(raw);
	if (!body) return { ok: false, reason: 'comment_empty' };
	// "x", "." or "+1" say nothing a moderator could weigh; agreeing has its own button.
	if ([...body].length < 2 || !/\p{L}/u.test(body)) return { ok: false, reason: 'comment_too_short' };
	if (body.length > MAX_COMMENT) return { ok: false, reason: 'comment_too_long' };
	return { ok: true, body };
}

export interface CommentInput {
	chapterId: string;
	anchor?: string | null;
	parentId?: string | null;
	body: string;
	nonce?: string | null;
}

export function postComment(
	db: DB,
	user: SessionUser,
	input: CommentInput,
	now = new Date()
): Result<{ id: string; state: string; duplicate?: boolean }> {
	const checked = checkBody(input.body);
	if (!checked.ok) return checked;
	const ctx = chapterContext(db, input.chapterId);
	if (!ctx || !ctx.processPublished) return { ok: false, reason: 'not_found' };
	if (ctx.versionState !== 'published') return { ok: false, reason: 'version_frozen' };
	const phases = modulePhases(db, ctx.moduleId);
	const may = canContribute(user, phases, 'commenting', now);
	if (!may.ok) return { ok: false, reason: may.reason, phase: may.phase };
	const nonce = input.nonce && /^[A-Za-z0-9-]{8,64}$/.test(input.nonce) ? input.nonce : null;

	const result = db.transaction((tx) => {
		if (nonce) {
			const dup = tx
				.select({ id: contributions.id, state: contributions.state })
				.from(contributions)
				.where(and(eq(contributions.authorId, user.id), eq(contributions.clientNonce, nonce)))
				.get();
			if (dup) return { ok: true as const, id: dup.id, state: dup.state, duplicate: true };
		}
		let anchor = input.anchor || null;
		let depth = 0;
		let rootId: string | null = null;
		const parentId = input.parentId || null;
		if (parentId) {
			const parent = tx.select().from(contributions).where(eq(contributions.id, parentId)).get();
			if (!parent || parent.chapterId !== ctx.chapterId || parent.state !== 'published')
				return { ok: false as const, reason: 'parent_invalid' };
			if (parent.depth >= MAX_DEPTH) return { ok: false as const, reason: 'max_depth' };
			depth = parent.depth + 1;
			rootId = parent.rootId ?? parent.id;
			anchor = parent.anchor; // replies belong to the parent's paragraph
		} else if (anchor) {
			const p = tx
				.select({ id: paragraphs.id })
				.from(paragraphs)
				.where(
					and(
						eq(paragraphs.chapterId, ctx.chapterId),
						eq(paragraphs.anchor, anchor),
						ne(paragraphs.kind, 'h')
					)
				)
				.get();
			if (!p) return { ok: false as const, reason: 'unknown_paragraph' };
		}
		const staff = isModerator(user);
		const phase = may.phase;
		const mode = staff ? 'post' : (phase?.moderationMode ?? 'pre');
		const state = mode === 'post' ? 'published' : 'pending';
		const row = tx
			.insert(contributions)
			.values({
				kind: 'comment',
				processId: ctx.processId,
				moduleId: ctx.moduleId,
				phaseId: phase?.id ?? null,
				authorId: user.id,
				organisationId: user.organisation?.id ?? null,
				parentId,
				rootId,
				depth,
				body: checked.body,
				state,
				moderationMode: mode,
				versionId: ctx.versionId,
				chapterId: ctx.chapterId,
				anchor,
				anchorState: 'original',
				originalVersionId: ctx.versionId,
				originalChapterId: ctx.chapterId,
				originalAnchor: anchor,
				clientNonce: nonce,
				// Staff posts need no review of their own.
				reviewedAt: staff ? now : null,
				reviewedBy: staff ? user.id : null,
				createdAt: now,
				updatedAt: now,
				publishedAt: state === 'published' ? now : null
			})
			.returning({ id: contributions.id })
			.get();
		if (state === 'published') onPublished(tx, row.id, parentId, ctx.processId, checked.body);
		return { ok: true as const, id: row.id, state };
	});
	// The review queue's cached counts (and any other cache of the module) follow this signal.
	if (result.ok && !('duplicate' in result && result.duplicate)) contributionsChanged(ctx.moduleId);
	return result;
}

/** Bookkeeping when a comment becomes public: the parent's reply count and the search index. */
export function onPublished(
	conn: Conn,
	id: string,
	parentId: string | null,
	processId: string,
	body: string
) {
	if (parentId)
		conn
			.update(contributions)
			.set({ replyCount: sql`${contributions.replyCount} + 1` })
			.where(eq(contributions.id, parentId))
			.run();
	indexText(conn, 'comment', id, processId, body);
}

function ownUnpublished(db: DB, user: SessionUser, id: string) {
	const c = db.select().from(contributions).where(eq(contributions.id, id)).get();
	if (!c || c.authorId !== user.id) return { ok: false as const, reason: 'not_found' };
	if (c.state !== 'pending') return { ok: false as const, reason: 'not_editable' };
	return { ok: true as const, c };
}

export function editComment(db: DB, user: SessionUser, id: string, body: string): Result {
	const checked = checkBody(body);
	if (!checked.ok) return checked;
	const own = ownUnpublished(db, user, id);
	if (!own.ok) return own;
	const res = db
		.update(contributions)
		.set({ body: checked.body, updatedAt: new Date() })
		.where(and(eq(contributions.id, id), eq(contributions.state, 'pending')))
		.run();
	return res.changes === 1 ? { ok: true } : { ok: false, reason: 'not_editable' };
}

export function withdrawComment(db: DB, user: SessionUser, id: string): Result {
	const own = ownUnpublished(db, user, id);
	if (!own.ok) return own;
	const res = db
		.update(contributions)
		.set({ state: 'withdrawn', updatedAt: new Date() })
		.where(and(eq(contributions.id, id), eq(contributions.state, 'pending')))
		.run();
	return res.changes === 1 ? { ok: true } : { ok: false, reason: 'not_editable' };
}

/** Adds (on) or withdraws (off) the user's support. Once per person; not for one's own comment. */
export function setSupport(
	db: DB,
	user: SessionUser,
	id: string,
	on: boolean,
	now = new Date()
): Result<{ count: number }> {
	const c = db.select().from(contributions).where(eq(contributions.id, id)).get();
	if (!c || c.state !== 'published' || !c.chapterId) return { ok: false, reason: 'not_found' };
	if (c.authorId === user.id) return { ok: false, reason: 'support_own' };
	const may = canContribute(user, modulePhases(db, c.moduleId!), 'supporting', now);
	if (!may.ok) return { ok: false, reason: may.reason, phase: may.phase };
	return db.transaction((tx) => {
		if (on) {
			const res = tx
				.insert(supports)
				.values({ contributionId: id, userId: user.id })
				.onConflictDoNothing()
				.run();
			if (res.changes === 0) return { ok: false as const, reason: 'already_supported' };
			tx.update(contributions)
				.set({ supportCount: sql`${contributions.supportCount} + 1` })
				.where(eq(contributions.id, id))
				.run();
		} else {
			const res = tx
				.delete(supports)
				.where(and(eq(supports.contributionId, id), eq(supports.userId, user.id)))
				.run();
			if (res.changes === 0) return { ok: false as const, reason: 'not_supported' };
			tx.update(contributions)
				.set({ supportCount: sql`${contributions.supportCount} - 1` })
				.where(eq(contributions.id, id))
				.run();
		}
		const count = tx
			.select({ n: contributions.supportCount })
			.from(contributions)
			.where(eq(contributions.id, id))
			.get()!.n;
		return { ok: true as const, count };
	});
}
