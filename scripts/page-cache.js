// A micro-cache for anonymous GET pages, in front of SvelteKit's handler (server.js uses it).
//
// Most traffic on a participation site is anonymous reading, and the data changes only when someone
// writes. So a rendered page is kept for a few seconds (PAGE_CACHE_TTL_MS, default 5 s: phase states are
// derived from the clock) and served again to every anonymous visitor with the same path, query and
// language. Every request with a writing method (POST, PUT, PATCH, DELETE …) empties the whole cache when
// it starts and again when it finishes, so nobody reads an older page after a write has finished.
//
// Only GET/HEAD requests without a `session` cookie are served from the cache; only GET responses with
// status 200, content-type text/html, no Set-Cookie, no Content-Encoding and no `private`/`no-store` in
// Cache-Control are stored. Public API answers are the exception: JSON under /api/ that the app marks
// `Cache-Control: public` is the same for everybody (the map's in-view pins, the quarter lookup), so it
// is stored and served for signed-in visitors too – never HTML for them. Every answer carries
// `x-page-cache: hit | miss | bypass`.

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {(req: Req, res: Res, next?: () => void) => unknown} Handler */
/** @typedef {Record<string, string | string[]>} HeaderMap */
/**
 * @typedef {object} Entry
 * @property {number} status
 * @property {HeaderMap} headers  stored headers (lower-case names) plus content-length and x-page-cache: hit
 * @property {Buffer} body
 * @property {number} storedAt  epoch ms
 * @property {number} bytes     body plus an estimate of the headers
 */

export const DEFAULT_TTL_MS = 5000;
export const MAX_ENTRIES = 500;
export const MAX_BYTES = 50 * 1024 * 1024;
export const SESSION_COOKIE = 'session';
export const LANG_COOKIE = 'lang';
export const CACHE_HEADER = 'x-page-cache';

/** Methods that never change data (RFC 9110 "safe"); every other method empties the cache. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** Hop-by-hop headers (RFC 9110 7.6.1) and headers recomputed for every answer: never stored. */
const NOT_STORED = new Set([
	'connection',
	'keep-alive',
	'proxy-authenticate',
	'proxy-authorization',
	'proxy-connection',
	'te',
	'trailer',
	'transfer-encoding',
	'upgrade',
	'content-length',
	'date',
	CACHE_HEADER
]);

// ---------------------------------------------------------------------------------------------------
// Language: mirrors src/lib/i18n/index.ts and src/hooks.server.ts (keep in sync).

/** @param {unknown} value @returns {value is 'de' | 'en'} */
export function isLocale(value) {
	return value === 'de' || value === 'en';
}

/**
 * Picks the best locale from an Accept-Language header – the same logic as `negotiateLocale` in
 * src/lib/i18n/index.ts.
 * @param {string | null | undefined} header
 * @returns {'de' | 'en'}
 */
export function negotiateLocale(header) {
	if (!header) return 'de';
	const ranked = header
		.split(',')
		.map((part) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.find((p) => p.trim().startsWith('q='));
			return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
		})
		.sort((a, b) => b.q - a.q);
	for (const { lang } of ranked) if (isLocale(lang)) return lang;
	return 'de';
}

/**
 * The value of one cookie in a Cookie header, parsed as SvelteKit does (the `cookie` package: the first
 * occurrence wins, surrounding quotes are removed, the value is URI-decoded). undefined when absent.
 * @param {string | undefined} header
 * @param {string} name
 * @returns {string | undefined}
 */
export function cookieValue(header, name) {
	if (!header) return undefined;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
		let value = part.slice(eq + 1).trim();
		if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
		try {
			return value.includes('%') ? decodeURIComponent(value) : value;
		} catch {
			return value;
		}
	}
	return undefined;
}

/**
 * The language the app renders an anonymous request in: the `lang` cookie if it is de/en, else the
 * best of de/en in Accept-Language (default de). As src/hooks.server.ts for a request without a user.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {'de' | 'en'}
 */
export function effectiveLocale(headers) {
	const lang = cookieValue(headers.cookie, LANG_COOKIE);
	return isLocale(lang) ? lang : negotiateLocale(headers['accept-language'] ?? null);
}

// ---------------------------------------------------------------------------------------------------
// Rules

/**
 * Whether a request may be answered from (and its answer stored in) the cache: GET or HEAD, no session
 * cookie, and an origin-form target ("/path?query") – anything else goes straight to the app.
 * @param {{ method?: string, url?: string, headers: import('node:http').IncomingHttpHeaders }} req
 */
