// Review-queue and export data for the benchmark and for tests: `seedReviewItems(db, processId, n)`
// inserts n contributions of mixed kinds and states (comments on paragraphs, replies, pins with
// district and category, workshop cards, offline letters/e-mails) with topic packages, Gremium
// recommendations, responses (most published) linked to paragraphs of the newest version, tags and
// assignees – in one transaction with prepared statements (100,000 items take a few seconds).
//
// What the items refer to is taken from the database when present and created when missing: the
// process's document chapters/paragraphs (none: a copy of another process's document; no document at
// all: no chapter references), the districts (none: the demo quarters), a map module with pin categories, users
// (none: 200 synthetic ones) and moderators.
//
// CLI (after seed.js and seed-document.ts): tsx scripts/bench/seed-review.ts <db path> <n> [process slug]
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { openDatabase, type DB } from '../../src/lib/server/db';
import { seedQuarters } from '../../src/lib/server/db/seed/demo-quarters';

const DAY = 86_400_000;

/** Small deterministic generator (mulberry32), as scripts/bench/seed.js. */
function prng(seed: number) {
	let a = seed >>> 0 || 1;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return Object.assign(next, {
		int: (n: number) => Math.floor(next() * n),
		pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
	});
}

const CATEGORIES = [
	['wohnraum', 'Wohnraum und Bezahlbarkeit'],
	['gruen', 'Grün- und Freiflächen'],
	['internet', 'Schnelles Internet'],
	['nahversorgung', 'Nahversorgung'],
	['oeffentlicher-raum', 'Öffentlicher Raum'],
	['mobilitaet', 'Mobilität'],
	['barrierefreiheit', 'Barrierefreiheit'],
	['sonstiges', 'Sonstiges']
] as const;

const TEXTS = [
	'Im Quartier fehlen bezahlbare Wohnungen für Familien mit Kindern.',
	'Die Grünfläche hinter der Schule sollte erhalten bleiben; sie ist der einzige Spielplatz weit und breit.',
	'Bitte mehr barrierefreie Wohnungen im Bestand, nicht nur im Neubau.',
	'Der Supermarkt hat geschlossen, seitdem fahren ältere Menschen mit dem Bus zum Einkaufen.',
	'Die Quote für geförderten Wohnungsbau sollte auf 30 Prozent steigen.',
	'Das Internet ist hier so langsam, dass Homeoffice kaum möglich ist.',
	'Mehr gemeinschaftliche Wohnformen und Genossenschaften fördern!',
	'Die Mieten sind in den letzten Jahren stark gestiegen, das Konzept sollte darauf reagieren.'
];
const REASONS = [
	'Das Anliegen wird im Kapitel zu den Quartieren aufgenommen.',
	'Die Anregung ist bereits Teil des Handlungsprogramms.',
	'Eine Umsetzung ist rechtlich nicht möglich.',
	'Die Verwaltung prüft das Anliegen im Rahmen der nächsten Fortschreibung.'
];
const VERDICTS = ['adopted', 'partly', 'not_adopted', 'already_considered', 'noted'] as const;
const CHANNELS = ['letter', 'email', 'event', 'phone'] as const;
const NETIQUETTE = ['insult', 'off_topic', 'advertising', 'personal_data'] as const;

export interface ReviewSeedOptions {
	seed?: number;
	/** Epoch ms; items are spread over the 60 days before. */
	now?: number;
}

export interface ReviewSeedResult {
	contributions: number;
	packages: number;
	recommendations: number;
	responses: number;
	links: number;
	tags: number;
	ms: number;
}

