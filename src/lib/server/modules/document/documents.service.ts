// Admin work on the draft concept: documents, draft versions, chapters, publishing. Publishing a new
// version freezes the old one and re-attaches every comment to the matching paragraph of the new one.
import { and, asc, desc, eq, max, ne } from 'drizzle-orm';
import type { Conn, DB } from '../../db';
import { chapters, contributions, documents, documentVersions, modules, paragraphs } from '../../db/schema';
import { audit } from '../../audit';
import { indexText, removeFromIndex } from '../../search';
import { renderChapter, type Block } from './markdown';
import { matchBlocks } from './anchoring';
import { contributionsChanged } from '../../events';

export type Result<T = object> = ({ ok: true } & T) | { ok: false; reason: string };

export const CHAPTER_LIMITS = { title: 200, number: 20, markdown: 200_000 };

export function createDocument(
	db: DB,
	actorId: string | null,
	moduleId: string,
	title: string
): Result<{ documentId: string; versionId: string }> {
	return db.transaction((tx) => {
		const mod = tx.select().from(modules).where(eq(modules.id, moduleId)).get();
		if (!mod || mod.type !== 'document') return { ok: false as const, reason: 'not_found' };
		if (tx.select().from(documents).where(eq(documents.moduleId, moduleId)).get())
			return { ok: false as const, reason: 'document_exists' };
		const doc = tx.insert(documents).values({ moduleId, title }).returning().get();
		const version = tx
			.insert(documentVersions)
			.values({ documentId: doc.id, number: 1, label: 'Fassung 1', state: 'draft' })
			.returning()
			.get();
		audit(tx, {
			actorId,
			action: 'document.created',
			entityType: 'document',
			entityId: doc.id,
			after: { title, moduleId }
		});
		return { ok: true as const, documentId: doc.id, versionId: version.id };
	});
}

function blocksOf(conn: Conn, chapterId: string): Block[] {
	return conn
		.select({
			anchor: paragraphs.anchor,
			kind: paragraphs.kind,
			text: paragraphs.text,
			position: paragraphs.position
		})
		.from(paragraphs)
		.where(eq(paragraphs.chapterId, chapterId))
		.orderBy(asc(paragraphs.position))
		.all();
}

function writeBlocks(conn: Conn, chapterId: string, blocks: Block[]) {
	conn.delete(paragraphs).where(eq(paragraphs.chapterId, chapterId)).run();
	for (const b of blocks)
		conn
			.insert(paragraphs)
			.values({ chapterId, anchor: b.anchor, kind: b.kind, position: b.position, text: b.text })
			.run();
}

/** Starts the next version as a copy of the newest one (same chapters, same anchors). */
export function createDraftVersion(
	db: DB,
	actorId: string | null,
	documentId: string
): Result<{ versionId: string }> {
	return db.transaction((tx) => {
		const existing = tx
			.select()
			.from(documentVersions)
			.where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.state, 'draft')))
			.get();
		if (existing) return { ok: true as const, versionId: existing.id };
		const latest = tx
			.select()
			.from(documentVersions)
			.where(eq(documentVersions.documentId, documentId))
			.orderBy(desc(documentVersions.number))
			.get();
		if (!latest) return { ok: false as const, reason: 'not_found' };
		const number = latest.number + 1;
		const version = tx
			.insert(documentVersions)
			.values({ documentId, number, label: `Fassung ${number}`, state: 'draft' })
			.returning()
			.get();
		for (const ch of tx.select().from(chapters).where(eq(chapters.versionId, latest.id)).all()) {
			const copy = tx
				.insert(chapters)
				.values({
					versionId: version.id,
					key: ch.key,
					number: ch.number,
					title: ch.title,
					position: ch.position,
					markdown: ch.markdown,
					html: ch.html
				})
				.returning({ id: chapters.id })
				.get();
			writeBlocks(tx, copy.id, blocksOf(tx, ch.id));
		}
		audit(tx, {
			actorId,
			action: 'document.version_created',
			entityType: 'document_version',
			entityId: version.id,
			after: { documentId, number }
		});
		return { ok: true as const, versionId: version.id };
	});
}

export interface ChapterInput {
	key: string;
	number: string;
	title: string;
	position: number;
	markdown: string;
}

