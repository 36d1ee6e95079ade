// Mails to authors from the outbox: approved (with link), rejected (reason and note), answered; in the
// author's language; nothing for unverified addresses or out-of-date news; failures retried later.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb, makeUser } from '../factories/db';
import { makeDocument, sessionUser } from '../factories/document';
import { allMails, readOutbox } from '../factories/outbox';
import { notifications, users } from '../../src/lib/server/db/schema';
import { postComment } from '../../src/lib/server/modules/document/comments.service';
import { approve, reject } from '../../src/lib/server/moderation/review.service';
import {
	MAX_ATTEMPTS,
	queueNotification,
	sendPendingNotifications,
	startNotificationWorker,
	stopNotificationWorker
} from '../../src/lib/server/moderation/notifications';

const { db, outbox } = freshDb();
const ORIGIN = 'https://beteiligung.example.de';

function comment(opts: { locale?: 'de' | 'en'; verified?: boolean } = {}) {
	const d = makeDocument(db, { moderation: 'pre' });
	const author = makeUser(db, { verified: opts.verified });
	if (opts.locale) db.update(users).set({ locale: opts.locale }).where(eq(users.id, author.id)).run();
	const r = postComment(db, sessionUser(author), {
		chapterId: d.chapterIds.k1,
		body: 'Mehr Wohnungen für Familien, bitte.'
	});
	if (!r.ok) throw new Error(r.reason);
	const mod = makeUser(db, { roles: ['moderation'] });
	return { d, author, mod, id: r.id };
}

const pending = () =>
	db
		.select()
		.from(notifications)
		.all()
		.filter((n) => !n.sentAt);

describe('notifications', () => {
	it('tells the author in German that her contribution is public, with a link', async () => {
		const { author, mod, id } = comment();
		approve(db, mod.id, id);
		expect(await sendPendingNotifications(db, { origin: ORIGIN })).toMatchObject({ sent: 1 });
		const mail = await readOutbox(outbox, author.email);
		expect(mail.subject).toBe('Ihr Beitrag ist veröffentlicht');
		expect(mail.text).toContain(`Hallo ${author.displayName},`);
		expect(mail.text).toContain('Mehr Wohnungen für Familien');
		expect(mail.text).toContain(`${ORIGIN}/beitraege/${id}`);
		expect(pending()).toHaveLength(0);
		// Sent once.
		expect(await sendPendingNotifications(db, { origin: ORIGIN })).toEqual({
			sent: 0,
			failed: 0,
			skipped: 0
		});
	});

	it('gives the Netiquette reason and the note, in English for English accounts', async () => {
		const { author, mod, id } = comment({ locale: 'en' });
		reject(db, mod.id, id, 'advertising', 'Please no company names.');
		await sendPendingNotifications(db, { origin: ORIGIN });
		const mail = await readOutbox(outbox, author.email);
		expect(mail.subject).toBe('Your contribution was not published');
		expect(mail.text).toContain('Reason according to our netiquette: advertising.');
		expect(mail.text).toContain('Note from moderation: Please no company names.');
		expect(mail.html).toContain(`href="${ORIGIN}/beitraege/${id}"`);
	});

	it('writes the "answered" mail queued by the response', async () => {
		const { author, id } = comment();
		queueNotification(db, { userId: author.id, contributionId: id, event: 'answered' });
		await sendPendingNotifications(db, { origin: ORIGIN });
		const mail = await readOutbox(outbox, author.email, 'beantwortet');
		expect(mail.text).toContain('liegt jetzt eine Antwort vor');
		expect(mail.text).toContain(`${ORIGIN}/beitraege/${id}`);
	});

	it('skips unverified addresses and news that is no longer true', async () => {
		const before = allMails(outbox).length;
		const a = comment({ verified: false });
		approve(db, a.mod.id, a.id);
		const b = comment();
		approve(db, b.mod.id, b.id);
		const v = (await import('../../src/lib/server/db/schema')).contributions;
		const seen = db.select().from(v).where(eq(v.id, b.id)).get()!.updatedAt.getTime();
		reject(db, b.mod.id, b.id, 'insult', '', new Date(), seen);
		const r = await sendPendingNotifications(db, { origin: ORIGIN });
		// a: unverified (skipped); b: "approved" is out of date (skipped), "rejected" is sent.
		expect(r).toEqual({ sent: 1, failed: 0, skipped: 2 });
		expect(allMails(outbox).length).toBe(before + 1);
	});

	it('retries a failed mail later and gives up after the last attempt', async () => {
		const { mod, id } = comment();
		approve(db, mod.id, id);
		const failing = async () => false;
		const t0 = Date.now();
		expect(await sendPendingNotifications(db, { origin: ORIGIN, send: failing })).toMatchObject({
			failed: 1
		});
		const row = () => db.select().from(notifications).where(eq(notifications.contributionId, id)).get()!;
		expect(row()).toMatchObject({ attempts: 1, lastError: 'send failed', sentAt: null });
		// Not due again right away (backoff), but after a minute.
		expect(await sendPendingNotifications(db, { origin: ORIGIN, send: failing })).toMatchObject({
			failed: 0
		});
		const later = (ms: number) => new Date(t0 + ms);
		await sendPendingNotifications(db, { origin: ORIGIN, send: failing, now: later(61_000) });
		await sendPendingNotifications(db, { origin: ORIGIN, send: failing, now: later(6 * 60_000) });
		await sendPendingNotifications(db, { origin: ORIGIN, send: failing, now: later(31 * 60_000) });
		await sendPendingNotifications(db, { origin: ORIGIN, send: failing, now: later(3 * 3600_000) });
		expect(row().attempts).toBe(MAX_ATTEMPTS);
		expect(await sendPendingNotifications(db, { origin: ORIGIN, now: later(10 * 3600_000) })).toMatchObject({
			sent: 0
		});
	});

	it('runs in the background every few seconds', async () => {
		const { author, mod, id } = comment();
		approve(db, mod.id, id);
		startNotificationWorker(db, ORIGIN);
		try {
			const mail = await readOutbox(outbox, author.email, 'veröffentlicht');
			expect(mail.text).toContain(id);
		} finally {
			stopNotificationWorker();
		}
	});
});
