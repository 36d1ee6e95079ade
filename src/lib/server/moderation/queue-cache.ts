// The queue reads' short-lived cache for counts, filter options and hints, dropped on every change made
// through the moderation services (and on every change signal from other modules).
import { onContributionsChanged } from '../events';

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
