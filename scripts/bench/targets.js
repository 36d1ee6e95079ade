// What the benchmark measures: one entry per page. To add a page, add an entry here, a seed step for its
// data in seed.js and a handler for its floor path in floor.js.
import { BENCH_PROCESS_SLUG, BENCH_PROCESS_TITLE } from './seed.js';

/** Every page must answer with p99 under 50 ms at 50 connections and reach half the floor's requests/s. */
export const PAGE_BUDGET = { p99Ms: 50, minFloorRatio: 0.5 };

/**
 * @typedef {object} Target
 * @property {string} name        short label for the table and results.json
 * @property {string} appPath     path on the app (SvelteKit, adapter-node)
 * @property {string} floorPath   path on the floor server (scripts/bench/floor.js)
 * @property {{ p99Ms: number, minFloorRatio: number } | null} budget  null: measured, never judged
 * @property {string} [expect]    text both answers must contain (checked once before measuring)
 */

/** @type {Target[]} */
export const TARGETS = [
	{ name: 'home', appPath: '/', floorPath: '/', budget: PAGE_BUDGET, expect: BENCH_PROCESS_TITLE },
	{
		name: 'process',
		appPath: `/verfahren/${BENCH_PROCESS_SLUG}`,
		floorPath: `/verfahren/${BENCH_PROCESS_SLUG}`,
		budget: PAGE_BUDGET,
		expect: BENCH_PROCESS_TITLE
	},
	{
		// Issue: a chapter page with 1,000 published comments (first page of threads, counts per paragraph).
		name: 'chapter',
		appPath: `/verfahren/${BENCH_PROCESS_SLUG}/entwurf/quartiere`,
		floorPath: `/verfahren/${BENCH_PROCESS_SLUG}/entwurf/quartiere`,
		budget: PAGE_BUDGET,
		expect: 'Quartiere und gleichwertige'
	},
	// Not a page: the cost of one request through the framework (hooks, Request/Response) with a trivial
	// handler – the reference for how much of a page's time is framework overhead. Measured, not judged.
	{ name: 'health', appPath: '/health', floorPath: '/health', budget: null, expect: '"ok"' }
];
