// The demo seed's end of the review chain: the forwarded package "Bezahlbarer Wohnraum in den Quartieren"
// of the demo review seed gets a recommendation and a published response linked to the changed quota
// paragraph of version 2, which makes a believable results page.
import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications, processes, topicPackages } from '../../src/lib/server/db/schema';
import { DEMO_PROCESS_SLUG, seedDemo } from '../../src/lib/server/db/seed/demo';
import { DEMO_CHAIN_PACKAGE_TITLE, seedDemoChain } from '../../src/lib/server/db/seed/demo-chain';
import { publicHandlingOf } from '../../src/lib/server/review/public-handling';
import { resultsPage } from '../../src/lib/server/review/results';
import { freshDb } from '../factories/db';

const { db } = freshDb();

describe('demo chain seed', () => {
	it('answers the forwarded demo package (and does nothing without it)', async () => {
		await seedDemo(db, 'Bochum-Wohnen-2023');
		const proc = db.select().from(processes).where(eq(processes.slug, DEMO_PROCESS_SLUG)).get()!;
		const pkg = db
			.select()
			.from(topicPackages)
			.where(eq(topicPackages.title, DEMO_CHAIN_PACKAGE_TITLE))
			.get();
		// The demo review seed forwards the package; the chain seed answered it.
		expect(pkg?.state).toBe('answered');
		// Without that package the chain seed does nothing.
		db.update(topicPackages).set({ title: 'umbenannt' }).where(eq(topicPackages.id, pkg!.id)).run();
		expect(seedDemoChain(db)).toEqual({ seeded: false });
		db.update(topicPackages)
			.set({ title: DEMO_CHAIN_PACKAGE_TITLE })
			.where(eq(topicPackages.id, pkg!.id))
			.run();

		const results = resultsPage(db, proc.id, { verdict: 'partly' });
		expect(results.items.length).toBeGreaterThan(0);
		expect(results.items[0].links.map((l) => l.versionLabel)).toContain('Fassung 2');
		// A comment written on the quota paragraph of version 1 shows 30 % → 25 % side by side.
		const onQuota = results.items.find((i) =>
			publicHandlingOf(db, i.id)?.old?.text.includes('mindestens 30 %')
		);
		expect(onQuota).toBeTruthy();
		const h = publicHandlingOf(db, onQuota!.id)!;
		expect(h.recommendation?.verdict).toBe('partly');
		expect(h.links[0].text).toContain('25 %');
		expect(h.links[0].diff).not.toBeNull();
		// The authors' mails belong to the demo's past: nothing pending for the worker.
		expect(
			db
				.select()
				.from(notifications)
				.where(and(eq(notifications.event, 'answered'), isNull(notifications.sentAt)))
				.all()
		).toHaveLength(0);
	});
});
