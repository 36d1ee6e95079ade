// Topic packages: create, add published items (new package on the fly), move between drafts, keep
// items of forwarded packages, forward, late items audited, delete drafts (items kept).
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { freshDb, makeUser } from '../factories/db';
import { queueOptions } from '../../src/lib/server/moderation/queue-options.queries';
import { makeDocument, sessionUser } from '../factories/document';
import { auditLog, contributions, topicPackages } from '../../src/lib/server/db/schema';
import { postComment } from '../../src/lib/server/modules/document/comments.service';
import {
	addToPackage,
	createPackage,
	deletePackage,
	forwardPackage,
	removeFromPackage,
	updatePackage
} from '../../src/lib/server/moderation/packages.service';
import {
	packageChoices,
	packagePage,
	packagesOf,
	packageWithItems
} from '../../src/lib/server/moderation/packages.queries';

const { db } = freshDb();

function setup() {
	const d = makeDocument(db, { moderation: 'post' });
	const mod = makeUser(db, { roles: ['moderation'] });
	const author = makeUser(db);
	const post = (body: string) => {
		const r = postComment(db, sessionUser(author), { chapterId: d.chapterIds.k1, body });
		if (!r.ok) throw new Error(r.reason);
		return r.id;
	};
	return { d, mod, post };
}

const pkgOf = (id: string) =>
	db.select().from(contributions).where(eq(contributions.id, id)).get()!.packageId;

