// The document module end to end on a real SQLite file: comments, replies, supports, moderation,
// versions that carry comments over, search.
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contributions, documentVersions, paragraphs, supports } from '../../src/lib/server/db/schema';
import {
	checkBody,
	editComment,
	postComment,
	setSupport,
	withdrawComment
} from '../../src/lib/server/modules/document/comments.service';
import {
	attachComment,
	createDraftVersion,
	publishVersion,
	saveChapter
} from '../../src/lib/server/modules/document/documents.service';
import {
	commentCounts,
	commentThreads,
	commentDetail,
	ownUnpublished
} from '../../src/lib/server/modules/document/queries';
import { approve, reject } from '../../src/lib/server/moderation/review.service';
import { searchIndex } from '../../src/lib/server/search';
import { searchDocument } from '../../src/lib/server/modules/document/search';
import { freshDb, makeUser } from '../factories/db';
import { makeDocument, sessionUser } from '../factories/document';

const { db } = freshDb();

function anchors(chapterId: string) {
	return db
		.select()
		.from(paragraphs)
		.where(eq(paragraphs.chapterId, chapterId))
		.all()
		.filter((p) => p.kind !== 'h')
		.sort((a, b) => a.position - b.position);
}

describe('comments', () => {
	it('goes through pre-moderation: pending for the author, public after approval', () => {
		const d = makeDocument(db);
		const chapterId = d.chapterIds.k1;
		const u = makeUser(db);
		const mod = makeUser(db, { roles: ['moderation'] });
		const [p1] = anchors(chapterId);
		const r = postComment(db, sessionUser(u), {
			chapterId,
			anchor: p1.anchor,
			body: '  Mehr <b>Grün</b>, bitte!  ',
			nonce: 'abcdef12'
		});
		expect(r).toMatchObject({ ok: true, state: 'pending' });
		if (!r.ok) return;
		const row = db.select().from(contributions).where(eq(contributions.id, r.id)).get()!;
		expect(row).toMatchObject({
			body: 'Mehr <b>Grün</b>, bitte!',
			moderationMode: 'pre',
			anchor: p1.anchor,
			versionId: d.versionId,
			phaseId: d.phase.id
		});
		expect(commentThreads(db, { chapterId, sort: 'new' }).comments).toHaveLength(0);
		expect(ownUnpublished(db, u.id, chapterId).map((c) => c.id)).toEqual([r.id]);
		// Counts are kept per chapter; the decision's change signal drops them.
		expect(commentCounts(db, chapterId)[p1.anchor]).toBeUndefined();

		expect(approve(db, mod.id, r.id)).toEqual({ ok: true });
		expect(commentThreads(db, { chapterId, sort: 'new' }).comments.map((c) => c.id)).toEqual([r.id]);
		expect(commentCounts(db, chapterId)[p1.anchor]).toBe(1);
		// A second decision on the same item is refused: one consistent state.
		expect(reject(db, mod.id, r.id, 'insult')).toEqual({ ok: false, reason: 'conflict' });
		expect(approve(db, mod.id, r.id)).toEqual({ ok: false, reason: 'conflict' });
		expect(searchIndex(db, d.process.id, 'grün').some((h) => h.refId === r.id)).toBe(true);
	});

	it('publishes at once under post-moderation, and rejection hides it again with a reason', () => {
		const d = makeDocument(db, { moderation: 'post' });
		const u = makeUser(db);
		const mod = makeUser(db, { roles: ['moderation'] });
		const r = postComment(db, sessionUser(u), { chapterId: d.chapterIds.k1, body: 'Sofort sichtbar' });
		expect(r).toMatchObject({ ok: true, state: 'published' });
		if (!r.ok) return;
		expect(reject(db, mod.id, r.id, 'advertising', 'Bitte keine Werbung')).toEqual({ ok: true });
		const row = db.select().from(contributions).where(eq(contributions.id, r.id)).get()!;
		expect(row.state).toBe('rejected');
		expect(row.rejectionReason).toBe('advertising: Bitte keine Werbung');
		expect(searchIndex(db, d.process.id, 'sichtbar')).toHaveLength(0);
		expect(ownUnpublished(db, u.id, d.chapterIds.k1)[0].state).toBe('rejected');
	});

	it('refuses bad input with a reason and writes nothing', () => {
		const d = makeDocument(db);
		const u = sessionUser(makeUser(db));
		const chapterId = d.chapterIds.k1;
		const before = db.select().from(contributions).all().length;
		expect(postComment(db, u, { chapterId, body: '   \n\t ' })).toMatchObject({
			ok: false,
			reason: 'comment_empty'
		});
		for (const body of ['x', ' . ', '+1', '👍👍', '100'])
			expect(postComment(db, u, { chapterId, body })).toMatchObject({
				ok: false,
				reason: 'comment_too_short'
			});
		expect(checkBody('Ja')).toEqual({ ok: true, body: 'Ja' });
		expect(postComment(db, u, { chapterId, body: 'x'.repeat(5001) })).toMatchObject({
			ok: false,
			reason: 'comment_too_long'
		});
		expect(postComment(db, u, { chapterId, anchor: 'a-zzzzzzzz', body: 'Hallo' })).toMatchObject({
			ok: false,
			reason: 'unknown_paragraph'
		});
		const other = makeDocument(db);
		const foreign = anchors(other.chapterIds.k1)[0].anchor;
		expect(postComment(db, u, { chapterId, anchor: foreign, body: 'Hallo' })).toMatchObject({
			ok: false,
			reason: 'unknown_paragraph'
		});
		expect(postComment(db, u, { chapterId: crypto.randomUUID(), body: 'Hallo' })).toMatchObject({
			ok: false,
			reason: 'not_found'
		});
		expect(
			postComment(db, sessionUser(makeUser(db), { emailVerified: false }), { chapterId, body: 'Hallo' })
		).toMatchObject({ ok: false, reason: 'not_verified' });
		const closed = makeDocument(db, { phase: 'closed' });
		expect(postComment(db, u, { chapterId: closed.chapterIds.k1, body: 'Hallo' })).toMatchObject({
			ok: false,
			reason: 'phase_closed'
		});
		const allianz = makeDocument(db, { audience: 'allianz' });
		expect(postComment(db, u, { chapterId: allianz.chapterIds.k1, body: 'Hallo' })).toMatchObject({
			ok: false,
			reason: 'audience'
		});
		const noFlag = makeDocument(db, { flags: ['supporting'] });
		expect(postComment(db, u, { chapterId: noFlag.chapterIds.k1, body: 'Hallo' })).toMatchObject({
			ok: false,
			reason: 'no_phase'
		});
		expect(db.select().from(contributions).all().length).toBe(before);
	});

	it('creates one comment for a double submit of the same form', () => {
		const d = makeDocument(db);
		const u = sessionUser(makeUser(db));
		const a = postComment(db, u, { chapterId: d.chapterIds.k1, body: 'Einmal', nonce: 'nonce-123456' });
		const b = postComment(db, u, { chapterId: d.chapterIds.k1, body: 'Einmal', nonce: 'nonce-123456' });
		expect(a.ok && b.ok && a.id === b.id).toBe(true);
		expect(b).toMatchObject({ duplicate: true });
		expect(
			db.select().from(contributions).where(eq(contributions.chapterId, d.chapterIds.k1)).all()
		).toHaveLength(1);
	});

	it('threads replies to depth 3 on the parent paragraph', () => {
		const d = makeDocument(db, { moderation: 'post' });
		const u = sessionUser(makeUser(db));
		const [p1] = anchors(d.chapterIds.k1);
		const root = postComment(db, u, { chapterId: d.chapterIds.k1, anchor: p1.anchor, body: 'Wurzel' });
		if (!root.ok) throw new Error();
		const r1 = postComment(db, u, { chapterId: d.chapterIds.k1, parentId: root.id, body: 'Antwort 1' });
		if (!r1.ok) throw new Error();
		const r2 = postComment(db, u, { chapterId: d.chapterIds.k1, parentId: r1.id, body: 'Antwort 2' });
		if (!r2.ok) throw new Error();
		expect(
			postComment(db, u, { chapterId: d.chapterIds.k1, parentId: r2.id, body: 'Zu tief' })
		).toMatchObject({ ok: false, reason: 'max_depth' });
		const row = db.select().from(contributions).where(eq(contributions.id, r2.id)).get()!;
		expect(row).toMatchObject({ depth: 2, rootId: root.id, anchor: p1.anchor });
		const t = commentThreads(db, { chapterId: d.chapterIds.k1, sort: 'new' });
		expect(t.comments.map((c) => c.id)).toEqual([root.id]);
		expect(t.replies.map((c) => c.id).sort()).toEqual([r1.id, r2.id].sort());
	});

	it('lets authors edit and withdraw only while unpublished', () => {
		const d = makeDocument(db);
		const u = sessionUser(makeUser(db));
		const other = sessionUser(makeUser(db));
		const mod = makeUser(db, { roles: ['moderation'] });
		const r = postComment(db, u, { chapterId: d.chapterIds.k1, body: 'Entwurf' });
		if (!r.ok) throw new Error();
		expect(editComment(db, other, r.id, 'fremd')).toMatchObject({ ok: false, reason: 'not_found' });
		expect(editComment(db, u, r.id, '')).toMatchObject({ ok: false, reason: 'comment_empty' });
		expect(editComment(db, u, r.id, 'Verbessert')).toEqual({ ok: true });
		expect(withdrawComment(db, other, r.id)).toMatchObject({ ok: false });
		approve(db, mod.id, r.id);
		expect(editComment(db, u, r.id, 'Zu spät')).toMatchObject({ ok: false, reason: 'not_editable' });
		expect(withdrawComment(db, u, r.id)).toMatchObject({ ok: false, reason: 'not_editable' });
		const r2 = postComment(db, u, { chapterId: d.chapterIds.k1, body: 'Doch nicht' });
		if (!r2.ok) throw new Error();
		expect(withdrawComment(db, u, r2.id)).toEqual({ ok: true });
		expect(db.select().from(contributions).where(eq(contributions.id, r2.id)).get()!.state).toBe('withdrawn');
	});

	it('counts a support once per person and lets it be withdrawn', () => {
		const d = makeDocument(db, { moderation: 'post' });
		const author = sessionUser(makeUser(db));
		const fan = sessionUser(makeUser(db));
		const r = postComment(db, author, { chapterId: d.chapterIds.k1, body: 'Gute Idee' });
		if (!r.ok) throw new Error();
		expect(setSupport(db, fan, r.id, true)).toEqual({ ok: true, count: 1 });
		expect(setSupport(db, fan, r.id, true)).toEqual({ ok: false, reason: 'already_supported' });
		expect(setSupport(db, author, r.id, true)).toEqual({ ok: false, reason: 'support_own' });
		expect(
			db
				.select()
				.from(supports)
				.where(and(eq(supports.contributionId, r.id)))
				.all()
		).toHaveLength(1);
		expect(commentThreads(db, { chapterId: d.chapterIds.k1, sort: 'support' }).comments[0].supportCount).toBe(
			1
		);
		expect(setSupport(db, fan, r.id, false)).toEqual({ ok: true, count: 0 });
		expect(setSupport(db, fan, r.id, false)).toEqual({ ok: false, reason: 'not_supported' });
	});

	it('pages by keyset without gaps or repeats', () => {
		const d = makeDocument(db, { moderation: 'post' });
		const u = sessionUser(makeUser(db));
		const ids = new Set<string>();
		for (let i = 0; i < 45; i++) {
			const r = postComment(db, u, { chapterId: d.chapterIds.k1, body: `Kommentar ${i}` });
			if (!r.ok) throw new Error(r.reason);
			ids.add(r.id);
			// Many equal timestamps and support counts: the id must break ties.
			db.update(contributions)
				.set({ createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i % 7)), supportCount: i % 3 })
				.where(eq(contributions.id, r.id))
				.run();
		}
		for (const sort of ['new', 'support'] as const) {
			const seen: string[] = [];
			let cursor: string | null = null;
			do {
				const page = commentThreads(db, { chapterId: d.chapterIds.k1, sort, cursor, limit: 10 });
				seen.push(...page.comments.map((c) => c.id));
				cursor = page.nextCursor;
			} while (cursor);
			expect(seen.length).toBe(45);
			expect(new Set(seen)).toEqual(ids);
		}
		expect(
			commentThreads(db, { chapterId: d.chapterIds.k1, sort: 'new', cursor: "1_'; drop table x" }).comments
				.length
		).toBe(20);
	});
});

