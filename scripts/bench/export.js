// The export scenario of the benchmark: a moderator downloads the internal Abwägungstabelle of a process
// with ~50,000 rows (CSV, then XLSX) from the as-deployed app while autocannon keeps requesting a page of
// the same server. Judged: the page's p99 stays under EXPORT_BUDGET.p99Ms and nothing fails; reported:
// how long each export takes, its first byte, size and rows. See docs/benchmark.md.
import autocannon from 'autocannon';

/** The process the export scenario seeds (scripts/bench/seed-review.ts creates it). */
export const EXPORT_PROCESS_SLUG = 'bench-abwaegung';
export const EXPORT_BUDGET = { p99Ms: 100 };
/** Share of seeded items that are exported internally (all but withdrawn ones, ~5 %). */
export const EXPORTED_SHARE = 0.95;

/** Signs in through the login form (as a browser would) and returns the session cookie. */
export async function loginCookie(baseUrl, email, password) {
	const res = await fetch(`${baseUrl}/anmelden`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
		body: new URLSearchParams({ email, password }),
		redirect: 'manual',
		signal: AbortSignal.timeout(20_000)
	});
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('session='));
	if (!cookie) throw new Error(`bench: login as ${email} failed (HTTP ${res.status})`);
	return cookie.split(';', 1)[0];
}

/**
 * Downloads a file to nowhere, counting bytes and CSV records (line breaks outside double quotes, so a
 * cell with several lines counts once); times the first byte and the whole.
 */
async function download(url, cookie) {
	const t0 = performance.now();
	const res = await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(300_000) });
	if (res.status !== 200) throw new Error(`bench: ${url} answered ${res.status}`);
	let firstByteMs = null;
	let bytes = 0;
	let lines = 0;
	let quoted = false;
	for await (const chunk of res.body) {
		if (firstByteMs === null) firstByteMs = performance.now() - t0;
		bytes += chunk.length;
		for (let i = 0; i < chunk.length; i++) {
			if (chunk[i] === 34) quoted = !quoted;
			else if (chunk[i] === 10 && !quoted) lines++;
		}
	}
	return { ms: Math.round(performance.now() - t0), firstByteMs: Math.round(firstByteMs ?? 0), bytes, lines };
}

const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

function pageResult(r, pagePath, connections) {
	return {
		path: pagePath,
		connections,
		rps: round(r.requests.average),
		requests: r.requests.total,
		p50: round(r.latency.p50, 2),
		p90: round(r.latency.p90, 2),
		p99: round(r.latency.p99, 2),
		max: round(r.latency.max, 2),
		non2xx: r.non2xx,
		errors: r.errors,
		timeouts: r.timeouts,
		seconds: r.duration
	};
}

/**
 * First the page alone for `baselineSeconds` (the reference on this machine right now), then for each
 * format: starts autocannon on `pagePath`, waits a second, downloads the export, stops the load when the
 * download is complete and returns both measurements.
 */
export async function measureExportUnderLoad({
	baseUrl,
	cookie,
	pagePath,
	connections,
	baselineSeconds = 5,
	warmupSlug,
	log = () => {}
}) {
	// Warm-up: the first export after a start loads the export code and exceljs (~0.3–1 s, once); a small
	// public export of another process does that before anything is measured.
	await fetch(`${baseUrl}/verfahren/${warmupSlug}/ergebnisse/abwaegung.xlsx?art=card`).then((r) => r.arrayBuffer());
	const alone = pageResult(
		await autocannon({ url: baseUrl + pagePath, connections, duration: baselineSeconds, pipelining: 1, timeout: 10 }),
		pagePath,
		connections
	);
	log(`  ${pagePath} alone: ${alone.rps.toFixed(0)} req/s, p50 ${alone.p50} ms, p99 ${alone.p99} ms, max ${alone.max} ms`);
	const results = [{ format: null, rows: null, export: null, page: alone, ok: true, problems: [] }];
	for (const format of ['csv', 'xlsx']) {
		const url = `${baseUrl}/moderation/export/abwaegung.${format}?verfahren=${EXPORT_PROCESS_SLUG}`;
		const load = autocannon({ url: baseUrl + pagePath, connections, duration: 600, pipelining: 1, timeout: 10 });
		await new Promise((resolve) => setTimeout(resolve, 1000));
		let exported;
		try {
			exported = await download(url, cookie);
		} finally {
			load.stop();
		}
		const page = pageResult(await load, pagePath, connections);
		const problems = [];
		if (!(page.p99 < EXPORT_BUDGET.p99Ms)) problems.push(`page p99 ${page.p99} ms ≥ ${EXPORT_BUDGET.p99Ms} ms`);
		const bad = page.non2xx + page.errors + page.timeouts;
		if (bad > 0) problems.push(`${bad} failed page requests`);
		// CSV: one record per row plus the header.
		const rows = format === 'csv' ? exported.lines - 1 : null;
		log(
			`  export ${format.padEnd(4)} ${String(rows ?? '').padStart(6)} rows  ${String(exported.ms).padStart(6)} ms (first byte ${exported.firstByteMs} ms, ${(exported.bytes / 2 ** 20).toFixed(1)} MiB) | ${pagePath} meanwhile: ${page.rps.toFixed(0)} req/s, p50 ${page.p50} ms, p99 ${page.p99} ms, max ${page.max} ms${problems.length ? ' – MISS: ' + problems.join('; ') : ''}`
		);
		results.push({ format, rows, export: exported, page, ok: problems.length === 0, problems });
	}
	return results;
}
