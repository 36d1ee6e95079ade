// Runtime configuration from the environment. Read lazily so tests and scripts can set variables first.
import { resolve } from 'node:path';

function env(name: string): string | undefined {
	const value = process.env[name];
	return value === undefined || value === '' ? undefined : value;
}

export const DEFAULT_DEMO_PASSWORD = 'Bochum-Wohnen-2023';
export const PRIVACY_VERSION = '2026-11';

export const config = {
	get databasePath() {
		return env('DATABASE_PATH') ?? './data/app.db';
	},
	get migrationsPath() {
		return resolve(env('MIGRATIONS_PATH') ?? 'drizzle');
	},
	/** Demo mode seeds the Bochum demo process into an empty database. On unless DEMO=0. */
	get demo() {
		return env('DEMO') !== '0' && env('DEMO') !== 'false';
	},
	get demoPassword() {
		return env('DEMO_PASSWORD') ?? DEFAULT_DEMO_PASSWORD;
	},
	get smtpUrl() {
		return env('SMTP_URL');
	},
	get mailFrom() {
		return env('MAIL_FROM') ?? 'Beteiligung Wohnen <beteiligung@stadt.invalid>';
	},
	get outboxPath() {
		return resolve(env('OUTBOX_PATH') ?? './data/outbox');
	},
	get accessibilityContact() {
		return env('ACCESSIBILITY_CONTACT') ?? 'barrierefreiheit@stadt.invalid';
	},
	/** Public base URL used in e-mail links; falls back to the request origin. */
	get origin() {
		return env('ORIGIN');
	},
	/** Map tiles (a {z}/{x}/{y} template); the tile origin is allowed in the CSP at build time. */
	get mapTileUrl() {
		return (
			env('MAP_TILE_URL') ??
			'https://sgx.geodatenzentrum.de/wmts_basemapde/tile/1.0.0/de_basemapde_web_raster_farbe/default/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png'
		);
	},
	get mapAttribution() {
		return env('MAP_ATTRIBUTION') ?? '© basemap.de / BKG | Datenquellen: © GeoBasis-DE';
	},
	/** Rate limits can be raised for load tests; never disabled. */
	get rateLimitFactor() {
		const f = Number(env('RATE_LIMIT_FACTOR') ?? '1');
		return Number.isFinite(f) && f >= 1 ? f : 1;
	}
};
