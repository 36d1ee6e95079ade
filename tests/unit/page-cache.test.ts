// The rules of the page micro-cache (scripts/page-cache.js): key, language, what is stored, the store's
// limits, and the middleware around a stand-in handler on a loopback server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { negotiateLocale as appNegotiateLocale } from '../../src/lib/i18n';
import {
	cacheKey,
	cookieValue,
	effectiveLocale,
	invalidates,
	isCacheableRequest,
	isStorable,
	negotiateLocale,
	PageCache,
	pageCacheOptionsFromEnv,
	withPageCache
} from '../../scripts/page-cache.js';

const req = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers });

describe('language', () => {
	it('negotiates exactly like the app', () => {
		const headers = [
			null,
			'',
			'en',
			'de',
			'fr',
			'fr-FR,fr;q=0.9',
			'en-US,en;q=0.9,de;q=0.8',
			'de;q=0.5,en;q=0.6',
			'fr, en;q=0.2, de;q=0.1',
			'EN-gb',
			'en;q=0, de;q=0',
			'en;q=abc,de;q=0.5',
			'*',
			' de-AT ; q=1 , en ; q=0.9',
			'en;q=0.5,de;q=0.5'
		];
		for (const h of headers) expect(negotiateLocale(h), String(h)).toBe(appNegotiateLocale(h));
	});

	it('reads cookies as SvelteKit does', () => {
		expect(cookieValue('a=1; lang=en; b=2', 'lang')).toBe('en');
		expect(cookieValue('lang="en"', 'lang')).toBe('en');
		expect(cookieValue('xlang=en', 'lang')).toBeUndefined();
		expect(cookieValue('lang=de; lang=en', 'lang')).toBe('de');
		expect(cookieValue('session=', 'session')).toBe('');
		expect(cookieValue(undefined, 'lang')).toBeUndefined();
	});

	it('prefers a valid lang cookie, else Accept-Language, else German', () => {
		expect(effectiveLocale({ cookie: 'lang=en', 'accept-language': 'de' })).toBe('en');
		expect(effectiveLocale({ cookie: 'lang=fr', 'accept-language': 'en' })).toBe('en');
		expect(effectiveLocale({ 'accept-language': 'fr, en;q=0.5' })).toBe('en');
		expect(effectiveLocale({})).toBe('de');
	});
});

