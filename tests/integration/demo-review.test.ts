// The demo's review queue: tags, two reports, an offline letter, a draft and a forwarded package.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../factories/db';
import { contributions, processes, reports, tags, topicPackages } from '../../src/lib/server/db/schema';
import { DEMO_PROCESS_SLUG, seedDemo } from '../../src/lib/server/db/seed/demo';
import {
	DEMO_DRAFT_PACKAGE_TITLE,
	DEMO_FORWARDED_PACKAGE_TITLE
} from '../../src/lib/server/db/seed/demo-review';
import { packageWithItems } from '../../src/lib/server/moderation/packages.queries';
import { queueCounts } from '../../src/lib/server/moderation/queue.queries';

const { db } = freshDb();

describe('demo review seed', () => {
	it('fills the queue with a believable state of moderation', async () => {
		await seedDemo(db, 'Bochum-Wohnen-2023');
		const proc = db.select().from(processes).where(eq(processes.slug, DEMO_PROCESS_SLUG)).get()!;
		const pkgs = db.select().from(topicPackages).all();
		const forwarded = pkgs.find((p) => p.title === DEMO_FORWARDED_PACKAGE_TITLE)!;
		expect(forwarded.state).not.toBe('draft');
		expect(pkgs.find((p) => p.title === DEMO_DRAFT_PACKAGE_TITLE)?.state).toBe('draft');
		const items = packageWithItems(db, forwarded.id)!.items;
		expect(items.map((i) => i.kind).sort()).toEqual(expect.arrayContaining(['comment', 'offline', 'pin']));
		const letter = items.find((i) => i.kind === 'offline')!;
		expect(letter).toMatchObject({ channel: 'letter', state: 'published' });
		expect(letter.senderName).toContain('Mieterbeirat');
		expect(
			db
				.select()
				.from(tags)
				.where(eq(tags.processId, proc.id))
				.all()
				.map((t) => t.label)
				.sort()
		).toEqual(['Quote', 'Studierende', 'Ältere Menschen']);
		expect(db.select().from(reports).all()).toHaveLength(2);
		expect(db.select().from(contributions).where(eq(contributions.hidden, true)).all()).toHaveLength(0);
		const counts = queueCounts(db, proc.id);
		expect(counts.reported).toBe(2);
		expect(counts.pending).toBeGreaterThan(0);
	});
});