export function isCacheableRequest(req) {
	if (req.method !== 'GET' && req.method !== 'HEAD') return false;
	if (!req.url || req.url[0] !== '/') return false;
	return isApiPath(req.url) || !hasSession(req);
}

/** A path under /api/ without dot segments or encoded slashes that could resolve elsewhere. @param {string} url */
export const isApiPath = (url) => url.startsWith('/api/') && !/\/\.|%2e|%2f|%5c|\/\/|\\/i.test(url);

/** @param {{ headers: import('node:http').IncomingHttpHeaders }} req */
export const hasSession = (req) => cookieValue(req.headers.cookie, SESSION_COOKIE) !== undefined;

/** Whether a request with this method empties the cache (every method but GET, HEAD, OPTIONS, TRACE). */
export function invalidates(/** @type {string | undefined} */ method) {
	return !SAFE_METHODS.has(method ?? 'GET');
}

/**
 * The cache key: the request target (pathname + search, exactly as SvelteKit sees it; the same for GET
 * and HEAD) and the effective language. `varyHeaders` adds the values of further request headers – the
 * server passes Host and the proxy headers when ORIGIN is not set, because the app then derives its
 * own address from them.
 * @param {{ url?: string, headers: import('node:http').IncomingHttpHeaders }} req
 * @param {readonly string[]} [varyHeaders] lower-case header names
 */
export function cacheKey(req, varyHeaders = []) {
	let key = effectiveLocale(req.headers) + ' ' + (req.url ?? '/');
	for (const name of varyHeaders) {
		const v = req.headers[name];
		key += '\n' + (Array.isArray(v) ? v.join(',') : (v ?? ''));
	}
	return key;
}

/**
 * @param {string | number | string[] | undefined} v
 * @returns {string}
 */
const headerText = (v) => (v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v));

/**
 * Whether a response may be stored: status 200, content-type text/html (or JSON marked
 * `Cache-Control: public`), no Set-Cookie, no Content-Encoding, and no `private` or `no-store`.
 * @param {number} status
 * @param {Record<string, string | number | string[] | undefined>} headers lower-case names
 * @param {{ shared?: boolean }} [options] shared: the request carried a session (public JSON only)
 */
export function isStorable(status, headers, { shared = false } = {}) {
	if (status !== 200) return false;
	const type = headerText(headers['content-type']);
	const cc = headerText(headers['cache-control']).toLowerCase();
	const html = /^\s*text\/html\b/i.test(type);
	const publicJson = /^\s*application\/(geo\+)?json\b/i.test(type) && /\bpublic\b/.test(cc);
	// `shared`: asked with a session – only answers the app declared the same for everybody.
	if (shared ? !publicJson : !html && !publicJson) return false;
	if (headers['set-cookie'] !== undefined) return false;
	if (
		headers['content-encoding'] !== undefined &&
		headerText(headers['content-encoding']).trim().toLowerCase() !== 'identity'
	)
		return false;
	if (/\b(private|no-store)\b/.test(cc)) return false;
	return true;
}

// ---------------------------------------------------------------------------------------------------
// The store

export class PageCache {
	/** @type {Map<string, Entry>} */
	#entries = new Map();
	#bytes = 0;
	/** Increases on every clear(); an answer rendered before a clear is not stored after it. */
	generation = 0;

	/**
	 * @param {{ ttlMs?: number, maxEntries?: number, maxBytes?: number, now?: () => number }} [options]
	 */
	constructor({
		ttlMs = DEFAULT_TTL_MS,
		maxEntries = MAX_ENTRIES,
		maxBytes = MAX_BYTES,
		now = Date.now
	} = {}) {
		this.ttlMs = ttlMs;
		this.maxEntries = maxEntries;
		this.maxBytes = maxBytes;
		this.now = now;
	}

	get size() {
		return this.#entries.size;
	}

	get bytes() {
		return this.#bytes;
	}

	/** The live entry for a key, or undefined (expired entries are dropped). @param {string} key */
	get(key) {
		const entry = this.#entries.get(key);
		if (!entry) return undefined;
		if (this.now() - entry.storedAt >= this.ttlMs) {
			this.#delete(key, entry);
			return undefined;
		}
		return entry;
	}

