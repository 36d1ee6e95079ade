// `npm run bench`: seeds a synthetic database, starts the app as deployed (server.js: page cache on), the
// same app with PAGE_CACHE=0 and the floor server on loopback ports, measures every target in
// scripts/bench/targets.js with autocannon (one run at a time), prints a table with budget verdicts (judged
// on the as-deployed rows) and writes bench/results.json. See docs/benchmark.md.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ROOT, readConfig } from './bench/config.js';
import { seedBenchDatabase } from './bench/seed.js';
import { execFileSync } from 'node:child_process';
import { TARGETS } from './bench/targets.js';
import { HOST, freePort, killAllSync, startServer, stopAll, waitUntilReady } from './bench/servers.js';
import { cacheStatus, check, measure } from './bench/measure.js';
import { machine, table, verdict, writeResults } from './bench/report.js';
import { BENCH_PASSWORD, BENCH_PROCESS_SLUG } from './bench/seed.js';
import { EXPORT_PROCESS_SLUG, EXPORTED_SHARE, loginCookie, measureExportUnderLoad } from './bench/export.js';
import { QUEUE_PROCESS_SLUG, measureQueue } from './bench/queue.js';
import Database from 'better-sqlite3';

const log = (msg) => console.log(msg);

// Whatever happens, the servers go down with us.
let stopping = false;
async function interrupted(signal) {
	if (stopping) return;
	stopping = true;
	console.error(`\n${signal}: stopping servers …`);
	await stopAll();
	process.exit(130);
}
process.on('SIGINT', () => void interrupted('SIGINT'));
process.on('SIGTERM', () => void interrupted('SIGTERM'));
process.on('exit', killAllSync);

