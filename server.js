// The production entry: adapter-node's handler (build/handler.js) behind the page micro-cache
// (scripts/page-cache.js), served with node:http. `npm start` (scripts/start.js) imports this file;
// in production run `node server.js` after `npm run build`.
//
// build/handler.js applies ORIGIN, PROTOCOL_HEADER/HOST_HEADER/PORT_HEADER, ADDRESS_HEADER/XFF_DEPTH,
// BODY_SIZE_LIMIT itself and runs the app's `init` hook (migrations, demo seed) when it is imported.
// This file reads HOST (default 0.0.0.0), PORT (default 3000), SHUTDOWN_TIMEOUT (seconds, default 30),
// KEEP_ALIVE_TIMEOUT / HEADERS_TIMEOUT (seconds, optional), PAGE_CACHE (0 switches the cache off) and
// PAGE_CACHE_TTL_MS (default 5000).
import http from 'node:http';
import process from 'node:process';
import './scripts/server-defaults.js';
import { handler } from './build/handler.js';
import { pageCacheOptionsFromEnv, withPageCache } from './scripts/page-cache.js';

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT || 3000);
const shutdownTimeout = Number(process.env.SHUTDOWN_TIMEOUT || 30);

const options = pageCacheOptionsFromEnv(process.env);
const { handle } = withPageCache(handler, options);

/** Only reached when no middleware of the handler answers (adapter-node's SSR always does). */
function notFound(/** @type {http.ServerResponse} */ res) {
	if (res.headersSent) return res.end();
	res.statusCode = 404;
	res.end('Not Found');
}

const server = http.createServer((req, res) => {
	try {
		const done = handle(req, res, () => notFound(res));
		if (done && typeof (/** @type {any} */ (done).catch) === 'function')
			/** @type {Promise<unknown>} */ (done).catch((e) => fail(res, e));
	} catch (e) {
		fail(res, e);
	}
});

/** @param {http.ServerResponse} res @param {unknown} error */
function fail(res, error) {
	console.error('[server]', error);
	if (res.headersSent) return res.destroy();
	res.statusCode = 500;
	res.end('Internal Server Error');
}

const keepAlive = Number(process.env.KEEP_ALIVE_TIMEOUT);
if (process.env.KEEP_ALIVE_TIMEOUT && Number.isFinite(keepAlive)) server.keepAliveTimeout = keepAlive * 1000;
const headersTimeout = Number(process.env.HEADERS_TIMEOUT);
if (process.env.HEADERS_TIMEOUT && Number.isFinite(headersTimeout))
	server.headersTimeout = headersTimeout * 1000;

let inFlight = 0;
let shuttingDown = false;
server.on('request', (req) => {
	inFlight++;
	req.once('close', () => {
		inFlight--;
		// While shutting down, close keep-alive connections as soon as they are idle.
		if (shuttingDown) server.closeIdleConnections();
	});
});

server.listen(port, host, () => {
	console.log(`Listening on http://${host}:${port}`);
	console.log(
		options.enabled
			? `[page-cache] on: anonymous GET pages kept ${options.ttlMs} ms`
			: '[page-cache] off (PAGE_CACHE=0): every request goes to the app'
	);
});

/** @param {NodeJS.Signals} signal */
function shutdown(signal) {
	if (shuttingDown) return;
	shuttingDown = true;
	console.log(`[server] ${signal}: closing (${inFlight} requests in flight) …`);
	server.closeIdleConnections();
	server.close(() => {
		// adapter-node's own entry emits this too; hooks may listen for it.
		/** @type {any} */ (process).emit('sveltekit:shutdown', signal);
		process.exit(0);
	});
	// Requests still running after the timeout are cut off.
	setTimeout(() => {
		server.closeAllConnections();
		setTimeout(() => process.exit(0), 1000).unref();
	}, shutdownTimeout * 1000).unref();
}

process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

export { server, host, port };
