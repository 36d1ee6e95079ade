// Mails to authors about their input (approved, rejected with reason, answered). A decision writes a row
// in the same transaction (outbox); a background worker sends them, so decisions never wait for SMTP and
// a bulk approval of 500 items does not wait for 500 SMTP round trips.
//
// The worker drains the outbox in batches every few seconds. A failed mail is tried again later (after
// 1 min, 5 min, 30 min, 2 h) and given up after MAX_ATTEMPTS. Accounts without a verified address get
// nothing (the row is closed as skipped); deleted accounts lose their rows with them (cascade). A mail
// whose news is out of date (approved, then rejected before the worker ran) is not sent.
import { eq, sql } from 'drizzle-orm';
import { notifications, type NotificationEvent } from '../db/schema';
import type { Conn, DB } from '../db';
import { messages, type Locale } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { composeMail } from '../mail/templates';
import { sendMail, type Mail } from '../mail/transport';
import { splitRejection } from './netiquette';
import { contributionPath } from './links';

export interface NotificationInput {
	/** The author; no row is written for deleted accounts (null). */
	userId: string | null;
	contributionId: string;
	event: NotificationEvent;
}

export function queueNotification(conn: Conn, input: NotificationInput) {
	if (!input.userId) return;
	conn
		.insert(notifications)
		.values({ userId: input.userId, contributionId: input.contributionId, event: input.event })
		.run();
}

export const MAX_ATTEMPTS = 5;
/** Wait before attempt n+1 (ms), counted from when the notification was queued. */
const BACKOFF_MS = [0, 60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000];
const BATCH = 50;

export interface NotificationCtx {
	/** Base URL for links in mails (ORIGIN). */
	origin: string;
	now?: Date;
	batch?: number;
	/** The mail transport (tests may pass their own). */
	send?: (mail: Mail) => Promise<boolean>;
}

interface Pending {
	id: number;
	event: NotificationEvent;
	attempts: number;
	createdAt: number;
	email: string;
	displayName: string;
	locale: Locale;
	verified: number | null;
	contributionId: string;
	kind: 'comment' | 'pin' | 'card' | 'offline';
	body: string;
	state: string;
	rejectionReason: string | null;
	writtenAt: number;
	processSlug: string | null;
	moduleSlug: string | null;
}

function mailFor(p: Pending, origin: string): Mail {
	const locale: Locale = p.locale === 'en' ? 'en' : 'de';
	const m = messages(locale);
	const t = m.review.mail;
	const link = `${origin.replace(/\/$/, '')}${contributionPath(p.kind, p.contributionId, p)}`;
	const excerpt = p.body.length > 300 ? `${p.body.slice(0, 300)} …` : p.body;
	const written = formatDate(new Date(p.writtenAt), locale);
	switch (p.event) {
		case 'approved':
			return composeMail(
				p.email,
				locale,
				t.approvedSubject,
				p.displayName,
				[t.approvedBody(written), `„${excerpt}“`, t.approvedLink],
				link
			);
		case 'rejected': {
			const { reason, note } = splitRejection(p.rejectionReason);
			const reasonText = m.document.netiquette[reason ?? 'other'];
			return composeMail(
				p.email,
				locale,
				t.rejectedSubject,
				p.displayName,
				[
					t.rejectedBody(written),
					`„${excerpt}“`,
					t.rejectedReason(reasonText),
					...(note ? [t.rejectedNote(note)] : []),
					t.rejectedLink
				],
				link,
				[t.rejectedAfter]
			);
		}
		case 'answered':
			return composeMail(
				p.email,
				locale,
				t.answeredSubject,
				p.displayName,
				[t.answeredBody(written), `„${excerpt}“`, t.answeredLink],
				link
			);
	}
}

/** Is the news still true? (An approval that was reversed before the mail went out is not sent.) */
function stillTrue(p: Pending): boolean {
	if (p.event === 'approved') return p.state === 'published';
	if (p.event === 'rejected') return p.state === 'rejected';
	return true;
}

/** Sends one batch of due notifications; returns what happened (for tests and logs). */
export async function sendPendingNotifications(db: DB, ctx: NotificationCtx) {
	const now = (ctx.now ?? new Date()).getTime();
	const send = ctx.send ?? sendMail;
	const due = db.all<Pending>(sql`
		select n.id, n.event, n.attempts, n.created_at as createdAt, u.email, u.display_name as displayName,
			u.locale, u.email_verified_at as verified, c.id as contributionId, c.kind, c.body, c.state,
			c.rejection_reason as rejectionReason, c.created_at as writtenAt, pr.slug as processSlug,
			mo.slug as moduleSlug
		from notifications n
		join users u on u.id = n.user_id
		join contributions c on c.id = n.contribution_id
		join processes pr on pr.id = c.process_id
		left join modules mo on mo.id = c.module_id
		where n.sent_at is null and n.attempts < ${MAX_ATTEMPTS}
			and n.created_at + (case n.attempts ${sql.raw(
				BACKOFF_MS.map((ms, i) => `when ${i} then ${ms}`).join(' ')
			)} else 0 end) <= ${now}
		order by n.id limit ${ctx.batch ?? BATCH}`);
	const result = { sent: 0, failed: 0, skipped: 0 };
	for (const p of due) {
		const close = (lastError: string | null) =>
			db
				.update(notifications)
				.set({ sentAt: new Date(now), lastError })
				.where(eq(notifications.id, p.id))
				.run();
		if (!p.verified) {
			close('skipped: e-mail address not verified');
			result.skipped++;
			continue;
		}
		if (!stillTrue(p)) {
			close('skipped: out of date');
			result.skipped++;
			continue;
		}
		const ok = await send(mailFor(p, ctx.origin));
		if (ok) {
			close(null);
			result.sent++;
		} else {
			db.update(notifications)
				.set({ attempts: p.attempts + 1, lastError: 'send failed' })
				.where(eq(notifications.id, p.id))
				.run();
			result.failed++;
		}
	}
	return result;
}

const INTERVAL_MS = 2000;
let timer: ReturnType<typeof setInterval> | undefined;

/**
 * Starts the background sender (once per process): every 2 s it drains the outbox batch by batch. The
 * timer is unref'd, so it never keeps the process alive; overlapping runs are skipped.
 */
export function startNotificationWorker(db: DB, origin: string) {
	if (timer) return;
	let running = false;
	timer = setInterval(async () => {
		if (running) return;
		running = true;
		try {
			for (let i = 0; i < 20; i++) {
				const r = await sendPendingNotifications(db, { origin });
				if (r.sent + r.failed + r.skipped < BATCH) break;
			}
		} catch (err) {
			console.error('[mail] Benachrichtigungen:', (err as Error).message);
		} finally {
			running = false;
		}
	}, INTERVAL_MS);
	timer.unref();
}

export function stopNotificationWorker() {
	if (timer) clearInterval(timer);
	timer = undefined;
}
