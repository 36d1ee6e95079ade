// The database client. Opened lazily on first use (never while `vite build` imports server modules),
// with WAL, foreign keys and a busy timeout; migrations from drizzle/ are applied when it opens.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { config } from '../config';
import * as schema from './schema';

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
export type Tx = Parameters<Parameters<DB['transaction']>[0]>[0];
export type Conn = DB | Tx;

export function openDatabase(path: string, options: { migrate?: boolean } = {}): DB {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const sqlite = new Database(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	const db = drizzle(sqlite, { schema }) as DB;
	if (options.migrate !== false) migrate(db, { migrationsFolder: config.migrationsPath });
	return db;
}

let instance: DB | undefined;

export function getDb(): DB {
	instance ??= openDatabase(config.databasePath);
	return instance;
}

/** For tests and scripts: use this database instead of the configured file. */
export function setDb(db: DB | undefined) {
	instance = db;
}

export { schema };