	/**
	 * Stores an answer. Returns false when it cannot be kept (too big, TTL 0, or rendered before the last
	 * clear – pass the generation read when the request started).
	 * @param {string} key
	 * @param {{ status: number, headers: HeaderMap, body: Buffer }} answer
	 * @param {number} [generation]
	 */
	set(key, { status, headers, body }, generation = this.generation) {
		if (generation !== this.generation || this.ttlMs <= 0 || this.maxEntries <= 0) return false;
		/** @type {HeaderMap} */
		const stored = {};
		let headerBytes = 0;
		for (const [name, value] of Object.entries(headers)) {
			const lower = name.toLowerCase();
			if (NOT_STORED.has(lower)) continue;
			stored[lower] = value;
			headerBytes += lower.length + headerText(value).length + 4;
		}
		stored['content-length'] = String(body.length);
		stored[CACHE_HEADER] = 'hit';
		const bytes = body.length + headerBytes + key.length + 64;
		if (bytes > this.maxBytes) return false;

		const old = this.#entries.get(key);
		if (old) this.#delete(key, old);
		const now = this.now();
		// Oldest first: drop what has expired, then whatever exceeds the limits.
		for (const [k, e] of this.#entries) {
			if (
				now - e.storedAt < this.ttlMs &&
				this.#entries.size < this.maxEntries &&
				this.#bytes + bytes <= this.maxBytes
			)
				break;
			this.#delete(k, e);
		}
		this.#entries.set(key, { status, headers: stored, body, storedAt: now, bytes });
		this.#bytes += bytes;
		return true;
	}

	/** Drops every entry; answers still being rendered will not be stored. */
	clear() {
		this.generation++;
		if (this.#entries.size === 0) return;
		this.#entries.clear();
		this.#bytes = 0;
	}

	/** @param {string} key @param {Entry} entry */
	#delete(key, entry) {
		this.#entries.delete(key);
		this.#bytes -= entry.bytes;
	}
}

// ---------------------------------------------------------------------------------------------------
// Settings

/**
 * Reads PAGE_CACHE (0 disables), PAGE_CACHE_TTL_MS (default 5000) and, when ORIGIN is not set, which
 * request headers the app derives its address from (HOST_HEADER, PROTOCOL_HEADER, PORT_HEADER, Host).
 * @param {Record<string, string | undefined>} env
 */
export function pageCacheOptionsFromEnv(env) {
	const enabled = env.PAGE_CACHE !== '0' && env.PAGE_CACHE !== 'false' && env.PAGE_CACHE !== 'off';
	let ttlMs = DEFAULT_TTL_MS;
	const rawTtl = env.PAGE_CACHE_TTL_MS;
	if (rawTtl !== undefined && rawTtl !== '') {
		const n = Number(rawTtl);
		if (Number.isFinite(n) && n >= 0) ttlMs = n;
		else
			console.warn(`[page-cache] PAGE_CACHE_TTL_MS="${rawTtl}" is not a number ≥ 0, using ${DEFAULT_TTL_MS}`);
	}
	/** @type {string[]} */
	const varyHeaders = [];
	if (!env.ORIGIN) {
		for (const name of [env.PROTOCOL_HEADER, env.HOST_HEADER, env.PORT_HEADER, 'host'])
			if (name && !varyHeaders.includes(name.toLowerCase())) varyHeaders.push(name.toLowerCase());
	}
	return { enabled: enabled && ttlMs > 0, ttlMs, varyHeaders };
}

// ---------------------------------------------------------------------------------------------------
// The middleware

/**
 * Normalises the headers argument of writeHead (object, [[k, v], …] or flat [k, v, k, v, …]) to an
 * object with lower-case names.
 * @param {unknown} arg
 * @returns {Record<string, string | number | string[]>}
 */
function headersArgument(arg) {
	/** @type {Record<string, string | number | string[]>} */
	const out = {};
	if (!arg || typeof arg !== 'object') return out;
	/** @param {string} k @param {any} v */
	const add = (k, v) => {
		const name = String(k).toLowerCase();
		const prev = out[name];
		out[name] =
			prev === undefined
				? v
				: [...(Array.isArray(prev) ? prev : [String(prev)]), ...(Array.isArray(v) ? v : [String(v)])];
	};
	if (Array.isArray(arg)) {
		if (Array.isArray(arg[0])) for (const [k, v] of arg) add(k, v);
		else for (let i = 0; i + 1 < arg.length; i += 2) add(arg[i], arg[i + 1]);
	} else for (const [k, v] of Object.entries(arg)) if (v !== undefined) add(k, v);
	return out;
}

/**
 * Watches a GET response on its way out and stores it when it turns out storable. The response streams
 * to the client as usual; as soon as the status and headers show it cannot be stored, the wrappers are
 * removed again.
 * @param {Res} res
 * @param {PageCache} cache
 * @param {string} key
 */
