// The review chain after moderation on a real SQLite file: internal comments, recommendations, the
// administration's response with linked paragraphs of version 2, publishing (authors told once), the
// effective-handling rules, the public results query and its filters, and the privacy rule that internal
// comments never reach a public page's data.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	auditLog,
	chapters,
	contributions,
	districts,
	modules,
	notifications,
	paragraphs,
	pinCategories,
	stadtbezirke,
	recommendations,
	topicPackages
} from '../../src/lib/server/db/schema';
import { postComment } from '../../src/lib/server/modules/document/comments.service';
import {
	createDraftVersion,
	publishVersion,
	saveChapter
} from '../../src/lib/server/modules/document/documents.service';
import { approve } from '../../src/lib/server/moderation/review.service';
import { addInternalComment, saveRecommendation } from '../../src/lib/server/review/gremium.service';
import { publishResponse, saveResponse } from '../../src/lib/server/review/response.service';
import { effective, handlingsFor, publicResponse, verdictLabel } from '../../src/lib/server/review/handling';
import { publicHandlingOf } from '../../src/lib/server/review/public-handling';
import { resultCounts, resultFilterOptions, resultsPage } from '../../src/lib/server/review/results';
import { forwardedPackages, packageDetail } from '../../src/lib/server/review/queries';
import { load as resultsLoad } from '../../src/routes/verfahren/[slug]/ergebnisse/+page.server';
import { load as contributionLoad } from '../../src/routes/beitraege/[id]/+page.server';
import { load as pinLoad } from '../../src/routes/verfahren/[slug]/[modul]/hinweise/[id]/+page.server';
import { freshDb, makeUser } from '../factories/db';
import { makeDocument, sessionUser } from '../factories/document';

const { db } = freshDb();
const MARKER = `INTERN-${crypto.randomUUID()}`;

const OLD = 'Mindestens 30 % der Wohnfläche werden als geförderter Wohnraum errichtet.';
const NEW =
	'Mindestens 25 % der Wohnfläche werden als geförderter Wohnraum errichtet; die Quote wird überprüft.';

function blocks(chapterId: string) {
	return db
		.select()
		.from(paragraphs)
		.where(eq(paragraphs.chapterId, chapterId))
		.all()
		.filter((p) => p.kind !== 'h')
		.sort((a, b) => a.position - b.position);
}

const as = (u: ReturnType<typeof makeUser>, roles: ('admin' | 'moderation' | 'gremium' | 'allianz')[] = []) =>
	sessionUser(u, { roles });

let s: ReturnType<typeof setup>;
const answered = () => db.select().from(notifications).where(eq(notifications.event, 'answered')).all();

