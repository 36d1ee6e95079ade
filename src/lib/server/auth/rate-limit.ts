// Rate limits for sign-up, login, password reset, verification mails and posting. In memory: the app is a
// single Node process by design (SQLite), so a shared store would add a moving part without benefit.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { config } from '../config';

const MIN = 60;
const HOUR = 60 * MIN;

const definitions = {
	// A town-hall event shares one network: sign-ups per client are generous, still bounded.
	signupPerClient: { points: 20, duration: HOUR },
	// Failed logins per client; successful ones do not count, so a shared network (a city office, a
	// town-hall event) is not locked out by people who simply sign in.
	loginFailuresPerClient: { points: 30, duration: 15 * MIN },
	// Every login attempt per client, successful or not: bounds the password hashing one client causes.
	loginAttemptsPerClient: { points: 300, duration: 15 * MIN },
	// Guessing one account from one client is stopped quickly; from many clients, more slowly – so a
	// stranger cannot lock a person out with a handful of wrong passwords.
	loginPerAccountClient: { points: 8, duration: 15 * MIN },
	loginPerAccount: { points: 50, duration: 15 * MIN },
	resetPerClient: { points: 10, duration: HOUR },
	resetPerAccount: { points: 3, duration: HOUR },
	verifyMailPerAccount: { points: 3, duration: HOUR },
	passwordCheckPerAccount: { points: 5, duration: 15 * MIN },
	feedbackPerClient: { points: 5, duration: HOUR },
	postPerAccount: { points: 20, duration: 10 * MIN },
	// The public Abwägungstabelle is built anew per request (up to 50,000 rows): bounded per client.
	exportPerClient: { points: 20, duration: 10 * MIN }
} as const;

export type LimitName = keyof typeof definitions;

const limiters = new Map<LimitName, RateLimiterMemory>();

function limiter(name: LimitName) {
	let l = limiters.get(name);
	if (!l) {
		const d = definitions[name];
		l = new RateLimiterMemory({
			points: Math.round(d.points * config.rateLimitFactor),
			duration: d.duration
		});
		limiters.set(name, l);
	}
	return l;
}

export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Counts one attempt for each key; refuses when any of them is over its limit. */
export async function hit(...checks: [LimitName, string][]): Promise<LimitResult> {
	let retry = 0;
	for (const [name, key] of checks) {
		try {
			await limiter(name).consume(key);
		} catch (e) {
			if (e instanceof RateLimiterRes) retry = Math.max(retry, Math.ceil(e.msBeforeNext / 1000));
			else throw e;
		}
	}
	return retry > 0 ? { ok: false, retryAfterSeconds: retry } : { ok: true };
}

/** Gives back one counted attempt (a login that succeeded after its failure was counted up front). */
export async function refund(name: LimitName, key: string) {
	await limiter(name).reward(key, 1);
}

/** After a successful login the per-account counter starts again. */
export async function reset(name: LimitName, key: string) {
	await limiter(name).delete(key);
}

/** For tests. */
export function resetAllLimits() {
	limiters.clear();
}
