// Who may do what, as small named predicates composed in one place. Every load and action asks here.
import type { Audience, Role } from '../db/schema';
import type { SessionUser } from '../auth/session';
import type { Flag } from '../modules/registry';
import { phaseState } from '../../phase-state';

type User = Pick<SessionUser, 'emailVerified' | 'roles'> | null;

export interface PhaseWindow {
	startsAt: Date;
	endsAt: Date;
	audience: Audience;
	flags: readonly string[];
}

export const hasRole = (user: User, role: Role) => !!user && user.roles.includes(role);
export const isAdmin = (user: User) => hasRole(user, 'admin');
export const isModerator = (user: User) => isAdmin(user) || hasRole(user, 'moderation');
export const isGremium = (user: User) => isAdmin(user) || hasRole(user, 'gremium');
export const isVerified = (user: User) => !!user && user.emailVerified;
export const phaseIsOpen = (phase: PhaseWindow, now: Date) => phaseState(phase, now) === 'running';
export const phaseAllows = (phase: PhaseWindow, flag: Flag) => phase.flags.includes(flag);

export function audienceIncludes(phase: Pick<PhaseWindow, 'audience'>, user: User): boolean {
	if (!user) return false;
	switch (phase.audience) {
		case 'public':
			return true;
		case 'allianz':
			return hasRole(user, 'allianz') || isModerator(user);
		case 'gremium':
			return isGremium(user) || isModerator(user);
	}
}

export type Denial =
	'not_logged_in' | 'not_verified' | 'no_phase' | 'phase_planned' | 'phase_closed' | 'flag_off' | 'audience';

/**
 * May this user use `flag` in a module, given the phases that include it? Moderators and admins may
 * always (e.g. to answer); everybody else needs a verified account, an open phase of the module that
 * switches the flag on, and to belong to that phase's audience.
 */
export function canContribute<P extends PhaseWindow>(
	user: User,
	phases: P[],
	flag: Flag,
	now: Date = new Date()
): { ok: true; phase: P | null } | { ok: false; reason: Denial; phase?: P } {
	if (!user) return { ok: false, reason: 'not_logged_in' };
	if (isModerator(user)) return { ok: true, phase: phases.find((p) => phaseIsOpen(p, now)) ?? null };
	if (!isVerified(user)) return { ok: false, reason: 'not_verified' };
	const withFlag = phases.filter((p) => phaseAllows(p, flag));
	const openNow = withFlag.filter((p) => phaseIsOpen(p, now));
	const open = openNow[0];
	if (!open) {
		if (withFlag.length === 0) return { ok: false, reason: 'no_phase' };
		const next = withFlag.find((p) => phaseState(p, now) === 'planned');
		if (next) return { ok: false, reason: 'phase_planned', phase: next };
		const last = [...withFlag].sort((a, b) => b.endsAt.getTime() - a.endsAt.getTime())[0];
		return { ok: false, reason: 'phase_closed', phase: last };
	}
	// Phases may overlap (an Allianz workshop during the public phase): the person's own one counts,
	// the first by position when several are hers.
	const hers = openNow.find((p) => audienceIncludes(p, user));
	if (!hers) return { ok: false, reason: 'audience', phase: open };
	return { ok: true, phase: hers };
}