function setup() {
	const d = makeDocument(db, {
		moderation: 'pre',
		chapters: [
			{ key: 'quote', title: 'Quote', markdown: `${OLD}\n\nZweiter Absatz über Grünflächen im Quartier.` },
			{ key: 'andere', title: 'Anderes', markdown: 'Ein Absatz über etwas anderes.' }
		]
	});
	const people = {
		citizen: makeUser(db, { displayName: 'Bürgerin A' }),
		citizen2: makeUser(db, { displayName: 'Bürger B' }),
		allianz: makeUser(db, { roles: ['allianz'] }),
		moderator: makeUser(db, { roles: ['moderation'] }),
		gremium: makeUser(db, { roles: ['gremium'], displayName: 'Gremiumsmitglied' }),
		admin: makeUser(db, { roles: ['admin'], displayName: 'Verwaltung' })
	};
	const [q1, q2] = blocks(d.chapterIds.quote);
	const comment = (
		user: typeof people.citizen,
		anchor: string | null,
		body: string,
		chapterId = d.chapterIds.quote
	) => {
		const r = postComment(db, as(user), { chapterId, anchor, body });
		if (!r.ok) throw new Error(r.reason);
		expect(approve(db, people.moderator.id, r.id)).toEqual({ ok: true });
		return r.id;
	};
	const quota = comment(people.citizen, q1.anchor, 'Bitte 25 % statt 30 %.');
	const green = comment(people.citizen2, q2.anchor, 'Mehr Grün bitte.');
	const other = comment(people.citizen, null, 'Kapitel zwei ist gut.', d.chapterIds.andere);
	const hidden = comment(people.citizen2, q2.anchor, 'Wird verborgen.');
	db.update(contributions).set({ hidden: true, openReports: 3 }).where(eq(contributions.id, hidden)).run();
	const pendingId = postComment(db, as(people.citizen2), {
		chapterId: d.chapterIds.quote,
		body: 'Noch offen.'
	});
	if (!pendingId.ok) throw new Error();

	// A map module with a category and a quarter, and a pin in it.
	const sb = db
		.insert(stadtbezirke)
		.values({ name: `Ost ${crypto.randomUUID()}`, position: 1 })
		.returning()
		.get();
	const district = db
		.insert(districts)
		.values({
			stadtbezirkId: sb.id,
			name: `Langendreer ${crypto.randomUUID()}`,
			slug: `langendreer-${crypto.randomUUID()}`,
			position: 1,
			geometry: [],
			minLat: 51.4,
			minLon: 7.3,
			maxLat: 51.5,
			maxLon: 7.4,
			labelLat: 51.47,
			labelLon: 7.32
		})
		.returning()
		.get();
	const map = db
		.insert(modules)
		.values({ processId: d.process.id, type: 'map', slug: 'karte', title: 'Karte', position: 2 })
		.returning()
		.get();
	const category = db
		.insert(pinCategories)
		.values({ moduleId: map.id, key: 'miete', label: 'Wohnraum und Bezahlbarkeit', position: 1 })
		.returning()
		.get();
	const now = new Date();
	const pin = db
		.insert(contributions)
		.values({
			kind: 'pin',
			processId: d.process.id,
			moduleId: map.id,
			authorId: people.allianz.id,
			body: 'Mieten in Langendreer steigen stark.',
			state: 'published',
			moderationMode: 'pre',
			lat: 51.47,
			lon: 7.32,
			districtId: district.id,
			categoryId: category.id,
			publishedAt: now
		})
		.returning()
		.get().id;
	// A letter entered by moderation: the sender is personal data and never leaves moderation.
	const letter = db
		.insert(contributions)
		.values({
			kind: 'offline',
			processId: d.process.id,
			authorId: people.moderator.id,
			body: 'Brief: Die Quote ist zu hoch.',
			state: 'published',
			moderationMode: 'pre',
			channel: 'letter',
			receivedAt: now,
			senderName: 'Erika Mustermann',
			chapterId: d.chapterIds.quote,
			districtId: district.id,
			publishedAt: now
		})
		.returning()
		.get().id;

	// Version 2: the quota paragraph changes.
	const draft = createDraftVersion(db, people.admin.id, d.documentId);
	if (!draft.ok) throw new Error(draft.reason);
	const ch2 = db
		.select()
		.from(chapters)
		.where(and(eq(chapters.versionId, draft.versionId), eq(chapters.key, 'quote')))
		.get()!;
	const saved = saveChapter(
		db,
		people.admin.id,
		draft.versionId,
		{
			key: 'quote',
			number: '1',
			title: 'Quote',
			position: 1,
			markdown: `${NEW}\n\nZweiter Absatz über Grünflächen im Quartier.`
		},
		ch2.id
	);
	if (!saved.ok) throw new Error(saved.reason);
	const pub = publishVersion(db, people.admin.id, draft.versionId);
	if (!pub.ok) throw new Error(pub.reason);
	const newQuota = blocks(ch2.id)[0];
	expect(newQuota.text).toBe(NEW);

	const pkg = db
		.insert(topicPackages)
		.values({
			processId: d.process.id,
			title: 'Bezahlbarer Wohnraum',
			summary: 'Quote und Mieten',
			state: 'forwarded',
			forwardedAt: now
		})
		.returning()
		.get();
	for (const id of [quota, green, hidden, pin, letter])
		db.update(contributions).set({ packageId: pkg.id }).where(eq(contributions.id, id)).run();
	const draftPkg = db
		.insert(topicPackages)
		.values({ processId: d.process.id, title: 'Entwurf eines Pakets', state: 'draft' })
		.returning()
		.get();
	db.update(contributions).set({ packageId: draftPkg.id }).where(eq(contributions.id, other)).run();

	return {
		d,
		people,
		ids: { quota, green, other, hidden, pin, letter, pending: pendingId.id },
		district,
		category,
		newQuota,
		draftVersionParagraph: null as string | null,
		pkg,
		draftPkg
	};
}

