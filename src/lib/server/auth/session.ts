// Sessions after lucia-auth.com's current guide: the token is "<id>.<secret>", the database keeps the id
// and SHA-256 of the secret, which is compared in constant time. 30 days, extended while in use.
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { eq } from 'drizzle-orm';
import type { Conn, DB } from '../db';
import { organisations, sessions, userRoles, users, type ActorType, type Role } from '../db/schema';
import { generateToken, sha256Bytes } from './tokens';

export const SESSION_COOKIE = 'session';
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME = 30 * DAY;
const RENEW_BEFORE = 15 * DAY;

export interface SessionUser {
	id: string;
	email: string;
	displayName: string;
	emailVerified: boolean;
	locale: 'de' | 'en';
	roles: Role[];
	organisation: { id: string; name: string; actorType: ActorType } | null;
}

export interface Session {
	id: string;
	userId: string;
	expiresAt: Date;
}

export function createSession(db: DB, userId: string): { token: string; session: Session } {
	const id = generateToken();
	const secret = generateToken();
	const expiresAt = new Date(Date.now() + SESSION_LIFETIME);
	db.insert(sessions)
		.values({ id, secretHash: Buffer.from(sha256Bytes(secret)), userId, expiresAt })
		.run();
	return { token: `${id}.${secret}`, session: { id, userId, expiresAt } };
}

/** Returns the session and its user, or null for a missing, malformed, tampered or expired token. */
export function validateSessionToken(
	db: DB,
	token: string
): { session: Session; user: SessionUser; renewed: boolean } | null {
	const parts = token.split('.');
	if (parts.length !== 2 || parts[0].length === 0 || parts[0].length > 64 || parts[1].length > 64)
		return null;
	const [id, secret] = parts;
	const row = db
		.select({
			id: sessions.id,
			secretHash: sessions.secretHash,
			expiresAt: sessions.expiresAt,
			userId: users.id,
			email: users.email,
			displayName: users.displayName,
			emailVerifiedAt: users.emailVerifiedAt,
			locale: users.locale,
			orgId: organisations.id,
			orgName: organisations.name,
			orgType: organisations.actorType
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.leftJoin(organisations, eq(organisations.id, users.organisationId))
		.where(eq(sessions.id, id))
		.get();
	if (!row) return null;
	if (!constantTimeEqual(new Uint8Array(row.secretHash), sha256Bytes(secret))) return null;
	const now = Date.now();
	if (row.expiresAt.getTime() <= now) {
		db.delete(sessions).where(eq(sessions.id, id)).run();
		return null;
	}
	let expiresAt = row.expiresAt;
	const renewed = expiresAt.getTime() - now < RENEW_BEFORE;
	if (renewed) {
		expiresAt = new Date(now + SESSION_LIFETIME);
		db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id)).run();
	}
	const roles = db
		.select({ role: userRoles.role })
		.from(userRoles)
		.where(eq(userRoles.userId, row.userId))
		.all()
		.map((r) => r.role);
	return {
		renewed,
		session: { id: row.id, userId: row.userId, expiresAt },
		user: {
			id: row.userId,
			email: row.email,
			displayName: row.displayName,
			emailVerified: row.emailVerifiedAt !== null,
			locale: row.locale,
			roles,
			organisation:
				row.orgId && row.orgName && row.orgType
					? { id: row.orgId, name: row.orgName, actorType: row.orgType }
					: null
		}
	};
}

export function invalidateSession(db: Conn, sessionId: string) {
	db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function invalidateUserSessions(db: Conn, userId: string) {
	db.delete(sessions).where(eq(sessions.userId, userId)).run();
}
