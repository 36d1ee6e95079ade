// The synthetic benchmark dataset: a fresh SQLite file, migrated with drizzle's migrator, then filled by a
// list of steps inside one transaction with prepared statements. To add data for a new page, append a
// step to SEED_STEPS; steps share `ctx.ids` (ids of what earlier steps created) and `ctx.rand`.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ROOT } from './config.js';

export const BENCH_PROCESS_SLUG = 'handlungskonzept-wohnen';
export const BENCH_PROCESS_TITLE = 'Fortschreibung Handlungskonzept Wohnen';

/** argon2id (OWASP parameters) of "bench-password-1234"; computed once, so seeding stays fast. */
export const BENCH_PASSWORD = 'bench-password-1234';
export const BENCH_PASSWORD_HASH =
	'$argon2id$v=19$m=19456,t=2,p=1$huy03SH/NvdX5/SpUjHinQ$iflScR/G8cqO5Ii+ARF3sRrksKz4d/e2iGhIO65B/Fs';

const PRIVACY_VERSION = '2026-11';
const DAY = 24 * 60 * 60 * 1000;

/** Small deterministic generator (mulberry32), so two runs with the same BENCH_SEED build the same data. */
export function prng(seed) {
	let a = seed >>> 0 || 1;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	next.int = (n) => Math.floor(next() * n);
	next.pick = (list) => list[Math.floor(next() * list.length)];
	return next;
}

/**
 * Inserts rows (objects keyed by column name) into a table with one prepared statement. Keys that are not
 * columns of the table are skipped, so the seed survives columns that a pending migration adds or drops;
 * a NOT NULL column without default that no row provides is an error naming the column.
 * Booleans become 0/1, Dates become epoch milliseconds (the schema's timestamp_ms).
 */
function makeInserter(db) {
	const columnsOf = new Map();
	const tableColumns = (table) => {
		let cols = columnsOf.get(table);
		if (!cols) {
			cols = db.prepare(`select name, lower(type) as type, "notnull", dflt_value, pk from pragma_table_info(?)`).all(table);
			if (cols.length === 0) throw new Error(`seed: table ${table} does not exist – migrations out of date?`);
			columnsOf.set(table, cols);
		}
		return cols;
	};
	const toSql = (v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v instanceof Date ? v.getTime() : (v ?? null));

	/** @param {string} table @param {Iterable<Record<string, unknown>>} rows @returns {number} rows inserted */
	return function insert(table, rows) {
		const cols = tableColumns(table);
		let stmt;
		let keys;
		let n = 0;
		for (const row of rows) {
			if (!stmt) {
				const names = new Set(cols.map((c) => c.name));
				keys = Object.keys(row).filter((k) => names.has(k));
				// An integer primary key may be left out (SQLite assigns it); every other NOT NULL column without
				// default must be given.
				const missing = cols.filter(
					(c) => c.notnull && c.dflt_value === null && !keys.includes(c.name) && !(c.pk && c.name === 'id' && c.type === 'integer')
				);
				if (missing.length)
					throw new Error(`seed: ${table} needs ${missing.map((c) => c.name).join(', ')} (add it to the seed step)`);
				stmt = db.prepare(
					`insert into "${table}" (${keys.map((k) => `"${k}"`).join(', ')}) values (${keys.map(() => '?').join(', ')})`
				);
			}
			stmt.run(keys.map((k) => toSql(row[k])));
			n++;
		}
		return n;
	};
}

// ---------------------------------------------------------------------------------------------------------
// Steps. Each returns the number of rows it inserted (for the timing table).

const DISTRICTS = ['Mitte', 'Wattenscheid', 'Nord', 'Ost', 'Süd', 'Südwest'];
const QUARTERS = [
	'Langendreer',
	'Werne',
	'Laer',
	'Querenburg',
	'Weitmar',
	'Linden',
	'Dahlhausen',
	'Hamme',
	'Hofstede',
	'Riemke',
	'Gerthe',
	'Harpen',
	'Altenbochum',
	'Wiemelhausen',
	'Stiepel',
	'Höntrop',
	'Eppendorf',
	'Günnigfeld'
];
const NAME_WORDS = ['Nachbarin', 'Nachbar', 'Mieterin', 'Mieter', 'Familie', 'Anwohnerin', 'Anwohner', 'Studentin'];
const ACTOR_TYPES = ['housing_company', 'cooperative', 'developer', 'bank', 'tenants_association', 'social_organisation'];

