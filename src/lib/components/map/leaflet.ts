// Browser-only helpers for the Leaflet maps: loading Leaflet on demand (it touches `window` when it is
// imported, so never during SSR), a base map with the configured tiles and German controls, and small
// DOM builders – marker and popup contents are built as elements with textContent, never as HTML from
// user text.
import type * as Leaflet from 'leaflet';

export type LeafletModule = typeof Leaflet;

/** A district's outer rings as [lat, lon]; approximate (generated) geometry is drawn dashed. */
export interface Outline {
	slug: string;
	name: string;
	approximate: boolean;
	rings: number[][][];
}

/**
 * District outlines, below everything else: orientation even when no tiles load. Not interactive, so
 * they never take a click or the keyboard focus from markers or the crosshair.
 */
export function addOutlines(leaflet: LeafletModule, map: Leaflet.Map, outlines: readonly Outline[]) {
	for (const o of outlines)
		leaflet
			.polygon(o.rings as [number, number][][], {
				interactive: false,
				color: '#3d3d3d',
				weight: 1.5,
				opacity: 0.8,
				dashArray: o.approximate ? '6 4' : undefined,
				fill: false
			})
			.addTo(map);
}

export interface TileConfig {
	tileUrl: string;
	attribution: string;
	/** [west, south, east, north] */
	cityBbox: [number, number, number, number];
}

export async function loadLeaflet(): Promise<LeafletModule> {
	const mod = await import('leaflet');
	return (mod as unknown as { default?: LeafletModule }).default ?? mod;
}

export function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An element with a class and text content. */
export function h(tag: string, className = '', text = ''): HTMLElement {
	const e = document.createElement(tag);
	if (className) e.className = className;
	if (text) e.textContent = text;
	return e;
}

export const CITY_CENTER: [number, number] = [51.471, 7.2257];
/** The start zoom: the whole city on a desktop screen, a bit further out on a phone. */
export const startZoom = (width: number) => (width < 480 ? 11 : 12);

/**
 * A map in `container` with the configured tiles (their failures are harmless: markers, list and
 * forms work without a base map), German zoom buttons and keyboard panning.
 */
export function baseMap(
	L: LeafletModule,
	container: HTMLElement,
	cfg: TileConfig,
	texts: { zoomIn: string; zoomOut: string; label: string; roleDescription: string; describedBy?: string }
) {
	const [west, south, east, north] = cfg.cityBbox;
	const map = L.map(container, {
		zoomControl: false,
		keyboard: true,
		keyboardPanDelta: 80,
		minZoom: 10,
		maxZoom: 19,
		// Keep the view near the city: pins are only there, and the API refuses huge boxes.
		maxBounds: L.latLngBounds([south - 0.15, west - 0.25], [north + 0.15, east + 0.25]),
		maxBoundsViscosity: 0.8
	});
	L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut, position: 'topleft' }).addTo(map);
	map.attributionControl.setPrefix(false);
	L.tileLayer(cfg.tileUrl, { attribution: escapeHtml(cfg.attribution), maxZoom: 19, minZoom: 10 }).addTo(map);
	container.setAttribute('role', 'application');
	container.setAttribute('aria-roledescription', texts.roleDescription);
	container.setAttribute('aria-label', texts.label);
	if (texts.describedBy) container.setAttribute('aria-describedby', texts.describedBy);
	return map;
}

/** The map's view as a box the pins API accepts: clamped to the city (with a margin), or null if outside. */
export function viewBbox(map: Leaflet.Map, cityBbox: [number, number, number, number]) {
	const b = map.getBounds();
	const margin = 0.02;
	const west = Math.max(b.getWest(), cityBbox[0] - margin);
	const south = Math.max(b.getSouth(), cityBbox[1] - margin);
	const east = Math.min(b.getEast(), cityBbox[2] + margin);
	const north = Math.min(b.getNorth(), cityBbox[3] + margin);
	if (!(west < east && south < north)) return null;
	return [west, south, east, north].map((x) => x.toFixed(5)).join(',');
}
