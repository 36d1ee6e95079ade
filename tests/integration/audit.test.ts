// The audit log outlives deleted accounts, and the admin's filters (actor, action, entity, date range)
// page through it with keyset pagination on indexes.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb, makeUser } from '../factories/db';
import { makeDocument } from '../factories/document';
import { auditLog, contributions, users } from '../../src/lib/server/db/schema';
import { audit } from '../../src/lib/server/audit';
import { hashPassword } from '../../src/lib/server/auth/password';
import { deleteAccount } from '../../src/lib/server/auth/accounts.service';
import { approve, reject } from '../../src/lib/server/moderation/review.service';
import { startExport } from '../../src/lib/server/moderation/export/service';
import {
	auditActions,
	auditActors,
	auditEntityTypes,
	auditIdRange,
	listAudit
} from '../../src/lib/server/admin/queries';
import { parseAuditFilters } from '../../src/routes/admin/protokoll/filters';

const { db } = freshDb();
const PW = 'Ein langes Passwort 2024!';
let moderatorId: string;
let adminId: string;
let slug: string;
const items: string[] = [];

beforeAll(async () => {
	const admin = makeUser(db, { displayName: 'Verwaltung Audit', roles: ['admin'] });
	adminId = admin.id;
	const mod = makeUser(db, {
		displayName: 'Moderatorin Audit',
		roles: ['moderation'],
		passwordHash: await hashPassword(PW)
	});
	moderatorId = mod.id;
	const doc = makeDocument(db);
	slug = doc.process.slug;
	for (let i = 0; i < 4; i++)
		items.push(
			db
				.insert(contributions)
				.values({
					kind: 'comment',
					processId: doc.process.id,
					body: `Beitrag ${i}`,
					state: 'pending',
					moderationMode: 'pre',
					chapterId: doc.chapterIds.k1
				})
				.returning()
				.get().id
		);
	expect(approve(db, moderatorId, items[0]).ok).toBe(true);
	expect(approve(db, moderatorId, items[1]).ok).toBe(true);
	expect(reject(db, moderatorId, items[2], 'off_topic', 'Bitte beim Thema bleiben').ok).toBe(true);
	expect(approve(db, adminId, items[3]).ok).toBe(true);
	const exp = startExport(db, {
		audience: 'internal',
		format: 'csv',
		process: slug,
		locale: 'de',
		actorId: moderatorId,
		backHref: '/'
	});
	if (!exp.ok) throw new Error('export');
	await exp.body.cancel();
	audit(db, { actorId: null, action: 'demo.seeded', entityType: 'process', entityId: doc.process.id });
});

describe('deleted accounts', () => {
	it('keep their moderation and export entries, shown as deleted account', async () => {
		const before = listAudit(db, { actorId: moderatorId }).entries;
		expect(before.map((e) => e.action)).toEqual([
			'export.abwaegung',
			'contribution.rejected',
			'contribution.approved',
			'contribution.approved'
		]);
		expect(auditActors(db).map((a) => a.displayName)).toContain('Moderatorin Audit');

		expect(await deleteAccount(db, moderatorId, PW)).toEqual({ ok: true });
		expect(db.select().from(users).where(eq(users.id, moderatorId)).get()).toBeUndefined();

		const ids = before.map((e) => e.id);
		const after = db
			.select()
			.from(auditLog)
			.all()
			.filter((e) => ids.includes(e.id));
		expect(after).toHaveLength(4);
		for (const e of after) expect(e.actorId).toBeNull();
		// The reasons and states are still there.
		expect(after.find((e) => e.action === 'contribution.rejected')!.after).toMatchObject({
			state: 'rejected',
			reason: 'off_topic'
		});

		const deleted = listAudit(db, { actorKind: 'deleted' }).entries;
		expect(deleted.map((e) => e.id)).toEqual(expect.arrayContaining(ids));
		for (const e of deleted) expect(e.actorKind).toBe('deleted');
		// "account.deleted" is written without an actor as well: the account is gone.
		expect(deleted.map((e) => e.action)).toContain('account.deleted');
		expect(deleted.map((e) => e.action)).not.toContain('demo.seeded');
		expect(listAudit(db, { actorKind: 'system' }).entries.map((e) => e.action)).toEqual(['demo.seeded']);
		expect(auditActors(db).map((a) => a.displayName)).toEqual(['Verwaltung Audit']);
	});
});