function capture(res, cache, key, shared = false) {
	const generation = cache.generation;
	/** @type {Buffer[]} */
	let chunks = [];
	let size = 0;
	let decided = false;
	let storing = false;
	/** @type {HeaderMap} */
	const headers = {};
	let status = 200;

	const { writeHead, write, end } = res;
	// Assigning the originals back (rather than deleting the own properties) keeps `res` a fast object.
	const unwrap = () => {
		res.writeHead = writeHead;
		res.write = write;
		res.end = end;
	};

	/** @param {number} statusCode @param {unknown} [headersArg] */
	const decide = (statusCode, headersArg) => {
		if (decided) return;
		decided = true;
		status = statusCode;
		/** @type {Record<string, string | number | string[] | undefined>} */
		const all = { ...res.getHeaders(), ...headersArgument(headersArg) };
		storing = isStorable(status, all, { shared }) && cache.generation === generation;
		if (!storing) {
			unwrap();
			return;
		}
		for (const [k, v] of Object.entries(all))
			if (v !== undefined) headers[k] = Array.isArray(v) ? v : String(v);
	};

	/** @param {unknown} chunk @param {unknown} [encoding] */
	const add = (chunk, encoding) => {
		if (!storing || chunk === undefined || chunk === null || typeof chunk === 'function') return;
		const buf =
			typeof chunk === 'string'
				? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8'))
				: chunk instanceof Uint8Array
					? Buffer.from(chunk) // a copy: the producer may reuse its buffer
					: null;
		if (!buf) {
			storing = false;
			return;
		}
		size += buf.length;
		if (size > cache.maxBytes) {
			storing = false;
			chunks = [];
			return;
		}
		chunks.push(buf);
	};

	/** @type {any} */ (res).writeHead = function (
		/** @type {number} */ statusCode,
		/** @type {any[]} */ ...rest
	) {
		decide(statusCode, typeof rest[0] === 'string' ? rest[1] : rest[0]);
		return writeHead.call(this, statusCode, ...rest);
	};
	/** @type {any} */ (res).write = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
		decide(res.statusCode);
		add(chunk, rest[0]);
		return /** @type {any} */ (write).call(this, chunk, ...rest);
	};
	/** @type {any} */ (res).end = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
		decide(res.statusCode);
		add(chunk, rest[0]);
		unwrap();
		if (storing)
			cache.set(
				key,
				{ status, headers, body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size) },
				generation
			);
		return /** @type {any} */ (end).call(this, chunk, ...rest);
	};
	// Aborted before the end (client gone, stream error): nothing is stored, and the wrappers go.
	res.once('close', () => {
		if (!res.writableEnded) {
			storing = false;
			unwrap();
		}
	});
}

/**
 * Wraps a node:http request handler (adapter-node's `handler`) with the page cache. Returns the wrapped
 * handler and the cache (for tests and diagnostics). With `enabled: false` the handler is returned as
 * it is: every request goes to the app.
 * @param {Handler} handler
 * @param {{ enabled?: boolean, ttlMs?: number, maxEntries?: number, maxBytes?: number,
 *   varyHeaders?: readonly string[], now?: () => number }} [options]
 * @returns {{ handle: Handler, cache: PageCache | null }}
 */
export function withPageCache(handler, options = {}) {
	if (options.enabled === false) return { handle: handler, cache: null };
	const cache = new PageCache(options);
	const varyHeaders = options.varyHeaders ?? [];

	/** @type {Handler} */
	const handle = (req, res, next) => {
		if (!isCacheableRequest(req)) {
			if (invalidates(req.method)) {
				// Before: a read racing this write cannot store what it rendered before the write.
				// After: nobody gets a page rendered before the write finished.
				cache.clear();
				res.once('close', () => cache.clear());
			}
			res.setHeader(CACHE_HEADER, 'bypass');
			return handler(req, res, next);
		}
		const key = cacheKey(req, varyHeaders);
		const shared = hasSession(req);
		const entry = cache.get(key);
		// A signed-in visitor gets only answers that are the same for everybody (public JSON), never HTML.
		if (entry && !(shared && /^\s*text\/html\b/i.test(headerText(entry.headers['content-type'])))) {
			res.writeHead(entry.status, entry.headers);
			if (req.method === 'HEAD') res.end();
			else res.end(entry.body);
			return;
		}
		res.setHeader(CACHE_HEADER, 'miss');
		if (req.method === 'GET') capture(res, cache, key, shared); // a HEAD answer has no body to store
		return handler(req, res, next);
	};
	return { handle, cache };
}