describe('topic packages', () => {
	it('creates packages with a title and a summary (checked)', () => {
		const { d, mod } = setup();
		expect(createPackage(db, mod.id, d.process.id, { title: '  ' })).toMatchObject({
			ok: false,
			reason: 'package_title_required'
		});
		expect(createPackage(db, mod.id, d.process.id, { title: 'x'.repeat(201) })).toMatchObject({
			ok: false,
			reason: 'package_title_too_long'
		});
		expect(queueOptions(db, d.process.id).packages).toEqual([]); // cached for a few seconds …
		const p = createPackage(db, mod.id, d.process.id, { title: 'Grün im Quartier', summary: 'Mehr Bäume.' });
		expect(p.ok).toBe(true);
		if (!p.ok) return;
		// … and dropped by the change, so the queue offers the new package at once.
		expect(queueOptions(db, d.process.id).packages.map((x) => x.id)).toEqual([p.id]);
		expect(
			updatePackage(db, mod.id, p.id, {
				title: 'Grün in den Quartieren',
				summary: 'Mehr Bäume.\n\nMehr Parks.'
			})
		).toEqual({
			ok: true
		});
		const row = db.select().from(topicPackages).where(eq(topicPackages.id, p.id)).get()!;
		expect(row).toMatchObject({
			title: 'Grün in den Quartieren',
			summary: 'Mehr Bäume.\n\nMehr Parks.',
			state: 'draft'
		});
	});

	it('adds published items, reports the others, moves items between drafts only', () => {
		const { d, mod, post } = setup();
		const a = post('Bäume pflanzen');
		const b = post('Parks erhalten');
		const pendingDoc = makeDocument(db, { moderation: 'pre' });
		const pending = postComment(db, sessionUser(makeUser(db)), {
			chapterId: pendingDoc.chapterIds.k1,
			body: 'wartet'
		});
		if (!pending.ok) throw new Error();
		const first = addToPackage(db, mod.id, d.process.id, { title: 'Grün' }, [a, b, pending.id]);
		expect(first).toMatchObject({ ok: true, created: true, added: 2, title: 'Grün' });
		if (!first.ok) return;
		expect(first.results.find((r) => r.id === pending.id)?.outcome).toBe('other_process');
		expect(addToPackage(db, mod.id, d.process.id, { packageId: first.packageId }, [a])).toMatchObject({
			ok: true,
			added: 0,
			results: [{ id: a, outcome: 'already' }]
		});
		// Moving from a draft into another package is allowed.
		const second = addToPackage(db, mod.id, d.process.id, { title: 'Parks' }, [b]);
		expect(second).toMatchObject({ ok: true, added: 1 });
		if (!second.ok) return;
		expect(pkgOf(b)).toBe(second.packageId);
		// Once forwarded, its items stay there.
		expect(forwardPackage(db, mod.id, second.packageId)).toEqual({ ok: true });
		expect(addToPackage(db, mod.id, d.process.id, { packageId: first.packageId }, [b])).toMatchObject({
			results: [{ id: b, outcome: 'in_forwarded_package' }]
		});
		const counts = packagesOf(db, d.process.id).map((p) => [p.title, p.state, p.items]);
		expect(counts).toEqual(
			expect.arrayContaining([
				['Grün', 'draft', 1],
				['Parks', 'forwarded', 1]
			])
		);
		expect(packageChoices(db, d.process.id)).toHaveLength(2);
	});

	it('refuses to forward an empty package; a forwarded one still takes items, audited', () => {
		const { d, mod, post } = setup();
		const p = createPackage(db, mod.id, d.process.id, { title: 'Leer' });
		if (!p.ok) throw new Error();
		expect(forwardPackage(db, mod.id, p.id)).toEqual({ ok: false, reason: 'package_empty' });
		const a = post('Erster Punkt');
		addToPackage(db, mod.id, d.process.id, { packageId: p.id }, [a]);
		expect(forwardPackage(db, mod.id, p.id)).toEqual({ ok: true });
		expect(forwardPackage(db, mod.id, p.id)).toEqual({ ok: false, reason: 'package_not_draft' });
		const late = post('Später eingegangen');
		expect(addToPackage(db, mod.id, d.process.id, { packageId: p.id }, [late])).toMatchObject({
			ok: true,
			added: 1
		});
		const entry = db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'package.items_added'), eq(auditLog.entityId, late)))
			.get();
		expect(entry?.after).toMatchObject({ packageId: p.id, packageState: 'forwarded' });
		const detail = packageWithItems(db, p.id)!;
		expect(detail.items.map((i) => i.id)).toEqual([a, late]);
		expect(detail.forwardedAt).toBeInstanceOf(Date);
		expect(deletePackage(db, mod.id, p.id)).toEqual({ ok: false, reason: 'package_not_draft' });
		expect(removeFromPackage(db, mod.id, p.id, late)).toEqual({ ok: true });
		expect(removeFromPackage(db, mod.id, p.id, late)).toEqual({ ok: false, reason: 'conflict' });
	});

	it('keeps titles unique and creates no empty package from the queue', () => {
		const { d, mod, post } = setup();
		const p = createPackage(db, mod.id, d.process.id, { title: 'Wohnen im Alter' });
		expect(p.ok).toBe(true);
		expect(createPackage(db, mod.id, d.process.id, { title: 'wohnen im alter' })).toMatchObject({
			ok: false,
			reason: 'package_title_taken'
		});
		const item = post('Ein Kommentar zum Wohnen im Alter');
		expect(addToPackage(db, mod.id, d.process.id, { title: 'Wohnen im Alter' }, [item])).toMatchObject({
			ok: false,
			reason: 'package_title_taken'
		});
		const before = db.select().from(topicPackages).all().length;
		expect(addToPackage(db, mod.id, d.process.id, { title: 'Leeres Paket' }, [crypto.randomUUID()])).toEqual({
			ok: false,
			reason: 'package_nothing_added'
		});
		expect(db.select().from(topicPackages).all()).toHaveLength(before);
	});

	it('fixes an answered package: no renaming, no items in or out', () => {
		const { d, mod, post } = setup();
		const [a, b] = [post('Erster Beitrag zum Paket'), post('Zweiter Beitrag')];
		const p = addToPackage(db, mod.id, d.process.id, { title: 'Beantwortet' }, [a]);
		if (!p.ok) throw new Error(p.reason);
		db.update(topicPackages).set({ state: 'answered' }).where(eq(topicPackages.id, p.packageId)).run();
		expect(removeFromPackage(db, mod.id, p.packageId, a)).toEqual({ ok: false, reason: 'package_answered' });
		expect(addToPackage(db, mod.id, d.process.id, { packageId: p.packageId }, [b])).toEqual({
			ok: false,
			reason: 'package_answered'
		});
		expect(updatePackage(db, mod.id, p.packageId, { title: 'Neuer Titel' })).toEqual({
			ok: false,
			reason: 'package_answered'
		});
		expect(pkgOf(a)).toBe(p.packageId);
		expect(pkgOf(b)).toBeNull();
	});

	it('deletes a draft and keeps its items (package cleared first)', () => {
		const { d, mod, post } = setup();
		const a = post('Bleibt erhalten');
		const r = addToPackage(db, mod.id, d.process.id, { title: 'Wegwerfpaket' }, [a]);
		if (!r.ok) throw new Error();
		expect(deletePackage(db, mod.id, r.packageId)).toEqual({ ok: true });
		expect(pkgOf(a)).toBeNull();
		expect(db.select().from(topicPackages).where(eq(topicPackages.id, r.packageId)).get()).toBeUndefined();
		expect(
			db
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.action, 'package.deleted'), eq(auditLog.entityId, r.packageId)))
				.get()?.before
		).toMatchObject({ items: [a] });
	});
});

describe('the package list', () => {
	it('pages by keyset, newest first, without gaps or repeats', () => {
		const d = makeDocument(db, { moderation: 'post' });
		const mod = makeUser(db, { roles: ['moderation'] });
		const t0 = Date.now();
		// Some share a creation time: the id breaks the tie.
		for (let i = 0; i < 7; i++)
			createPackage(
				db,
				mod.id,
				d.process.id,
				{ title: `Paket ${i}`, summary: '' },
				new Date(t0 + Math.floor(i / 2))
			);
		const seen: string[] = [];
		let cursor: string | null = null;
		do {
			const page: ReturnType<typeof packagePage> = packagePage(db, d.process.id, cursor, 3);
			expect(page.packages.length).toBeLessThanOrEqual(3);
			seen.push(...page.packages.map((p) => p.title));
			cursor = page.nextCursor;
		} while (cursor);
		expect(seen).toHaveLength(7);
		expect(new Set(seen).size).toBe(7);
		expect(['Paket 0', 'Paket 1']).toContain(seen.at(-1)); // the two oldest share a time
		expect(packagePage(db, d.process.id, 'kaputt', 3).packages).toHaveLength(3);
	});
});
