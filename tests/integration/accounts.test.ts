import { and, desc, eq, ne } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	changePassword,
	confirmEmailChange,
	deleteAccount,
	login,
	requestEmailChange,
	requestPasswordReset,
	resetPassword,
	signUp,
	updateProfile,
	verifyEmail
} from '../../src/lib/server/auth/accounts.service';
import {
	acceptInvitation,
	createInvitation,
	createOrganisation,
	membership,
	peekInvitation
} from '../../src/lib/server/auth/invitations.service';
import { grantRole } from '../../src/lib/server/auth/roles.service';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { hashPassword } from '../../src/lib/server/auth/password';
import {
	auditLog,
	consents,
	contributions,
	emailTokens,
	organisations,
	processes,
	sessions,
	userRoles,
	users
} from '../../src/lib/server/db/schema';
import { exportUserData } from '../../src/lib/server/auth/export';
import { freshDb, makeUser } from '../factories/db';
import { allMails, readOutbox } from '../factories/outbox';

const { db, outbox } = freshDb();
const ctx = { db, origin: 'http://test.invalid', locale: 'de' as const };
const PW = 'Ein sicheres Passwort 2023';

function tokenFrom(text: string, path: string) {
	const m = new RegExp(`${path}([a-z2-7]+)`).exec(text);
	if (!m) throw new Error('no token in mail');
	return m[1];
}

async function signedUp(email: string) {
	const res = await signUp(ctx, { displayName: `Testperson ${email.split('@')[0]}`, email, password: PW });
	expect(res.ok).toBe(true);
	const mail = await readOutbox(outbox, email, 'bestätigen');
	return tokenFrom(mail.text, '/email-bestaetigen/');
}