beforeAll(() => {
	s = setup();
});

describe('permissions', () => {
	it('refuses recommendations, responses and internal comments to roles that may not give them', () => {
		const { people, pkg } = s;
		const rec = { packageId: pkg.id, verdict: 'partly', reason: 'Begründung' };
		for (const u of [
			as(people.citizen),
			as(people.allianz, ['allianz']),
			as(people.moderator, ['moderation'])
		])
			expect(saveRecommendation(db, u, rec)).toEqual({ ok: false, reason: 'forbidden' });
		for (const u of [as(people.citizen), as(people.allianz, ['allianz'])])
			expect(addInternalComment(db, u, { packageId: pkg.id, body: 'x' })).toEqual({
				ok: false,
				reason: 'forbidden'
			});
		const resp = { packageId: pkg.id, verdict: 'partly', reason: 'x', paragraphIds: [] };
		for (const u of [
			as(people.citizen),
			as(people.gremium, ['gremium']),
			as(people.moderator, ['moderation'])
		]) {
			expect(saveResponse(db, u, resp)).toEqual({ ok: false, reason: 'forbidden' });
			// Moderation publishes responses the administration recorded (DOMAIN.md), nobody else.
			if (!u.roles.includes('moderation'))
				expect(publishResponse(db, u, { packageId: pkg.id })).toEqual({ ok: false, reason: 'forbidden' });
		}
		// Drafts are not the Gremium's yet; items of another package are refused.
		expect(
			saveRecommendation(db, as(people.gremium, ['gremium']), { ...rec, packageId: s.draftPkg.id })
		).toEqual({
			ok: false,
			reason: 'not_forwarded'
		});
		expect(
			saveRecommendation(db, as(people.gremium, ['gremium']), { ...rec, contributionId: s.ids.other })
		).toEqual({ ok: false, reason: 'not_in_package' });
		expect(forwardedPackages(db).map((p) => p.id)).not.toContain(s.draftPkg.id);
		expect(packageDetail(db, s.draftPkg.id)).toBeNull();
	});

	it('validates verdicts, reasons and texts', () => {
		const g = as(s.people.gremium, ['gremium']);
		expect(saveRecommendation(db, g, { packageId: s.pkg.id, verdict: 'maybe', reason: 'x' })).toMatchObject({
			reason: 'verdict_required'
		});
		expect(saveRecommendation(db, g, { packageId: s.pkg.id, verdict: 'noted', reason: '  ' })).toMatchObject({
			reason: 'reason_required'
		});
		expect(
			saveRecommendation(db, g, { packageId: s.pkg.id, verdict: 'noted', reason: 'x'.repeat(5001) })
		).toMatchObject({ reason: 'reason_too_long' });
		expect(addInternalComment(db, g, { packageId: s.pkg.id, body: '' })).toMatchObject({
			reason: 'body_required'
		});
	});
});

