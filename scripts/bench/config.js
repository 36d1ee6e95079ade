// Benchmark settings from the environment, with defaults. See docs/benchmark.md.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The project root (scripts/bench/ → ../..). Servers run with it as working directory. */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function env(name) {
	const value = process.env[name];
	return value === undefined || value === '' ? undefined : value;
}

function int(name, fallback, min = 0) {
	const raw = env(name);
	if (raw === undefined) return fallback;
	const n = Number(raw);
	if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
	return n;
}

export function readConfig() {
	return {
		/** Synthetic registered users. */
		users: int('BENCH_USERS', 5000, 0),
		comments: int('BENCH_COMMENTS', 1000, 0),
		/** Published pins on the quarter map (scripts/bench/seed-map.ts). */
		pins: int('BENCH_PINS', 20_000, 0),
		/** Rows of the Abwägungstabelle exported while pages are loaded (0: skip the export scenario). */
		exportRows: int('BENCH_EXPORT_ROWS', 50_000, 0),
		/** Items in the review queue of the queue scenario (0: skip it). */
		queueItems: int('BENCH_QUEUE_ITEMS', 100_000, 0),
		/** Seconds per measured run. */
		duration: int('BENCH_DURATION', 10, 1),
		/** Seconds of unrecorded load before each measured run (JIT, caches, connection set-up). */
		warmup: int('BENCH_WARMUP', 2, 0),
		connections: int('BENCH_CONNECTIONS', 50, 1),
		/** The SQLite file; deleted and recreated on every run. */
		dbPath: resolve(ROOT, env('BENCH_DB') ?? 'bench/bench.db'),
		resultsPath: resolve(ROOT, env('BENCH_RESULTS') ?? 'bench/results.json'),
		/** The production entry: server.js (the page cache in front of build/handler.js). */
		appEntry: resolve(ROOT, env('BENCH_APP') ?? 'server.js'),
		/** Passed on to the as-deployed app (undefined: the server's default, 5000 ms). */
		pageCacheTtlMs: env('PAGE_CACHE_TTL_MS'),
		/** Exit non-zero when a budget is missed. */
		strict: env('BENCH_STRICT') === '1',
		/** Only run targets whose name contains this text (handy while working on one page). */
		only: env('BENCH_ONLY'),
		/** Seed for the pseudo-random generator, so two runs build the same data. */
		seed: int('BENCH_SEED', 1, 0)
	};
}
