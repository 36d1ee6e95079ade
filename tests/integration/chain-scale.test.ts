// The public results page at scale: 100,000 contributions, 5,000 of them handled in 40 packages. The
// queries reach the handled items through their packages (never a walk over all contributions), and
// stay fast on any page (keyset). Timings are logged; the budget is generous for busy CI machines.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../src/lib/server/db/schema';
import { resultCounts, resultsPage } from '../../src/lib/server/review/results';
import { freshDb } from '../factories/db';
import { seedQueue } from '../factories/queue';

const { db } = freshDb();

function timed(fn: () => unknown, runs = 20) {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn();
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	return {
		p50: Math.round(times[Math.floor(runs / 2)] * 10) / 10,
		max: Math.round(times[runs - 1] * 10) / 10
	};
}

/** The query plans of every statement over topic_packages prepared while fn runs. */
function plans(fn: () => void): string[] {
	const client = db.$client;
	const prepare = client.prepare.bind(client);
	const out: string[] = [];
	client.prepare = ((source: string) => {
		if (/from "topic_packages"/.test(source)) {
			const params = Array((source.match(/\?/g) ?? []).length).fill(null);
			const rows = prepare(`explain query plan ${source}`).all(...params) as { detail: string }[];
			out.push(rows.map((r) => r.detail).join('\n'));
		}
		return prepare(source);
	}) as typeof client.prepare;
	try {
		fn();
	} finally {
		client.prepare = prepare as typeof client.prepare;
	}
	return out;
}

describe('results at scale', () => {
	it('pages and counts through the packages, quickly', () => {
		const q = seedQueue(db, 100_000, { seed: 11 });
		const c = db.$client;
		const now = Date.now();
		const packages = Array.from({ length: 40 }, (_, i) => {
			const id = randomUUID();
			c.prepare(
				`insert into topic_packages (id, process_id, title, summary, state, created_at, updated_at, forwarded_at)
				 values (?, ?, ?, '', 'answered', ?, ?, ?)`
			).run(id, q.processId, `Paket ${i}`, now, now, now);
			c.prepare(
				`insert into responses (id, package_id, verdict, reason, published_at, created_at, updated_at)
				 values (?, ?, ?, 'Begründung', ?, ?, ?)`
			).run(randomUUID(), id, VERDICTS[i % VERDICTS.length], now, now, now);
			return id;
		});
		const ids = c
			.prepare(`select id from contributions where state = 'published' and package_id is null limit 5000`)
			.all() as { id: string }[];
		const assign = c.prepare(`update contributions set package_id = ? where id = ?`);
		c.transaction(() => ids.forEach((r, i) => assign.run(packages[i % packages.length], r.id)))();

		const used = plans(() => {
			resultsPage(db, q.processId, { chapterKey: 'k1', verdict: 'partly' });
			resultCounts(db, q.processId, { districtId: q.districtIds[0] });
		});
		expect(used).toHaveLength(2);
		for (const plan of used) {
			expect(plan).toContain('contributions_package_idx');
			expect(plan).not.toMatch(/SCAN contributions|contributions_state_idx/);
		}

		const first = resultsPage(db, q.processId, {});
		expect(first.items).toHaveLength(20);
		const counts = resultCounts(db, q.processId, {});
		expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(4000);
		const filters = [
			{},
			{ verdict: 'partly' as const },
			{ chapterKey: 'k1' },
			{ districtId: q.districtIds[3] },
			{ categoryId: q.categoryIds[2], verdict: 'noted' as const }
		];
		for (const f of filters) {
			const page = timed(() => resultsPage(db, q.processId, f));
			const count = timed(() => resultCounts(db, q.processId, f));
			console.log(`results ${JSON.stringify(f)}: page ms`, page, 'counts ms', count);
			expect(page.p50).toBeLessThan(150);
			expect(count.p50).toBeLessThan(150);
		}
		// A deep page costs what the first one does (keyset, no OFFSET).
		let cursor = first.nextCursor;
		for (let i = 0; i < 50 && cursor; i++) cursor = resultsPage(db, q.processId, {}, cursor).nextCursor;
		expect(cursor).toBeTruthy();
		console.log(
			'results page 52: ms',
			timed(() => resultsPage(db, q.processId, {}, cursor))
		);
	});
});
