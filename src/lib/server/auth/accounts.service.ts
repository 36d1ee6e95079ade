// Account life cycle: sign-up, e-mail verification, login, password reset, e-mail and password changes,
// profile, deletion. Every function takes the database and returns { ok } or { ok: false, reason }.
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Locale } from '../../i18n';
import { PRIVACY_VERSION } from '../config';
import type { Conn, DB, Tx } from '../db';
import { consents, emailTokens, users, type TokenPurpose } from '../db/schema';
import { audit } from '../audit';
import { sendMail } from '../mail/transport';
import { mails } from '../mail/templates';
import { burnPasswordCheck, hashPassword, isCommonPassword, verifyPassword } from './password';
import { invalidateUserSessions } from './session';
import { generateToken, hashToken } from './tokens';
import { consumeInvitation, peekInvitation } from './invitations.service';

const HOUR = 60 * 60 * 1000;
const TOKEN_TTL: Record<TokenPurpose, number> = {
	verify_email: 24 * HOUR,
	reset_password: 2 * HOUR,
	change_email: 24 * HOUR
};

export type Result<T = object> = ({ ok: true } & T) | { ok: false; reason: string; field?: string };

export interface Ctx {
	db: DB;
	/** Base URL for links in mails, e.g. https://beteiligung.bochum.de */
	origin: string;
	locale: Locale;
}

function issueToken(tx: DB | Tx, userId: string, purpose: TokenPurpose, newEmail?: string): string {
	const token = generateToken();
	tx.insert(emailTokens)
		.values({
			userId,
			purpose,
			tokenHash: hashToken(token),
			newEmail: newEmail ?? null,
			expiresAt: new Date(Date.now() + TOKEN_TTL[purpose])
		})
		.run();
	return token;
}

const links = {
	verify: (origin: string, token: string) => `${origin}/email-bestaetigen/${token}`,
	reset: (origin: string, token: string) => `${origin}/passwort-zuruecksetzen/${token}`,
	resetStart: (origin: string) => `${origin}/passwort-vergessen`,
	emailChange: (origin: string, token: string) => `${origin}/konto/email-aendern/${token}`
};

function isUniqueViolation(e: unknown) {
	return (e as { code?: string })?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export function findUserByEmail(db: DB, email: string) {
	return db.select().from(users).where(eq(users.email, email)).get();
}

/**
 * Creates an unverified account and mails a verification link. When the address is taken, the answer is
 * the same and the owner gets a note instead, so the form does not reveal which addresses exist.
 */
export async function signUp(
	ctx: Ctx,
	input: { displayName: string; email: string; password: string; invitationToken?: string }
): Promise<Result<{ userId?: string }>> {
	if (isCommonPassword(input.password)) return { ok: false, reason: 'password_common', field: 'password' };
	// Names are public on every contribution: taken ones are refused, whether the address exists or not.
	if (displayNameTaken(ctx.db, input.displayName))
		return { ok: false, reason: 'display_name_taken', field: 'displayName' };
	// Check the invitation first, the same way whether the address exists or not (no enumeration).
	if (input.invitationToken && !peekInvitation(ctx.db, input.invitationToken))
		return { ok: false, reason: 'invitation_invalid' };
	const existing = findUserByEmail(ctx.db, input.email);
	if (existing) {
		await burnPasswordCheck(input.password); // about the time a new account's hash takes
		await sendMail(
			mails.accountExists(existing.email, existing.locale, existing.displayName, links.resetStart(ctx.origin))
		);
		return { ok: true };
	}
	const passwordHash = await hashPassword(input.password);
	let token: string;
	let userId: string;
	try {
		const out = ctx.db.transaction((tx) => {
			// Again inside the write: another sign-up may have taken the name while the password hashed.
			if (displayNameTaken(tx, input.displayName)) throw new NameTaken();
			const user = tx
				.insert(users)
				.values({ email: input.email, displayName: input.displayName, passwordHash, locale: ctx.locale })
				.returning({ id: users.id })
				.get();
			tx.insert(consents).values({ userId: user.id, kind: 'privacy', version: PRIVACY_VERSION }).run();
			if (input.invitationToken) {
				const joined = consumeInvitation(tx, input.invitationToken, user.id);
				if (!joined.ok) throw new InvitationError();
			}
			return { userId: user.id, token: issueToken(tx, user.id, 'verify_email') };
		});
		token = out.token;
		userId = out.userId;
	} catch (e) {
		if (e instanceof InvitationError) return { ok: false, reason: 'invitation_invalid' };
		if (e instanceof NameTaken) return { ok: false, reason: 'display_name_taken', field: 'displayName' };
		if (isUniqueViolation(e)) return { ok: true }; // a concurrent sign-up with the same address won
		throw e;
	}
	await sendMail(mails.verify(input.email, ctx.locale, input.displayName, links.verify(ctx.origin, token)));
	return { ok: true, userId };
}

class InvitationError extends Error {}
class NameTaken extends Error {}

/** Sends a fresh verification link to an unverified account. */
export async function resendVerification(ctx: Ctx, userId: string): Promise<Result> {
	const user = ctx.db.select().from(users).where(eq(users.id, userId)).get();
	if (!user) return { ok: false, reason: 'unknown_user' };
	if (user.emailVerifiedAt) return { ok: true };
	const token = issueToken(ctx.db, user.id, 'verify_email');
	await sendMail(mails.verify(user.email, user.locale, user.displayName, links.verify(ctx.origin, token)));
	return { ok: true };
}

type TokenRow = typeof emailTokens.$inferSelect;

/** Looks a token up without using it (for the confirmation page). */
export function peekToken(db: DB, token: string, purpose: TokenPurpose): Result<{ row: TokenRow }> {
	if (!/^[a-z2-7]{10,64}$/.test(token)) return { ok: false, reason: 'token_invalid' };
	const row = db
		.select()
		.from(emailTokens)
		.where(and(eq(emailTokens.tokenHash, hashToken(token)), eq(emailTokens.purpose, purpose)))
		.get();
	if (!row || row.usedAt) return { ok: false, reason: 'token_invalid' };
	if (row.expiresAt.getTime() <= Date.now()) return { ok: false, reason: 'token_expired' };
	return { ok: true, row };
}

/** Marks the token used; false when another request used it first. */
function useToken(tx: Tx, id: string): boolean {
	const res = tx
		.update(emailTokens)
		.set({ usedAt: new Date() })
		.where(and(eq(emailTokens.id, id), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, new Date())))
		.run();
	return res.changes === 1;
}

