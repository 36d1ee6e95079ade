import type { TileSource } from '$lib/i18n/de/legal';
import { config, PRIVACY_VERSION } from '$lib/server/config';
import type { PageServerLoad } from './$types';

/** basemap.de raster tiles, the default of MAP_TILE_URL (see svelte.config.js). */
const DEFAULT_TILE_HOST = 'sgx.geodatenzentrum.de';

/** Where the browser loads map tiles from, so the notice names the right recipient. */
function tileSource(siteUrl: URL): TileSource {
	let host = DEFAULT_TILE_HOST;
	const configured = process.env.MAP_TILE_URL;
	if (configured) {
		try {
			host = new URL(configured.replace(/[{}]/g, '')).host;
		} catch {
			// An unparsable URL cannot load tiles either; keep the default wording.
		}
	}
	let siteHost = siteUrl.host;
	try {
		if (config.origin) siteHost = new URL(config.origin).host;
	} catch {
		// keep the request's host
	}
	if (host === siteHost) return { kind: 'self', host };
	if (host === DEFAULT_TILE_HOST || host.endsWith('.geodatenzentrum.de') || host.endsWith('basemap.de'))
		return { kind: 'bkg', host };
	return { kind: 'other', host };
}

export const load: PageServerLoad = ({ url }) => ({
	privacyVersion: PRIVACY_VERSION,
	tiles: tileSource(url)
});
