// One load run with autocannon (programmatic API), bounded by its duration.
import autocannon from 'autocannon';

/**
 * Sends GET requests to `url` from `connections` keep-alive connections for `duration` seconds.
 * @returns {Promise<{ rps: number, requests: number, p50: number, p90: number, p99: number, avg: number,
 *   max: number, non2xx: number, errors: number, timeouts: number, bytesPerSec: number, seconds: number }>}
 */
export async function measure(url, { connections, duration }) {
	const r = await autocannon({ url, connections, duration, pipelining: 1, timeout: 10 });
	const round = (n, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
	return {
		rps: round(r.requests.average, 1),
		requests: r.requests.total,
		p50: round(r.latency.p50),
		p90: round(r.latency.p90),
		p99: round(r.latency.p99),
		avg: round(r.latency.average),
		max: round(r.latency.max),
		non2xx: r.non2xx,
		errors: r.errors,
		timeouts: r.timeouts,
		bytesPerSec: Math.round(r.throughput.average),
		seconds: r.duration
	};
}

/**
 * One request before measuring: the answer must be 200 and contain `expect` – so the benchmark never
 * measures an error page by accident. Returns null when fine, else the problem.
 */
export async function check(url, expect, maxBytes) {
	try {
		const res = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: 'manual' });
		const body = await res.text();
		if (res.status !== 200) return `HTTP ${res.status}`;
		if (expect && !body.includes(expect)) return `answer lacks "${expect}"`;
		const bytes = Buffer.byteLength(body);
		if (maxBytes && bytes > maxBytes) return `answer has ${bytes} bytes > ${maxBytes}`;
		return null;
	} catch (e) {
		return e instanceof Error ? e.message : String(e);
	}
}

/**
 * Requests `url` twice and returns the second answer's `x-page-cache` header (hit, miss, bypass) – what
 * the as-deployed app does with a page it has just rendered; null when the header is missing.
 */
export async function cacheStatus(url) {
	try {
		let header = null;
		for (let i = 0; i < 2; i++) {
			const res = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: 'manual' });
			await res.arrayBuffer();
			header = res.headers.get('x-page-cache');
		}
		return header;
	} catch {
		return null;
	}
}