describe('the chain', () => {
	it('keeps internal comments on the package and its items (Gremium and moderation write them)', () => {
		const g = as(s.people.gremium, ['gremium']);
		const mod = as(s.people.moderator, ['moderation']);
		expect(addInternalComment(db, g, { packageId: s.pkg.id, body: `Paket: ${MARKER}` })).toMatchObject({
			ok: true
		});
		expect(
			addInternalComment(db, mod, {
				packageId: s.pkg.id,
				contributionId: s.ids.quota,
				body: `Beitrag: ${MARKER}`
			})
		).toMatchObject({ ok: true });
		const detail = packageDetail(db, s.pkg.id)!;
		expect(detail.comments.map((c) => c.contributionId)).toEqual([null, s.ids.quota]);
		// Items in full, but never an e-mail address or the sender of a letter.
		const json = JSON.stringify(detail.items);
		expect(json).not.toContain('Erika Mustermann');
		expect(json).not.toContain('@example.org');
		expect(detail.items.find((i) => i.id === s.ids.letter)).toMatchObject({
			channel: 'letter',
			authorName: null
		});
		expect(detail.items.find((i) => i.id === s.ids.quota)).toMatchObject({
			paragraphText: OLD,
			paragraphNumber: 1,
			authorName: 'Bürgerin A'
		});
		const entries = db.select().from(auditLog).where(eq(auditLog.action, 'internal_comment.created')).all();
		expect(entries).toHaveLength(2);
	});

	it('records a recommendation per package and per item, editable with history', () => {
		const g = as(s.people.gremium, ['gremium']);
		const r1 = saveRecommendation(db, g, { packageId: s.pkg.id, verdict: 'adopted', reason: 'Erst so.' });
		expect(r1).toMatchObject({ ok: true, created: true });
		expect(db.select().from(topicPackages).where(eq(topicPackages.id, s.pkg.id)).get()!.state).toBe(
			'recommended'
		);
		const r2 = saveRecommendation(db, g, {
			packageId: s.pkg.id,
			verdict: 'partly',
			reason: 'Teilweise, weil …'
		});
		expect(r2).toMatchObject({ ok: true, created: false });
		if (!r1.ok || !r2.ok) return;
		expect(r2.id).toBe(r1.id);
		const history = db.select().from(auditLog).where(eq(auditLog.entityId, r1.id)).all();
		expect(history.map((h) => h.action)).toEqual(['recommendation.recorded', 'recommendation.updated']);
		expect(history[1].before).toMatchObject({ verdict: 'adopted', reason: 'Erst so.' });
		expect(history[1].after).toMatchObject({ verdict: 'partly' });
		// Two members editing at once: a save on top of a state the editor did not see is refused.
		const saved = db.select().from(recommendations).where(eq(recommendations.id, r1.id)).get()!;
		const later = new Date(saved.updatedAt.getTime() + 1000);
		expect(
			saveRecommendation(
				db,
				g,
				{
					packageId: s.pkg.id,
					verdict: 'adopted',
					reason: 'Alter Stand',
					seen: saved.updatedAt.getTime() - 1
				},
				later
			)
		).toEqual({ ok: false, reason: 'changed_meanwhile' });
		expect(
			saveRecommendation(db, g, { packageId: s.pkg.id, verdict: 'partly', reason: 'Neu', seen: 0 }, later)
		).toEqual({ ok: false, reason: 'changed_meanwhile' });
		expect(db.select().from(recommendations).where(eq(recommendations.id, r1.id)).get()!.reason).toBe(
			'Teilweise, weil …'
		);
		expect(
			saveRecommendation(
				db,
				g,
				{
					packageId: s.pkg.id,
					verdict: 'partly',
					reason: 'Teilweise, weil …',
					seen: saved.updatedAt.getTime()
				},
				later
			)
		).toMatchObject({ ok: true });
		// An item's own recommendation overrides the package's for that item only.
		expect(
			saveRecommendation(db, g, {
				packageId: s.pkg.id,
				contributionId: s.ids.green,
				verdict: 'noted',
				reason: 'Grün.'
			})
		).toMatchObject({ ok: true });
		const h = handlingsFor(db, [s.ids.quota, s.ids.green]);
		expect(h.get(s.ids.quota)!.recommendation).toMatchObject({ scope: 'package', verdict: 'partly' });
		expect(h.get(s.ids.green)!.recommendation).toMatchObject({ scope: 'item', verdict: 'noted' });
		// Admins may recommend too.
		expect(
			saveRecommendation(db, as(s.people.admin, ['admin']), {
				packageId: s.pkg.id,
				contributionId: s.ids.pin,
				verdict: 'already_considered',
				reason: 'Steht schon drin.'
			})
		).toMatchObject({ ok: true });
	});

	it('records the response with linked paragraphs of version 2, only of this process', () => {
		const a = as(s.people.admin, ['admin']);
		const base = { packageId: s.pkg.id, verdict: 'partly', reason: 'Die Quote sinkt auf 25 %.' };
		// A paragraph of another process is refused.
		const elsewhere = makeDocument(db);
		const foreign = blocks(elsewhere.chapterIds.k1)[0].id;
		expect(saveResponse(db, a, { ...base, paragraphIds: [foreign] })).toEqual({
			ok: false,
			reason: 'invalid_paragraph'
		});
		expect(saveResponse(db, a, { ...base, paragraphIds: ['not-an-id'] })).toEqual({
			ok: false,
			reason: 'invalid_paragraph'
		});
		// A paragraph of a draft version is refused too.
		const draft = createDraftVersion(db, a.id, s.d.documentId);
		if (!draft.ok) throw new Error(draft.reason);
		const draftParagraph = db
			.select({ id: paragraphs.id })
			.from(paragraphs)
			.innerJoin(chapters, eq(chapters.id, paragraphs.chapterId))
			.where(eq(chapters.versionId, draft.versionId))
			.get()!.id;
		expect(saveResponse(db, a, { ...base, paragraphIds: [draftParagraph] })).toEqual({
			ok: false,
			reason: 'invalid_paragraph'
		});
		const r = saveResponse(db, a, { ...base, paragraphIds: [s.newQuota.id] });
		expect(r).toMatchObject({ ok: true, created: true, published: false });
		// Not public before publishing: results empty, handling "forwarded", no recommendation shown.
		expect(resultsPage(db, s.d.process.id, {}).items).toHaveLength(0);
		expect(publicHandlingOf(db, s.ids.quota)).toMatchObject({
			status: 'forwarded',
			packageTitle: 'Bezahlbarer Wohnraum',
			recommendation: null,
			response: null
		});
		expect(answered()).toHaveLength(0);
	});

	it('publishes, tells every author once, and marks the package answered', () => {
		const a = as(s.people.admin, ['admin']);
		// An item's own response, still a draft, is published together with the package's.
		expect(
			saveResponse(db, a, {
				packageId: s.pkg.id,
				contributionId: s.ids.pin,
				verdict: 'already_considered',
				reason: 'Das Konzept sieht das schon vor.',
				paragraphIds: []
			})
		).toMatchObject({ ok: true });
		const r = publishResponse(db, a, { packageId: s.pkg.id });
		expect(r).toEqual({ ok: true, published: 2, notified: 3 });
		const told = answered();
		// quota (citizen), green (citizen2), pin (allianz); not the hidden item (its handling is not public).
		expect(told.map((n) => n.contributionId).sort()).toEqual([s.ids.quota, s.ids.green, s.ids.pin].sort());
		// The letter's "author" is the moderator who typed it in: no mail.
		expect(told.some((n) => n.contributionId === s.ids.letter)).toBe(false);
		expect(db.select().from(topicPackages).where(eq(topicPackages.id, s.pkg.id)).get()!.state).toBe(
			'answered'
		);
		// The package's response links the quota paragraph: old and new wording side by side for the
		// comment written on it, never for a comment on another paragraph (it gets the new wording only).
		expect(publicHandlingOf(db, s.ids.quota)!.links[0].diff).not.toBeNull();
		const onGreen = publicHandlingOf(db, s.ids.green)!;
		expect(onGreen.links.length).toBeGreaterThan(0);
		expect(onGreen.links.every((l) => l.diff === null)).toBe(true);

		// Publishing again, editing, or a later item response does not tell anybody twice.
		expect(publishResponse(db, a, { packageId: s.pkg.id })).toEqual({ ok: true, published: 0, notified: 0 });
		expect(
			saveResponse(db, a, {
				packageId: s.pkg.id,
				verdict: 'partly',
				reason: 'Die Quote sinkt auf 25 % und wird nach zwei Jahren überprüft.',
				paragraphIds: [s.newQuota.id]
			})
		).toMatchObject({ ok: true, published: true });
		expect(
			saveResponse(db, a, {
				packageId: s.pkg.id,
				contributionId: s.ids.green,
				verdict: 'noted',
				reason: 'Grünflächen behandelt Kapitel 3.',
				paragraphIds: []
			})
		).toMatchObject({ ok: true, created: true, published: false });
		expect(publishResponse(db, a, { packageId: s.pkg.id, contributionId: s.ids.green })).toEqual({
			ok: true,
			published: 1,
			notified: 0
		});
		expect(answered()).toHaveLength(3);
		const published = db.select().from(auditLog).where(eq(auditLog.action, 'response.published')).all();
		expect(published).toHaveLength(3);

		// The published responses answer the recommendations: these are final now, for admins too.
		for (const who of [as(s.people.gremium, ['gremium']), a])
			for (const contributionId of [null, s.ids.green, s.ids.quota])
				expect(
					saveRecommendation(db, who, {
						packageId: s.pkg.id,
						contributionId,
						verdict: 'not_adopted',
						reason: 'Doch anders.'
					})
				).toEqual({ ok: false, reason: 'response_published' });
	});
});

