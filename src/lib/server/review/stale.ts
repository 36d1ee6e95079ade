// Optimistic concurrency for the Gremium's recommendation and the administration's response: the form
// carries the updatedAt (ms) of the record it was filled from (0: none existed), and a save on top of a
// state the editor did not see is refused (`changed_meanwhile`) instead of silently overwriting it.

/** The form's hidden `seen` field, or undefined when it is missing (then nothing is checked). */
export function seenFrom(data: FormData): number | undefined {
	const raw = data.get('seen');
	return typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
}

/** Whether someone saved `before` after the editor loaded the form. */
export function savedMeanwhile(seen: number | undefined, before: { updatedAt: Date } | undefined): boolean {
	return seen !== undefined && (before?.updatedAt.getTime() ?? 0) !== seen;
}
