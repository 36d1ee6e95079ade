// Starts the production server (server.js) once for all end-to-end tests, on a free loopback port,
// with a fresh SQLite file seeded with the demo and an outbox folder for mails.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		outbox: string;
		dataDir: string;
	}
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.listen(0, '127.0.0.1', () => {
			const port = (srv.address() as { port: number }).port;
			srv.close(() => resolve(port));
		});
		srv.on('error', reject);
	});
}

let server: ChildProcess | undefined;
let dir: string | undefined;

export default async function setup(project: TestProject) {
	dir = mkdtempSync(join(tmpdir(), 'e2e-'));
	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const outbox = join(dir, 'outbox');
	server = spawn(process.execPath, ['server.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseUrl,
			DATABASE_PATH: join(dir, 'e2e.db'),
			OUTBOX_PATH: outbox,
			DEMO: '1',
			SMTP_URL: '',
			ACCESSIBILITY_CONTACT: 'barrierefreiheit@stadt.invalid',
			// All test files log in from 127.0.0.1 within minutes; the limits themselves are unit-tested.
			RATE_LIMIT_FACTOR: '10',
			// Tests never reach the internet: map tiles come from a local address that answers 404.
			MAP_TILE_URL: `${baseUrl}/e2e-keine-kacheln/{z}/{x}/{y}.png`
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	server.stdout?.on('data', (d) => (log += d));
	server.stderr?.on('data', (d) => (log += d));
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			const res = await fetch(`${baseUrl}/health`);
			if (res.ok) break;
		} catch {
			/* not up yet */
		}
		if (Date.now() > deadline || server.exitCode !== null) throw new Error(`server did not start:\n${log}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	project.provide('baseUrl', baseUrl);
	project.provide('outbox', outbox);
	project.provide('dataDir', dir);
	return async () => {
		server?.kill('SIGTERM');
		if (process.env.E2E_SERVER_LOG) console.log(log);
		if (dir) rmSync(dir, { recursive: true, force: true });
	};
}
