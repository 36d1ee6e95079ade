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
					const out = route.handle(q, m);
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