describe('effective handling and the public results', () => {
	it('follows the rules: own record over the package, public only when published', () => {
		expect(effective('own', 'pkg')).toBe('own');
		expect(effective(null, 'pkg')).toBe('pkg');
		const draft: { publishedAt: Date | null } = { publishedAt: null };
		const pub: { publishedAt: Date | null } = { publishedAt: new Date() };
		expect(publicResponse(draft, pub)).toBeNull();
		expect(publicResponse(null, pub)).toBe(pub);
		expect(verdictLabel('partly')).toBe('teilweise übernommen');
		expect(verdictLabel('partly', 'en')).toBe('partly adopted');
		const h = handlingsFor(db, [s.ids.quota, s.ids.green, s.ids.other], { publicOnly: true });
		expect(h.get(s.ids.quota)!.response).toMatchObject({ scope: 'package', verdict: 'partly' });
		expect(h.get(s.ids.quota)!.response!.links.map((l) => l.text)).toEqual([NEW]);
		expect(h.get(s.ids.green)!.response).toMatchObject({ scope: 'item', verdict: 'noted' });
		// The draft package is not named in public.
		expect(h.get(s.ids.other)).toMatchObject({ packageId: null, packageTitle: null, response: null });
	});

	it('shows the handled, public items with filters, counts and keyset pages', () => {
		const pid = s.d.process.id;
		const all = resultsPage(db, pid, {});
		// Hidden, pending and draft-package items never appear.
		expect(all.items.map((i) => i.id).sort()).toEqual(
			[s.ids.quota, s.ids.green, s.ids.pin, s.ids.letter].sort()
		);
		const letter = all.items.find((i) => i.id === s.ids.letter)!;
		expect(letter.authorName).toBeNull();
		expect(JSON.stringify(all)).not.toContain('Erika Mustermann');
		expect(all.items.find((i) => i.id === s.ids.quota)).toMatchObject({
			responseVerdict: 'partly',
			recommendationVerdict: 'partly',
			chapterKey: 'quote',
			paragraphNumber: 1
		});
		expect(resultCounts(db, pid, {})).toEqual({
			adopted: 0,
			partly: 2,
			not_adopted: 0,
			already_considered: 1,
			noted: 1
		});
		expect(resultsPage(db, pid, { verdict: 'noted' }).items.map((i) => i.id)).toEqual([s.ids.green]);
		expect(resultsPage(db, pid, { categoryId: s.category.id }).items.map((i) => i.id)).toEqual([s.ids.pin]);
		expect(
			resultsPage(db, pid, { districtId: s.district.id })
				.items.map((i) => i.id)
				.sort()
		).toEqual([s.ids.pin, s.ids.letter].sort());
		expect(
			resultsPage(db, pid, { chapterKey: 'quote' })
				.items.map((i) => i.id)
				.sort()
		).toEqual([s.ids.quota, s.ids.green, s.ids.letter].sort());
		expect(resultCounts(db, pid, { chapterKey: 'quote' })).toMatchObject({
			partly: 2,
			noted: 1,
			already_considered: 0
		});
		// Keyset pages cover every item exactly once.
		const seen: string[] = [];
		let cursor: string | null = null;
		do {
			const page = resultsPage(db, pid, {}, cursor, 1);
			seen.push(...page.items.map((i) => i.id));
			cursor = page.nextCursor;
		} while (cursor);
		expect(seen.sort()).toEqual(all.items.map((i) => i.id).sort());
		expect(resultFilterOptions(db, pid).chapters.map((c) => c.key)).toEqual(['quote', 'andere']);
	});

	it('shows a comment its handling with the old and new wording side by side', () => {
		const h = publicHandlingOf(db, s.ids.quota)!;
		expect(h).toMatchObject({
			status: 'answered',
			recommendation: { verdict: 'partly' },
			response: { verdict: 'partly' },
			old: { text: OLD, number: 1 }
		});
		expect(h.links).toHaveLength(1);
		expect(h.links[0].text).toBe(NEW);
		expect(h.links[0].diff!.some((p) => p.type === 'removed' && p.text.includes('30'))).toBe(true);
		expect(h.links[0].diff!.some((p) => p.type === 'added' && p.text.includes('25'))).toBe(true);
		expect(publicHandlingOf(db, s.ids.hidden)).toBeNull();
		expect(publicHandlingOf(db, s.ids.pending)).toMatchObject({ status: 'received', response: null });
	});
});