/** Creates or updates a chapter of a draft version; renders and sanitises the Markdown once, here. */
export function saveChapter(
	db: DB,
	actorId: string | null,
	versionId: string,
	input: ChapterInput,
	chapterId?: string
): Result<{ chapterId: string }> {
	return db.transaction((tx) => {
		const version = tx.select().from(documentVersions).where(eq(documentVersions.id, versionId)).get();
		if (!version) return { ok: false as const, reason: 'not_found' };
		if (version.state !== 'draft') return { ok: false as const, reason: 'version_frozen' };
		const clash = tx
			.select({ id: chapters.id })
			.from(chapters)
			.where(
				and(
					eq(chapters.versionId, versionId),
					eq(chapters.key, input.key),
					chapterId ? ne(chapters.id, chapterId) : undefined
				)
			)
			.get();
		if (clash) return { ok: false as const, reason: 'chapter_key_taken' };
		let before: typeof chapters.$inferSelect | undefined;
		if (chapterId) {
			before = tx
				.select()
				.from(chapters)
				.where(and(eq(chapters.id, chapterId), eq(chapters.versionId, versionId)))
				.get();
			if (!before) return { ok: false as const, reason: 'not_found' };
		}
		const rendered = renderChapter(input.markdown, before ? blocksOf(tx, before.id) : undefined);
		const values = { ...input, html: rendered.html, updatedAt: new Date() };
		const id = before
			? (tx.update(chapters).set(values).where(eq(chapters.id, before.id)).run(), before.id)
			: tx
					.insert(chapters)
					.values({ ...values, versionId })
					.returning({ id: chapters.id })
					.get().id;
		writeBlocks(tx, id, rendered.blocks);
		audit(tx, {
			actorId,
			action: before ? 'chapter.updated' : 'chapter.created',
			entityType: 'chapter',
			entityId: id,
			before: before ? { title: before.title, number: before.number, markdown: before.markdown } : null,
			after: { title: input.title, number: input.number, markdown: input.markdown }
		});
		return { ok: true as const, chapterId: id };
	});
}

export function deleteChapter(db: DB, actorId: string | null, chapterId: string): Result {
	return db.transaction((tx) => {
		const ch = tx
			.select({ id: chapters.id, title: chapters.title, state: documentVersions.state })
			.from(chapters)
			.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
			.where(eq(chapters.id, chapterId))
			.get();
		if (!ch) return { ok: false as const, reason: 'not_found' };
		if (ch.state !== 'draft') return { ok: false as const, reason: 'version_frozen' };
		tx.delete(chapters).where(eq(chapters.id, chapterId)).run();
		audit(tx, {
			actorId,
			action: 'chapter.deleted',
			entityType: 'chapter',
			entityId: chapterId,
			before: { title: ch.title }
		});
		return { ok: true as const };
	});
}

export interface ReattachReport {
	carried: number;
	unmatched: number;
}

/**
 * Publishes a draft: the current version becomes "superseded" (still readable), the draft becomes
 * current, comments move to the matching paragraphs, search indexes the new chapters.
 */
export function publishVersion(
	db: DB,
	actorId: string | null,
	versionId: string,
	now = new Date()
): Result<ReattachReport> {
	const result = db.transaction((tx) => {
		const version = tx.select().from(documentVersions).where(eq(documentVersions.id, versionId)).get();
		if (!version) return { ok: false as const, reason: 'not_found' };
		if (version.state !== 'draft') return { ok: false as const, reason: 'version_frozen' };
		const newChapters = tx.select().from(chapters).where(eq(chapters.versionId, versionId)).all();
		if (newChapters.length === 0) return { ok: false as const, reason: 'version_empty' };
		const doc = tx
			.select({ id: documents.id, processId: modules.processId })
			.from(documents)
			.innerJoin(modules, eq(modules.id, documents.moduleId))
			.where(eq(documents.id, version.documentId))
			.get()!;
		const previous = tx
			.select()
			.from(documentVersions)
			.where(
				and(eq(documentVersions.documentId, version.documentId), eq(documentVersions.state, 'published'))
			)
			.get();

		tx.update(documentVersions)
			.set({ state: 'published', publishedAt: now })
			.where(eq(documentVersions.id, versionId))
			.run();
		const report: ReattachReport = { carried: 0, unmatched: 0 };
		if (previous) {
			tx.update(documentVersions)
				.set({ state: 'superseded' })
				.where(eq(documentVersions.id, previous.id))
				.run();
			const oldChapters = tx.select().from(chapters).where(eq(chapters.versionId, previous.id)).all();
			const byKey = new Map(newChapters.map((c) => [c.key, c]));
			for (const old of oldChapters) {
				removeFromIndex(tx, 'chapter', old.id);
				const target = byKey.get(old.key);
				const mapping = target
					? matchBlocks(
							blocksOf(tx, old.id).filter((b) => b.kind !== 'h'),
							blocksOf(tx, target.id).filter((b) => b.kind !== 'h')
						)
					: new Map();
				const comments = tx
					.select({
						id: contributions.id,
						anchor: contributions.anchor,
						anchorState: contributions.anchorState
					})
					.from(contributions)
					.where(and(eq(contributions.chapterId, old.id), eq(contributions.kind, 'comment')))
					.all();
				for (const c of comments) {
					// Still waiting for moderation: it moves along, but stays flagged until someone attaches it.
					if (c.anchorState === 'unmatched') {
						tx.update(contributions)
							.set({ versionId, chapterId: target?.id ?? null, updatedAt: now })
							.where(eq(contributions.id, c.id))
							.run();
						report.unmatched++;
						continue;
					}
					const matched = c.anchor ? mapping.get(c.anchor) : undefined;
					const whole = c.anchor === null && target;
					if (target && (whole || matched)) {
						tx.update(contributions)
							.set({
								versionId,
								chapterId: target.id,
								anchor: matched ? matched.anchor : null,
								anchorState: 'carried',
								updatedAt: now
							})
							.where(eq(contributions.id, c.id))
							.run();
						report.carried++;
					} else {
						tx.update(contributions)
							.set({
								versionId,
								chapterId: target?.id ?? null,
								anchor: null,
								anchorState: 'unmatched',
								updatedAt: now
							})
							.where(eq(contributions.id, c.id))
							.run();
						report.unmatched++;
					}
				}
			}
		}
		for (const ch of newChapters)
			indexText(
				tx,
				'chapter',
				ch.id,
				doc.processId,
				`${ch.number} ${ch.title}\n${tx
					.select({ t: paragraphs.text })
					.from(paragraphs)
					.where(eq(paragraphs.chapterId, ch.id))
					.all()
					.map((p) => p.t)
					.join('\n')}`
			);
		audit(tx, {
			actorId,
			action: 'document.version_published',
			entityType: 'document_version',
			entityId: versionId,
			before: previous ? { current: previous.number } : null,
			after: { current: version.number, ...report }
		});
		return { ok: true as const, ...report };
	});
	// Comments moved to the new chapters: counts and lists kept per chapter are stale.
	if (result.ok) contributionsChanged(null);
	return result;
}