describe('filters', () => {
	it('by actor, action, entity type and id', () => {
		expect(listAudit(db, { actorId: adminId }).entries.map((e) => e.entityId)).toEqual([items[3]]);
		expect(listAudit(db, { action: 'contribution.approved' }).entries).toHaveLength(3);
		const one = listAudit(db, { entityType: 'contribution', entityId: items[2] }).entries;
		expect(one.map((e) => e.action)).toEqual(['contribution.rejected']);
		// Without a type: every type is probed.
		expect(listAudit(db, { entityId: items[2] }).entries.map((e) => e.action)).toEqual([
			'contribution.rejected'
		]);
		expect(listAudit(db, { entityId: 'gibt-es-nicht' }).entries).toEqual([]);
		// The 8 characters the log shows find the entity too.
		expect(
			listAudit(db, { entityId: items[2].slice(0, 8).toUpperCase() }).entries.map((e) => e.entityId)
		).toContain(items[2]);
		expect(auditActions(db)).toEqual(
			expect.arrayContaining(['contribution.approved', 'contribution.rejected', 'export.abwaegung'])
		);
		expect(auditEntityTypes(db)).toEqual(expect.arrayContaining(['contribution', 'process', 'user']));
	});

	it('by date range, as a range of ids', () => {
		// Entries are written with the current time, so later ones have higher ids: these are in the future.
		const base = Date.UTC(2100, 0, 1, 12);
		const day = 86_400_000;
		const ids: number[] = [];
		for (let i = 0; i < 5; i++) {
			db.insert(auditLog)
				.values({
					actorId: adminId,
					action: 'test.dated',
					entityType: 'test',
					createdAt: new Date(base + i * day)
				})
				.run();
			ids.push(db.select().from(auditLog).orderBy(auditLog.id).all().at(-1)!.id);
		}
		const range = auditIdRange(db, new Date(base + day), new Date(base + 3 * day));
		expect(range).toEqual({ min: ids[1], max: ids[2] });
		const found = listAudit(db, {
			action: 'test.dated',
			from: new Date(base + day),
			to: new Date(base + 3 * day)
		}).entries;
		expect(found.map((e) => e.id)).toEqual([ids[2], ids[1]]);
		expect(listAudit(db, { from: new Date(base + 10 * day), to: new Date(base + 11 * day) }).entries).toEqual(
			[]
		);
	});

	it('pages with a cursor and the same filters', () => {
		const first = listAudit(db, { action: 'test.dated', limit: 2 });
		expect(first.entries).toHaveLength(2);
		const second = listAudit(db, { action: 'test.dated', limit: 2, before: first.next });
		const third = listAudit(db, { action: 'test.dated', limit: 2, before: second.next });
		const all = [...first.entries, ...second.entries, ...third.entries].map((e) => e.id);
		expect(all).toHaveLength(5);
		expect(new Set(all).size).toBe(5);
		expect(third.next).toBeNull();
	});

	it('reads the page filters from the query string (Berlin days, inclusive)', () => {
		const known = { actions: ['role.granted'], entityTypes: ['user'], actorIds: [adminId] };
		const f = parseAuditFilters(
			new URLSearchParams(`wer=${adminId}&aktion=role.granted&typ=user&von=2024-03-31&bis=2024-03-31`),
			known
		);
		expect(f.values).toMatchObject({ actor: adminId, action: 'role.granted', entityType: 'user' });
		expect(f.from?.toISOString()).toBe('2024-03-30T23:00:00.000Z'); // CET
		expect(f.to?.toISOString()).toBe('2024-03-31T22:00:00.000Z'); // CEST from that night
		const bad = parseAuditFilters(
			new URLSearchParams('wer=x&aktion=evil&von=2024-02-30&bis=2023-01-01'),
			known
		);
		expect(bad.values).toMatchObject({ actor: '', action: '' });
		expect(bad.errors).toEqual({ from: 'invalid' });
		const range = parseAuditFilters(new URLSearchParams('von=2024-05-02&bis=2024-05-01'), known);
		expect(range.errors).toEqual({ to: 'range' });
		expect(parseAuditFilters(new URLSearchParams('wer=geloescht'), known).values.actor).toBe('geloescht');
	});
});

describe('query plans', () => {
	/** The SQL statements listAudit prepares, with their plans (parameters unbound: plans do not use them). */
	function plansOf(run: () => void): string[] {
		const client = db.$client;
		const original = client.prepare.bind(client);
		const seen: string[] = [];
		client.prepare = ((source: string) => {
			seen.push(source);
			return original(source);
		}) as typeof client.prepare;
		try {
			run();
		} finally {
			client.prepare = original as typeof client.prepare;
		}
		return seen
			.filter((s) => /from "audit_log"/.test(s) && /order by "audit_log"\."id" desc/.test(s))
			.map((s) => {
				const n = (s.match(/\?/g) ?? []).length;
				return (original(`explain query plan ${s}`).all(...Array(n).fill(null)) as { detail: string }[])
					.map((r) => r.detail)
					.join('\n');
			});
	}

	it('use an index for each filter and never sort the whole log', () => {
		const cases: [Parameters<typeof listAudit>[1], RegExp][] = [
			[{}, /SCAN audit_log\b/],
			[{ actorId: adminId, before: 100 }, /audit_log_actor_idx/],
			[{ action: 'contribution.approved', before: 100 }, /audit_log_action_idx/],
			[{ entityType: 'contribution', before: 100 }, /audit_log_entity_(type_)?idx/],
			[{ entityType: 'contribution', entityId: items[0] }, /audit_log_entity_idx/],
			[{ entityId: items[0] }, /audit_log_entity_idx/],
			[{ from: new Date(0), to: new Date() }, /INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/]
		];
		for (const [opts, index] of cases) {
			const [plan] = plansOf(() => listAudit(db, opts));
			expect(plan, JSON.stringify(opts)).toMatch(index);
			// Sorting is fine only for a single object's entries (a handful).
			if (!opts?.entityId) expect(plan, JSON.stringify(opts)).not.toContain('TEMP B-TREE');
		}
	});
});