/** Ends every open link of the account (after a password or address change, old links must not work). */
function revokeOpenTokens(tx: Conn, userId: string) {
	tx.update(emailTokens)
		.set({ usedAt: new Date() })
		.where(and(eq(emailTokens.userId, userId), isNull(emailTokens.usedAt)))
		.run();
}

export function verifyEmail(db: DB, token: string): Result<{ userId: string }> {
	const found = peekToken(db, token, 'verify_email');
	if (!found.ok) return found;
	const { row } = found;
	return db.transaction((tx) => {
		if (!useToken(tx, row.id)) return { ok: false as const, reason: 'token_invalid' };
		tx.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, row.userId)).run();
		return { ok: true as const, userId: row.userId };
	});
}

/** Checks e-mail and password; the same answer and about the same time for unknown addresses. */
export async function login(db: DB, email: string, password: string): Promise<Result<{ userId: string }>> {
	const user = findUserByEmail(db, email);
	if (!user) {
		await burnPasswordCheck(password);
		return { ok: false, reason: 'login_failed' };
	}
	if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: 'login_failed' };
	return { ok: true, userId: user.id };
}

/** Mails a reset link when the account exists; the answer never tells whether it does. */
export async function requestPasswordReset(ctx: Ctx, email: string): Promise<Result> {
	const user = findUserByEmail(ctx.db, email);
	if (user) {
		const token = issueToken(ctx.db, user.id, 'reset_password');
		await sendMail(mails.reset(user.email, user.locale, user.displayName, links.reset(ctx.origin, token)));
	}
	return { ok: true };
}

/** Tells the owner that the password changed, with a way back in if it was not them. */
async function notifyPasswordChanged(db: DB, origin: string | undefined, userId: string) {
	if (!origin) return;
	const user = db.select().from(users).where(eq(users.id, userId)).get();
	if (!user) return;
	await sendMail(mails.passwordChanged(user.email, user.locale, user.displayName, links.resetStart(origin)));
}

export async function resetPassword(
	db: DB,
	token: string,
	password: string,
	origin?: string
): Promise<Result<{ userId: string }>> {
	const found = peekToken(db, token, 'reset_password');
	if (!found.ok) return found;
	if (isCommonPassword(password)) return { ok: false, reason: 'password_common', field: 'password' };
	const passwordHash = await hashPassword(password);
	const { row } = found;
	const result = db.transaction((tx) => {
		if (!useToken(tx, row.id)) return { ok: false as const, reason: 'token_invalid' };
		revokeOpenTokens(tx, row.userId);
		// The link proves control of the mailbox, so the address counts as verified too.
		const user = tx.select({ v: users.emailVerifiedAt }).from(users).where(eq(users.id, row.userId)).get();
		tx.update(users)
			.set({ passwordHash, emailVerifiedAt: user?.v ?? new Date() })
			.where(eq(users.id, row.userId))
			.run();
		invalidateUserSessions(tx, row.userId);
		return { ok: true as const, userId: row.userId };
	});
	if (result.ok) await notifyPasswordChanged(db, origin, result.userId);
	return result;
}