export function seedReviewItems(
	db: DB,
	processId: string,
	n: number,
	opts: ReviewSeedOptions = {}
): ReviewSeedResult {
	const t0 = performance.now();
	const rand = prng(opts.seed ?? 7);
	const now = opts.now ?? Date.now();
	const sqlite = db.$client;
	const all = (sql: string, ...args: unknown[]) => sqlite.prepare(sql).all(...args) as Record<string, unknown>[];

	/** Copies a document with its non-draft versions, chapters and paragraphs into a new module. */
	const copyDocument = (documentId: string, title: string): string => {
		const moduleId = randomUUID();
		const pos = all(`select coalesce(max(position), 0) + 1 as p from modules where process_id = ?`, processId)[0].p;
		sqlite
			.prepare(
				`insert into modules (id, process_id, type, slug, title, position, created_at) values (?, ?, 'document', ?, ?, ?, ?)`
			)
			.run(moduleId, processId, `entwurf-${moduleId.slice(0, 4)}`, 'Konzeptentwurf', pos, now);
		const docId = randomUUID();
		sqlite
			.prepare(`insert into documents (id, module_id, title, created_at) values (?, ?, ?, ?)`)
			.run(docId, moduleId, title, now);
		const insVersion = sqlite.prepare(
			`insert into document_versions (id, document_id, number, label, state, published_at, created_at)
			 select ?, ?, number, label, state, published_at, created_at from document_versions where id = ?`
		);
		const insChapter = sqlite.prepare(
			`insert into chapters (id, version_id, key, number, title, position, markdown, html, updated_at)
			 select ?, ?, key, number, title, position, markdown, html, updated_at from chapters where id = ?`
		);
		const insParagraphs = sqlite.prepare(
			`insert into paragraphs (id, chapter_id, anchor, kind, position, text)
			 select lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
				|| '-8' || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), ?, anchor, kind, position, text
			 from paragraphs where chapter_id = ?`
		);
		for (const v of all(`select id from document_versions where document_id = ? and state != 'draft'`, documentId)) {
			const versionId = randomUUID();
			insVersion.run(versionId, docId, v.id);
			for (const c of all(`select id from chapters where version_id = ?`, v.id)) {
				const chapterId = randomUUID();
				insChapter.run(chapterId, versionId, c.id);
				insParagraphs.run(chapterId, c.id);
			}
		}
		return moduleId;
	};

	const result = sqlite.transaction(() => {
		// What the items refer to.
		if (all(`select id from districts limit 1`).length === 0) seedQuarters(db);
		const districts = all(`select id from districts`).map((r) => r.id as string);
		let mapModule = all(`select id from modules where process_id = ? and type = 'map' limit 1`, processId)[0]
			?.id as string | undefined;
		if (!mapModule) {
			mapModule = randomUUID();
			const pos = (all(`select coalesce(max(position), 0) + 1 as p from modules where process_id = ?`, processId)[0]
				.p ?? 1) as number;
			sqlite
				.prepare(
					`insert into modules (id, process_id, type, slug, title, position, created_at) values (?, ?, 'map', ?, 'Karte', ?, ?)`
				)
				.run(mapModule, processId, `karte-${mapModule.slice(0, 4)}`, pos, now);
		}
		if (all(`select id from pin_categories where module_id = ? limit 1`, mapModule).length === 0) {
			const ins = sqlite.prepare(
				`insert into pin_categories (id, module_id, key, label, position, created_at) values (?, ?, ?, ?, ?, ?)`
			);
			CATEGORIES.forEach(([key, label], i) => ins.run(randomUUID(), mapModule, key, label, i + 1, now));
		}
		const categories = all(`select id from pin_categories where module_id = ?`, mapModule).map((r) => r.id as string);
		// The process's document; a process without one (the export benchmark's) gets a copy of the first
		// document of the database (versions, chapters, paragraphs), so its items point at chapters and
		// paragraphs of their own process and leave the other process's pages as they were.
		let docModule = all(`select id from modules where process_id = ? and type = 'document' limit 1`, processId)[0]
			?.id as string | undefined;
		const source = all(`select id, module_id as moduleId, title from documents limit 1`)[0];
		if (!docModule && source) docModule = copyDocument(source.id as string, source.title as string);
		// Paragraphs of the first version (what people commented on) and of the newest (linked changes).
		const versions = docModule
			? all(
					`select v.id, v.number from document_versions v join documents d on d.id = v.document_id
					 where d.module_id = ? and v.state != 'draft' order by v.number`,
					docModule
				)
			: [];
		const paragraphsOf = (versionId: string) =>
			all(
				`select p.id, p.anchor, p.chapter_id as chapterId from paragraphs p join chapters c on c.id = p.chapter_id
				 where c.version_id = ? and p.kind != 'h'`,
				versionId
			) as { id: string; anchor: string; chapterId: string }[];
		const firstParas = versions[0] ? paragraphsOf(versions[0].id as string) : [];
		const lastParas = versions.length ? paragraphsOf(versions[versions.length - 1].id as string) : [];
		const firstVersion = versions[0]?.id as string | undefined;

		let users = all(`select id from users where email_verified_at is not null limit 2000`).map((r) => r.id as string);
		if (users.length === 0) {
			const ins = sqlite.prepare(
				`insert into users (id, email, display_name, password_hash, email_verified_at, created_at) values (?, ?, ?, 'x', ?, ?)`
			);
			users = Array.from({ length: 200 }, (_, i) => {
				const id = randomUUID();
				ins.run(id, `review${i}-${id.slice(0, 6)}@bench.invalid`, `Teilnehmerin ${i}`, now, now);
				return id;
			});
		}
		const moderators = all(`select user_id as id from user_roles where role in ('moderation', 'admin')`).map(
			(r) => r.id as string
		);
		const gremium = all(`select user_id as id from user_roles where role = 'gremium'`).map((r) => r.id as string);

		// Tags and packages.
		const insTag = sqlite.prepare(`insert or ignore into tags (id, process_id, label, created_at) values (?, ?, ?, ?)`);
		for (let i = 0; i < 20; i++) insTag.run(randomUUID(), processId, `Schlagwort ${i + 1}`, now);
		const tags = all(`select id from tags where process_id = ?`, processId).map((r) => r.id as string);

		const packageCount = Math.max(1, Math.round(n / 50));
		const insPackage = sqlite.prepare(
			`insert into topic_packages (id, process_id, title, summary, state, created_at, updated_at, forwarded_at)
			 values (?, ?, ?, ?, ?, ?, ?, ?)`
		);
		const insRec = sqlite.prepare(
			`insert into recommendations (id, package_id, contribution_id, verdict, reason, author_id, created_at, updated_at)
			 values (?, ?, ?, ?, ?, ?, ?, ?)`
		);
		const insResp = sqlite.prepare(
			`insert into responses (id, package_id, contribution_id, verdict, reason, published_at, created_at, updated_at)
			 values (?, ?, ?, ?, ?, ?, ?, ?)`
		);
		const insLink = sqlite.prepare(
			`insert or ignore into response_links (response_id, paragraph_id, position) values (?, ?, ?)`
		);
		let recommendations = 0;
		let responses = 0;
		let links = 0;
		const addResponse = (packageId: string | null, contributionId: string | null, at: number) => {
			const id = randomUUID();
			insResp.run(id, packageId, contributionId, rand.pick(VERDICTS), rand.pick(REASONS), rand() < 0.8 ? at : null, at, at);
			responses++;
			if (lastParas.length && rand() < 0.6)
				for (let k = 0, m = 1 + rand.int(2); k < m; k++) {
					links += insLink.run(id, rand.pick(lastParas).id, k).changes;
				}
		};
		const packages: string[] = [];
		for (let i = 0; i < packageCount; i++) {
			const id = randomUUID();
			const at = now - rand.int(30) * DAY;
			const stage = rand();
			const state = stage < 0.2 ? 'draft' : stage < 0.5 ? 'forwarded' : stage < 0.75 ? 'recommended' : 'answered';
			insPackage.run(id, processId, `Themenpaket ${i + 1}: ${rand.pick(CATEGORIES)[1]}`, 'Zusammenfassung der Moderation.', state, at, at, state === 'draft' ? null : at);
			packages.push(id);
			if (state === 'recommended' || state === 'answered') {
				insRec.run(randomUUID(), id, null, rand.pick(VERDICTS), rand.pick(REASONS), gremium.length ? rand.pick(gremium) : null, at, at);
				recommendations++;
			}
			if (state === 'answered') addResponse(id, null, at);
		}

		// The items.
		const insC = sqlite.prepare(
			`insert into contributions (id, kind, process_id, module_id, author_id, parent_id, root_id, depth, body, state,
				moderation_mode, reviewed_at, rejection_reason, version_id, chapter_id, anchor, anchor_state,
				original_version_id, original_chapter_id, original_anchor, lat, lon, district_id, category_id, channel,
				received_at, sender_name, assignee_id, open_reports, hidden, package_id, support_count, created_at,
				updated_at, published_at)
			 values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		);
		const insCT = sqlite.prepare(`insert or ignore into contribution_tags (contribution_id, tag_id) values (?, ?)`);
		const recentComments: string[] = [];
		let tagRows = 0;
		for (let i = 0; i < n; i++) {
			const id = randomUUID();
			const at = now - 60 * DAY + Math.floor(((i + rand()) / n) * 60 * DAY);
			const r = rand();
			let kind: 'comment' | 'pin' | 'card' | 'offline' =
				r < 0.5 ? 'comment' : r < 0.6 ? 'comment' : r < 0.85 ? 'pin' : r < 0.9 ? 'card' : 'offline';
			const isReply = r >= 0.5 && r < 0.6 && recentComments.length > 0;
			if (kind === 'comment' && !firstParas.length) kind = 'offline';
			const s = rand();
			const state = s < 0.7 ? 'published' : s < 0.85 ? 'pending' : s < 0.95 ? 'rejected' : 'withdrawn';
			const para = kind === 'comment' || (kind === 'offline' && rand() < 0.4) ? rand.pick(firstParas) : undefined;
			const parent = isReply ? rand.pick(recentComments) : null;
			const pin = kind === 'pin';
			const withDistrict = pin || (kind === 'offline' && !para);
			const offline = kind === 'offline';
			const inPackage = state === 'published' && rand() < 0.6 ? rand.pick(packages) : null;
			const hidden = state === 'published' && rand() < 0.01;
			insC.run(
				id,
				kind,
				processId,
				pin ? mapModule : para ? docModule : null,
				offline ? null : rand.pick(users),
				parent,
				parent,
				parent ? 1 : 0,
				`${rand.pick(TEXTS)} (${i + 1})`,
				state,
				rand() < 0.7 ? 'pre' : 'post',
				state === 'pending' ? null : at + 3_600_000,
				state === 'rejected' ? `${rand.pick(NETIQUETTE)}: Bitte sachlich bleiben.` : null,
				para ? firstVersion : null,
				para?.chapterId ?? null,
				para?.anchor ?? null,
				para ? 'original' : null,
				para ? firstVersion : null,
				para?.chapterId ?? null,
				para?.anchor ?? null,
				pin ? 51.42 + rand() * 0.1 : null,
				pin ? 7.11 + rand() * 0.23 : null,
				withDistrict ? rand.pick(districts) : null,
				pin ? rand.pick(categories) : null,
				offline ? rand.pick(CHANNELS) : 'online',
				offline ? at - rand.int(5) * DAY : null,
				offline && rand() < 0.5 ? `Absender ${i}` : null,
				state === 'pending' && moderators.length && rand() < 0.3 ? rand.pick(moderators) : null,
				hidden ? 3 : 0,
				hidden ? 1 : 0,
				inPackage,
				state === 'published' ? rand.int(20) : 0,
				at,
				at,
				state === 'published' ? at + 3_600_000 : null
			);
			if (kind === 'comment' && !parent && state === 'published') {
				recentComments.push(id);
				if (recentComments.length > 50) recentComments.shift();
			}
			if (rand() < 0.3) {
				tagRows += insCT.run(id, rand.pick(tags)).changes;
				if (rand() < 0.3) tagRows += insCT.run(id, rand.pick(tags)).changes;
			}
			// A few items carry their own handling, overriding their package's.
			if (state === 'published' && rand() < 0.05) {
				insRec.run(randomUUID(), null, id, rand.pick(VERDICTS), rand.pick(REASONS), null, at, at);
				recommendations++;
				if (rand() < 0.5) addResponse(null, id, at);
			}
		}
		return { packages: packageCount, recommendations, responses, links, tags: tagRows };
	})();
	return { contributions: n, ...result, ms: Math.round(performance.now() - t0) };
}

// CLI: tsx scripts/bench/seed-review.ts <db path> <n> [process slug]
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const [dbPath, countArg, slug] = process.argv.slice(2);
	const db = openDatabase(dbPath);
	const find = () =>
		db.$client
			.prepare(slug ? `select id from processes where slug = ?` : `select id from processes where published = 1 limit 1`)
			.get(...(slug ? [slug] : [])) as { id: string } | undefined;
	// A slug that does not exist yet: a published process of its own (e.g. for the export benchmark).
	if (slug && !find())
		db.$client
			.prepare(`insert into processes (id, slug, title, published, created_at, updated_at) values (?, ?, ?, 1, ?, ?)`)
			.run(randomUUID(), slug, `Abwägung (${slug})`, Date.now() - 500 * DAY, Date.now());
	const proc = find();
	if (!proc) throw new Error('seed-review: no process');
	const result = seedReviewItems(db, proc.id, Number(countArg ?? 50_000));
	db.$client.pragma('wal_checkpoint(TRUNCATE)');
	db.$client.close();
	console.log(JSON.stringify(result));
}
