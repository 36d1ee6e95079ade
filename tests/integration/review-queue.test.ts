// The review queue: filters, keyset pages, counts, decisions (single, bulk, conflicting), triage, and
// its speed at 100,000 items (every filter uses an index; no full scan of contributions).
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { freshDb, makeUser } from '../factories/db';
import { makeDocument, sessionUser } from '../factories/document';
import { seedQueue, type SeededQueue } from '../factories/queue';
import {
	auditLog,
	contributions,
	contributionTags,
	notifications,
	photos
} from '../../src/lib/server/db/schema';
import { postComment } from '../../src/lib/server/modules/document/comments.service';
import { commentThreads } from '../../src/lib/server/modules/document/queries';
import { searchIndex } from '../../src/lib/server/search';
import { parseQueueFilter, type QueueFilter } from '../../src/lib/server/moderation/queue-filter';
import { queueCounts, queuePage, queuePlan } from '../../src/lib/server/moderation/queue.queries';
import { byShortNumber } from '../../src/lib/server/moderation/queue-items.queries';
import { dropQueueCounts } from '../../src/lib/server/moderation/queue-cache';
import { approve, decideMany, reject } from '../../src/lib/server/moderation/review.service';
import {
	assignItems,
	decidePinPhoto,
	markDuplicates,
	tagItems,
	untagItems
} from '../../src/lib/server/moderation/triage.service';
import { onContributionsChanged } from '../../src/lib/server/events';

const { db } = freshDb();

function filter(processId: string, params: Record<string, string> = {}): QueueFilter {
	return parseQueueFilter(new URLSearchParams({ verfahren: processId, ...params }), processId);
}

const ids = (f: QueueFilter, userId: string) => queuePage(db, f, userId, 100).items.map((i) => i.id);

