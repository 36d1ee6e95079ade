// Reports of published contributions: who may report, once per person, back into the queue, hidden
// from pages, search and map signal after REPORT_HIDE_THRESHOLD reports, resolved by a decision.
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb, makeUser } from '../factories/db';
import { makeDocument, sessionUser } from '../factories/document';
import { contributions, reports } from '../../src/lib/server/db/schema';
import { postComment } from '../../src/lib/server/modules/document/comments.service';
import {
	commentCounts,
	commentDetail,
	commentThreads,
	ownUnpublished
} from '../../src/lib/server/modules/document/queries';
import { searchIndex } from '../../src/lib/server/search';
import { onContributionsChanged } from '../../src/lib/server/events';
import {
	hasReported,
	reportContribution,
	reportRateLimit,
	resetReportLimit,
	REPORT_HIDE_THRESHOLD
} from '../../src/lib/server/moderation/reports.service';
import { approve, reject } from '../../src/lib/server/moderation/review.service';
import { parseQueueFilter } from '../../src/lib/server/moderation/queue-filter';
import { queuePage } from '../../src/lib/server/moderation/queue.queries';

const { db } = freshDb();

function published(body: string, parentId?: string) {
	const d = makeDocument(db, { moderation: 'post' });
	const author = makeUser(db);
	const r = postComment(db, sessionUser(author), { chapterId: d.chapterIds.k1, body, parentId });
	if (!r.ok) throw new Error(r.reason);
	const mod = makeUser(db, { roles: ['moderation'] });
	expect(approve(db, mod.id, r.id)).toEqual({ ok: true }); // reviewed: out of the queue
	return { d, author, mod, id: r.id };
}

const reporter = () => sessionUser(makeUser(db));
const row = (id: string) => db.select().from(contributions).where(eq(contributions.id, id)).get()!;

