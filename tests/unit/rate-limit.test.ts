import { describe, expect, it } from 'vitest';
import { check, hit, reset, resetAllLimits } from '../../src/lib/server/auth/rate-limit';

describe('rate limits', () => {
	it('refuses after the limit with a wait time, per key', async () => {
		resetAllLimits();
		for (let i = 0; i < 20; i++) expect(await hit(['signupPerClient', '10.0.0.1'])).toEqual({ ok: true });
		const refused = await hit(['signupPerClient', '10.0.0.1']);
		expect(refused.ok).toBe(false);
		if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(3000);
		expect(await hit(['signupPerClient', '10.0.0.2'])).toEqual({ ok: true });
	});

	it('checks client and account together, and resets the account after success', async () => {
		resetAllLimits();
		for (let i = 0; i < 8; i++)
			await hit(
				['loginAttemptsPerClient', 'c'],
				['loginPerAccountClient', 'a@b.de|c'],
				['loginPerAccount', 'a@b.de']
			);
		// The guessing client is stopped …
		expect(
			(
				await hit(
					['loginAttemptsPerClient', 'c'],
					['loginPerAccountClient', 'a@b.de|c'],
					['loginPerAccount', 'a@b.de']
				)
			).ok
		).toBe(false);
		// … the owner on another network is not locked out.
		expect(
			(
				await hit(
					['loginAttemptsPerClient', 'home'],
					['loginPerAccountClient', 'a@b.de|home'],
					['loginPerAccount', 'a@b.de']
				)
			).ok
		).toBe(true);
		await reset('loginPerAccountClient', 'a@b.de|c');
		expect((await hit(['loginAttemptsPerClient', 'other2'], ['loginPerAccountClient', 'a@b.de|c'])).ok).toBe(
			true
		);
	});

	it('checks a limit without counting, so only failed logins use up the per-client failures', async () => {
		resetAllLimits();
		// Many people signing in from one network: checks alone never use the limit up.
		for (let i = 0; i < 100; i++)
			expect(await check(['loginFailuresPerClient', 'rathaus'])).toEqual({ ok: true });
		for (let i = 0; i < 30; i++) await hit(['loginFailuresPerClient', 'rathaus']);
		const refused = await check(['loginFailuresPerClient', 'rathaus']);
		expect(refused.ok).toBe(false);
		if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(800);
		expect((await check(['loginFailuresPerClient', 'zuhause'])).ok).toBe(true);
	});
});
