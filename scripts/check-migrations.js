// Fails when the drizzle schema and the committed migrations in drizzle/ differ: runs
// `drizzle-kit generate` and checks that it wrote nothing (anything it wrote is removed again).
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir) {
	return readdirSync(dir, { recursive: true })
		.map(String)
		.filter((f) => statSync(join(dir, f)).isFile())
		.map((f) => [f, statSync(join(dir, f)).mtimeMs]);
}

const before = new Map(files('drizzle'));
execFileSync('npx', ['drizzle-kit', 'generate', '--name', 'schema_check'], { stdio: 'pipe' });
const added = files('drizzle').filter(([f, t]) => !before.has(f) || before.get(f) !== t);
if (added.length > 0) {
	for (const [f] of added) if (!before.has(f)) rmSync(join('drizzle', f));
	console.error(
		`The schema in src/lib/server/db/schema differs from the migrations in drizzle/ (${added.map(([f]) => f).join(', ')}).\n` +
			'Run `npm run db:generate` and commit the new migration.'
	);
	if (added.some(([f]) => before.has(f)))
		console.error('drizzle/meta was changed: restore it with `git checkout drizzle/meta`.');
	process.exit(1);
}
console.log('Migrations match the schema.');