describe('versions that keep the comments', () => {
	const v1 = [
		'Alle Bochumerinnen und Bochumer sollen in ihrem Quartier gut und gesund wohnen können, unabhängig davon, in welchem Stadtteil sie leben.',
		'Die Stadt prüft, ob leerstehende Ladenlokale in Erdgeschossen zu Wohnungen umgebaut werden können.',
		'Für den geförderten Wohnungsbau gilt bei neuen Baugebieten eine Quote von 30 Prozent.'
	].join('\n\n');
	const v2 = [
		'Alle Bochumerinnen und Bochumer sollen in ihrem Quartier gut, sicher und gesund wohnen können, unabhängig davon, in welchem Stadtteil sie leben.',
		'Für den geförderten Wohnungsbau gilt bei neuen Baugebieten eine Quote von 25 Prozent.',
		'Ein ganz neuer Absatz über Genossenschaften und gemeinschaftliches Wohnen.'
	].join('\n\n');

	it('re-attaches comments to the matching paragraphs and flags the rest for moderation', () => {
		const d = makeDocument(db, {
			moderation: 'post',
			chapters: [{ key: 'quartiere', title: 'Quartiere', markdown: v1 }]
		});
		const u = sessionUser(makeUser(db));
		const admin = makeUser(db, { roles: ['admin'] });
		const [p1, p2, p3] = anchors(d.chapterIds.quartiere);
		const on = (a: string, body: string) => {
			const r = postComment(db, u, { chapterId: d.chapterIds.quartiere, anchor: a, body });
			if (!r.ok) throw new Error(r.reason);
			return r.id;
		};
		const c1 = on(p1.anchor, 'Zu Absatz 1');
		const c2 = on(p2.anchor, 'Zu den Ladenlokalen');
		const c3 = on(p3.anchor, 'Zur Quote');
		const whole = postComment(db, u, { chapterId: d.chapterIds.quartiere, body: 'Zum Kapitel' });
		if (!whole.ok) throw new Error();

		const draft = createDraftVersion(db, admin.id, d.documentId);
		if (!draft.ok) throw new Error();
		// The draft starts as a copy with the same anchors.
		const ch2 = db
			.select()
			.from(paragraphs)
			.all()
			.filter((p) => p.text === p1.text && p.chapterId !== d.chapterIds.quartiere);
		expect(ch2[0]?.anchor).toBe(p1.anchor);
		const chapter2 = ch2[0].chapterId;
		expect(
			saveChapter(
				db,
				admin.id,
				draft.versionId,
				{ key: 'quartiere', number: '1', title: 'Quartiere', position: 1, markdown: v2 },
				chapter2
			)
		).toMatchObject({ ok: true });
		expect(postComment(db, u, { chapterId: chapter2, body: 'Entwurf' })).toMatchObject({
			ok: false,
			reason: 'version_frozen'
		});

		const pub = publishVersion(db, admin.id, draft.versionId);
		expect(pub).toEqual({ ok: true, carried: 3, unmatched: 1 });
		const rows = Object.fromEntries(
			db
				.select()
				.from(contributions)
				.where(eq(contributions.versionId, draft.versionId))
				.all()
				.map((c) => [c.id, c])
		);
		const newBlocks = anchors(chapter2);
		expect(rows[c1]).toMatchObject({
			anchorState: 'carried',
			chapterId: chapter2,
			anchor: newBlocks[0].anchor,
			originalAnchor: p1.anchor,
			originalVersionId: d.versionId
		});
		expect(rows[c3]).toMatchObject({ anchorState: 'carried', anchor: newBlocks[1].anchor });
		expect(rows[c2]).toMatchObject({ anchorState: 'unmatched', anchor: null, chapterId: chapter2 });
		expect(rows[whole.id]).toMatchObject({ anchorState: 'carried', anchor: null });
		const oldVersion = db.select().from(documentVersions).where(eq(documentVersions.id, d.versionId)).get()!;
		expect(oldVersion.state).toBe('superseded');
		// Old chapter stays readable and frozen.
		expect(
			saveChapter(
				db,
				admin.id,
				d.versionId,
				{ key: 'quartiere', number: '1', title: 'x', position: 1, markdown: 'x' },
				d.chapterIds.quartiere
			)
		).toMatchObject({ ok: false, reason: 'version_frozen' });

		// The comment page shows the wording it was written on next to the current one.
		const detail = commentDetail(db, c1)!;
		expect(detail.original?.paragraphText).toBe(p1.text);
		expect(detail.current?.paragraphText).toContain('gut, sicher und gesund');

		// Moderation attaches the lost comment by hand.
		const mod = makeUser(db, { roles: ['moderation'] });
		expect(attachComment(db, mod.id, c2, chapter2, 'a-zzzzzzzz')).toMatchObject({
			ok: false,
			reason: 'unknown_paragraph'
		});
		expect(attachComment(db, mod.id, c2, chapter2, newBlocks[2].anchor)).toEqual({ ok: true });
		expect(db.select().from(contributions).where(eq(contributions.id, c2)).get()).toMatchObject({
			anchorState: 'manual',
			anchor: newBlocks[2].anchor
		});

		// Search now finds the new wording, not the old one.
		expect(searchIndex(db, d.process.id, 'Genossenschaften').length).toBe(1);
		expect(searchIndex(db, d.process.id, 'Ladenlokale').filter((h) => h.kind === 'chapter')).toHaveLength(0);
	});

	it('finds inflected German words', () => {
		const d = makeDocument(db, {
			chapters: [
				{ key: 'k', title: 'Markt', markdown: 'Bochum braucht mehr bezahlbare Wohnungen für Familien.' }
			]
		});
		for (const q of ['Wohnung', 'wohnungen', 'WOHNUNGEN', 'bezahlbar', 'Familie', 'wohn'])
			expect(searchIndex(db, d.process.id, q).length, q).toBe(1);
		expect(searchIndex(db, d.process.id, 'Parkhaus')).toHaveLength(0);
		expect(searchIndex(db, d.process.id, '"; drop table --')).toHaveLength(0);
		expect(searchIndex(db, d.process.id, '')).toHaveLength(0);
	});
});

