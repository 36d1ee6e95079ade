// The floor: a minimal node:http + better-sqlite3 server that runs the same queries as the app's pages
// and answers with the same data as JSON. No framework, no rendering, statements prepared once – the
// throughput no framework can beat, against which the app's pages are measured.
//
// Run as its own process (the benchmark spawns it): DATABASE_PATH=bench/bench.db PORT=4000 node scripts/bench/floor.js
// To add a page, add a route below that runs the queries the page's load function runs
// (src/lib/server/**/queries.ts) and returns what the load function returns.
import Database from 'better-sqlite3';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { PINS_ROUTE } from './floor-pins.js';

const PROCESS_COLUMNS = `id, slug, title, summary, description, published, created_at as createdAt`;
const PHASE_COLUMNS = `id, process_id as processId, position, title, description, starts_at as startsAt, ends_at as endsAt,
	audience, moderation_mode as moderationMode, created_at as createdAt`;
const MEETING_COLUMNS = `id, process_id as processId, meeting_date as meetingDate, committee, competence, note,
	created_at as createdAt`;

/** As src/lib/phase-state.ts. */
function phaseState(p, now) {
	if (now < p.startsAt) return 'planned';
	if (now >= p.endsAt) return 'closed';
	return 'running';
}

function processRow(row) {
	if (row) row.published = row.published === 1;
	return row ?? null;
}

/** src/lib/server/participation/queries.ts phasesOf */
function phasesOf(q, processId) {
	const now = Date.now();
	const rows = q.all(`select ${PHASE_COLUMNS} from phases where process_id = ? order by position`, processId);
	for (const p of rows) p.state = phaseState(p, now);
	return rows;
}

/**
 * @typedef {{ get: (sql: string, ...args: unknown[]) => any, all: (sql: string, ...args: unknown[]) => any[] }} Q
 * @type {{ path: RegExp, handle: (q: Q, match: RegExpExecArray) => { status?: number, body: unknown } }[]}
 */
export const FLOOR_ROUTES = [
	{
		// src/routes/+page.server.ts
		path: /^\/$/,
		handle(q) {
			const process = processRow(
				q.get(`select ${PROCESS_COLUMNS} from processes where published = 1 order by created_at desc limit 1`)
			);
			const others = q
				.all(`select slug, title, summary from processes where published = 1 order by created_at desc`)
				.filter((p) => p.slug !== process?.slug);
			return { body: { process, phases: process ? phasesOf(q, process.id) : [], others } };
		}
	},
	{
		// src/routes/verfahren/[slug]/+page.server.ts (anonymous: published only)
		path: /^\/verfahren\/([^/]+)$/,
		handle(q, m) {
			const process = processRow(
				q.get(`select ${PROCESS_COLUMNS} from processes where slug = ? and published = 1`, decodeURIComponent(m[1]))
			);
			if (!process) return { status: 404, body: { message: 'Nicht gefunden' } };
			return {
				body: {
					process,
					phases: phasesOf(q, process.id),
					meetings: q.all(
						`select ${MEETING_COLUMNS} from committee_meetings where process_id = ? order by meeting_date`,
						process.id
					)
				}
			};
		}
	},
	{
		// src/routes/verfahren/[slug]/[modul]/[kapitel]/+page.server.ts (anonymous, current version)
		path: /^\/verfahren\/([^/]+)\/([^/]+)\/([^/]+)$/,
		handle(q, m) {
			const doc = q.get(
				`select p.id as processId, p.slug as processSlug, p.title as processTitle, mo.id as moduleId, mo.slug as moduleSlug,
					mo.title as moduleTitle, d.id as documentId, d.title as documentTitle
				 from modules mo join processes p on p.id = mo.process_id join documents d on d.module_id = mo.id
				 where p.slug = ? and mo.slug = ? and mo.type = 'document' and p.published = 1`,
				decodeURIComponent(m[1]),
				decodeURIComponent(m[2])
			);
			if (!doc) return { status: 404, body: { message: 'Nicht gefunden' } };
			const versions = q.all(`select * from document_versions where document_id = ? and state != 'draft' order by number`, doc.documentId);
			const current = versions.find((v) => v.state === 'published');
			const chapter = q.get(`select * from chapters where version_id = ? and key = ?`, current.id, decodeURIComponent(m[3]));
			if (!chapter) return { status: 404, body: { message: 'Nicht gefunden' } };
			const blocks = q.all(`select anchor, kind, text, position from paragraphs where chapter_id = ? order by position`, chapter.id);
			const counts = q.all(`select anchor, count(*) as n from contributions where chapter_id = ? and state = 'published' group by anchor`, chapter.id);
			const cols = `c.id, c.parent_id as parentId, c.root_id as rootId, c.depth, c.body, c.state, c.anchor, c.anchor_state as anchorState,
				c.support_count as supportCount, c.reply_count as replyCount, c.created_at as createdAt, u.display_name as authorName,
				o.name as organisationName, o.actor_type as actorType,
				(select number from document_versions v where v.id = c.original_version_id) as originalVersionNumber`;
			const comments = q.all(
				`select ${cols} from contributions c left join users u on u.id = c.author_id left join organisations o on o.id = c.organisation_id
				 where c.chapter_id = ? and c.state = 'published' and c.depth = 0 order by c.created_at desc, c.id desc limit 21`,
				chapter.id
			);
			const page = comments.slice(0, 20);
			const replies = page.length
				? q.all(
						`select ${cols} from contributions c left join users u on u.id = c.author_id left join organisations o on o.id = c.organisation_id
						 where c.root_id in (${page.map(() => '?').join(',')}) and +c.state = 'published' and c.hidden = 0 order by c.created_at`,
						...page.map((c) => c.id)
					)
				: [];
			const toc = q.all(`select id, key, number, title from chapters where version_id = ? order by position`, current.id);
			const phases = q.all(
				`select ph.id, ph.starts_at as startsAt, ph.ends_at as endsAt, ph.audience, ph.moderation_mode as moderationMode, pm.flags
				 from phase_modules pm join phases ph on ph.id = pm.phase_id where pm.module_id = ? order by ph.position`,
				doc.moduleId
			);
			return { body: { doc, versions, chapter, blocks, counts, comments: page, replies, toc, phases } };
		}
	},
	// src/routes/api/processes/[slug]/pins/+server.ts (scripts/bench/floor-pins.js)
	PINS_ROUTE,
	{
		// src/routes/health/+server.ts
		path: /^\/health$/,
		handle(q) {
			q.get('select 1');
			return { body: { status: 'ok' } };
		}
	}
];

