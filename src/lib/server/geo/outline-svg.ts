// SVG path data for an outline preview of districts (no map tiles needed): longitude scaled by
// cos(latitude) like on a map, north up, rings thinned to at most MAX_RING_POINTS points so a detailed
// official file still gives a small page.
import type { MultiPolygon } from './geometry';

export const MAX_RING_POINTS = 300;

export interface OutlineInput {
	name: string;
	group: string;
	geometry: MultiPolygon;
}

export interface Outline {
	width: number;
	height: number;
	shapes: { name: string; group: string; d: string }[];
}

export function outlineSvg(items: readonly OutlineInput[], width = 640): Outline {
	let minLon = Infinity;
	let minLat = Infinity;
	let maxLon = -Infinity;
	let maxLat = -Infinity;
	for (const it of items)
		for (const polygon of it.geometry)
			for (const [lon, lat] of polygon[0] ?? []) {
				minLon = Math.min(minLon, lon);
				maxLon = Math.max(maxLon, lon);
				minLat = Math.min(minLat, lat);
				maxLat = Math.max(maxLat, lat);
			}
	if (!Number.isFinite(minLon) || maxLon === minLon || maxLat === minLat)
		return { width, height: 0, shapes: [] };
	const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
	const pad = 4;
	const scale = (width - 2 * pad) / ((maxLon - minLon) * k);
	const height = Math.round((maxLat - minLat) * scale + 2 * pad);
	const x = (lon: number) => ((lon - minLon) * k * scale + pad).toFixed(1);
	const y = (lat: number) => ((maxLat - lat) * scale + pad).toFixed(1);
	const shapes = items.map((it) => {
		const parts: string[] = [];
		for (const polygon of it.geometry)
			for (const ring of polygon) {
				const step = Math.max(1, Math.ceil(ring.length / MAX_RING_POINTS));
				const pts = ring.filter((_, i) => i % step === 0);
				if (pts.length < 3) continue;
				parts.push('M' + pts.map(([lon, lat]) => `${x(lon)} ${y(lat)}`).join('L') + 'Z');
			}
		return { name: it.name, group: it.group, d: parts.join('') };
	});
	return { width, height, shapes };
}
