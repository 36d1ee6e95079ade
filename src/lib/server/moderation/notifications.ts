// Mails to authors about their input (approved, rejected with reason, answered). A decision writes a row
// in the same transaction (outbox); a background worker sends them, so decisions never wait for SMTP.
import { notifications, type NotificationEvent } from '../db/schema';
import type { Conn } from '../db';

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
