// The permission function as a table: role × phase state × flag × audience.
import { describe, expect, it } from 'vitest';
import { canContribute, type PhaseWindow } from '../../src/lib/server/participation/permissions';
import type { Audience, Role } from '../../src/lib/server/db/schema';

const now = new Date('2023-06-01T12:00:00Z');
const DAY = 86_400_000;
const windows = {
	planned: { startsAt: new Date(now.getTime() + DAY), endsAt: new Date(now.getTime() + 10 * DAY) },
	running: { startsAt: new Date(now.getTime() - DAY), endsAt: new Date(now.getTime() + DAY) },
	closed: { startsAt: new Date(now.getTime() - 10 * DAY), endsAt: new Date(now.getTime() - DAY) }
};
type State = keyof typeof windows;

const users: Record<string, { emailVerified: boolean; roles: Role[] } | null> = {
	visitor: null,
	unverified: { emailVerified: false, roles: [] },
	citizen: { emailVerified: true, roles: [] },
	allianz: { emailVerified: true, roles: ['allianz'] },
	gremium: { emailVerified: true, roles: ['gremium'] },
	moderation: { emailVerified: true, roles: ['moderation'] },
	admin: { emailVerified: true, roles: ['admin'] }
};

function phase(state: State, audience: Audience, flags: string[]): PhaseWindow {
	return { ...windows[state], audience, flags };
}

// expected outcome for [user][audience] when the phase is running and the flag is on
const open: Record<string, Record<Audience, true | string>> = {
	visitor: { public: 'not_logged_in', allianz: 'not_logged_in', gremium: 'not_logged_in' },
	unverified: { public: 'not_verified', allianz: 'not_verified', gremium: 'not_verified' },
	citizen: { public: true, allianz: 'audience', gremium: 'audience' },
	allianz: { public: true, allianz: true, gremium: 'audience' },
	gremium: { public: true, allianz: 'audience', gremium: true },
	moderation: { public: true, allianz: true, gremium: true },
	admin: { public: true, allianz: true, gremium: true }
};

describe('canContribute', () => {
	for (const [name, user] of Object.entries(users)) {
		for (const audience of ['public', 'allianz', 'gremium'] as Audience[]) {
			for (const state of ['planned', 'running', 'closed'] as State[]) {
				for (const flagOn of [true, false]) {
					const p = phase(state, audience, flagOn ? ['commenting'] : ['supporting']);
					let expected: true | string;
					if (!user) expected = 'not_logged_in';
					else if (name === 'moderation' || name === 'admin') expected = true;
					else if (!user.emailVerified) expected = 'not_verified';
					else if (!flagOn) expected = 'no_phase';
					else if (state === 'planned') expected = 'phase_planned';
					else if (state === 'closed') expected = 'phase_closed';
					else expected = open[name][audience];
					it(`${name} · ${audience} · ${state} · commenting ${flagOn ? 'on' : 'off'} → ${expected}`, () => {
						const r = canContribute(user, [p], 'commenting', now);
						if (expected === true) expect(r.ok).toBe(true);
						else expect(r).toMatchObject({ ok: false, reason: expected });
					});
				}
			}
		}
	}

	it('names the phase that ended last, for "Die Beteiligungsphase endete am …"', () => {
		const a = { ...phase('closed', 'public', ['commenting']), endsAt: new Date(now.getTime() - 5 * DAY) };
		const b = phase('closed', 'public', ['commenting']);
		const r = canContribute(users.citizen, [a, b], 'commenting', now);
		expect(r).toMatchObject({ ok: false, reason: 'phase_closed', phase: b });
	});

	it('lets everybody in when an Allianz phase overlaps the public one, whichever comes first', () => {
		const workshop = { ...phase('running', 'allianz', ['commenting']), moderationMode: 'post' };
		const publicPhase = { ...phase('running', 'public', ['commenting']), moderationMode: 'pre' };
		for (const order of [
			[workshop, publicPhase],
			[publicPhase, workshop]
		]) {
			expect(canContribute(users.citizen, order, 'commenting', now)).toEqual({
				ok: true,
				phase: publicPhase
			});
			expect(canContribute(users.allianz, order, 'commenting', now)).toEqual({ ok: true, phase: order[0] });
		}
		expect(canContribute(users.citizen, [workshop], 'commenting', now)).toMatchObject({
			ok: false,
			reason: 'audience'
		});
	});

	it('uses the open phase among several', () => {
		const r = canContribute(
			users.citizen,
			[phase('closed', 'public', ['commenting']), phase('running', 'public', ['commenting'])],
			'commenting',
			now
		);
		expect(r.ok && r.phase?.startsAt).toEqual(windows.running.startsAt);
	});
});