describe('privacy: internal comments never reach public data', () => {
	const event = (extra: Record<string, unknown>) =>
		({ locals: { user: null, locale: 'de' }, ...extra }) as never;

	it('is absent from the results page, the contribution page and the handling props', async () => {
		const citizen = { ...as(s.people.citizen), roles: [] };
		for (const user of [null, citizen]) {
			const results = await resultsLoad({
				...(event({}) as object),
				params: { slug: s.d.process.slug },
				locals: { user, locale: 'de' },
				url: new URL(`http://test/verfahren/${s.d.process.slug}/ergebnisse`)
			} as never);
			const json = JSON.stringify(results);
			expect(json).toContain('Die Quote sinkt auf 25 %');
			expect(json).not.toContain(MARKER);
			expect(json).not.toContain('Erika Mustermann');
			const pages = [
				await contributionLoad({ params: { id: s.ids.quota }, locals: { user, locale: 'de' } } as never),
				await contributionLoad({ params: { id: s.ids.letter }, locals: { user, locale: 'de' } } as never),
				await pinLoad({
					params: { slug: s.d.process.slug, modul: 'karte', id: s.ids.pin },
					locals: { user, locale: 'de' },
					url: new URL(`http://test/verfahren/${s.d.process.slug}/karte/hinweise/${s.ids.pin}`)
				} as never)
			];
			expect(JSON.stringify(pages[0])).toContain(NEW);
			expect(JSON.stringify(pages[2])).toContain('Das Konzept sieht das schon vor.');
			for (const page of pages) {
				const text = JSON.stringify(page);
				expect(text).not.toContain(MARKER);
				expect(text).not.toContain('Erika Mustermann');
			}
		}
		const handling = JSON.stringify(publicHandlingOf(db, s.ids.quota));
		expect(handling).toContain(NEW);
		expect(handling).not.toContain(MARKER);
		// The marker really is in the database.
		expect(JSON.stringify(packageDetail(db, s.pkg.id)!.comments)).toContain(MARKER);
	});
});