describe('reports', () => {
	beforeEach(() => resetReportLimit());

	it('needs a reason, a verified account, and is refused on one’s own contribution', () => {
		const { author, id } = published('Ein Beitrag über Nahversorgung');
		expect(reportContribution(db, reporter(), id, '', '')).toEqual({
			ok: false,
			reason: 'report_reason_required'
		});
		expect(reportContribution(db, reporter(), id, 'rude', '')).toEqual({
			ok: false,
			reason: 'report_reason_required'
		});
		expect(reportContribution(db, { ...reporter(), emailVerified: false }, id, 'insult', '')).toEqual({
			ok: false,
			reason: 'not_verified'
		});
		expect(reportContribution(db, sessionUser(author), id, 'insult', '')).toEqual({
			ok: false,
			reason: 'report_own'
		});
		expect(reportContribution(db, reporter(), id, 'insult', 'x'.repeat(1001))).toEqual({
			ok: false,
			reason: 'report_note_too_long'
		});
	});

	it('counts once per person and puts the item back into the queue', () => {
		const { d, mod, id } = published('Noch ein Beitrag');
		const f = parseQueueFilter(new URLSearchParams(), d.process.id);
		expect(queuePage(db, f, mod.id).items.map((i) => i.id)).not.toContain(id);
		const u = reporter();
		expect(reportContribution(db, u, id, 'advertising', 'Werbung für eine Firma')).toEqual({
			ok: true,
			hidden: false
		});
		expect(reportContribution(db, u, id, 'insult', '')).toEqual({ ok: false, reason: 'already_reported' });
		expect(hasReported(db, u.id, id)).toBe(true);
		expect(row(id).openReports).toBe(1);
		const [item] = queuePage(db, f, mod.id).items;
		expect(item).toMatchObject({ id, openReports: 1, hidden: false });
		expect(queuePage(db, { ...f, reported: true }, mod.id).items.map((i) => i.id)).toEqual([id]);
	});

	it(`hides the item after ${REPORT_HIDE_THRESHOLD} reports: pages, search, map signal; the author still sees it`, () => {
		const { d, author, id } = published('Beleidigender Text über Nachbarn');
		const chapterId = d.chapterIds.k1;
		let changed = 0;
		const off = onContributionsChanged(() => changed++);
		for (let i = 0; i < REPORT_HIDE_THRESHOLD - 1; i++)
			expect(reportContribution(db, reporter(), id, 'insult', '')).toEqual({ ok: true, hidden: false });
		expect(commentThreads(db, { chapterId, sort: 'new' }).comments).toHaveLength(1);
		expect(commentCounts(db, chapterId)['']).toBe(1);
		expect(reportContribution(db, reporter(), id, 'insult', '')).toEqual({ ok: true, hidden: true });
		expect(changed).toBe(1);
		off();
		expect(row(id)).toMatchObject({ hidden: true, state: 'published' });
		expect(commentThreads(db, { chapterId, sort: 'new' }).comments).toHaveLength(0);
		expect(commentCounts(db, chapterId)['']).toBeUndefined();
		expect(searchIndex(db, d.process.id, 'Nachbarn')).toHaveLength(0);
		expect(commentDetail(db, id)!.comment.isPublic).toBeFalsy();
		const own = ownUnpublished(db, author.id, chapterId);
		expect(own.map((c) => ({ id: c.id, hidden: c.hidden }))).toEqual([{ id, hidden: true }]);
		// Hidden items cannot be reported further (they are not public).
		expect(reportContribution(db, reporter(), id, 'insult', '')).toEqual({ ok: false, reason: 'not_found' });
	});

	it('a decision resolves the open reports: approve shows it again, reject rejects it', () => {
		const a = published('Text A über Spielplätze');
		for (let i = 0; i < REPORT_HIDE_THRESHOLD; i++) reportContribution(db, reporter(), a.id, 'off_topic', '');
		expect(row(a.id).hidden).toBe(true);
		expect(approve(db, a.mod.id, a.id)).toEqual({ ok: true });
		expect(row(a.id)).toMatchObject({ hidden: false, openReports: 0, state: 'published' });
		expect(
			db
				.select()
				.from(reports)
				.where(eq(reports.contributionId, a.id))
				.all()
				.every((r) => r.resolvedAt)
		).toBe(true);
		expect(searchIndex(db, a.d.process.id, 'Spielplätze').map((h) => h.refId)).toEqual([a.id]);
		// Approving again without a new report is a conflict (nothing to decide).
		expect(approve(db, a.mod.id, a.id)).toEqual({ ok: false, reason: 'conflict' });
		// A reviewed item can be reported again (a new person), and rejected.
		const b = published('Text B mit Werbung');
		reportContribution(db, reporter(), b.id, 'advertising', '');
		expect(reject(db, b.mod.id, b.id, 'advertising')).toEqual({ ok: true });
		expect(row(b.id)).toMatchObject({ state: 'rejected', openReports: 0, hidden: false });
	});

	it('hiding a comment hides its replies too', () => {
		const root = published('Wurzel mit Antworten');
		const replier = makeUser(db);
		const r = postComment(db, sessionUser(replier), {
			chapterId: root.d.chapterIds.k1,
			body: 'Antwort über Radwege',
			parentId: root.id
		});
		if (!r.ok) throw new Error();
		for (let i = 0; i < REPORT_HIDE_THRESHOLD; i++) reportContribution(db, reporter(), root.id, 'insult', '');
		const threads = commentThreads(db, { chapterId: root.d.chapterIds.k1, sort: 'new' });
		expect(threads.comments).toHaveLength(0);
		expect(searchIndex(db, root.d.process.id, 'Radwege')).toHaveLength(0);
		expect(commentDetail(db, r.id)!.comment.isPublic).toBeFalsy();
		// The reply itself cannot be reported while its thread is hidden.
		expect(reportContribution(db, reporter(), r.id, 'insult', '')).toEqual({
			ok: false,
			reason: 'not_found'
		});
	});

	it('only public contributions can be reported', () => {
		const d = makeDocument(db, { moderation: 'pre' });
		const r = postComment(db, sessionUser(makeUser(db)), { chapterId: d.chapterIds.k1, body: 'Wartet noch' });
		if (!r.ok) throw new Error();
		expect(reportContribution(db, reporter(), r.id, 'insult', '')).toEqual({
			ok: false,
			reason: 'not_found'
		});
	});

	it('limits reports per account', async () => {
		const u = reporter();
		for (let i = 0; i < 10; i++) expect((await reportRateLimit(u.id)).ok).toBe(true);
		expect((await reportRateLimit(u.id)).ok).toBe(false);
		expect((await reportRateLimit(reporter().id)).ok).toBe(true);
	});
});
