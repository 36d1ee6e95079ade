// Every queue, package, recommendation, response and export action, tried by every role against the
// running server: the roles that may not do it get a 403 (visitors are sent to the login page) and the
// data is exactly as before. The roles that may, get the page.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { baseUrl, launch, login, newContext } from './harness';

type Role = 'visitor' | 'citizen' | 'allianz' | 'gremium' | 'moderation' | 'admin';
const ROLES: Role[] = ['visitor', 'citizen', 'allianz', 'gremium', 'moderation', 'admin'];
const EMAIL: Record<Exclude<Role, 'visitor'>, string> = {
	citizen: 'buerger@demo.invalid',
	allianz: 'allianz@demo.invalid',
	gremium: 'gremium@demo.invalid',
	moderation: 'moderation@demo.invalid',
	admin: 'admin@demo.invalid'
};

interface Ids {
	processId: string;
	slug: string;
	pending: string;
	published: string;
	draftPackage: string;
	forwardedPackage: string;
	photo: string | null;
	paragraph: string;
	chapter: string;
}

interface Action {
	name: string;
	/** Roles that may do it (admins may everything that staff may). */
	allowed: Role[];
	path: (ids: Ids) => string;
	/** Form fields for a POST; none: a GET of a page or download. */
	form?: (ids: Ids) => Record<string, string | string[]>;
}

const STAFF: Role[] = ['moderation', 'admin'];

