import { describe, expect, it } from 'vitest';
import { hit, reset, resetAllLimits } from '../../src/lib/server/auth/rate-limit';

describe('rate limits', () => {
	it('refuses after the limit with a wait time, per key', async () => {
		resetAllLimits();
		for (let i = 0; i < 5; i++) expect(await hit(['signupPerClient', '10.0.0.1'])).toEqual({ ok: true });
		const refused = await hit(['signupPerClient', '10.0.0.1']);
		expect(refused.ok).toBe(false);
		if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(3000);
		expect(await hit(['signupPerClient', '10.0.0.2'])).toEqual({ ok: true });
	});

	it('checks client and account together, and resets the account after success', async () => {
		resetAllLimits();
		for (let i = 0; i < 8; i++) await hit(['loginPerClient', 'c'], ['loginPerAccount', 'a@b.de']);
		expect((await hit(['loginPerClient', 'other'], ['loginPerAccount', 'a@b.de'])).ok).toBe(false);
		await reset('loginPerAccount', 'a@b.de');
		expect((await hit(['loginPerClient', 'other2'], ['loginPerAccount', 'a@b.de'])).ok).toBe(true);
	});
});
