// The review-queue scenario of the benchmark (issue 5): a process with BENCH_QUEUE_ITEMS (100,000) queue
// items of every kind and state (scripts/bench/seed-review.ts); a signed-in moderator's filtered queue
// pages are requested by autocannon at 20 connections. Judged: p99 under QUEUE_BUDGET.p99Ms, no failed
// requests, and the page really lists items. See docs/benchmark.md.
import autocannon from 'autocannon';

/** The process the queue scenario seeds. */
export const QUEUE_PROCESS_SLUG = 'bench-pruefung';
export const QUEUE_BUDGET = { p99Ms: 50, connections: 20 };

/** Filtered views a moderator uses every day (the queue's own parameter names). */
export function queueViews(processId) {
	const base = `/moderation?verfahren=${processId}`;
	return [
		{ name: 'queue-review', path: base },
		{ name: 'queue-comments', path: `${base}&status=all&art=comment` },
		{ name: 'queue-pins-published', path: `${base}&status=published&art=pin` },
		{ name: 'queue-reported', path: `${base}&gemeldet=1&status=all` }
	];
}

const round = (n, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

export async function measureQueue({ baseUrl, cookie, processId, duration, warmup, log = () => {} }) {
	const results = [];
	for (const view of queueViews(processId)) {
		const url = baseUrl + view.path;
		const first = await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(20_000) });
		const html = await first.text();
		const problems = [];
		if (first.status !== 200) problems.push(`HTTP ${first.status}`);
		else if (!html.includes('name="ids"')) problems.push('the page lists no items');
		let r = null;
		if (problems.length === 0) {
			const opts = { url, connections: QUEUE_BUDGET.connections, pipelining: 1, timeout: 10, headers: { cookie } };
			if (warmup > 0) await autocannon({ ...opts, duration: warmup });
			r = await autocannon({ ...opts, duration });
			if (!(r.latency.p99 < QUEUE_BUDGET.p99Ms)) problems.push(`p99 ${r.latency.p99} ms ≥ ${QUEUE_BUDGET.p99Ms} ms`);
			const bad = r.non2xx + r.errors + r.timeouts;
			if (bad > 0) problems.push(`${bad} failed requests`);
		}
		const result = {
			name: view.name,
			path: view.path,
			connections: QUEUE_BUDGET.connections,
			rps: r ? round(r.requests.average, 1) : null,
			p50: r ? round(r.latency.p50) : null,
			p99: r ? round(r.latency.p99) : null,
			max: r ? round(r.latency.max) : null,
			bytes: html.length,
			ok: problems.length === 0,
			problems
		};
		log(
			`  ${view.name.padEnd(22)} ${String(result.rps ?? '-').padStart(7)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms${problems.length ? ' – MISS: ' + problems.join('; ') : ''}`
		);
		results.push(result);
	}
	return results;
}