/** @type {{ name: string, run: (ctx: SeedContext) => number }[]} */
export const SEED_STEPS = [
	{
		name: 'organisations',
		run(ctx) {
			const rows = [];
			for (let i = 0; i < 24; i++) {
				rows.push({
					id: randomUUID(),
					name: `Allianz-Mitglied ${i + 1} (${DISTRICTS[i % DISTRICTS.length]})`,
					actor_type: ACTOR_TYPES[i % ACTOR_TYPES.length],
					created_at: ctx.now - 500 * DAY
				});
			}
			ctx.ids.organisations = rows.map((r) => r.id);
			return ctx.insert('organisations', rows);
		}
	},
	{
		name: 'users',
		run(ctx) {
			const { rand } = ctx;
			const n = ctx.cfg.users;
			const ids = new Array(n);
			const verified = [];
			const start = ctx.now - 400 * DAY;
			function* rows() {
				for (let i = 0; i < n; i++) {
					const id = randomUUID();
					ids[i] = id;
					const createdAt = start + Math.floor(((i + rand()) / Math.max(n, 1)) * 399 * DAY);
					const isVerified = rand() < 0.9;
					if (isVerified) verified.push([id, createdAt]);
					// About 2 % are Allianz actors with an organisation.
					const org = rand() < 0.02 ? rand.pick(ctx.ids.organisations) : null;
					yield {
						id,
						email: `person${i}@bench.invalid`,
						display_name: `${rand.pick(NAME_WORDS)} aus ${rand.pick(QUARTERS)} ${i}`,
						password_hash: BENCH_PASSWORD_HASH,
						email_verified_at: isVerified ? createdAt + 10 * 60 * 1000 : null,
						locale: rand() < 0.9 ? 'de' : 'en',
						organisation_id: org,
						created_at: createdAt
					};
				}
			}
			let count = ctx.insert('users', rows());
			count += ctx.insert(
				'consents',
				verified.map(([userId, at]) => ({
					id: randomUUID(),
					user_id: userId,
					kind: 'privacy',
					version: PRIVACY_VERSION,
					created_at: at
				}))
			);
			ctx.ids.users = ids;
			return count;
		}
	},
	{
		name: 'roles',
		run(ctx) {
			const users = ctx.ids.users;
			if (users.length < 20) return 0;
			const rows = [];
			const grant = (userId, role) => rows.push({ user_id: userId, role, created_at: ctx.now - 300 * DAY });
			grant(users[0], 'admin');
			grant(users[1], 'moderation');
			grant(users[2], 'moderation');
			for (let i = 3; i < 17; i++) grant(users[i], 'gremium'); // the 14-member Begleitgremium
			return ctx.insert('user_roles', rows);
		}
	},
	{
		name: 'process',
		run(ctx) {
			const id = randomUUID();
			ctx.ids.process = id;
			return ctx.insert('processes', [
				{
					id,
					slug: BENCH_PROCESS_SLUG,
					title: BENCH_PROCESS_TITLE,
					summary:
						'Die Stadt überarbeitet ihr Handlungskonzept Wohnen. Lesen Sie den Entwurf, kommentieren Sie ihn und zeigen Sie auf der Karte, wo Ihr Quartier gut ist und wo etwas fehlt.',
					description: [
						'Das Handlungskonzept Wohnen von 2017 war die Grundlage der Wohnungsbauoffensive. Seit 2023 zieht die Verwaltung Bilanz: Welche Maßnahmen haben gewirkt, welche Ziele wurden erreicht?',
						'Auf dieser Grundlage entsteht ein neues Konzept. Ein Begleitgremium aus Politik, Bürgerschaft, Fachleuten und Verwaltung begleitet die Arbeit; die Allianz für Wohnen hat in einer Werkstatt mitgearbeitet.',
						'In der abschließenden Informations- und Beteiligungsphase können Sie den Entwurf lesen und kommentieren. Danach beraten die politischen Gremien das Konzept.'
					].join('\n\n'),
					published: true,
					created_at: ctx.now - 400 * DAY,
					updated_at: ctx.now - 20 * DAY
				}
			]);
		}
	},
	{
		name: 'phases',
		run(ctx) {
			const today = Math.floor(ctx.now / DAY) * DAY;
			const phases = [
				{
					title: 'Online-Beteiligung der Öffentlichkeit',
					description: 'Drei Wochen lang konnten alle online sagen, was ihnen beim Wohnen wichtig ist.',
					starts_at: Date.parse('2023-05-24T22:00:00Z'),
					ends_at: Date.parse('2023-06-15T22:00:00Z'),
					audience: 'public',
					moderation_mode: 'pre'
				},
				{
					title: 'Werkstatt der Allianz für Wohnen',
					description: 'Akteure der Allianz haben an Thementischen Maßnahmen diskutiert und gewichtet.',
					starts_at: Date.parse('2023-09-12T07:00:00Z'),
					ends_at: Date.parse('2023-09-26T16:00:00Z'),
					audience: 'allianz',
					moderation_mode: 'post'
				},
				{
					title: 'Informations- und Beteiligungsphase zum Konzeptentwurf',
					description: 'Lesen Sie die Kapitel, kommentieren Sie einzelne Absätze und setzen Sie Hinweise auf der Karte.',
					starts_at: today - 14 * DAY,
					ends_at: today + 42 * DAY,
					audience: 'public',
					moderation_mode: 'pre'
				}
			].map((p, i) => ({
				id: randomUUID(),
				process_id: ctx.ids.process,
				position: i + 1,
				...p,
				created_at: ctx.now - 400 * DAY
			}));
			ctx.ids.phases = phases.map((p) => p.id);
			return ctx.insert('phases', phases);
		}
	},
	{
		name: 'committee meetings',
		run(ctx) {
			const meetings = [
				['2023-11-16', 'Ausschuss für Arbeit, Gesundheit und Soziales'],
				['2023-11-22', 'Ausschuss für Strukturentwicklung, Digitalisierung und Europa'],
				['2023-12-19', 'Ausschuss für Planung und Grundstücke']
			];
			return ctx.insert(
				'committee_meetings',
				meetings.map(([date, committee]) => ({
					id: randomUUID(),
					process_id: ctx.ids.process,
					meeting_date: date,
					committee,
					competence: 'kenntnisnahme',
					note: 'Bilanz des Handlungskonzepts Wohnen',
					created_at: ctx.now - 400 * DAY
				}))
			);
		}
	}
];

