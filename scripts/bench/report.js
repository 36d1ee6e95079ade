// Budget verdicts, the console table and bench/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import os from 'node:os';

/**
 * Judges one target. `app`/`floor` are measure() results or null (not measured); `failure` is a check
 * problem. Returns { ratio, ok, problems }.
 */
export function verdict(target, app, floor, failure) {
	const problems = [];
	if (failure) problems.push(failure);
	const ratio = app && floor && floor.rps > 0 ? Math.round((app.rps / floor.rps) * 100) / 100 : null;
	if (app) {
		const bad = app.non2xx + app.errors + app.timeouts;
		if (bad > 0) problems.push(`${bad} failed requests (non-2xx ${app.non2xx}, errors ${app.errors}, timeouts ${app.timeouts})`);
	}
	if (floor && floor.non2xx + floor.errors + floor.timeouts > 0) problems.push('floor answered with errors');
	const b = target.budget;
	if (b && app) {
		if (!(app.p99 < b.p99Ms)) problems.push(`p99 ${app.p99} ms ≥ ${b.p99Ms} ms`);
		if (ratio !== null && ratio < b.minFloorRatio) problems.push(`${ratio}× floor < ${b.minFloorRatio}×`);
	}
	const ok = problems.length === 0 && (!!app || !b);
	return { ratio, ok, problems };
}

const fmt = (n, d = 0) => (n === null || n === undefined ? '–' : n.toFixed(d));

/**
 * The table printed at the end: per target the app as deployed (page cache on; the row the budget is
 * judged on), the same app with PAGE_CACHE=0 (reported, not judged) and the floor.
 */
export function table(rows) {
	const head = ['target', 'req/s', 'p50 ms', 'p99 ms', 'vs floor', 'budget (judged on the as-deployed app rows)'];
	const body = [];
	for (const r of rows) {
		const budget = r.verdict.problems.length
			? `MISS: ${r.verdict.problems.join('; ')}`
			: r.target.budget
				? 'ok'
				: 'not judged';
		const cache = r.cache ? ` [x-page-cache: ${r.cache}]` : '';
		body.push([
			`app   ${r.target.name} ${r.target.appPath}${cache}`,
			fmt(r.app?.rps),
			fmt(r.app?.p50, 1),
			fmt(r.app?.p99, 1),
			r.verdict.ratio === null ? '–' : `${r.verdict.ratio.toFixed(2)}×`,
			budget
		]);
		if (r.uncached !== undefined) {
			const would = r.target.budget && r.uncachedVerdict?.problems.length ? ` (would miss: ${r.uncachedVerdict.problems.join('; ')})` : '';
			body.push([
				`app   ${r.target.name} ${r.target.appPath} (no cache)`,
				fmt(r.uncached?.rps),
				fmt(r.uncached?.p50, 1),
				fmt(r.uncached?.p99, 1),
				r.uncachedVerdict?.ratio == null ? '–' : `${r.uncachedVerdict.ratio.toFixed(2)}×`,
				`not judged${would}`
			]);
		}
		body.push([`floor ${r.target.name} ${r.target.floorPath}`, fmt(r.floor?.rps), fmt(r.floor?.p50, 1), fmt(r.floor?.p99, 1), '', '']);
	}
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
	const line = (cells) =>
		cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
	return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function machine() {
	const cpus = os.cpus();
	return {
		cpus: cpus.length,
		cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
		memoryMb: Math.round(os.totalmem() / 2 ** 20),
		platform: `${os.platform()} ${os.release()}`,
		node: process.version,
		/** 1-minute load average when measuring started: other work on the machine skews every number. */
		loadAverage: Math.round(os.loadavg()[0] * 100) / 100
	};
}

export function writeResults(path, data) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, JSON.stringify(data, null, '\t') + '\n');
}
