// In-process change signals, so caches (the map's cluster index, …) can be dropped when contributions
// change. One Node process serves the app (SQLite, in-memory rate limits), so no broker is needed.
type Listener = (moduleId: string | null) => void;

const listeners = new Set<Listener>();

/** Register a listener; returns the function that removes it. */
export function onContributionsChanged(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/**
 * Call after a transaction committed that published, rejected, hid, moved or edited contributions of a
 * module (null: of any module). Listeners must be cheap (drop a cache), never throw.
 */
export function contributionsChanged(moduleId: string | null = null) {
	for (const l of listeners) {
		try {
			l(moduleId);
		} catch {
			/* a cache listener must not break the request that changed data */
		}
	}
}
