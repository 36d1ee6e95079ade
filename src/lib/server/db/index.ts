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
	// A row replaced by INSERT/UPDATE OR REPLACE fires its DELETE triggers too (queue_counts stays exact).
	sqlite.pragma('recursive_triggers = ON');
	keepStatements(sqlite);
	const db = drizzle(sqlite, { schema }) as DB;
	if (options.migrate !== false) migrate(db, { migrationsFolder: config.migrationsPath });
	return db;
}

/** Distinct SQL texts kept compiled per connection (oldest dropped first beyond this). */
const STATEMENTS_KEPT = 1000;

/**
 * better-sqlite3 compiles the SQL on every prepare(), and drizzle prepares every query it runs: a
 * signed-in page spent more time compiling its few queries than running them. Statements are kept
 * per SQL text and handed out again in their default mode (drizzle switches raw mode per call; pluck,
 * expand and safe integers are reset too). One that is still iterating is never shared. Never call
 * `bind()` on a statement: bound parameters would stay with it for every later user.
 */
function keepStatements(sqlite: Database.Database) {
	const compile = sqlite.prepare.bind(sqlite);
	const kept = new Map<string, Database.Statement>();
	sqlite.prepare = ((source: string) => {
		const hit = kept.get(source);
		if (hit && !hit.busy) {
			if (hit.reader) hit.pluck(false).expand(false).raw(false).safeIntegers(false);
			return hit;
		}
		const statement = compile(source);
		if (!hit && kept.size >= STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string);
		kept.set(source, statement);
		return statement;
	}) as typeof sqlite.prepare;
}

/**
 * A drizzle query built once per connection with `sql.placeholder`s and `.prepare()`d, for the queries
 * every page view runs: building a query (its SQL text, the selection, drizzle's class checks) cost
 * more than running it. `build` must not close over anything but the connection.
 */
export function prepared<Q>(build: (conn: Conn) => Q): (conn: Conn) => Q {
	const built = new WeakMap<Conn, Q>();
	return (conn) => {
		let q = built.get(conn);
		if (!q) {
			q = build(conn);
			built.set(conn, q);
		}
		return q;
	};
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
