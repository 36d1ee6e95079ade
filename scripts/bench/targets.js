// What the benchmark measures: one entry per page. To add a page, add an entry here, a seed step for its
// data in seed.js and a handler for its floor path in floor.js.
import { BENCH_PROCESS_SLUG, BENCH_PROCESS_TITLE } from './seed.js';

/** The map's pins API: p99 under 30 ms at 50 connections (issue 4), half the floor's requests/s. */
export const PINS_BUDGET = { p99Ms: 30, minFloorRatio: 0.5 };
/** Bochum's bounding box (west,south,east,north) and a street-sized view in the centre (~1300 × 800 px at zoom 17). */
const PINS_CITY_BBOX = '7.1021,51.4105,7.3493,51.5314';
const PINS_STREET_BBOX = '7.2100,51.4790,7.2237,51.4845';

/** Every page must answer with p99 under 50 ms at 50 connections and reach half the floor's requests/s. */
export const PAGE_BUDGET = { p99Ms: 50, minFloorRatio: 0.5 };

/**
 * @typedef {object} Target
 * @property {string} name        short label for the table and results.json
 * @property {string} appPath     path on the app (SvelteKit, adapter-node)
 * @property {string} floorPath   path on the floor server (scripts/bench/floor.js)
 * @property {{ p99Ms: number, minFloorRatio: number } | null} budget  null: measured, never judged
 * @property {string} [expect]    text both answers must contain (checked once before measuring)
 * @property {number} [maxBytes]  the app's answer must not be larger (checked once before measuring)
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
	// Issue 4: the map's in-view pin request with 20,000 pins (BENCH_PINS), clustered on the server – the
	// whole city at city zoom (at most 30 KB) and a street at street zoom. p99 under 30 ms.
	{
		name: 'pins-city',
		appPath: `/api/processes/${BENCH_PROCESS_SLUG}/pins?bbox=${PINS_CITY_BBOX}&zoom=12`,
		floorPath: `/api/processes/${BENCH_PROCESS_SLUG}/pins?bbox=${PINS_CITY_BBOX}&zoom=12`,
		budget: PINS_BUDGET,
		maxBytes: 30 * 1024,
		expect: '"clusters":[{'
	},
	{
		name: 'pins-street',
		appPath: `/api/processes/${BENCH_PROCESS_SLUG}/pins?bbox=${PINS_STREET_BBOX}&zoom=17`,
		floorPath: `/api/processes/${BENCH_PROCESS_SLUG}/pins?bbox=${PINS_STREET_BBOX}&zoom=17`,
		budget: PINS_BUDGET,
		expect: '"pins":[{'
	},
	// Not a page: the cost of one request through the framework (hooks, Request/Response) with a trivial
	// handler – the reference for how much of a page's time is framework overhead. Measured, not judged.
	{ name: 'health', appPath: '/health', floorPath: '/health', budget: null, expect: '"ok"' }
];
