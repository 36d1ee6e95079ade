// A fresh SQLite file with the real migrations for each test file, and builders for common rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openDatabase, setDb, type DB } from '../../src/lib/server/db';
import { users, userRoles, type Role } from '../../src/lib/server/db/schema';

export interface TestDb {
	db: DB;
	dir: string;
	outbox: string;
}

/** Opens a new database file in a temp folder, points the mail outbox there, and cleans up after the file. */
export function freshDb(): TestDb {
	const dir = mkdtempSync(join(tmpdir(), 'it-'));
	const outbox = join(dir, 'outbox');
	process.env.OUTBOX_PATH = outbox;
	delete process.env.SMTP_URL;
	const db = openDatabase(join(dir, 'test.db'));
	setDb(db);
	afterAll(() => {
		db.$client.close();
		setDb(undefined);
		rmSync(dir, { recursive: true, force: true });
	});
	return { db, dir, outbox };
}

let counter = 0;

/** Inserts a verified user (password hash is not a real hash unless given). */
export function makeUser(
	db: DB,
	opts: {
		email?: string;
		displayName?: string;
		roles?: Role[];
		verified?: boolean;
		passwordHash?: string;
		organisationId?: string;
	} = {}
) {
	counter++;
	const user = db
		.insert(users)
		.values({
			email: opts.email ?? `user${counter}-${Date.now()}@example.org`,
			displayName: opts.displayName ?? `Person ${counter}`,
			passwordHash: opts.passwordHash ?? 'not-a-real-hash',
			emailVerifiedAt: opts.verified === false ? null : new Date(),
			organisationId: opts.organisationId ?? null
		})
		.returning()
		.get();
	for (const role of opts.roles ?? []) db.insert(userRoles).values({ userId: user.id, role }).run();
	return user;
}
