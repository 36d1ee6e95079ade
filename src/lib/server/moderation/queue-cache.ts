// Small shared helpers of the queue reads: statements per SQL text, and a short-lived cache
// for counts, filter options and hints, dropped on every change made through the moderation services
// (and on every change signal from other modules).
import type { Statement } from 'better-sqlite3';
import type { DB } from '../db';
import { onContributionsChanged } from '../events';

/**
 * The statement for an SQL text (the connection keeps compiled statements per text, see
 * db/index.ts, in their default mode).
 */
export function prepared(db: DB, text: string): Statement {
	return db.$client.prepare(text);
}

const COUNTS_TTL_MS = 10_000;
const cache = new Map<string, { at: number; value: unknown }>();

/** Keeps `fn()` for a few seconds per key; every moderation change drops all of it. */
export function cached<T>(key: string, fn: () => T, ttl = COUNTS_TTL_MS): T {
	const hit = cache.get(key);
	if (hit && Date.now() - hit.at < ttl) return hit.value as T;
	const value = fn();
	cache.set(key, { at: Date.now(), value });
	return value;
}

/** Drops the cached counts and options (called by every moderation service after its commit). */
export function dropQueueCounts() {
	cache.clear();
}
onContributionsChanged(() => cache.clear());
