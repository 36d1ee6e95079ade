// The audit log: who did what to which entity, with before/after snapshots. Written inside the same
// transaction as the change it records, so an entry exists exactly when the change does.
import { auditLog } from './db/schema';
import type { Conn } from './db';

export interface AuditEntry {
	actorId: string | null;
	action: string;
	entityType: string;
	entityId?: string | null;
	before?: unknown;
	after?: unknown;
}

export function audit(db: Conn, entry: AuditEntry) {
	db.insert(auditLog)
		.values({
			actorId: entry.actorId,
			action: entry.action,
			entityType: entry.entityType,
			entityId: entry.entityId ?? null,
			before: entry.before ?? null,
			after: entry.after ?? null,
			createdAt: new Date()
		})
		.run();
}
