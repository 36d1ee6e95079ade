// Granting and revoking roles. Only admins may; every change is written to the audit log.
import { and, eq, sql } from 'drizzle-orm';
import type { DB } from '../db';
import { userRoles, users, type Role } from '../db/schema';
import { audit } from '../audit';

export function grantRole(db: DB, actorId: string, userId: string, role: Role) {
	return db.transaction((tx) => {
		const user = tx
			.select({ id: users.id, organisationId: users.organisationId })
			.from(users)
			.where(eq(users.id, userId))
			.get();
		if (!user) return { ok: false as const, reason: 'unknown_user' };
		// Allianz actors speak for an organisation (their input is labelled with it): the role comes
		// with an organisation's invitation, never on its own.
		if (role === 'allianz' && !user.organisationId)
			return { ok: false as const, reason: 'allianz_needs_organisation' };
		const res = tx.insert(userRoles).values({ userId, role, grantedBy: actorId }).onConflictDoNothing().run();
		if (res.changes === 1)
			audit(tx, { actorId, action: 'role.granted', entityType: 'user', entityId: userId, after: { role } });
		return { ok: true as const, changed: res.changes === 1 };
	});
}

export function revokeRole(db: DB, actorId: string, userId: string, role: Role) {
	return db.transaction((tx) => {
		if (role === 'admin') {
			const admins = tx
				.select({ n: sql<number>`count(*)` })
				.from(userRoles)
				.where(eq(userRoles.role, 'admin'))
				.get();
			const isAdmin = tx
				.select()
				.from(userRoles)
				.where(and(eq(userRoles.userId, userId), eq(userRoles.role, 'admin')))
				.get();
			if (isAdmin && (admins?.n ?? 0) <= 1) return { ok: false as const, reason: 'last_admin' };
		}
		const res = tx
			.delete(userRoles)
			.where(and(eq(userRoles.userId, userId), eq(userRoles.role, role)))
			.run();
		if (res.changes === 1)
			audit(tx, { actorId, action: 'role.revoked', entityType: 'user', entityId: userId, before: { role } });
		return { ok: true as const, changed: res.changes === 1 };
	});
}
