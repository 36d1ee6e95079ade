// `npm start`: runs the production build with sensible defaults for a first look (demo mode on,
// SQLite file in ./data). Every default can be overridden by the environment (see .env.example).
process.env.PORT ??= '3000';
process.env.DATABASE_PATH ??= './data/app.db';
// adapter-node assumes https without ORIGIN; for a local first start the site is plain http.
if (!process.env.ORIGIN) {
	process.env.ORIGIN = `http://localhost:${process.env.PORT}`;
	console.log(
		`[start] ORIGIN ist nicht gesetzt, verwende ${process.env.ORIGIN}. Im Betrieb ORIGIN auf die öffentliche Adresse setzen.`
	);
}
await import('../server.js');
