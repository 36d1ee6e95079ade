// Offline input entered by moderation: checked fields, published and reviewed at once, attached to a
// paragraph or a district, searchable as its own kind, never on the chapter page as a comment, and the
// sender is kept internal (not even in the audit log).
import { describe, expect, it } from 'vitest';
import { and, eq, ne } from 'drizzle-orm';
import { freshDb, makeUser } from '../factories/db';
import { makeDocument } from '../factories/document';
import { auditLog, contributions, districts, modules, paragraphs } from '../../src/lib/server/db/schema';
import { seedQuarters } from '../../src/lib/server/db/seed/demo-quarters';
import { hasQuarters } from '../../src/lib/server/geo/quarters';
import { addDefaultCategories } from '../../src/lib/server/modules/map/categories.service';
import { commentCounts, commentThreads } from '../../src/lib/server/modules/document/queries';
import { searchDocument } from '../../src/lib/server/modules/document/search';
import { searchIndex } from '../../src/lib/server/search';
import { berlinToday, enterOffline } from '../../src/lib/server/moderation/offline.service';
import { parseQueueFilter } from '../../src/lib/server/moderation/queue-filter';
import { queuePage } from '../../src/lib/server/moderation/queue.queries';

const { db } = freshDb();

function setup() {
	const d = makeDocument(db);
	if (!hasQuarters(db)) db.transaction((tx) => seedQuarters(tx));
	const map = db
		.insert(modules)
		.values({ processId: d.process.id, type: 'map', slug: 'karte', title: 'Karte', position: 2 })
		.returning()
		.get();
	const cats = addDefaultCategories(db, null, map.id);
	if (!cats.ok) throw new Error(cats.reason);
	const mod = makeUser(db, { roles: ['moderation'] });
	const para = db
		.select()
		.from(paragraphs)
		.where(and(eq(paragraphs.chapterId, d.chapterIds.k1), ne(paragraphs.kind, 'h')))
		.all()[1];
	const district = db.select().from(districts).where(eq(districts.name, 'Langendreer')).get()!;
	const category = db.query.pinCategories.findFirst({ where: (c, { eq }) => eq(c.moduleId, map.id) }).sync()!;
	return { d, map, mod, para, district, category };
}

describe('offline input', () => {
	it('checks its fields and keeps nothing half-saved', () => {
		const { d, mod, district } = setup();
		const tomorrow = new Date(Date.now() + 36 * 3600_000);
		const r = enterOffline(db, mod.id, d.process.id, {
			channel: 'online',
			receivedAt: berlinToday(tomorrow),
			body: ' ',
			chapterId: d.chapterIds.k1,
			districtId: district.id,
			sender: 'x'.repeat(201)
		});
		expect(r).toEqual({
			ok: false,
			reason: 'invalid',
			errors: {
				channel: 'offline_channel_required',
				receivedAt: 'offline_date_future',
				sender: 'offline_sender_too_long',
				body: 'offline_body_required',
				place: 'offline_place_both'
			}
		});
		expect(
			enterOffline(db, mod.id, d.process.id, { channel: 'letter', receivedAt: '2023-02-30', body: 'Text' })
		).toMatchObject({ ok: false, errors: { receivedAt: 'offline_date_invalid' } });
		expect(
			enterOffline(db, mod.id, d.process.id, {
				channel: 'letter',
				receivedAt: '2023-06-01',
				body: 'Text',
				paragraph: `${d.chapterIds.k1}:nope`
			})
		).toMatchObject({ ok: false, errors: { place: 'unknown_paragraph' } });
		const other = makeDocument(db);
		expect(
			enterOffline(db, mod.id, d.process.id, {
				channel: 'letter',
				receivedAt: '2023-06-01',
				body: 'Text',
				chapterId: other.chapterIds.k1
			})
		).toMatchObject({ ok: false, errors: { place: 'offline_chapter_unknown' } });
		expect(db.select().from(contributions).where(eq(contributions.kind, 'offline')).all()).toHaveLength(0);
	});

	it('stores a letter on a paragraph: published, reviewed, searchable, not a chapter comment', () => {
		const { d, mod, para } = setup();
		const r = enterOffline(db, mod.id, d.process.id, {
			channel: 'letter',
			receivedAt: '2023-06-01',
			sender: 'Erika Mustermann, Musterstraße 1',
			body: 'Wir wünschen uns mehr Sitzbänke an der Haltestelle.',
			paragraph: `${d.chapterIds.k1}:${para.anchor}`
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const row = db.select().from(contributions).where(eq(contributions.id, r.id)).get()!;
		expect(row).toMatchObject({
			kind: 'offline',
			state: 'published',
			channel: 'letter',
			authorId: null,
			chapterId: d.chapterIds.k1,
			anchor: para.anchor,
			moduleId: d.module.id,
			senderName: 'Erika Mustermann, Musterstraße 1',
			reviewedBy: mod.id
		});
		expect(row.receivedAt?.toISOString()).toBe('2023-05-31T22:00:00.000Z'); // 1 June, Berlin midnight
		expect(searchIndex(db, d.process.id, 'Sitzbänke').map((h) => [h.kind, h.refId])).toEqual([
			['offline', r.id]
		]);
		// The chapter page and its search show comments only.
		expect(commentThreads(db, { chapterId: d.chapterIds.k1, sort: 'new' }).comments).toHaveLength(0);
		expect(commentCounts(db, d.chapterIds.k1)[para.anchor]).toBeUndefined();
		expect(
			searchDocument(
				db,
				{
					processId: d.process.id,
					processSlug: d.process.slug,
					moduleId: d.module.id,
					moduleSlug: 'entwurf'
				},
				d.versionId,
				'Sitzbänke'
			)
		).toHaveLength(0);
		// In the queue as reviewed offline input.
		const f = parseQueueFilter(new URLSearchParams({ art: 'offline', status: 'published' }), d.process.id);
		const [item] = queuePage(db, f, mod.id).items;
		expect(item).toMatchObject({
			id: r.id,
			kind: 'offline',
			channel: 'letter',
			reviewed: true,
			authorDeleted: false
		});
		// Audited without the personal data.
		const entry = db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'contribution.offline_created'), eq(auditLog.entityId, r.id)))
			.get()!;
		expect(JSON.stringify(entry.after)).not.toContain('Mustermann');
		expect(entry.after).toMatchObject({ channel: 'letter', sender: true });
	});

	it('stores input about a district with a category, or about nothing', () => {
		const { d, mod, district, category, map } = setup();
		const r = enterOffline(db, mod.id, d.process.id, {
			channel: 'event',
			receivedAt: berlinToday(),
			body: 'Auf der Stadtteilkonferenz: zu wenig Grün am Bahnhof.',
			districtId: district.id,
			categoryId: category.id
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(db.select().from(contributions).where(eq(contributions.id, r.id)).get()).toMatchObject({
			districtId: district.id,
			categoryId: category.id,
			moduleId: map.id,
			chapterId: null,
			senderName: null
		});
		const plain = enterOffline(db, mod.id, d.process.id, {
			channel: 'phone',
			receivedAt: '2024-01-15',
			body: 'Anruf: allgemeine Frage zum Verfahren.'
		});
		expect(plain.ok).toBe(true);
		expect(
			enterOffline(db, mod.id, d.process.id, {
				channel: 'email',
				receivedAt: '2024-01-15',
				body: 'x',
				categoryId: crypto.randomUUID()
			})
		).toMatchObject({ ok: false, errors: { category: 'offline_category_unknown' } });
	});
});
