// The administration reads against a real SQLite file with the real migrations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { openDatabase, type DB } from '../../src/lib/server/db';
import { auditLog, organisations, userRoles, users, type Role } from '../../src/lib/server/db/schema';
import {
	auditActions,
	auditEntityTypes,
	formatUserCursor,
	invitationBelongsTo,
	listAudit,
	listOrganisationsWithCounts,
	listUsers,
	organisationMembers,
	parseUserCursor,
	userAuditHistory,
	userDetail,
	type UserCursor
} from '../../src/lib/server/admin/queries';
import { createInvitation } from '../../src/lib/server/auth/invitations.service';
import { revokeRole } from '../../src/lib/server/auth/roles.service';

let dir: string;
let db: DB;

const T0 = Date.UTC(2023, 4, 1, 8, 0, 0);
const N = 123;
const ids: string[] = [];
let orgId: string;
let otherOrgId: string;
let adminId: string;

function uuid(i: number) {
	// Deterministic ids, so ties on created_at are broken in a known order.
	return `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'admin-queries-'));
	db = openDatabase(join(dir, 'test.db'));
	orgId = db
		.insert(organisations)
		.values({ name: 'VBW Bauen und Wohnen', actorType: 'housing_company' })
		.returning()
		.get().id;
	otherOrgId = db
		.insert(organisations)
		.values({ name: 'Mieterverein Bochum', actorType: 'tenants_association' })
		.returning()
		.get().id;
	for (let i = 0; i < N; i++) {
		const id = uuid(i + 1);
		ids.push(id);
		db.insert(users)
			.values({
				id,
				email: `person${i}@example.org`,
				// Groups of three share a creation time, so the id must break ties.
				displayName: i === 7 ? 'Özlem Yılmaz' : i === 8 ? 'Jörg 50%_Rabatt' : `Person ${i}`,
				passwordHash: 'x',
				emailVerifiedAt: i % 2 === 0 ? new Date(T0) : null,
				organisationId: i < 5 ? orgId : null,
				createdAt: new Date(T0 + Math.floor(i / 3) * 60_000)
			})
			.run();
	}
	adminId = ids[0];
	const grants: [number, Role][] = [
		[0, 'admin'],
		[0, 'moderation'],
		[1, 'allianz'],
		[2, 'gremium'],
		[2, 'moderation'],
		[100, 'moderation']
	];
	for (const [i, role] of grants)
		db.insert(userRoles).values({ userId: ids[i], role, grantedBy: adminId }).run();
});

afterAll(() => {
	db?.$client.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

function allPages(opts: Parameters<typeof listUsers>[1] = {}) {
	const seen: string[] = [];
	let after: UserCursor | null = null;
	let pages = 0;
	do {
		const page = listUsers(db, { ...opts, after, limit: 10 });
		seen.push(...page.users.map((u) => u.id));
		// The cursor survives the trip through the query string.
		after = page.next ? parseUserCursor(formatUserCursor(page.next)) : null;
		pages++;
	} while (after && pages < 100);
	return { seen, pages };
}

describe('listUsers', () => {
	it('returns every account exactly once across keyset pages, newest first', () => {
		const { seen, pages } = allPages();
		expect(seen).toHaveLength(N);
		expect(new Set(seen).size).toBe(N);
		expect(pages).toBe(Math.ceil(N / 10));
		// created_at desc, id desc: the last created account (highest index) comes first.
		expect(seen[0]).toBe(ids[N - 1]);
		expect(seen[N - 1]).toBe(ids[0]);
	});

	it('uses 50 rows per page by default and says when there is no further page', () => {
		const first = listUsers(db);
		expect(first.users).toHaveLength(50);
		expect(first.next).not.toBeNull();
		const third = listUsers(db, { after: listUsers(db, { after: first.next }).next });
		expect(third.users).toHaveLength(N - 100);
		expect(third.next).toBeNull();
	});

	it('searches display name and e-mail, case-insensitive, umlauts included', () => {
		expect(listUsers(db, { q: 'PERSON12@' }).users.map((u) => u.email)).toEqual(['person12@example.org']);
		expect(listUsers(db, { q: 'özlem' }).users.map((u) => u.id)).toEqual([ids[7]]);
		expect(listUsers(db, { q: 'ÖZLEM' }).users.map((u) => u.id)).toEqual([ids[7]]);
		expect(listUsers(db, { q: 'jÖrg' }).users.map((u) => u.id)).toEqual([ids[8]]);
		// LIKE wildcards in the search term are literal.
		expect(listUsers(db, { q: '50%_' }).users.map((u) => u.id)).toEqual([ids[8]]);
		expect(listUsers(db, { q: '%' }).users.map((u) => u.id)).toEqual([ids[8]]);
		expect(listUsers(db, { q: 'nobody-here' }).users).toEqual([]);
	});

	it('paginates search results without gaps', () => {
		// "person1" matches person1, person10–19, person100–122: 1 + 10 + 23 = 34 e-mail addresses.
		const { seen } = allPages({ q: 'person1' });
		expect(seen).toHaveLength(34);
		expect(new Set(seen).size).toBe(34);
	});

	it('filters by role', () => {
		const page = listUsers(db, { role: 'moderation' });
		expect(page.users.map((u) => u.id).sort()).toEqual([ids[0], ids[2], ids[100]].sort());
		expect(listUsers(db, { role: 'admin' }).users.map((u) => u.id)).toEqual([ids[0]]);
		expect(listUsers(db, { role: 'moderation', q: 'person2' }).users.map((u) => u.id)).toEqual([ids[2]]);
	});

	it('lists the roles, organisation and verification of each account', () => {
		const { seen } = allPages();
		expect(seen).toHaveLength(N);
		const all = [...listUsers(db, { limit: 200 }).users];
		const byId = new Map(all.map((u) => [u.id, u]));
		expect(byId.get(ids[0])!.roles).toEqual(['admin', 'moderation']);
		expect(byId.get(ids[1])!.roles).toEqual(['allianz']);
		expect(byId.get(ids[2])!.roles).toEqual(['moderation', 'gremium']);
		expect(byId.get(ids[3])!.roles).toEqual([]);
		expect(byId.get(ids[0])!.organisationName).toBe('VBW Bauen und Wohnen');
		expect(byId.get(ids[50])!.organisationName).toBeNull();
		expect(byId.get(ids[0])!.emailVerifiedAt).toBeInstanceOf(Date);
		expect(byId.get(ids[1])!.emailVerifiedAt).toBeNull();
	});

	it('ignores malformed cursors', () => {
		expect(parseUserCursor('abc')).toBeNull();
		expect(parseUserCursor('123_not-a-uuid')).toBeNull();
		expect(parseUserCursor('_' + ids[0])).toBeNull();
		expect(parseUserCursor(`1700000000000_${ids[0]}`)).toEqual({ createdAt: 1700000000000, id: ids[0] });
	});
});

describe('userDetail and organisations', () => {
	it('returns one account with its roles and who granted them', () => {
		const d = userDetail(db, ids[2])!;
		expect(d.displayName).toBe('Person 2');
		expect(d.roles.map((r) => r.role)).toEqual(['moderation', 'gremium']);
		expect(d.roles[0].grantedByName).toBe('Person 0');
		expect(userDetail(db, uuid(99999))).toBeNull();
	});

	it('counts and lists the members of organisations', () => {
		const orgs = listOrganisationsWithCounts(db);
		expect(orgs.map((o) => [o.name, o.members])).toEqual([
			['Mieterverein Bochum', 0],
			['VBW Bauen und Wohnen', 5]
		]);
		const members = organisationMembers(db, orgId);
		expect(members).toHaveLength(5);
		expect(members.find((m) => m.id === ids[1])!.roles).toEqual(['allianz']);
	});

	it('checks that an invitation belongs to the organisation', () => {
		const inv = createInvitation(db, adminId, orgId, 'für Frau K.');
		if (!inv.ok) throw new Error('invitation not created');
		expect(invitationBelongsTo(db, inv.id, orgId)).toBe(true);
		expect(invitationBelongsTo(db, inv.id, otherOrgId)).toBe(false);
	});
});

describe('audit log', () => {
	let deletedActorEntry: number;
	let systemEntry: number;

	beforeAll(() => {
		const base = T0 + 10 * 86_400_000;
		const rows: (typeof auditLog.$inferInsert)[] = [];
		for (let i = 0; i < 30; i++)
			rows.push({
				actorId: adminId,
				action: i % 2 ? 'role.granted' : 'role.revoked',
				entityType: 'user',
				entityId: ids[10 + (i % 3)],
				after: { role: 'moderation', i },
				createdAt: new Date(base + i * 1000)
			});
		rows.push({
			actorId: ids[120],
			action: 'organisation.created',
			entityType: 'organisation',
			entityId: orgId,
			after: { name: 'VBW' },
			createdAt: new Date(base + 40_000)
		});
		db.insert(auditLog).values(rows).run();
		// An entry by an account that is deleted afterwards: actor_id becomes null (ON DELETE SET NULL).
		db.insert(auditLog)
			.values({ actorId: ids[121], action: 'invitation.revoked', entityType: 'invitation', entityId: 'x' })
			.run();
		deletedActorEntry = db.select().from(auditLog).where(eq(auditLog.actorId, ids[121])).get()!.id;
		db.delete(users).where(eq(users.id, ids[121])).run();
		db.insert(auditLog)
			.values({ actorId: null, action: 'system.personal_data_removed', entityType: 'user', entityId: null })
			.run();
		systemEntry = db.select().from(auditLog).where(eq(auditLog.action, 'system.personal_data_removed')).get()!
			.id;
	});

	it('pages through the whole log by id, each entry once, newest first', () => {
		const total = db.select({ n: count() }).from(auditLog).get()!.n;
		const seen: number[] = [];
		let before: number | null = null;
		for (let i = 0; i < 50; i++) {
			const page = listAudit(db, { before, limit: 7 });
			seen.push(...page.entries.map((e) => e.id));
			before = page.next;
			if (before === null) break;
		}
		expect(seen).toHaveLength(total);
		expect(new Set(seen).size).toBe(total);
		expect([...seen].sort((a, b) => b - a)).toEqual(seen);
	});

	it('filters by action and entity type, also across pages', () => {
		const granted = listAudit(db, { action: 'role.granted', limit: 10 });
		expect(granted.entries).toHaveLength(10);
		expect(granted.entries.every((e) => e.action === 'role.granted')).toBe(true);
		const rest = listAudit(db, { action: 'role.granted', before: granted.next, limit: 10 });
		expect(rest.entries).toHaveLength(5);
		expect(rest.next).toBeNull();

		const orgEntries = listAudit(db, { entityType: 'organisation' }).entries;
		expect(orgEntries.map((e) => e.action)).toEqual(['organisation.created']);
		expect(orgEntries[0].entityName).toBe('VBW Bauen und Wohnen');
		expect(listAudit(db, { entityType: 'organisation', action: 'role.granted' }).entries).toEqual([]);
	});

	it('joins the actor and the account acted upon', () => {
		const e = listAudit(db, { action: 'role.granted', limit: 1 }).entries[0];
		expect(e.actorKind).toBe('user');
		expect(e.actorName).toBe('Person 0');
		expect(e.entityName).toMatch(/^Person 1[012]$/);
		expect(e.after).toMatchObject({ role: 'moderation' });
	});

	it('returns rows of deleted actors with a null actor, system rows as system', () => {
		const entries = listAudit(db, { limit: 200 }).entries;
		const deleted = entries.find((e) => e.id === deletedActorEntry)!;
		expect(deleted.actorId).toBeNull();
		expect(deleted.actorName).toBeNull();
		expect(deleted.actorKind).toBe('deleted');
		const system = entries.find((e) => e.id === systemEntry)!;
		expect(system.actorId).toBeNull();
		expect(system.actorKind).toBe('system');
	});

	it('lists the distinct actions and entity types', () => {
		expect(auditActions(db)).toEqual(
			[
				'invitation.created',
				'invitation.revoked',
				'organisation.created',
				'role.granted',
				'role.revoked',
				'system.personal_data_removed'
			].sort()
		);
		expect(auditEntityTypes(db)).toEqual(['invitation', 'organisation', 'user']);
	});

	it('gives the history of one account, including changes made through the services', () => {
		const res = revokeRole(db, adminId, ids[2], 'gremium');
		expect(res.ok).toBe(true);
		const history = userAuditHistory(db, ids[2]);
		expect(history[0].action).toBe('role.revoked');
		expect(history[0].before).toEqual({ role: 'gremium' });
		expect(history.every((e) => e.entityType === 'user' && e.entityId === ids[2])).toBe(true);
		expect(userAuditHistory(db, ids[11])).toHaveLength(10);
	});
});