export async function changePassword(
	db: DB,
	userId: string,
	currentPassword: string,
	password: string,
	origin?: string
): Promise<Result> {
	const user = db.select().from(users).where(eq(users.id, userId)).get();
	if (!user) return { ok: false, reason: 'unknown_user' };
	if (!(await verifyPassword(user.passwordHash, currentPassword)))
		return { ok: false, reason: 'password_wrong', field: 'currentPassword' };
	if (isCommonPassword(password)) return { ok: false, reason: 'password_common', field: 'password' };
	const passwordHash = await hashPassword(password);
	db.transaction((tx) => {
		tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
		revokeOpenTokens(tx, userId);
		invalidateUserSessions(tx, userId);
	});
	await notifyPasswordChanged(db, origin, userId);
	return { ok: true };
}

export async function requestEmailChange(
	ctx: Ctx,
	userId: string,
	newEmail: string,
	currentPassword: string
): Promise<Result> {
	const user = ctx.db.select().from(users).where(eq(users.id, userId)).get();
	if (!user) return { ok: false, reason: 'unknown_user' };
	if (!(await verifyPassword(user.passwordHash, currentPassword)))
		return { ok: false, reason: 'password_wrong', field: 'currentPassword' };
	if (newEmail === user.email) return { ok: true };
	const owner = findUserByEmail(ctx.db, newEmail);
	if (owner) {
		// Same answer as success; the owner of that address is told, in their own name and language.
		await sendMail(mails.emailTaken(owner.email, owner.locale, owner.displayName));
		return { ok: true };
	}
	const token = issueToken(ctx.db, user.id, 'change_email', newEmail);
	await sendMail(
		mails.emailChange(newEmail, user.locale, user.displayName, links.emailChange(ctx.origin, token))
	);
	return { ok: true };
}

export async function confirmEmailChange(db: DB, token: string): Promise<Result<{ userId: string }>> {
	const found = peekToken(db, token, 'change_email');
	if (!found.ok) return found;
	const { row } = found;
	const before = db.select().from(users).where(eq(users.id, row.userId)).get();
	if (!before || !row.newEmail) return { ok: false, reason: 'token_invalid' };
	try {
		const res = db.transaction((tx) => {
			if (!useToken(tx, row.id)) return { ok: false as const, reason: 'token_invalid' };
			tx.update(users)
				.set({ email: row.newEmail!, emailVerifiedAt: new Date() })
				.where(eq(users.id, row.userId))
				.run();
			revokeOpenTokens(tx, row.userId);
			invalidateUserSessions(tx, row.userId);
			return { ok: true as const, userId: row.userId };
		});
		if (res.ok)
			await sendMail(mails.emailChanged(before.email, before.locale, before.displayName, row.newEmail));
		return res;
	} catch (e) {
		if (isUniqueViolation(e)) return { ok: false, reason: 'email_taken' };
		throw e;
	}
}

/** Whether another account uses this display name (without regard to case; users_display_name_idx). */
export function displayNameTaken(db: Conn, displayName: string, exceptUserId?: string): boolean {
	const row = db.get<{ id: string } | undefined>(
		sql`select id from users where display_name = ${displayName} collate nocase and id != ${exceptUserId ?? ''} limit 1`
	);
	return row !== undefined;
}

export function updateProfile(
	db: DB,
	userId: string,
	input: { displayName: string; locale: Locale }
): Result {
	return db.transaction((tx) => {
		const current = tx
			.select({ displayName: users.displayName })
			.from(users)
			.where(eq(users.id, userId))
			.get();
		// An unchanged name is kept as it is, even when an older account shares it (before the rule).
		if (current?.displayName !== input.displayName && displayNameTaken(tx, input.displayName, userId))
			return { ok: false as const, reason: 'display_name_taken', field: 'displayName' };
		tx.update(users).set(input).where(eq(users.id, userId)).run();
		return { ok: true as const };
	});
}

/**
 * Deletes the account and everything personal that hangs on it (sessions, tokens, roles, consents).
 * Contributions reference users with ON DELETE SET NULL and stay, shown as "gelöschtes Konto".
 */
export async function deleteAccount(db: DB, userId: string, currentPassword: string): Promise<Result> {
	const user = db.select().from(users).where(eq(users.id, userId)).get();
	if (!user) return { ok: false, reason: 'unknown_user' };
	if (!(await verifyPassword(user.passwordHash, currentPassword)))
		return { ok: false, reason: 'password_wrong', field: 'currentPassword' };
	return db.transaction((tx) => {
		const admins = tx.all<{ userId: string }>(
			sql`select user_id as userId from user_roles where role = 'admin'`
		);
		if (admins.length === 1 && admins[0].userId === userId)
			return { ok: false as const, reason: 'last_admin' };
		audit(tx, { actorId: null, action: 'account.deleted', entityType: 'user', entityId: userId });
		// Supports are personal and go with the account; the counters follow.
		tx.run(
			sql`update contributions set support_count = support_count - 1 where id in (select contribution_id from supports where user_id = ${userId})`
		);
		// assignee_id was added by ALTER TABLE and has no ON DELETE action: release the person's queue items.
		tx.run(sql`update contributions set assignee_id = null where assignee_id = ${userId}`);
		tx.delete(users).where(eq(users.id, userId)).run();
		return { ok: true as const };
	});
}