describe('sign-up and verification', () => {
	it('creates an unverified account with recorded consent and mails a single-use link', async () => {
		const token = await signedUp('anna@example.org');
		const user = db.select().from(users).where(eq(users.email, 'anna@example.org')).get()!;
		expect(user.emailVerifiedAt).toBeNull();
		expect(user.passwordHash).toMatch(/^\$argon2id\$/);
		const consent = db.select().from(consents).where(eq(consents.userId, user.id)).get()!;
		expect(consent.version).toBeTruthy();
		expect(consent.givenAt).toBeInstanceOf(Date);

		expect(verifyEmail(db, token)).toMatchObject({ ok: true });
		expect(db.select().from(users).where(eq(users.id, user.id)).get()!.emailVerifiedAt).not.toBeNull();
		expect(verifyEmail(db, token)).toEqual({ ok: false, reason: 'token_invalid' });
	});

	it('refuses expired and malformed tokens', async () => {
		const token = await signedUp('bert@example.org');
		db.update(emailTokens)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.run();
		expect(verifyEmail(db, token)).toEqual({ ok: false, reason: 'token_expired' });
		expect(verifyEmail(db, 'nope')).toEqual({ ok: false, reason: 'token_invalid' });
		expect(verifyEmail(db, '<script>')).toEqual({ ok: false, reason: 'token_invalid' });
		expect(verifyEmail(db, 'a'.repeat(10_000))).toEqual({ ok: false, reason: 'token_invalid' });
	});

	it('answers a second sign-up with the same address the same way, without a second account', async () => {
		await signedUp('clara@example.org');
		const before = allMails(outbox).length;
		const again = await signUp(ctx, { displayName: 'Andere', email: 'clara@example.org', password: PW });
		expect(again).toEqual({ ok: true });
		expect(db.select().from(users).where(eq(users.email, 'clara@example.org')).all()).toHaveLength(1);
		const mails = allMails(outbox);
		expect(mails.length).toBe(before + 1);
		expect(mails.at(-1)!.subject).toContain('Registrierung mit Ihrer E-Mail-Adresse');
	});

	it('refuses common passwords and stores nothing', async () => {
		const res = await signUp(ctx, {
			displayName: 'X Y',
			email: 'dora@example.org',
			password: 'password1234'
		});
		expect(res).toEqual({ ok: false, reason: 'password_common', field: 'password' });
		expect(db.select().from(users).where(eq(users.email, 'dora@example.org')).get()).toBeUndefined();
	});

	it('joins the organisation of an invitation, once', async () => {
		const admin = makeUser(db, { roles: ['admin'] });
		const org = createOrganisation(db, admin.id, { name: 'Genossenschaft Test', actorType: 'cooperative' });
		expect(org.ok).toBe(true);
		const inv = createInvitation(db, admin.id, org.ok ? org.organisation.id : '', 'für Frau X');
		if (!inv.ok) throw new Error();
		const res = await signUp(ctx, {
			displayName: 'Akteurin',
			email: 'akteurin@example.org',
			password: PW,
			invitationToken: inv.token
		});
		expect(res.ok).toBe(true);
		const user = db.select().from(users).where(eq(users.email, 'akteurin@example.org')).get()!;
		expect(user.organisationId).toBe(org.ok ? org.organisation.id : '');
		expect(
			db
				.select()
				.from(userRoles)
				.where(eq(userRoles.userId, user.id))
				.all()
				.map((r) => r.role)
		).toEqual(['allianz']);
		const second = await signUp(ctx, {
			displayName: 'Zweite',
			email: 'zweite@example.org',
			password: PW,
			invitationToken: inv.token
		});
		expect(second).toEqual({ ok: false, reason: 'invitation_invalid' });
		// Nothing half-written: the second account was rolled back with the invitation.
		expect(db.select().from(users).where(eq(users.email, 'zweite@example.org')).get()).toBeUndefined();
	});

	it('moves a member of another organisation on acceptance, and leaves a present member’s link unused', () => {
		const admin = makeUser(db, { roles: ['admin'] });
		const orgOf = (name: string) => {
			const r = createOrganisation(db, admin.id, { name, actorType: 'housing_company' });
			if (!r.ok) throw new Error(r.reason);
			return r.organisation.id;
		};
		const first = orgOf('Erste Wohnbau');
		const second = orgOf('Zweite Wohnbau');
		const invite = (org: string) => {
			const r = createInvitation(db, admin.id, org, null);
			if (!r.ok) throw new Error(r.reason);
			return r.token;
		};
		const person = makeUser(db, {});
		expect(membership(db, person.id)).toEqual({
			organisationId: null,
			organisationName: null,
			allianz: false
		});
		expect(acceptInvitation(db, invite(first), person.id).ok).toBe(true);
		expect(membership(db, person.id)).toEqual({
			organisationId: first,
			organisationName: 'Erste Wohnbau',
			allianz: true
		});
		// A second link of the same organisation is not used up by her.
		const again = invite(first);
		expect(acceptInvitation(db, again, person.id)).toEqual({
			ok: false,
			reason: 'invitation_already_member'
		});
		expect(peekInvitation(db, again)).not.toBeNull();
		// Another organisation's link moves her; the audit entry keeps where she came from.
		expect(acceptInvitation(db, invite(second), person.id).ok).toBe(true);
		expect(membership(db, person.id).organisationId).toBe(second);
		const entry = db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, person.id))
			.orderBy(desc(auditLog.createdAt), desc(auditLog.id))
			.all()
			.find((e) => e.action === 'invitation.accepted' && JSON.stringify(e.after).includes(second));
		expect(entry?.before).toEqual({ organisationId: first });
	});

	it('keeps display names unique without regard to case, at sign-up and in the profile', async () => {
		const first = await signUp(ctx, {
			displayName: 'Nachbarin aus Hamme',
			email: 'hamme1@example.org',
			password: PW
		});
		expect(first.ok).toBe(true);
		const before = db.select().from(users).all().length;
		expect(
			await signUp(ctx, { displayName: 'nachbarin aus HAMME', email: 'hamme2@example.org', password: PW })
		).toEqual({ ok: false, reason: 'display_name_taken', field: 'displayName' });
		expect(db.select().from(users).all()).toHaveLength(before);
		const other = makeUser(db, { displayName: 'Jemand anderes' });
		expect(updateProfile(db, other.id, { displayName: 'Nachbarin aus Hamme', locale: 'de' })).toEqual({
			ok: false,
			reason: 'display_name_taken',
			field: 'displayName'
		});
		expect(db.select().from(users).where(eq(users.id, other.id)).get()?.displayName).toBe('Jemand anderes');
		// A name two older accounts share (from before the rule) can still be saved unchanged.
		const twin = makeUser(db, { displayName: 'Jemand anderes' });
		expect(updateProfile(db, twin.id, { displayName: 'Jemand anderes', locale: 'en' })).toEqual({ ok: true });
		// Her own name, in other letters, is hers to keep.
		const own = db.select().from(users).where(eq(users.email, 'hamme1@example.org')).get()!;
		expect(updateProfile(db, own.id, { displayName: 'Nachbarin aus HAMME', locale: 'en' })).toEqual({
			ok: true
		});
	});

	it('gives the Allianz role only to accounts of an organisation', () => {
		const admin = makeUser(db, { roles: ['admin'] });
		const loner = makeUser(db, {});
		expect(grantRole(db, admin.id, loner.id, 'allianz')).toEqual({
			ok: false,
			reason: 'allianz_needs_organisation'
		});
		expect(db.select().from(userRoles).where(eq(userRoles.userId, loner.id)).all()).toEqual([]);
		expect(grantRole(db, admin.id, loner.id, 'gremium')).toEqual({ ok: true, changed: true });
	});
});