/** Opens the database as the app does (src/lib/server/db/index.ts) and returns a cached-statement helper. */
function openQueries(path) {
	const db = new Database(path, { fileMustExist: true });
	db.pragma('journal_mode = WAL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	db.pragma('synchronous = NORMAL');
	const cache = new Map();
	const stmt = (sql) => {
		let s = cache.get(sql);
		if (!s) cache.set(sql, (s = db.prepare(sql)));
		return s;
	};
	return { db, q: { get: (sql, ...args) => stmt(sql).get(...args), all: (sql, ...args) => stmt(sql).all(...args) } };
}

/** Starts the floor server; resolves with the node:http server once it listens. */
export function startFloor({ dbPath, port, host = '127.0.0.1' }) {
	const { db, q } = openQueries(dbPath);
	const server = createServer((req, res) => {
		const path = (req.url ?? '/').split('?', 1)[0];
		let status = 404;
		let body = { message: 'Nicht gefunden' };
		try {
			for (const route of FLOOR_ROUTES) {
				const m = route.path.exec(path);
				if (m) {
					const out = route.handle(q, m, new URL(req.url ?? '/', 'http://floor.invalid'));
					status = out.status ?? 200;
					body = out.body;
					break;
				}
			}
		} catch (e) {
			console.error('[floor]', e);
			status = 500;
			body = { message: 'Interner Fehler' };
		}
		const json = JSON.stringify(body);
		res.writeHead(status, {
			'content-type': 'application/json; charset=utf-8',
			'content-length': Buffer.byteLength(json),
			'cache-control': 'no-store'
		});
		res.end(json);
	});
	server.on('close', () => db.close());
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(server));
	});
}

// Run directly: node scripts/bench/floor.js
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const dbPath = process.env.DATABASE_PATH;
	if (!dbPath) {
		console.error('floor: DATABASE_PATH is required');
		process.exit(2);
	}
	const port = Number(process.env.PORT ?? 4100);
	const host = process.env.HOST ?? '127.0.0.1';
	const server = await startFloor({ dbPath, port, host });
	console.log(`[floor] listening on http://${host}:${port}`);
	const stop = () => {
		server.close(() => process.exit(0));
		server.closeAllConnections();
		setTimeout(() => process.exit(0), 1000).unref();
	};
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
}