describe('queue at 100,000 items', () => {
	let s: SeededQueue;
	beforeAll(() => {
		s = seedQueue(db, 100_000);
	}, 60_000);

	const variants = (): Record<string, Record<string, string>> => ({
		default: {},
		pending: { status: 'pending' },
		unreviewed: { status: 'unreviewed' },
		published: { status: 'published' },
		rejected: { status: 'rejected' },
		withdrawn: { status: 'withdrawn' },
		all: { status: 'all' },
		comment: { art: 'comment' },
		reply: { art: 'reply', status: 'published' },
		pin: { art: 'pin', status: 'all' },
		offline: { art: 'offline' },
		district: { quartier: s.districtIds[0] },
		districtPublished: { quartier: s.districtIds[0], status: 'published' },
		category: { kategorie: s.categoryIds[0], status: 'all' },
		districtCategoryKind: {
			art: 'pin',
			quartier: s.districtIds[1],
			kategorie: s.categoryIds[2],
			status: 'all'
		},
		chapter: { kapitel: s.chapterId },
		chapterReplies: { kapitel: s.chapterId, art: 'reply', status: 'published' },
		tag: { schlagwort: s.tagId },
		tagAll: { schlagwort: s.tagId, status: 'all' },
		me: { zustaendig: 'me' },
		meAll: { zustaendig: 'me', status: 'all' },
		nobody: { zustaendig: 'none' },
		person: { zustaendig: s.moderatorId, status: 'rejected' },
		reported: { gemeldet: '1' },
		reportedPublished: { gemeldet: '1', status: 'published' },
		package: { paket: s.packageId, status: 'all' },
		noPackage: { paket: 'none', status: 'published' },
		phase: { phase: s.phaseId },
		module: { modul: s.mapModuleId, status: 'published' },
		everything: {
			art: 'pin',
			quartier: s.districtIds[2],
			kategorie: s.categoryIds[1],
			phase: s.phaseId,
			modul: s.mapModuleId,
			zustaendig: 'none',
			paket: 'none'
		}
	});

	it('answers every filter from an index, first page and next page, well within budget', () => {
		for (const [name, params] of Object.entries(variants())) {
			const f = filter(s.processId, params);
			const plan = queuePlan(db, f, s.moderatorId);
			// No full scan of contributions (a SCAN of the table or of a whole index of it).
			expect(
				plan.filter((d) => /\bSCAN c\b/.test(d)),
				`${name}: ${plan.join(' | ')}`
			).toEqual([]);
			expect(
				plan.some((d) => /SEARCH (c|ct|ph) USING/.test(d)),
				name
			).toBe(true);
			queuePage(db, f, s.moderatorId); // warm the statement cache and the hints
			const t0 = performance.now();
			const first = queuePage(db, f, s.moderatorId);
			const ms = performance.now() - t0;
			expect(ms, `${name} took ${ms.toFixed(1)} ms`).toBeLessThan(200);
			if (first.nextCursor) {
				const t1 = performance.now();
				const next = queuePage(db, { ...f, cursor: first.nextCursor }, s.moderatorId);
				expect(performance.now() - t1, `${name} next page`).toBeLessThan(200);
				const seen = new Set(first.items.map((i) => i.id));
				expect(
					next.items.some((i) => seen.has(i.id)),
					`${name}: pages overlap`
				).toBe(false);
			}
		}
	});

	it('stays fast when nothing awaits review after post-moderation (no unreviewed items at all)', () => {
		const q = seedQueue(db, 20_000, { unreviewedShare: 0, pendingShare: 0.001, seed: 3 });
		const f = filter(q.processId);
		queuePage(db, f, q.moderatorId);
		const t0 = performance.now();
		const page = queuePage(db, f, q.moderatorId);
		expect(performance.now() - t0).toBeLessThan(200);
		expect(page.items.every((i) => i.state === 'pending' || !i.reviewed || i.openReports > 0)).toBe(true);
	});

	it('counts the backlog per state in one go', () => {
		dropQueueCounts();
		const t0 = performance.now();
		const c = queueCounts(db, s.processId);
		expect(performance.now() - t0).toBeLessThan(500);
		expect(c.all).toBe(100_000);
		expect(c.pending + c.published + c.rejected + c.withdrawn).toBe(100_000);
		expect(c.review).toBeGreaterThanOrEqual(c.pending + c.unreviewed);
		expect(c.reported).toBeGreaterThan(0);
		// Cached: the second call is free.
		const t1 = performance.now();
		queueCounts(db, s.processId);
		expect(performance.now() - t1).toBeLessThan(5);
	});

	it('keeps the per-state counts exact by trigger through inserts, decisions, moves and deletes', () => {
		const actual = () =>
			db.all(
				sql`select process_id as p, state as s, count(*) as n from contributions group by 1, 2 order by 1, 2`
			);
		const kept = () =>
			db.all(sql`select process_id as p, state as s, n from queue_counts where n > 0 order by 1, 2`);
		expect(kept()).toEqual(actual());
		const other = seedQueue(db, 500, { seed: 11 });
		expect(kept()).toEqual(actual());
		// State changes (one statement, many rows), a row moved to another process, deletions.
		db.run(
			sql`update contributions set state = 'rejected' where id in (select id from contributions where process_id = ${other.processId} and state = 'pending' limit 40)`
		);
		db.run(sql`update contributions set updated_at = updated_at + 1 where process_id = ${other.processId}`);
		db.run(
			sql`update contributions set process_id = ${s.processId} where id in (select id from contributions where process_id = ${other.processId} and parent_id is null and id not in (select parent_id from contributions where parent_id is not null) limit 3)`
		);
		db.run(
			sql`delete from contributions where id in (select id from contributions where process_id = ${other.processId} and id not in (select parent_id from contributions where parent_id is not null) and id not in (select duplicate_of_id from contributions where duplicate_of_id is not null) limit 25)`
		);
		expect(kept()).toEqual(actual());
		// A row replaced in place (delete + insert) counts once.
		db.run(
			sql`insert or replace into contributions select * from contributions where id = (select id from contributions where process_id = ${other.processId} and id not in (select parent_id from contributions where parent_id is not null) and id not in (select duplicate_of_id from contributions where duplicate_of_id is not null) limit 1)`
		);
		expect(kept()).toEqual(actual());
		dropQueueCounts();
		expect(queueCounts(db, other.processId).all).toBe(
			(
				db.get(sql`select count(*) as n from contributions where process_id = ${other.processId}`) as {
					n: number;
				}
			).n
		);
	});

	it('walks a whole filtered list page by page in order, without gaps or repeats', () => {
		const f = filter(s.processId, { quartier: s.districtIds[3], status: 'all' });
		const all: { id: string; at: number }[] = [];
		let cursor: string | null = null;
		do {
			const page = queuePage(db, { ...f, cursor }, s.moderatorId);
			all.push(...page.items.map((i) => ({ id: i.id, at: i.createdAt.getTime() })));
			cursor = page.nextCursor;
		} while (cursor);
		const expected = db
			.select({ id: contributions.id })
			.from(contributions)
			.where(eq(contributions.districtId, s.districtIds[3]))
			.all().length;
		expect(all.length).toBe(expected);
		expect(new Set(all.map((a) => a.id)).size).toBe(expected);
		for (let i = 1; i < all.length; i++) expect(all[i - 1].at >= all[i].at).toBe(true);
	});
});