describe('review fixes', () => {
	it('refuses a decision on a text the author changed after moderation loaded it', () => {
		const d = makeDocument(db);
		const u = sessionUser(makeUser(db));
		const mod = makeUser(db, { roles: ['moderation'] });
		const r = postComment(db, u, { chapterId: d.chapterIds.k1, body: 'Harmlos' });
		if (!r.ok) throw new Error();
		const seen = db.select().from(contributions).where(eq(contributions.id, r.id)).get()!.updatedAt.getTime();
		db.update(contributions)
			.set({ updatedAt: new Date(seen + 1000) })
			.where(eq(contributions.id, r.id))
			.run();
		expect(approve(db, mod.id, r.id, new Date(), seen)).toEqual({ ok: false, reason: 'conflict' });
		expect(approve(db, mod.id, r.id, new Date(), seen + 1000)).toEqual({ ok: true });
	});

	it('keeps an unmatched comment flagged through later versions', () => {
		const d = makeDocument(db, {
			moderation: 'post',
			chapters: [{ key: 'k', title: 'K', markdown: 'Ein Absatz über Ladenlokale.\n\nEin Absatz über Grün.' }]
		});
		const u = sessionUser(makeUser(db));
		const admin = makeUser(db, { roles: ['admin'] });
		const [p1] = anchors(d.chapterIds.k);
		const c = postComment(db, u, { chapterId: d.chapterIds.k, anchor: p1.anchor, body: 'Zu den Läden' });
		if (!c.ok) throw new Error();
		for (const text of [
			'Ein ganz anderer Text über Straßenbahnen und Radwege.',
			'Noch ein anderer Text über Schulen.'
		]) {
			const draft = createDraftVersion(db, admin.id, d.documentId);
			if (!draft.ok) throw new Error();
			const chapterId = db.all<{ id: string }>(
				sql`select id from chapters where version_id = ${draft.versionId}`
			)[0].id;
			saveChapter(
				db,
				admin.id,
				draft.versionId,
				{ key: 'k', number: '1', title: 'K', position: 1, markdown: text },
				chapterId
			);
			publishVersion(db, admin.id, draft.versionId);
			expect(db.select().from(contributions).where(eq(contributions.id, c.id)).get()!.anchorState).toBe(
				'unmatched'
			);
		}
	});
});