const ACTIONS: Action[] = [
	// The review queue and its item page.
	{ name: 'queue page', allowed: STAFF, path: () => '/moderation' },
	{ name: 'queue item page', allowed: STAFF, path: (i) => `/moderation/beitrag/${i.pending}` },
	{
		name: 'approve',
		allowed: STAFF,
		path: () => '/moderation?/approve',
		form: (i) => ({ ids: [i.pending] })
	},
	{
		name: 'reject',
		allowed: STAFF,
		path: () => '/moderation?/reject',
		form: (i) => ({ ids: [i.pending], reason: 'off_topic', note: 'x' })
	},
	{
		name: 'tag',
		allowed: STAFF,
		path: () => '/moderation?/tag',
		form: (i) => ({ ids: [i.published], tag: 'Matrix-Test', processId: i.processId })
	},
	{
		name: 'assign',
		allowed: STAFF,
		path: () => '/moderation?/assign',
		form: (i) => ({ ids: [i.published], assignee: 'me', processId: i.processId })
	},
	{
		name: 'mark duplicate',
		allowed: STAFF,
		path: () => '/moderation?/duplicate',
		form: (i) => ({ ids: [i.pending], duplicateOf: i.published, processId: i.processId })
	},
	{
		name: 'add to package',
		allowed: STAFF,
		path: () => '/moderation?/pack',
		form: (i) => ({ ids: [i.published], packageId: i.draftPackage, processId: i.processId })
	},
	{
		name: 'decide photo',
		allowed: STAFF,
		path: (i) => `/moderation/beitrag/${i.pending}?/photo`,
		form: (i) => ({ photoId: i.photo ?? '00000000-0000-4000-8000-000000000000', decision: 'approved' })
	},
	// Offline input.
	{ name: 'offline form', allowed: STAFF, path: () => '/moderation/eingang-erfassen' },
	{
		name: 'enter offline input',
		allowed: STAFF,
		path: () => '/moderation/eingang-erfassen',
		form: (i) => ({
			processId: i.processId,
			channel: 'letter',
			receivedAt: '2026-11-01',
			sender: 'Matrix',
			body: 'Ein Brief aus dem Rollen-Test'
		})
	},
	// Topic packages.
	{ name: 'packages page', allowed: STAFF, path: () => '/moderation/themenpakete' },
	{ name: 'package page', allowed: STAFF, path: (i) => `/moderation/themenpakete/${i.draftPackage}` },
	{
		name: 'create package',
		allowed: STAFF,
		path: () => '/moderation/themenpakete?/create',
		form: (i) => ({ processId: i.processId, title: 'Matrix-Paket', summary: 'x' })
	},
	{
		name: 'edit package',
		allowed: STAFF,
		path: (i) => `/moderation/themenpakete/${i.draftPackage}?/save`,
		form: () => ({ title: 'Umbenannt', summary: 'y' })
	},
	{
		name: 'remove item from package',
		allowed: STAFF,
		path: (i) => `/moderation/themenpakete/${i.forwardedPackage}?/remove`,
		form: (i) => ({ itemId: i.published })
	},
	{
		name: 'forward package',
		allowed: STAFF,
		path: (i) => `/moderation/themenpakete/${i.draftPackage}?/forward`,
		form: () => ({ confirm: 'on' })
	},
	{
		name: 'delete package',
		allowed: STAFF,
		path: (i) => `/moderation/themenpakete/${i.draftPackage}?/delete`,
		form: () => ({})
	},
	// The Begleitgremium.
	{ name: 'gremium overview', allowed: ['gremium', 'moderation', 'admin'], path: () => '/gremium' },
	{
		name: 'gremium package page',
		allowed: ['gremium', 'moderation', 'admin'],
		path: (i) => `/gremium/themenpakete/${i.forwardedPackage}`
	},
	{
		name: 'internal comment',
		allowed: ['gremium', 'moderation', 'admin'],
		path: (i) => `/gremium/themenpakete/${i.forwardedPackage}?/comment`,
		form: () => ({ body: 'Interner Matrix-Kommentar' })
	},
	{
		name: 'recommend',
		allowed: ['gremium', 'admin'],
		path: (i) => `/gremium/themenpakete/${i.forwardedPackage}?/recommend`,
		form: () => ({ verdict: 'noted', reason: 'Matrix' })
	},
	// The administration's response.
	{
		name: 'response page',
		allowed: STAFF,
		path: (i) => `/gremium/themenpakete/${i.forwardedPackage}/stellungnahme`
	},
	{
		name: 'save response',
		allowed: ['admin'],
		path: (i) => `/gremium/themenpakete/${i.forwardedPackage}/stellungnahme?/save`,
		form: (i) => ({ verdict: 'adopted', reason: 'Matrix', absatz: [i.paragraph] })
	},
	{
		name: 'publish response',
		allowed: STAFF,
		path: (i) => `/gremium/themenpakete/${i.forwardedPackage}/stellungnahme?/publish`,
		form: () => ({ confirm: 'on' })
	},
	// Internal exports (the public ones are open to all and tested elsewhere). The Begleitgremium gets
	// its own version without personal data (tests/e2e/export.test.ts).
	{
		name: 'internal CSV export',
		allowed: ['gremium', 'moderation', 'admin'],
		path: (i) => `/moderation/export/abwaegung.csv?verfahren=${i.slug}`
	},
	{
		name: 'internal XLSX export',
		allowed: ['gremium', 'moderation', 'admin'],
		path: (i) => `/moderation/export/abwaegung.xlsx?verfahren=${i.slug}`
	},
	{
		name: 'internal print export',
		allowed: ['gremium', 'moderation', 'admin'],
		path: (i) => `/moderation/export/abwaegung/drucken?verfahren=${i.slug}`
	}
];

/** Everything the actions could change, hashed; sessions and mail delivery state are left out. */
function snapshot(db: Database.Database): string {
	const hash = createHash('sha256');
	const tables: [string, string][] = [
		['contributions', 'id'],
		['topic_packages', 'id'],
		['recommendations', 'id'],
		['responses', 'id'],
		['response_links', 'response_id, paragraph_id'],
		['internal_comments', 'id'],
		['tags', 'id'],
		['contribution_tags', 'contribution_id, tag_id'],
		['reports', 'id']
	];
	for (const [t, order] of tables)
		hash.update(JSON.stringify(db.prepare(`select * from ${t} order by ${order}`).all()));
	hash.update(JSON.stringify(db.prepare('select id, state, reviewed_by from photos order by id').all()));
	hash.update(JSON.stringify(db.prepare('select count(*) n from notifications').get()));
	return hash.digest('hex');
}

