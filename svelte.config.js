import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Extra origins a page may load images from (map tiles). Read at build time; the default is basemap.de.
const tileOrigin = (() => {
	try {
		const url =
			process.env.MAP_TILE_URL ??
			'https://sgx.geodatenzentrum.de/wmts_basemapde/tile/1.0.0/de_basemapde_web_raster_farbe/default/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png';
		return new URL(url.replace(/[{}]/g, '')).origin;
	} catch {
		return undefined;
	}
})();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build', precompress: true }),
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// SvelteKit's route announcer and Leaflet set style attributes; no inline <style> or script.
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', ...(tileOrigin ? [tileOrigin] : [])],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		},
		csrf: { trustedOrigins: [] }
	}
};

export default config;
