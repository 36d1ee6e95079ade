// The micro-cache in front of SvelteKit (server.js + scripts/page-cache.js), against the built server that
// global-setup.ts starts: anonymous GET pages are served from the cache, signed-in requests never are,
// each language has its own entry, and every write (POST) empties the cache.
import { describe, expect, it } from 'vitest';
import { baseUrl, DEMO_PASSWORD } from './harness';

type Opts = { method?: string; cookie?: string; lang?: string; body?: URLSearchParams };

async function request(path: string, opts: Opts = {}) {
	// As a browser sends it; with */* SvelteKit would answer a form post with JSON instead of a redirect.
	const headers: Record<string, string> = {
		accept: 'text/html',
		'accept-language': opts.lang ?? 'de-DE,de;q=0.9'
	};
	if (opts.cookie) headers.cookie = opts.cookie;
	if (opts.body) headers.origin = baseUrl(); // SvelteKit's origin check for form posts
	const res = await fetch(baseUrl() + path, {
		method: opts.method ?? 'GET',
		headers,
		body: opts.body,
		redirect: 'manual'
	});
	const body = await res.text();
	return { status: res.status, cache: res.headers.get('x-page-cache'), headers: res.headers, body };
}

/** A path nobody has requested yet, so the first answer is always a miss. */
let n = 0;
const fresh = (path = '/') => `${path}?pc=${Date.now()}-${++n}`;

/** A POST that changes nothing: the language switch without a language only redirects. */
const harmlessPost = () =>
	request('/sprache', { method: 'POST', body: new URLSearchParams({ redirect: '/' }) });

async function signIn(): Promise<string> {
	const res = await request('/anmelden', {
		method: 'POST',
		body: new URLSearchParams({ email: 'buerger@demo.invalid', password: DEMO_PASSWORD, next: '/' })
	});
	expect(res.status).toBe(303);
	const session = /(?:^|[\s,])(session=[^;]+)/.exec(res.headers.get('set-cookie') ?? '');
	expect(session, 'login sets the session cookie').not.toBeNull();
	return session![1];
}

describe('page cache', () => {
	it('serves an anonymous GET as a miss, then as an identical hit', async () => {
		const path = fresh();
		const first = await request(path);
		expect(first.status).toBe(200);
		expect(first.cache).toBe('miss');
		const second = await request(path);
		expect(second.status).toBe(200);
		expect(second.cache).toBe('hit');
		expect(second.body).toBe(first.body);
		expect(second.headers.get('content-type')).toMatch(/^text\/html/);
		expect(second.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'));
		// Hash mode: no per-request nonce that a cached page would reuse.
		expect(first.headers.get('content-security-policy')).not.toContain('nonce-');
		expect(first.body).not.toContain('nonce=');
		expect(Number(second.headers.get('content-length'))).toBe(Buffer.byteLength(second.body));
	});

	it('also caches the process page', async () => {
		const path = '/verfahren/handlungskonzept-wohnen';
		await harmlessPost();
		expect((await request(path)).cache).toBe('miss');
		const hit = await request(path);
		expect(hit.cache).toBe('hit');
		expect(hit.body).toContain('Handlungskonzept Wohnen');
	});

	it('bypasses the cache with a session cookie and shows the signed-in header', async () => {
		const path = fresh();
		const anonymous = await request(path);
		expect(anonymous.cache).toBe('miss');
		expect((await request(path)).cache).toBe('hit');
		expect(anonymous.body).not.toContain('Abmelden');

		const cookie = await signIn();
		const signedIn = await request(path, { cookie });
		expect(signedIn.status).toBe(200);
		expect(signedIn.cache).toBe('bypass');
		expect(signedIn.body).toContain('Abmelden');
		expect(signedIn.headers.get('cache-control')).toContain('no-store');
		// …and the signed-in page did not end up in the cache for anonymous visitors.
		const again = await request(path);
		expect(again.body).not.toContain('Abmelden');

		// A stale or invalid session cookie bypasses as well (the app deletes it).
		const stale = await request(path, { cookie: 'session=not-a-token' });
		expect(stale.cache).toBe('bypass');
		expect(stale.headers.get('set-cookie') ?? '').toContain('session=');
	});

	it('keeps the English page apart from the German one', async () => {
		const path = fresh();
		const de = await request(path);
		expect(de.cache).toBe('miss');
		expect(de.body).toContain('<html lang="de"');

		const en = await request(path, { cookie: 'lang=en' });
		expect(en.cache).toBe('miss');
		expect(en.body).toContain('<html lang="en"');
		expect((await request(path, { cookie: 'lang=en' })).cache).toBe('hit');
		// Accept-Language picks the same entry when there is no lang cookie.
		const byHeader = await request(path, { lang: 'en-GB,en;q=0.9,de;q=0.5' });
		expect(byHeader.cache).toBe('hit');
		expect(byHeader.body).toContain('<html lang="en"');
		// The cookie wins over the header, as in the app.
		const cookieWins = await request(path, { cookie: 'lang=de', lang: 'en' });
		expect(cookieWins.cache).toBe('hit');
		expect(cookieWins.body).toContain('<html lang="de"');
	});

	it('empties the cache after the language switch (POST /sprache)', async () => {
		const path = fresh();
		await request(path);
		expect((await request(path)).cache).toBe('hit');
		const post = await request('/sprache', {
			method: 'POST',
			body: new URLSearchParams({ lang: 'en', redirect: path })
		});
		expect(post.status).toBe(303);
		expect(post.cache).toBe('bypass');
		expect((await request(path)).cache).toBe('miss');
		expect((await request(path)).cache).toBe('hit');
	});

	it('empties the cache after a failed login (POST /anmelden)', async () => {
		const path = fresh();
		await request(path);
		expect((await request(path)).cache).toBe('hit');
		const post = await request('/anmelden', {
			method: 'POST',
			body: new URLSearchParams({ email: 'niemand@demo.invalid', password: 'falsches-passwort-123' })
		});
		expect(post.status).toBeLessThan(500);
		expect(post.headers.get('set-cookie')).toBeNull();
		expect((await request(path)).cache).toBe('miss');
	});

	it('answers HEAD from the cache without a body, and never stores a HEAD answer', async () => {
		const path = fresh();
		const headMiss = await request(path, { method: 'HEAD' });
		expect(headMiss.status).toBe(200);
		expect(headMiss.cache).toBe('miss');
		expect(headMiss.body).toBe('');

		const get = await request(path);
		expect(get.cache).toBe('miss');
		const headHit = await request(path, { method: 'HEAD' });
		expect(headHit.status).toBe(200);
		expect(headHit.cache).toBe('hit');
		expect(headHit.body).toBe('');
		expect(headHit.headers.get('content-type')).toMatch(/^text\/html/);
		expect(Number(headHit.headers.get('content-length'))).toBe(Buffer.byteLength(get.body));
	});

	it('does not store error pages or non-HTML answers', async () => {
		const missing = fresh('/gibt-es-nicht');
		expect((await request(missing)).status).toBe(404);
		expect((await request(missing)).cache).toBe('miss');
		expect((await request('/health')).cache).toBe('miss');
		expect((await request('/health')).cache).toBe('miss');
	});
});