async function main() {
	const cfg = readConfig();
	const targets = cfg.only ? TARGETS.filter((t) => t.name.includes(cfg.only)) : TARGETS;
	// The export scenario (scripts/bench/export.js) runs after the page targets; BENCH_ONLY=export runs it alone.
	const runExport = cfg.exportRows > 0 && (!cfg.only || 'export'.includes(cfg.only));
	// The queue scenario (scripts/bench/queue.js); BENCH_ONLY=queue runs it alone.
	const runQueue = cfg.queueItems > 0 && (!cfg.only || 'queue'.includes(cfg.only));
	if (targets.length === 0 && !runExport && !runQueue)
		throw new Error(`BENCH_ONLY=${cfg.only} matches no target`);
	for (const file of [cfg.appEntry, resolve(ROOT, 'build/handler.js')])
		if (!existsSync(file))
			throw new Error(
				`${relative(ROOT, file)} not found – build first (npm run build; npm run bench does both)`
			);

	log(`Seeding ${relative(ROOT, cfg.dbPath)} (${cfg.users} users) …`);
	const seed = seedBenchDatabase(cfg, { log });
	log(`  done in ${seed.totalMs} ms (migrations ${seed.migrateMs} ms)`);
	// The document module is seeded with the app's own services (TypeScript, run through tsx).
	const docStart = Date.now();
	execFileSync(
		process.execPath,
		[
			resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'),
			resolve(ROOT, 'scripts/bench/seed-document.ts'),
			cfg.dbPath,
			String(cfg.comments)
		],
		{ cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }
	);
	log(`  document with ${cfg.comments} comments on one chapter in ${Date.now() - docStart} ms`);
	const mapStart = Date.now();
	execFileSync(
		process.execPath,
		[
			resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'),
			resolve(ROOT, 'scripts/bench/seed-map.ts'),
			cfg.dbPath,
			String(cfg.pins)
		],
		{ cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }
	);
	log(`  quarter map with ${cfg.pins} pins in ${Date.now() - mapStart} ms`);
	if (runExport) {
		// A process of its own whose internal Abwägungstabelle has ~BENCH_EXPORT_ROWS rows.
		const items = Math.ceil(cfg.exportRows / EXPORTED_SHARE);
		const reviewStart = Date.now();
		execFileSync(
			process.execPath,
			[
				resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'),
				resolve(ROOT, 'scripts/bench/seed-review.ts'),
				cfg.dbPath,
				String(items),
				EXPORT_PROCESS_SLUG
			],
			{ cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }
		);
		log(`  ${items} review items for the export scenario in ${Date.now() - reviewStart} ms`);
	}
	let queueProcessId = null;
	if (runQueue) {
		const queueStart = Date.now();
		execFileSync(
			process.execPath,
			[
				resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'),
				resolve(ROOT, 'scripts/bench/seed-review.ts'),
				cfg.dbPath,
				String(cfg.queueItems),
				QUEUE_PROCESS_SLUG
			],
			{ cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }
		);
		const db = new Database(cfg.dbPath, { readonly: true });
		queueProcessId = db.prepare('select id from processes where slug = ?').get(QUEUE_PROCESS_SLUG).id;
		db.close();
		log(`  ${cfg.queueItems} review-queue items in ${Date.now() - queueStart} ms`);
	}

	const [appPort, uncachedPort, floorPort] = [await freePort(), await freePort(), await freePort()];
	/** The app as deployed (page cache on) or with PAGE_CACHE=0: same entry, same database. */
	const startApp = (name, port, pageCache) =>
		startServer({
			name,
			script: cfg.appEntry,
			cwd: ROOT,
			port,
			env: {
				NODE_ENV: 'production',
				HOST,
				PORT: String(port),
				ORIGIN: `http://${HOST}:${port}`,
				DATABASE_PATH: cfg.dbPath,
				MIGRATIONS_PATH: resolve(ROOT, 'drizzle'),
				DEMO: '0',
				PAGE_CACHE: pageCache ? '1' : '0',
				PAGE_CACHE_TTL_MS: cfg.pageCacheTtlMs
			}
		});
	const app = startApp('app', appPort, true);
	const uncached = startApp('app (no cache)', uncachedPort, false);
	const floor = startServer({
		name: 'floor',
		script: resolve(ROOT, 'scripts/bench/floor.js'),
		cwd: ROOT,
		port: floorPort,
		env: { NODE_ENV: 'production', HOST, PORT: String(floorPort), DATABASE_PATH: cfg.dbPath }
	});
	await Promise.all([waitUntilReady(app), waitUntilReady(uncached), waitUntilReady(floor)]);
	log(`app on ${app.url}, app (no cache) on ${uncached.url}, floor on ${floor.url}`);
	const host = machine();
	// The 1-minute average lags: right after another benchmark run it is high even on an idle machine.
	if (host.loadAverage > host.cpus / 2)
		log(
			`WARNING: load average ${host.loadAverage} on ${host.cpus} CPUs – if that is other work, numbers will be noisy.`
		);
	log(
		`Measuring ${targets.length} targets × 3 servers: ${cfg.connections} connections, ${cfg.warmup} s warm-up + ${cfg.duration} s each …`
	);

	const opts = { connections: cfg.connections, duration: cfg.duration };
	const run = async (server, path) => {
		if (cfg.warmup > 0) await measure(server.url + path, { ...opts, duration: cfg.warmup });
		const result = await measure(server.url + path, opts);
		log(
			`  ${server.name.padEnd(14)} ${path.padEnd(40)} ${result.rps.toFixed(0).padStart(7)} req/s  p99 ${result.p99} ms`
		);
		return result;
	};

	const rows = [];
	for (const target of targets) {
		const problem =
			(await check(app.url + target.appPath, target.expect, target.maxBytes).then(
				(p) => p && `app ${target.appPath}: ${p}`
			)) ??
			(await check(uncached.url + target.appPath, target.expect).then(
				(p) => p && `app (no cache) ${target.appPath}: ${p}`
			)) ??
			(await check(floor.url + target.floorPath, target.expect).then(
				(p) => p && `floor ${target.floorPath}: ${p}`
			));
		let appResult = null;
		let uncachedResult = null;
		let floorResult = null;
		/** What the as-deployed app answers to a repeated request (x-page-cache: hit, miss, bypass). */
		let cache = null;
		if (problem) log(`  skip  ${target.name}: ${problem}`);
		else {
			cache = await cacheStatus(app.url + target.appPath);
			appResult = await run(app, target.appPath);
			uncachedResult = await run(uncached, target.appPath);
			floorResult = await run(floor, target.floorPath);
		}
		rows.push({
			target,
			cache,
			app: appResult,
			uncached: uncachedResult,
			floor: floorResult,
			verdict: verdict(target, appResult, floorResult, problem),
			// The same budget applied to the uncached app – reported, never judged.
			uncachedVerdict: verdict(target, uncachedResult, floorResult, problem)
		});
	}
	let exportUnderLoad = null;
	if (runExport) {
		log(
			`Export scenario: internal Abwägungstabelle (~${cfg.exportRows} rows) while / is loaded (${cfg.connections} connections) …`
		);
		const cookie = await loginCookie(app.url, 'person1@bench.invalid', BENCH_PASSWORD);
		exportUnderLoad = await measureExportUnderLoad({
			baseUrl: app.url,
			cookie,
			pagePath: '/',
			connections: cfg.connections,
			baselineSeconds: cfg.duration,
			warmupSlug: BENCH_PROCESS_SLUG,
			log
		});
	}
	let queue = null;
	if (runQueue) {
		log(`Queue scenario: filtered review-queue pages of ${cfg.queueItems} items, signed in as moderator …`);
		const cookie = await loginCookie(app.url, 'person2@bench.invalid', BENCH_PASSWORD);
		queue = await measureQueue({
			baseUrl: app.url,
			cookie,
			processId: queueProcessId,
			duration: cfg.duration,
			warmup: cfg.warmup,
			log
		});
	}
	const crashed = app.exited() ?? uncached.exited() ?? floor.exited();
	await stopAll();
	if (crashed)
		throw new Error(
			`a server exited during the run:\n${app.output()}\n${uncached.output()}\n${floor.output()}`
		);

	log('\n' + table(rows) + '\n');
	const ok =
		rows.every((r) => r.verdict.ok) &&
		(exportUnderLoad ?? []).every((r) => r.ok) &&
		(queue ?? []).every((r) => r.ok);
	writeResults(cfg.resultsPath, {
		generatedAt: new Date().toISOString(),
		machine: host,
		settings: {
			users: cfg.users,
			connections: cfg.connections,
			durationSeconds: cfg.duration,
			warmupSeconds: cfg.warmup,
			only: cfg.only ?? null,
			exportRows: cfg.exportRows,
			queueItems: cfg.queueItems,
			appEntry: relative(ROOT, cfg.appEntry),
			pageCacheTtlMs: cfg.pageCacheTtlMs === undefined ? 5000 : Number(cfg.pageCacheTtlMs)
		},
		judgedOn: 'app (as deployed, page cache on); app (no cache) is reported, not judged',
		seed: { ms: seed.totalMs, rows: seed.counts },
		ok,
		targets: rows.map((r) => ({
			name: r.target.name,
			appPath: r.target.appPath,
			floorPath: r.target.floorPath,
			budget: r.target.budget,
			cache: r.cache,
			app: r.app,
			appNoCache: r.uncached,
			floor: r.floor,
			ratio: r.verdict.ratio,
			ratioNoCache: r.uncachedVerdict.ratio,
			ok: r.verdict.ok,
			problems: r.verdict.problems,
			problemsNoCache: r.uncachedVerdict.problems
		})),
		exportUnderLoad,
		queue
	});
	log(`Results written to ${relative(ROOT, cfg.resultsPath)}`);
	if (ok) log('All budgets met.');
	else log(`Budget missed${cfg.strict ? '' : ' (BENCH_STRICT=1 makes this fail the run)'}.`);
	return ok || !cfg.strict ? 0 : 1;
}

main().then(
	async (code) => {
		await stopAll();
		process.exit(code);
	},
	async (e) => {
		console.error(e instanceof Error ? e.message : e);
		await stopAll();
		process.exit(2);
	}
);