describe('search in a document', () => {
	it('leads to the paragraph that matches best, or to the chapter when only its title matches', () => {
		const d = makeDocument(db);
		const doc = {
			processId: d.process.id,
			processSlug: d.process.slug,
			moduleId: d.module.id,
			moduleSlug: 'entwurf'
		};
		const paras = db
			.select()
			.from(paragraphs)
			.where(eq(paragraphs.chapterId, d.chapterIds.k1))
			.orderBy(paragraphs.position)
			.all();
		const [hit] = searchDocument(db, doc, d.versionId, 'Grünfläche');
		expect(hit).toMatchObject({
			kind: 'chapter',
			href: `/verfahren/${d.process.slug}/entwurf/k1#${paras[1].anchor}`
		});
		expect(hit.text).toContain('Grünflächen im Quartier');
		expect(searchDocument(db, doc, d.versionId, 'Wohnungen Bochum')[0].href).toMatch(
			new RegExp(`#${paras[0].anchor}$`)
		);
		const title = searchDocument(db, doc, d.versionId, 'Kapitel');
		expect(title.map((r) => r.href)).toEqual([`/verfahren/${d.process.slug}/entwurf/k1`]);
		// Both paragraphs hold the word: the first of equals.
		expect(searchDocument(db, doc, d.versionId, 'Absatz')[0].href).toMatch(
			new RegExp(`#${paras[0].anchor}$`)
		);
	});
});
