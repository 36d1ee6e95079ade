// Invitations: an admin creates a single-use link for an organisation of the Allianz für Wohnen; whoever
// accepts it joins that organisation and gets the role "allianz".
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Conn, DB } from '../db';
import { invitations, organisations, userRoles, users, type ActorType } from '../db/schema';
import { audit } from '../audit';
import { generateToken, hashToken } from './tokens';

const INVITATION_TTL = 14 * 24 * 60 * 60 * 1000;

export function createOrganisation(db: DB, actorId: string, input: { name: string; actorType: ActorType }) {
	return db.transaction((tx) => {
		const existing = tx.select().from(organisations).where(eq(organisations.name, input.name)).get();
		if (existing) return { ok: false as const, reason: 'organisation_exists' };
		const org = tx.insert(organisations).values(input).returning().get();
		audit(tx, {
			actorId,
			action: 'organisation.created',
			entityType: 'organisation',
			entityId: org.id,
			after: org
		});
		return { ok: true as const, organisation: org };
	});
}

export function listOrganisations(db: DB) {
	return db.select().from(organisations).orderBy(organisations.name).all();
}

export function createInvitation(db: DB, actorId: string, organisationId: string, note: string | null) {
	return db.transaction((tx) => {
		const org = tx.select().from(organisations).where(eq(organisations.id, organisationId)).get();
		if (!org) return { ok: false as const, reason: 'not_found' };
		const token = generateToken();
		const inv = tx
			.insert(invitations)
			.values({
				organisationId,
				tokenHash: hashToken(token),
				note,
				createdBy: actorId,
				expiresAt: new Date(Date.now() + INVITATION_TTL)
			})
			.returning({ id: invitations.id, expiresAt: invitations.expiresAt })
			.get();
		audit(tx, {
			actorId,
			action: 'invitation.created',
			entityType: 'invitation',
			entityId: inv.id,
			after: { organisationId, note }
		});
		return { ok: true as const, token, id: inv.id, expiresAt: inv.expiresAt };
	});
}

export function listInvitations(db: DB, organisationId: string) {
	return db
		.select({
			id: invitations.id,
			note: invitations.note,
			createdAt: invitations.createdAt,
			expiresAt: invitations.expiresAt,
			usedAt: invitations.usedAt,
			usedByName: users.displayName
		})
		.from(invitations)
		.leftJoin(users, eq(users.id, invitations.usedBy))
		.where(eq(invitations.organisationId, organisationId))
		.orderBy(desc(invitations.createdAt))
		.all();
}

export function revokeInvitation(db: DB, actorId: string, invitationId: string) {
	return db.transaction((tx) => {
		const res = tx
			.update(invitations)
			.set({ expiresAt: new Date() })
			.where(and(eq(invitations.id, invitationId), isNull(invitations.usedAt)))
			.run();
		if (res.changes === 1)
			audit(tx, { actorId, action: 'invitation.revoked', entityType: 'invitation', entityId: invitationId });
		return { ok: res.changes === 1 };
	});
}

/** The organisation an open invitation is for, or null when it is unknown, used or expired. */
export function peekInvitation(db: Conn, token: string) {
	if (!/^[a-z2-7]{10,64}$/.test(token)) return null;
	return (
		db
			.select({
				id: invitations.id,
				organisationId: organisations.id,
				organisationName: organisations.name,
				createdBy: invitations.createdBy
			})
			.from(invitations)
			.innerJoin(organisations, eq(organisations.id, invitations.organisationId))
			.where(
				and(
					eq(invitations.tokenHash, hashToken(token)),
					isNull(invitations.usedAt),
					gt(invitations.expiresAt, new Date())
				)
			)
			.get() ?? null
	);
}

/** The organisation an account belongs to now, and whether it holds the Allianz role. */
export function membership(db: Conn, userId: string) {
	const row = db
		.select({
			organisationId: users.organisationId,
			organisationName: organisations.name,
			role: userRoles.role
		})
		.from(users)
		.leftJoin(organisations, eq(organisations.id, users.organisationId))
		.leftJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'allianz')))
		.where(eq(users.id, userId))
		.get();
	return {
		organisationId: row?.organisationId ?? null,
		organisationName: row?.organisationName ?? null,
		allianz: row?.role === 'allianz'
	};
}

/** Uses the invitation for this user inside the caller's transaction. */
export function consumeInvitation(tx: Conn, token: string, userId: string) {
	const inv = peekInvitation(tx, token);
	if (!inv) return { ok: false as const, reason: 'invitation_invalid' };
	const member = membership(tx, userId);
	// Already an actor of this organisation: the link stays unused (it may be meant for a colleague).
	if (member.organisationId === inv.organisationId && member.allianz)
		return { ok: false as const, reason: 'invitation_already_member' };
	const used = tx
		.update(invitations)
		.set({ usedAt: new Date(), usedBy: userId })
		.where(and(eq(invitations.id, inv.id), isNull(invitations.usedAt)))
		.run();
	if (used.changes !== 1) return { ok: false as const, reason: 'invitation_invalid' };
	tx.update(users).set({ organisationId: inv.organisationId }).where(eq(users.id, userId)).run();
	tx.insert(userRoles)
		.values({ userId, role: 'allianz', grantedBy: inv.createdBy })
		.onConflictDoNothing()
		.run();
	audit(tx, {
		actorId: userId,
		action: 'invitation.accepted',
		entityType: 'user',
		entityId: userId,
		before: { organisationId: member.organisationId },
		after: { role: 'allianz', organisationId: inv.organisationId, via: 'invitation', invitationId: inv.id }
	});
	return { ok: true as const, organisationName: inv.organisationName };
}

export function acceptInvitation(db: DB, token: string, userId: string) {
	return db.transaction((tx) => consumeInvitation(tx, token, userId));
}