describe('queue contents and decisions', () => {
	const setup = (moderation: 'pre' | 'post' = 'pre') => {
		const d = makeDocument(db, { moderation });
		const author = makeUser(db);
		const mod = makeUser(db, { roles: ['moderation'] });
		const post = (body: string, parentId?: string) => {
			const r = postComment(db, sessionUser(author), { chapterId: d.chapterIds.k1, body, parentId });
			if (!r.ok) throw new Error(r.reason);
			return r.id;
		};
		return { d, author, mod, post };
	};

	it('shows what needs review by default and filters by kind', () => {
		const { d, mod, post } = setup('post');
		const root = post('Ein Kommentar nach Post-Moderation');
		const reply = post('Eine Antwort darauf', root);
		const reviewed = post('Schon geprüft');
		expect(approve(db, mod.id, reviewed)).toEqual({ ok: true });
		const f = filter(d.process.id);
		expect(ids(f, mod.id).sort()).toEqual([root, reply].sort());
		expect(ids(filter(d.process.id, { art: 'reply' }), mod.id)).toEqual([reply]);
		expect(ids(filter(d.process.id, { art: 'comment' }), mod.id)).toEqual([root]);
		expect(ids(filter(d.process.id, { status: 'all' }), mod.id)).toHaveLength(3);
		const [row] = queuePage(db, filter(d.process.id, { art: 'reply' }), mod.id).items;
		expect(row).toMatchObject({ kind: 'comment', parentExcerpt: 'Ein Kommentar nach Post-Moderation' });
		expect(row.authorName).toBeTruthy();
		expect(row.chapterTitle).toBe('Kapitel');
	});

	it('bulk-approves, reports per item, queues mails for the authors only', () => {
		const { d, author, mod, post } = setup('pre');
		const a = post('Erster Vorschlag');
		const b = post('Zweiter Vorschlag');
		// The moderator's own post is published and reviewed at once (staff) and needs no mail.
		const own = postComment(db, sessionUser(mod, { roles: ['moderation'] }), {
			chapterId: d.chapterIds.k1,
			body: 'Hinweis der Moderation'
		});
		if (!own.ok) throw new Error();
		expect(approve(db, mod.id, a)).toEqual({ ok: true });
		const r = decideMany(db, mod.id, [{ id: a }, { id: b }, { id: own.id }], { kind: 'approve' });
		// a was approved before, own needs no review: only b is decided now.
		expect(r).toMatchObject({ ok: true, done: 1, conflicts: 2 });
		const mails = db.select().from(notifications).all();
		expect(
			mails
				.filter((n) => n.userId === author.id)
				.map((n) => n.contributionId)
				.sort()
		).toEqual([a, b].sort());
		expect(mails.some((n) => n.userId === mod.id)).toBe(false);
		expect(commentThreads(db, { chapterId: d.chapterIds.k1, sort: 'new' }).comments).toHaveLength(3);
	});

	it('ends a race of approve and reject in one state and tells the second moderator', () => {
		const { mod, post } = setup('pre');
		const other = makeUser(db, { roles: ['moderation'] });
		const id = post('Strittiger Beitrag');
		const seen = db.select().from(contributions).where(eq(contributions.id, id)).get()!.updatedAt.getTime();
		expect(approve(db, mod.id, id, new Date(), seen)).toEqual({ ok: true });
		expect(reject(db, other.id, id, 'insult', '', new Date(), seen)).toEqual({
			ok: false,
			reason: 'conflict'
		});
		const row = db.select().from(contributions).where(eq(contributions.id, id)).get()!;
		expect(row.state).toBe('published');
		// The other way round, and in bulk: reported per item.
		const id2 = post('Noch einer');
		const seen2 = db.select().from(contributions).where(eq(contributions.id, id2)).get()!.updatedAt.getTime();
		expect(reject(db, other.id, id2, 'advertising', 'Werbung', new Date(), seen2)).toEqual({ ok: true });
		const bulk = decideMany(db, mod.id, [{ id: id2, seen: seen2 }], { kind: 'approve' });
		expect(bulk).toMatchObject({ ok: true, done: 0, conflicts: 1 });
		expect(db.select().from(contributions).where(eq(contributions.id, id2)).get()!.state).toBe('rejected');
		// A decision with the current version may reverse a rejection.
		const now = db.select().from(contributions).where(eq(contributions.id, id2)).get()!.updatedAt.getTime();
		expect(approve(db, mod.id, id2, new Date(), now)).toEqual({ ok: true });
		const actions = db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'contribution'), eq(auditLog.entityId, id2)))
			.all()
			.map((a) => a.action);
		expect(actions).toEqual(['contribution.rejected', 'contribution.approved']);
	});

	it('hides the replies of a rejected published comment from the public, and brings them back', () => {
		const { d, mod, post } = setup('post');
		const root = post('Wurzel über Mietpreise');
		const reply = post('Antwort über Mietspiegel', root);
		const deep = post('Antwort auf die Antwort über Nebenkosten', reply);
		let changed = 0;
		const off = onContributionsChanged(() => changed++);
		const threads = () => commentThreads(db, { chapterId: d.chapterIds.k1, sort: 'new' });
		expect(
			threads()
				.replies.map((r) => r.id)
				.sort()
		).toEqual([reply, deep].sort());
		// Rejecting the middle reply hides it and the reply below it; the root stays.
		expect(reject(db, mod.id, reply, 'off_topic')).toEqual({ ok: true });
		expect(threads().comments.map((c) => c.id)).toEqual([root]);
		expect(threads().replies).toHaveLength(0);
		expect(searchIndex(db, d.process.id, 'Nebenkosten')).toHaveLength(0);
		expect(db.select().from(contributions).where(eq(contributions.id, deep)).get()!.state).toBe('published');
		expect(changed).toBeGreaterThan(0);
		// Rejecting the root hides the whole thread.
		expect(reject(db, mod.id, root, 'off_topic')).toEqual({ ok: true });
		expect(threads().comments).toHaveLength(0);
		// Reversing both brings everything back, searchable again.
		for (const id of [root, reply]) {
			const v = db.select().from(contributions).where(eq(contributions.id, id)).get()!.updatedAt.getTime();
			expect(approve(db, mod.id, id, new Date(), v)).toEqual({ ok: true });
		}
		expect(
			threads()
				.replies.map((r) => r.id)
				.sort()
		).toEqual([reply, deep].sort());
		expect(searchIndex(db, d.process.id, 'Nebenkosten').map((h) => h.refId)).toEqual([deep]);
		off();
	});

	it('tags, assigns and links duplicates, audited per item', () => {
		const { d, mod, post } = setup('pre');
		const a = post('Mehr Bänke im Park');
		const b = post('Bitte Sitzbänke im Park');
		const c = post('Bänke!');
		// The short "Nr." of the exports finds an item of the same process only.
		expect(byShortNumber(db, a.slice(0, 8), b)).toBe(a);
		expect(byShortNumber(db, a.slice(0, 8), setup('pre').post('Anderswo'))).toBe('none');
		expect(byShortNumber(db, 'ffffffff', b)).toBe('none');
		// Fewer characters than the whole id can be shared: then the whole number is needed.
		expect(byShortNumber(db, '', b)).toBe('ambiguous');
		const t = tagItems(db, mod.id, d.process.id, [a, b], { label: '  Grün  und Park ' });
		expect(t).toMatchObject({ ok: true, tagged: 2, label: 'Grün und Park' });
		if (!t.ok) return;
		// Same label in another case: the same tag.
		expect(tagItems(db, mod.id, d.process.id, [c], { label: 'grün und park' })).toMatchObject({
			ok: true,
			tagId: t.tagId
		});
		expect(ids(filter(d.process.id, { schlagwort: t.tagId }), mod.id).sort()).toEqual([a, b, c].sort());
		expect(untagItems(db, mod.id, [c], t.tagId)).toEqual({ ok: true, untagged: 1 });
		expect(db.select().from(contributionTags).where(eq(contributionTags.tagId, t.tagId)).all()).toHaveLength(
			2
		);
		expect(tagItems(db, mod.id, d.process.id, [a], { label: '' })).toMatchObject({
			ok: false,
			reason: 'tag_invalid'
		});

		const citizen = makeUser(db);
		expect(assignItems(db, mod.id, [a], citizen.id)).toEqual({ ok: false, reason: 'assignee_invalid' });
		expect(assignItems(db, mod.id, [a, b], mod.id)).toEqual({ ok: true, changed: 2 });
		expect(ids(filter(d.process.id, { zustaendig: 'me' }), mod.id).sort()).toEqual([a, b].sort());
		expect(ids(filter(d.process.id, { zustaendig: 'none' }), mod.id)).toEqual([c]);
		expect(assignItems(db, mod.id, [b], null)).toEqual({ ok: true, changed: 1 });

		// b duplicates a; then a is marked a duplicate of c: b follows to c (no chains).
		expect(markDuplicates(db, mod.id, [b], a)).toEqual({ ok: true, changed: 1 });
		expect(markDuplicates(db, mod.id, [a], c)).toEqual({ ok: true, changed: 1 });
		const row = (id: string) => db.select().from(contributions).where(eq(contributions.id, id)).get()!;
		expect(row(b).duplicateOfId).toBe(c);
		expect(row(b).state).toBe('pending'); // a duplicate keeps its state
		// c is b's original: named through its duplicate b, the message says so.
		expect(markDuplicates(db, mod.id, [c], b)).toEqual({ ok: false, reason: 'duplicate_of_own' });
		expect(markDuplicates(db, mod.id, [c], c)).toEqual({ ok: false, reason: 'duplicate_self' });
		expect(markDuplicates(db, mod.id, [b], null)).toEqual({ ok: true, changed: 1 });
		const audited = db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'contribution'), eq(auditLog.entityId, a)))
			.all()
			.map((x) => x.action);
		expect(audited).toEqual(
			expect.arrayContaining(['contribution.tagged', 'contribution.assigned', 'contribution.duplicate'])
		);
	});

	it('lists pins whose photo waits, and the photo decision takes it out of the queue', () => {
		const { d, mod } = setup('post');
		const pin = db
			.insert(contributions)
			.values({
				kind: 'pin',
				processId: d.process.id,
				body: 'Fehlende Beleuchtung',
				state: 'published',
				moderationMode: 'post',
				reviewedAt: new Date(),
				publishedAt: new Date()
			})
			.returning()
			.get();
		const photo = db
			.insert(photos)
			.values({
				contributionId: pin.id,
				mime: 'image/webp',
				width: 1,
				height: 1,
				bytes: 1,
				data: Buffer.from([0]),
				thumb: Buffer.from([0])
			})
			.returning()
			.get();
		dropQueueCounts();
		const page = queuePage(db, filter(d.process.id), mod.id).items;
		expect(page.find((i) => i.id === pin.id)?.photoState).toBe('pending');
		expect(queueCounts(db, d.process.id).photos).toBe(1);
		expect(decidePinPhoto(db, mod.id, photo.id, 'approved')).toMatchObject({ ok: true });
		expect(decidePinPhoto(db, mod.id, photo.id, 'approved')).toMatchObject({ ok: false, reason: 'conflict' });
		expect(ids(filter(d.process.id), mod.id)).not.toContain(pin.id);
	});
});
