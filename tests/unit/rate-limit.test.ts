import { describe, expect, it } from 'vitest';
import { hit, refund, reset, resetAllLimits } from '../../src/lib/server/auth/rate-limit';

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

	it('gives back an attempt counted up front, so only failures use up the limit', async () => {
		resetAllLimits();
		// 100 logins that succeed: each is counted, then given back.
		for (let i = 0; i < 100; i++) {
			expect((await hit(['loginFailuresPerClient', 'amt'])).ok).toBe(true);
			await refund('loginFailuresPerClient', 'amt');
		}
		// 30 failures in parallel are all counted before any password check ends: the 31st is refused.
		const burst = await Promise.all(Array.from({ length: 31 }, () => hit(['loginFailuresPerClient', 'amt'])));
		expect(burst.filter((r) => r.ok)).toHaveLength(30);
	});
});