/**
 * @typedef {object} SeedContext
 * @property {import('better-sqlite3').Database} db
 * @property {ReturnType<import('./config.js').readConfig>} cfg
 * @property {number} now  epoch ms at seed time
 * @property {ReturnType<typeof prng>} rand
 * @property {(table: string, rows: Iterable<Record<string, unknown>>) => number} insert
 * @property {Record<string, any>} ids  ids created by earlier steps
 */

/** Deletes and recreates the bench database, migrates it and runs every seed step in one transaction. */
export function seedBenchDatabase(cfg, { steps = SEED_STEPS, log = () => {} } = {}) {
	const path = cfg.dbPath;
	mkdirSync(dirname(path), { recursive: true });
	for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });

	const t0 = performance.now();
	const db = new Database(path);
	try {
		db.pragma('journal_mode = WAL'); // as the app opens it
		db.pragma('foreign_keys = ON'); // catch broken references in the seed itself
		db.pragma('synchronous = OFF'); // a throwaway file: no need to wait for the disk
		migrate(drizzle(db), { migrationsFolder: resolve(ROOT, 'drizzle') });
		const migrateMs = performance.now() - t0;

		/** @type {SeedContext} */
		const ctx = { db, cfg, now: Date.now(), rand: prng(cfg.seed), insert: makeInserter(db), ids: {} };
		const timings = [];
		db.transaction(() => {
			for (const step of steps) {
				const s = performance.now();
				const rows = step.run(ctx);
				const ms = performance.now() - s;
				timings.push({ step: step.name, rows, ms: Math.round(ms) });
				log(`  seed ${step.name.padEnd(20)} ${String(rows).padStart(8)} rows  ${Math.round(ms)} ms`);
			}
		})();
		db.pragma('wal_checkpoint(TRUNCATE)');

		const tables = db
			.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'`)
			.pluck()
			.all();
		const counts = {};
		for (const t of tables) {
			const n = db.prepare(`select count(*) from "${t}"`).pluck().get();
			if (n > 0) counts[t] = n;
		}
		return { path, migrateMs: Math.round(migrateMs), totalMs: Math.round(performance.now() - t0), timings, counts };
	} finally {
		db.close();
	}
}