describe('login, sessions and passwords', () => {
	let userId: string;
	beforeEach(async () => {
		const email = `eva${Date.now()}@example.org`;
		userId = makeUser(db, { email, passwordHash: await hashPassword(PW) }).id;
	});

	it('logs in with the right password only, and says the same for unknown addresses', async () => {
		const user = db.select().from(users).where(eq(users.id, userId)).get()!;
		expect(await login(db, user.email, PW)).toEqual({ ok: true, userId });
		expect(await login(db, user.email, 'falsch falsch falsch')).toEqual({
			ok: false,
			reason: 'login_failed'
		});
		expect(await login(db, 'niemand@example.org', PW)).toEqual({ ok: false, reason: 'login_failed' });
	});

	it('validates session tokens and ignores tampered, unknown or expired ones', () => {
		const { token } = createSession(db, userId);
		expect(validateSessionToken(db, token)?.user.id).toBe(userId);
		const [id, secret] = token.split('.');
		const other = secret.endsWith('a') ? 'b' : 'a'; // a really different secret
		expect(validateSessionToken(db, `${id}.${secret.slice(0, -1)}${other}`)).toBeNull();
		expect(validateSessionToken(db, `${id}x.${secret}`)).toBeNull();
		expect(validateSessionToken(db, 'garbage')).toBeNull();
		expect(validateSessionToken(db, '')).toBeNull();
		expect(validateSessionToken(db, `${'a'.repeat(5000)}.b`)).toBeNull();
		db.update(sessions)
			.set({ expiresAt: new Date(Date.now() - 1) })
			.where(eq(sessions.id, id))
			.run();
		expect(validateSessionToken(db, token)).toBeNull();
		expect(db.select().from(sessions).where(eq(sessions.id, id)).get()).toBeUndefined();
	});

	it('returns the session user with roles, organisation, language and verification', () => {
		const { token, session } = createSession(db, userId);
		const before = validateSessionToken(db, token)!;
		expect(before.user).toMatchObject({ id: userId, roles: [], organisation: null });
		expect(before.session).toEqual(session);
		const org = db
			.insert(organisations)
			.values({ name: 'Sitzungstest eG', actorType: 'cooperative' })
			.returning()
			.get();
		db.update(users)
			.set({ organisationId: org.id, locale: 'en', emailVerifiedAt: new Date() })
			.where(eq(users.id, userId))
			.run();
		db.insert(userRoles)
			.values([
				{ userId, role: 'allianz' },
				{ userId, role: 'moderation' }
			])
			.run();
		const after = validateSessionToken(db, token)!.user;
		expect([...after.roles].sort()).toEqual(['allianz', 'moderation']);
		expect(after).toMatchObject({
			locale: 'en',
			emailVerified: true,
			organisation: { id: org.id, name: 'Sitzungstest eG', actorType: 'cooperative' }
		});
		db.delete(userRoles).where(eq(userRoles.userId, userId)).run();
		db.update(users).set({ organisationId: null, locale: 'de' }).where(eq(users.id, userId)).run();
	});

	it('extends a session that is in use and has less than 15 days left', () => {
		const { token, session } = createSession(db, userId);
		const soon = new Date(Date.now() + 2 * 24 * 3600 * 1000);
		db.update(sessions).set({ expiresAt: soon }).where(eq(sessions.id, session.id)).run();
		const v = validateSessionToken(db, token)!;
		expect(v.session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
		// Only then is the cookie sent again; a fresh session is not renewed on every request.
		expect(v.renewed).toBe(true);
		expect(validateSessionToken(db, token)!.renewed).toBe(false);
	});

	it('resets the password with a single-use link and ends all sessions', async () => {
		const user = db.select().from(users).where(eq(users.id, userId)).get()!;
		const { token: sessionToken } = createSession(db, userId);
		await requestPasswordReset(ctx, user.email);
		await requestPasswordReset(ctx, 'unbekannt@example.org'); // same answer, no mail
		const mail = await readOutbox(outbox, user.email, 'Neues Passwort');
		const token = tokenFrom(mail.text, '/passwort-zuruecksetzen/');
		expect(await resetPassword(db, token, '123456789012')).toEqual({
			ok: false,
			reason: 'password_common',
			field: 'password'
		});
		expect(await resetPassword(db, token, 'Ganz neues Passwort!')).toEqual({ ok: true, userId });
		expect(await resetPassword(db, token, 'Noch ein Passwort!!')).toEqual({
			ok: false,
			reason: 'token_invalid'
		});
		expect(validateSessionToken(db, sessionToken)).toBeNull();
		expect((await login(db, user.email, 'Ganz neues Passwort!')).ok).toBe(true);
		expect(allMails(outbox).some((m) => m.to.includes('unbekannt@example.org'))).toBe(false);
	});

	it('changes the password only with the current one', async () => {
		expect(await changePassword(db, userId, 'falsch falsch', 'Neues Passwort 123')).toMatchObject({
			ok: false,
			reason: 'password_wrong'
		});
		expect(await changePassword(db, userId, PW, 'Neues Passwort 123')).toEqual({ ok: true });
	});

	it('changes the e-mail address after confirmation from the new address', async () => {
		const user = db.select().from(users).where(eq(users.id, userId)).get()!;
		const newEmail = `neu-${userId.slice(0, 6)}@example.org`;
		expect((await requestEmailChange(ctx, userId, newEmail, 'falsch falsch')).ok).toBe(false);
		expect(await requestEmailChange(ctx, userId, newEmail, PW)).toEqual({ ok: true });
		const mail = await readOutbox(outbox, newEmail);
		const token = tokenFrom(mail.text, '/konto/email-aendern/');
		expect(db.select().from(users).where(eq(users.id, userId)).get()!.email).toBe(user.email);
		expect(await confirmEmailChange(db, token)).toEqual({ ok: true, userId });
		expect(db.select().from(users).where(eq(users.id, userId)).get()!.email).toBe(newEmail);
		await readOutbox(outbox, user.email, 'geändert');
	});

	it('ends open links when the password is reset, so an old address-change link is void', async () => {
		const user = db.select().from(users).where(eq(users.id, userId)).get()!;
		await requestEmailChange(ctx, userId, `angreifer-${userId.slice(0, 6)}@example.org`, PW);
		const change = tokenFrom(
			(await readOutbox(outbox, `angreifer-${userId.slice(0, 6)}@example.org`)).text,
			'/konto/email-aendern/'
		);
		await requestPasswordReset(ctx, user.email);
		const reset = tokenFrom(
			(await readOutbox(outbox, user.email, 'Neues Passwort')).text,
			'/passwort-zuruecksetzen/'
		);
		expect((await resetPassword(db, reset, 'Wieder meins 2024!', 'http://test.invalid')).ok).toBe(true);
		const notice = await readOutbox(outbox, user.email, 'Passwort wurde geändert');
		expect(notice.text).toContain('http://test.invalid/passwort-vergessen');
		expect(await confirmEmailChange(db, change)).toEqual({ ok: false, reason: 'token_invalid' });
		expect(db.select().from(users).where(eq(users.id, userId)).get()!.email).toBe(user.email);
	});

	it('does not let the last admin delete the account', async () => {
		const only = makeUser(db, { roles: ['admin'], passwordHash: await hashPassword(PW) });
		db.delete(userRoles)
			.where(and(eq(userRoles.role, 'admin'), ne(userRoles.userId, only.id)))
			.run();
		expect(await deleteAccount(db, only.id, PW)).toEqual({ ok: false, reason: 'last_admin' });
	});

	it('deletes the account with its personal data, keeps an anonymous audit entry', async () => {
		createSession(db, userId);
		expect((await deleteAccount(db, userId, 'falsch falsch')).ok).toBe(false);
		expect(exportUserData(db, userId)?.sessions.length).toBe(1);
		expect(await deleteAccount(db, userId, PW)).toEqual({ ok: true });
		expect(db.select().from(users).where(eq(users.id, userId)).get()).toBeUndefined();
		expect(db.select().from(sessions).where(eq(sessions.userId, userId)).all()).toHaveLength(0);
		const entry = db.select().from(auditLog).where(eq(auditLog.entityId, userId)).get()!;
		expect(entry.action).toBe('account.deleted');
		expect(entry.actorId).toBeNull();
		expect(exportUserData(db, userId)).toBeNull();
	});

	it('lets a moderator with assigned queue items delete the account; the items are released', async () => {
		const mod = makeUser(db, { roles: ['moderation'], passwordHash: await hashPassword(PW) });
		const p = db
			.insert(processes)
			.values({ slug: `p-${mod.id.slice(0, 8)}`, title: 'P' })
			.returning()
			.get();
		const c = db
			.insert(contributions)
			.values({
				kind: 'offline',
				processId: p.id,
				body: 'Brief',
				state: 'published',
				moderationMode: 'post',
				assigneeId: mod.id
			})
			.returning()
			.get();
		expect(await deleteAccount(db, mod.id, PW)).toEqual({ ok: true });
		expect(db.select().from(contributions).where(eq(contributions.id, c.id)).get()!.assigneeId).toBeNull();
	});
});