/** Moderation attaches a comment that lost its paragraph by hand (to a paragraph or the whole chapter). */
export function attachComment(
	db: DB,
	actorId: string,
	contributionId: string,
	chapterId: string,
	anchor: string | null
): Result {
	const result = db.transaction((tx) => {
		const c = tx.select().from(contributions).where(eq(contributions.id, contributionId)).get();
		if (!c || c.kind !== 'comment' || c.depth !== 0) return { ok: false as const, reason: 'not_found' };
		const ch = tx
			.select({ versionId: chapters.versionId, moduleId: documents.moduleId })
			.from(chapters)
			.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
			.innerJoin(documents, eq(documents.id, documentVersions.documentId))
			.where(eq(chapters.id, chapterId))
			.get();
		// Only within the comment's own document: process, module and permissions stay right.
		if (!ch || ch.moduleId !== c.moduleId) return { ok: false as const, reason: 'not_found' };
		const version = tx.select().from(documentVersions).where(eq(documentVersions.id, ch.versionId)).get();
		if (version?.state !== 'published') return { ok: false as const, reason: 'version_frozen' };
		if (
			anchor &&
			!tx
				.select()
				.from(paragraphs)
				.where(
					and(eq(paragraphs.chapterId, chapterId), eq(paragraphs.anchor, anchor), ne(paragraphs.kind, 'h'))
				)
				.get()
		)
			return { ok: false as const, reason: 'unknown_paragraph' };
		tx.update(contributions)
			.set({ versionId: ch.versionId, chapterId, anchor, anchorState: 'manual', updatedAt: new Date() })
			.where(eq(contributions.id, contributionId))
			.run();
		// Replies follow their thread.
		tx.update(contributions)
			.set({ versionId: ch.versionId, chapterId, anchor, anchorState: 'manual', updatedAt: new Date() })
			.where(eq(contributions.rootId, contributionId))
			.run();
		audit(tx, {
			actorId,
			action: 'comment.attached',
			entityType: 'contribution',
			entityId: contributionId,
			before: { chapterId: c.chapterId, anchor: c.anchor, anchorState: c.anchorState },
			after: { chapterId, anchor }
		});
		return { ok: true as const, moduleId: ch.moduleId };
	});
	if (!result.ok) return result;
	contributionsChanged(result.moduleId);
	return { ok: true };
}

export function nextChapterPosition(db: DB, versionId: string): number {
	const row = db
		.select({ m: max(chapters.position) })
		.from(chapters)
		.where(eq(chapters.versionId, versionId))
		.get();
	return (row?.m ?? 0) + 1;
}

export function versionsOf(db: DB, documentId: string) {
	return db
		.select()
		.from(documentVersions)
		.where(eq(documentVersions.documentId, documentId))
		.orderBy(asc(documentVersions.number))
		.all();
}
