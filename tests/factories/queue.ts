// Many queue items quickly: raw prepared INSERTs in one transaction (100,000 rows in about a second),
// with a realistic mix of kinds, states, districts, categories, assignees, reports, tags and packages.
import { randomUUID } from 'node:crypto';
import type { DB } from '../../src/lib/server/db';
import { makeUser } from './db';

export interface SeededQueue {
	processId: string;
	phaseId: string;
	documentModuleId: string;
	mapModuleId: string;
	chapterId: string;
	districtIds: string[];
	categoryIds: string[];
	tagId: string;
	packageId: string;
	moderatorId: string;
	authorIds: string[];
}

/** Deterministic pseudo-random numbers (mulberry32). */
function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function seedQueue(
	db: DB,
	n: number,
	opts: { unreviewedShare?: number; pendingShare?: number; seed?: number } = {}
): SeededQueue {
	const rand = prng(opts.seed ?? 7);
	const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
	const c = db.$client;
	const now = Date.now();
	const id = () => randomUUID();
	const processId = id();
	c.prepare(
		`insert into processes (id, slug, title, published, created_at, updated_at) values (?, ?, 'Queue', 1, ?, ?)`
	).run(processId, `q-${processId.slice(0, 8)}`, now, now);
	const phaseId = id();
	c.prepare(
		`insert into phases (id, process_id, position, title, starts_at, ends_at, audience, moderation_mode, created_at)
		 values (?, ?, 1, 'Phase', ?, ?, 'public', 'pre', ?)`
	).run(phaseId, processId, now - 90 * 86_400_000, now + 86_400_000, now);
	const mod = (type: string, slug: string) => {
		const mid = id();
		c.prepare(
			`insert into modules (id, process_id, type, slug, title, position, created_at) values (?, ?, ?, ?, ?, 1, ?)`
		).run(mid, processId, type, slug, slug, now);
		return mid;
	};
	const documentModuleId = mod('document', 'entwurf');
	const mapModuleId = mod('map', 'karte');
	const documentId = id();
	c.prepare(`insert into documents (id, module_id, title, created_at) values (?, ?, 'Doc', ?)`).run(
		documentId,
		documentModuleId,
		now
	);
	const versionId = id();
	c.prepare(
		`insert into document_versions (id, document_id, number, label, state, created_at) values (?, ?, 1, 'Fassung 1', 'published', ?)`
	).run(versionId, documentId, now);
	const chapterIds = Array.from({ length: 8 }, (_, i) => {
		const cid = id();
		c.prepare(
			`insert into chapters (id, version_id, key, number, title, position, markdown, html, updated_at)
			 values (?, ?, ?, ?, ?, ?, '', '', ?)`
		).run(cid, versionId, `k${i}`, String(i + 1), `Kapitel ${i + 1}`, i, now);
		return cid;
	});
	const sbz = id();
	c.prepare(`insert or ignore into stadtbezirke (id, name, position, created_at) values (?, ?, 1, ?)`).run(
		sbz,
		`Bezirk ${sbz.slice(0, 6)}`,
		now
	);
	const districtIds = Array.from({ length: 30 }, (_, i) => {
		const did = id();
		c.prepare(
			`insert into districts (id, stadtbezirk_id, name, slug, position, geometry, min_lat, min_lon, max_lat, max_lon, label_lat, label_lon, created_at, updated_at)
			 values (?, ?, ?, ?, ?, '[]', 0, 0, 1, 1, 0.5, 0.5, ?, ?)`
		).run(did, sbz, `Quartier ${did.slice(0, 6)}`, `q-${did.slice(0, 8)}`, i, now, now);
		return did;
	});
	const categoryIds = Array.from({ length: 8 }, (_, i) => {
		const cid = id();
		c.prepare(
			`insert into pin_categories (id, module_id, key, label, position, created_at) values (?, ?, ?, ?, ?, ?)`
		).run(cid, mapModuleId, `cat${i}`, `Kategorie ${i}`, i, now);
		return cid;
	});
	const moderatorId = makeUser(db, { roles: ['moderation'] }).id;
	const authorIds = Array.from({ length: 50 }, () => makeUser(db).id);
	const tagId = id();
	c.prepare(`insert into tags (id, process_id, label, created_at) values (?, ?, 'Mieten', ?)`).run(
		tagId,
		processId,
		now
	);
	const packageId = id();
	c.prepare(
		`insert into topic_packages (id, process_id, title, summary, state, created_at, updated_at) values (?, ?, 'Paket', '', 'draft', ?, ?)`
	).run(packageId, processId, now, now);

	const insert = c.prepare(`insert into contributions (id, kind, process_id, module_id, phase_id, author_id,
		parent_id, root_id, depth, body, state, moderation_mode, reviewed_at, chapter_id, district_id, category_id,
		channel, assignee_id, open_reports, hidden, package_id, created_at, updated_at, published_at)
		values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`);
	const tagInsert = c.prepare(`insert into contribution_tags (contribution_id, tag_id) values (?, ?)`);
	const unreviewed = opts.unreviewedShare ?? 0.05;
	const pending = opts.pendingShare ?? 0.05;
	const roots: string[] = [];
	c.transaction(() => {
		for (let i = 0; i < n; i++) {
			const cid = id();
			const at = now - 60 * 86_400_000 + Math.floor((i / n) * 60 * 86_400_000);
			const r = rand();
			const kind = r < 0.6 ? 'comment' : r < 0.75 ? 'reply' : r < 0.95 ? 'pin' : 'offline';
			const s = rand();
			const state = s < pending ? 'pending' : s < 0.9 ? 'published' : s < 0.97 ? 'rejected' : 'withdrawn';
			const reviewed = state === 'published' && rand() < unreviewed / 0.85 ? null : at + 1000;
			const parent = kind === 'reply' && roots.length ? pick(roots) : null;
			insert.run(
				cid,
				kind === 'reply' ? 'comment' : kind,
				processId,
				kind === 'pin' ? mapModuleId : documentModuleId,
				phaseId,
				kind === 'offline' ? null : pick(authorIds),
				parent,
				parent,
				parent ? 1 : 0,
				`Beitrag ${i} über Wohnungen, Mieten und Grünflächen im Quartier`,
				state,
				'pre',
				state === 'pending' ? null : reviewed,
				kind === 'comment' || kind === 'reply' ? pick(chapterIds) : null,
				kind === 'pin' ? pick(districtIds) : null,
				kind === 'pin' ? pick(categoryIds) : null,
				kind === 'offline' ? 'letter' : 'online',
				rand() < 0.05 ? moderatorId : null,
				rand() < 0.005 ? 1 : 0,
				rand() < 0.01 ? packageId : null,
				at,
				at,
				state === 'published' ? at : null
			);
			if (kind === 'comment' && state === 'published' && roots.length < 5000) roots.push(cid);
			if (rand() < 0.02) tagInsert.run(cid, tagId);
		}
	})();
	return {
		processId,
		phaseId,
		documentModuleId,
		mapModuleId,
		chapterId: chapterIds[0],
		districtIds,
		categoryIds,
		tagId,
		packageId,
		moderatorId,
		authorIds
	};
}
