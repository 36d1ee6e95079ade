// A phase's state is derived from its dates, never stored: planned before it starts, running while
// open, closed once it has ended.
export type PhaseState = 'planned' | 'running' | 'closed';

export function phaseState(
	phase: { startsAt: Date | number; endsAt: Date | number },
	now: Date | number = Date.now()
): PhaseState {
	const t = new Date(now).getTime();
	if (t < new Date(phase.startsAt).getTime()) return 'planned';
	if (t >= new Date(phase.endsAt).getTime()) return 'closed';
	return 'running';
}
