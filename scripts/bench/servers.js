// Starting and stopping the servers under test. Every child is tracked and killed when the benchmark ends,
// fails or is interrupted (Ctrl-C, SIGTERM); servers listen on loopback only.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const HOST = '127.0.0.1';

/** Running children and a promise for each one's exit. @type {Map<import('node:child_process').ChildProcess, Promise<unknown>>} */
const children = new Map();

/** A free TCP port on the loopback interface. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.unref();
		srv.once('error', reject);
		srv.listen(0, HOST, () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
			srv.close(() => resolve(port));
		});
	});
}

/**
 * Spawns `node <script>` with the given environment; keeps the last lines of its output for error reports.
 * @param {{ name: string, script: string, cwd: string, env: Record<string, string | undefined>, port: number }} opts
 */
export function startServer({ name, script, cwd, env, port }) {
	const childEnv = { ...process.env, ...env };
	delete childEnv.SOCKET_PATH; // adapter-node would listen on a socket instead of PORT
	const child = spawn(process.execPath, [script], { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
	const lines = [];
	const keep = (chunk) => {
		for (const line of String(chunk).split('\n')) if (line) lines.push(line);
		if (lines.length > 200) lines.splice(0, lines.length - 200);
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	let exited = null;
	const exit = new Promise((resolve) => {
		child.once('exit', (code, signal) => {
			exited = { code, signal };
			children.delete(child);
			resolve(exited);
		});
	});
	children.set(child, exit);
	return {
		name,
		port,
		url: `http://${HOST}:${port}`,
		child,
		output: () => lines.join('\n'),
		exited: () => exited,
		exit,
		stop: () => stopChild(child, exit)
	};
}

async function stopChild(child, exit, graceMs = 3000) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
	await exit;
	clearTimeout(timer);
}

/**
 * Polls `url` until it answers 200, the server exits, or the timeout passes.
 * @param {ReturnType<typeof startServer>} server
 */
export async function waitUntilReady(server, path = '/health', timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	let last = 'no answer';
	while (Date.now() < deadline) {
		const ex = server.exited();
		if (ex)
			throw new Error(
				`${server.name} exited before it was ready (code ${ex.code}, signal ${ex.signal}). Output:\n${server.output()}`
			);
		try {
			const res = await fetch(server.url + path, { signal: AbortSignal.timeout(2000) });
			await res.arrayBuffer();
			if (res.status === 200) return;
			last = `HTTP ${res.status}`;
		} catch (e) {
			last = e instanceof Error ? e.message : String(e);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`${server.name} not ready on ${server.url}${path} after ${timeoutMs} ms (${last}). Output:\n${server.output()}`);
}

/** Stops every server still running (graceful, then SIGKILL). */
export async function stopAll() {
	await Promise.all([...children].map(([child, exit]) => stopChild(child, exit)));
}

/** Last resort on process exit: synchronous SIGKILL to whatever is left. */
export function killAllSync() {
	for (const c of children.keys()) {
		try {
			c.kill('SIGKILL');
		} catch {
			// already gone
		}
	}
}