describe('rules', () => {
	it('caches only anonymous GET/HEAD requests with an origin-form target', () => {
		expect(isCacheableRequest(req('/'))).toBe(true);
		expect(isCacheableRequest(req('/', {}, 'HEAD'))).toBe(true);
		expect(isCacheableRequest(req('/', { cookie: 'lang=en' }))).toBe(true);
		expect(isCacheableRequest(req('/', { cookie: 'lang=en; session=abc' }))).toBe(false);
		expect(isCacheableRequest(req('/', { cookie: 'session=' }))).toBe(false);
		expect(isCacheableRequest(req('/', {}, 'POST'))).toBe(false);
		expect(isCacheableRequest(req('http://example.org/'))).toBe(false);
	});

	it('lets signed-in visitors share public API answers, never HTML', () => {
		const json = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=10' };
		expect(isCacheableRequest(req('/api/processes/x/pins?zoom=12', { cookie: 'session=abc' }))).toBe(true);
		for (const sneaky of ['/api/../konto', '/api/%2e%2e/konto', '/api//x', '/api/%2Fkonto'])
			expect(isCacheableRequest(req(sneaky, { cookie: 'session=abc' }))).toBe(false);
		expect(isStorable(200, json)).toBe(true);
		expect(isStorable(200, json, { shared: true })).toBe(true);
		expect(isStorable(200, { ...json, 'content-type': 'application/geo+json' }, { shared: true })).toBe(true);
		expect(isStorable(200, { 'content-type': 'text/html' }, { shared: true })).toBe(false);
		expect(isStorable(200, { ...json, 'cache-control': 'private, no-store' }, { shared: true })).toBe(false);
		expect(isStorable(200, { 'content-type': 'application/json' }, { shared: true })).toBe(false);
	});

	it('keys by path, query and language, not by method', () => {
		expect(cacheKey(req('/a?x=1'))).toBe(cacheKey(req('/a?x=1', {}, 'HEAD')));
		expect(cacheKey(req('/a?x=1'))).not.toBe(cacheKey(req('/a?x=2')));
		expect(cacheKey(req('/a'))).not.toBe(cacheKey(req('/b')));
		expect(cacheKey(req('/a', { cookie: 'lang=en' }))).not.toBe(cacheKey(req('/a')));
		expect(cacheKey(req('/a', { cookie: 'lang=en' }))).toBe(
			cacheKey(req('/a', { 'accept-language': 'en-US' }))
		);
		expect(cacheKey(req('/a', { cookie: 'lang=de' }))).toBe(cacheKey(req('/a')));
		// Without ORIGIN the server adds the host (and proxy) headers to the key.
		expect(cacheKey(req('/a', { host: 'a.example' }), ['host'])).not.toBe(
			cacheKey(req('/a', { host: 'b.example' }), ['host'])
		);
	});

	it('stores only public 200 HTML answers without cookies or encoding', () => {
		const html = { 'content-type': 'text/html' };
		expect(isStorable(200, html)).toBe(true);
		expect(
			isStorable(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=0' })
		).toBe(true);
		expect(isStorable(404, html)).toBe(false);
		expect(isStorable(303, html)).toBe(false);
		expect(isStorable(200, { 'content-type': 'application/json' })).toBe(false);
		expect(isStorable(200, {})).toBe(false);
		expect(isStorable(200, { ...html, 'set-cookie': ['a=1'] })).toBe(false);
		expect(isStorable(200, { ...html, 'cache-control': 'private, no-store' })).toBe(false);
		expect(isStorable(200, { ...html, 'cache-control': 'no-store' })).toBe(false);
		expect(isStorable(200, { ...html, 'cache-control': 'Private' })).toBe(false);
		expect(isStorable(200, { ...html, 'content-encoding': 'gzip' })).toBe(false);
	});

	it('empties the cache on every method but the safe ones', () => {
		for (const m of ['POST', 'PUT', 'PATCH', 'DELETE']) expect(invalidates(m)).toBe(true);
		for (const m of ['GET', 'HEAD', 'OPTIONS']) expect(invalidates(m)).toBe(false);
	});

	it('reads its settings from the environment', () => {
		expect(pageCacheOptionsFromEnv({ ORIGIN: 'https://x.example' })).toEqual({
			enabled: true,
			ttlMs: 5000,
			varyHeaders: []
		});
		expect(pageCacheOptionsFromEnv({ PAGE_CACHE: '0' }).enabled).toBe(false);
		expect(pageCacheOptionsFromEnv({ PAGE_CACHE_TTL_MS: '0' }).enabled).toBe(false);
		expect(pageCacheOptionsFromEnv({ PAGE_CACHE_TTL_MS: '250' }).ttlMs).toBe(250);
		expect(pageCacheOptionsFromEnv({ PROTOCOL_HEADER: 'X-Forwarded-Proto' }).varyHeaders).toEqual([
			'x-forwarded-proto',
			'host'
		]);
	});
});

describe('PageCache', () => {
	const answer = (text = 'x') => ({
		status: 200,
		headers: { 'content-type': 'text/html', 'transfer-encoding': 'chunked' },
		body: Buffer.from(text)
	});

	it('expires entries after the TTL and drops hop-by-hop headers', () => {
		let now = 1000;
		const cache = new PageCache({ ttlMs: 5000, now: () => now });
		cache.set('k', answer('hello'));
		const entry = cache.get('k')!;
		expect(entry.headers).toEqual({
			'content-type': 'text/html',
			'content-length': '5',
			'x-page-cache': 'hit'
		});
		now += 4999;
		expect(cache.get('k')).toBeDefined();
		now += 1;
		expect(cache.get('k')).toBeUndefined();
		expect(cache.size).toBe(0);
	});

	it('evicts the oldest entries beyond the entry and byte limits', () => {
		const cache = new PageCache({ maxEntries: 3, maxBytes: 10_000 });
		for (const k of ['a', 'b', 'c', 'd']) cache.set(k, answer());
		expect(cache.size).toBe(3);
		expect(cache.get('a')).toBeUndefined();
		expect(cache.get('d')).toBeDefined();

		cache.set('big', answer('y'.repeat(9000)));
		expect(cache.bytes).toBeLessThanOrEqual(10_000);
		expect(cache.get('big')).toBeDefined();
		expect(cache.set('huge', answer('z'.repeat(20_000)))).toBe(false);
	});

	it('refuses answers rendered before the last clear', () => {
		const cache = new PageCache();
		const generation = cache.generation;
		cache.clear();
		expect(cache.set('k', answer(), generation)).toBe(false);
		expect(cache.set('k', answer(), cache.generation)).toBe(true);
	});
});

describe('middleware', () => {
	let server: Server | undefined;
	afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

	/** A loopback server with the cache in front of `app`; returns its base URL and the cache. */
	async function serve(app: (req: IncomingMessage, res: ServerResponse) => void, enabled = true) {
		const { handle, cache } = withPageCache(app, { enabled });
		server = createServer((q, s) => void handle(q, s));
		await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
		return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, cache };
	}

	const get = async (url: string, init?: RequestInit) => {
		const res = await fetch(url, init);
		return { cache: res.headers.get('x-page-cache'), body: await res.text(), status: res.status };
	};

	it('streams, stores and serves; writes empty the cache; a read racing a write is not stored', async () => {
		let renders = 0;
		let releaseSlow: () => void = () => {};
		let hold = true;
		const { base, cache } = await serve((req, res) => {
			if (req.method === 'POST') {
				req.resume();
				req.on('end', () => res.writeHead(303, { location: '/' }).end());
				return;
			}
			renders++;
			const n = renders;
			if (req.url === '/json')
				return void res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
			if (req.url?.startsWith('/api/'))
				return void res
					.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=10' })
					.end(`{"n":${n}}`);
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.writeHead(200);
			res.write(`<p>render ${n}</p>`);
			if (req.url === '/slow' && hold) releaseSlow = () => res.end('<p>end</p>');
			else res.end(new Uint8Array(Buffer.from('<p>end</p>')));
		});

		expect(await get(base + '/')).toEqual({ cache: 'miss', body: '<p>render 1</p><p>end</p>', status: 200 });
		expect(await get(base + '/')).toEqual({ cache: 'hit', body: '<p>render 1</p><p>end</p>', status: 200 });
		expect((await get(base + '/', { headers: { cookie: 'session=x' } })).cache).toBe('bypass');
		expect(await get(base + '/json')).toMatchObject({ cache: 'miss', body: '{}' });
		expect((await get(base + '/json')).cache).toBe('miss');
		// Public API answers are shared with signed-in visitors; HTML never is.
		const session = { headers: { cookie: 'session=x' } };
		expect((await get(base + '/api/pins', session)).cache).toBe('miss');
		expect(await get(base + '/api/pins')).toMatchObject({
			cache: 'hit',
			body: (await get(base + '/api/pins', session)).body
		});

		await fetch(base + '/', { method: 'POST', body: 'a=1', redirect: 'manual' });
		expect(cache!.size).toBe(0);
		expect((await get(base + '/')).cache).toBe('miss');

		// A read that started before a write and finishes after it must not be stored.
		const slow = get(base + '/slow');
		await new Promise((r) => setTimeout(r, 50));
		await fetch(base + '/', { method: 'POST', body: 'a=1', redirect: 'manual' });
		hold = false;
		releaseSlow();
		expect((await slow).cache).toBe('miss');
		expect((await get(base + '/slow')).cache).toBe('miss');
		expect((await get(base + '/slow')).cache).toBe('hit');
	});

	it('does nothing when disabled', async () => {
		const { base, cache } = await serve(
			(_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('x'),
			false
		);
		expect(cache).toBeNull();
		expect((await get(base + '/')).cache).toBeNull();
		expect((await get(base + '/')).cache).toBeNull();
	});
});
