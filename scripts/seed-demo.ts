// `npm run seed:demo`: resets the database file to the Bochum demo. Stop the server first.
import { existsSync, rmSync } from 'node:fs';
import { config } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db';
import { seedDemo, DEMO_ACCOUNTS } from '../src/lib/server/db/seed/demo';

const path = config.databasePath;
for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix);
const db = openDatabase(path);
await seedDemo(db, config.demoPassword);
db.$client.close();
console.log(`Demo-Daten neu angelegt in ${path}.`);
console.log(`Konten: ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')} – Passwort: ${config.demoPassword}`);