function findIds(db: Database.Database): Ids {
	const one = <T>(q: string) => db.prepare(q).get() as T;
	const p = one<{ id: string; slug: string }>(
		`select id, slug from processes where slug = 'handlungskonzept-wohnen'`
	);
	const pending = one<{ id: string }>(
		`select id from contributions where process_id = '${p.id}' and state = 'pending' order by created_at limit 1`
	);
	const published = one<{ id: string }>(
		`select id from contributions where process_id = '${p.id}' and state = 'published' and hidden = 0 order by created_at limit 1`
	);
	const draft = one<{ id: string }>(
		`select id from topic_packages where process_id = '${p.id}' and state = 'draft' limit 1`
	);
	const forwarded = one<{ id: string }>(
		`select id from topic_packages where process_id = '${p.id}' and state <> 'draft' limit 1`
	);
	const photo = one<{ id: string } | undefined>(`select id from photos limit 1`);
	const para = one<{ id: string; chapter_id: string }>(
		`select p.id, p.chapter_id from paragraphs p join chapters c on c.id = p.chapter_id
		 join document_versions v on v.id = c.version_id where v.state = 'published' and p.kind <> 'h' limit 1`
	);
	return {
		processId: p.id,
		slug: p.slug,
		pending: pending.id,
		published: published.id,
		draftPackage: draft.id,
		forwardedPackage: forwarded.id,
		photo: photo?.id ?? null,
		paragraph: para.id,
		chapter: para.chapter_id
	};
}

let browser: Browser;
const contexts = new Map<Role, BrowserContext>();
let db: Database.Database;
let ids: Ids;

beforeAll(async () => {
	browser = await launch();
	for (const role of ROLES) {
		const context = await newContext(browser);
		if (role !== 'visitor') {
			const page = await context.newPage();
			await login(page, EMAIL[role]);
			await page.close();
		}
		contexts.set(role, context);
	}
	db = new Database(join(inject('dataDir'), 'e2e.db'), { readonly: true, fileMustExist: true });
	// A draft package of its own: other test files forward the demo's draft package.
	const processId = (
		db.prepare(`select id from processes where slug = 'handlungskonzept-wohnen'`).get() as { id: string }
	).id;
	const created = await contexts
		.get('moderation')!
		.request.post(`${baseUrl()}/moderation/themenpakete?/create`, {
			headers: { origin: baseUrl() },
			form: { processId, title: `Matrix-Entwurf ${Date.now()}`, summary: '' }
		});
	expect(created.status()).toBeLessThan(400);
	ids = findIds(db);
});

afterAll(async () => {
	db?.close();
	await browser?.close();
});

function body(fields: Record<string, string | string[]>): string {
	const params = new URLSearchParams();
	for (const [k, v] of Object.entries(fields))
		for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
	return params.toString();
}

describe('roles × actions', () => {
	for (const action of ACTIONS) {
		for (const role of ROLES) {
			const allowed = action.allowed.includes(role);
			it(`${action.name}: ${role} ${allowed ? 'may' : 'may not'}`, async () => {
				const request = contexts.get(role)!.request;
				const url = baseUrl() + action.path(ids);
				if (!action.form) {
					const res = await request.get(url, { maxRedirects: 0 });
					if (allowed) expect(res.status(), url).toBe(200);
					else if (role === 'visitor') {
						expect(res.status()).toBe(303);
						expect(res.headers()['location']).toMatch(/^\/anmelden\?next=/);
					} else expect(res.status()).toBe(403);
					return;
				}
				if (allowed) return; // performing the allowed actions is what the feature tests do
				const before = snapshot(db);
				const res = await request.post(url, {
					maxRedirects: 0,
					headers: {
						origin: baseUrl(),
						'content-type': 'application/x-www-form-urlencoded',
						accept: 'text/html'
					},
					data: body(action.form(ids))
				});
				if (role === 'visitor') {
					expect(res.status()).toBe(303);
					expect(res.headers()['location']).toMatch(/^\/anmelden\?next=/);
				} else {
					expect(res.status()).toBe(403);
					expect(await res.text()).toContain('keine Berechtigung');
				}
				expect(snapshot(db)).toBe(before);
			});
		}
	}
});
