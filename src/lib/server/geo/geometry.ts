// Plane geometry on WGS84 coordinates for the quarters: point-in-(multi)polygon with holes, bounding
// boxes, a label point inside a polygon, validation and normalisation of GeoJSON polygon coordinates,
// and the approximate demo districts (Voronoi cells of the centroids). Pure functions, no I/O.
// Distances are small (one city), so lon/lat are treated as plane coordinates; only the Voronoi cells
// scale longitude by cos(latitude) so the cells are not stretched east–west.
import { Delaunay } from 'd3-delaunay';
import type { Feature, MultiPolygon as GeoMultiPolygon } from 'geojson';
// Edge crossings by a sweep line (O((n + k) log n)): official boundaries have thousands of vertices.
import findIntersections from 'sweepline-intersections';

/** [lon, lat] */
export type Position = number[];
export type Ring = Position[];
export type PolygonCoords = Ring[];
/** GeoJSON MultiPolygon coordinates: polygons → rings (first outer, then holes) → [lon, lat]. */
export type MultiPolygon = PolygonCoords[];

export interface Bbox {
	minLat: number;
	minLon: number;
	maxLat: number;
	maxLon: number;
}

export interface LatLon {
	lat: number;
	lon: number;
}

/** Ray casting: is (lon, lat) inside the ring? Points exactly on an edge may fall either way. */
export function pointInRing(lon: number, lat: number, ring: Ring): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const xi = ring[i][0];
		const yi = ring[i][1];
		const xj = ring[j][0];
		const yj = ring[j][1];
		if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** Inside the outer ring and in none of the holes. */
export function pointInPolygon(lon: number, lat: number, polygon: PolygonCoords): boolean {
	if (polygon.length === 0 || !pointInRing(lon, lat, polygon[0])) return false;
	for (let h = 1; h < polygon.length; h++) if (pointInRing(lon, lat, polygon[h])) return false;
	return true;
}

export function pointInMultiPolygon(lon: number, lat: number, mp: MultiPolygon): boolean {
	for (const polygon of mp) if (pointInPolygon(lon, lat, polygon)) return true;
	return false;
}

export function bboxOf(mp: MultiPolygon): Bbox {
	const box = { minLat: Infinity, minLon: Infinity, maxLat: -Infinity, maxLon: -Infinity };
	for (const polygon of mp)
		for (const [lon, lat] of polygon[0] ?? []) {
			if (lon < box.minLon) box.minLon = lon;
			if (lon > box.maxLon) box.maxLon = lon;
			if (lat < box.minLat) box.minLat = lat;
			if (lat > box.maxLat) box.maxLat = lat;
		}
	return box;
}

export function bboxContains(box: Bbox, lon: number, lat: number): boolean {
	return lat >= box.minLat && lat <= box.maxLat && lon >= box.minLon && lon <= box.maxLon;
}

export function bboxIntersects(a: Bbox, b: Bbox): boolean {
	return a.minLon <= b.maxLon && a.maxLon >= b.minLon && a.minLat <= b.maxLat && a.maxLat >= b.minLat;
}

/** Signed area (shoelace) in degrees²; positive for counter-clockwise rings (lon right, lat up). */
export function ringArea(ring: Ring): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	return sum / 2;
}

/** Area of a polygon without its holes (degrees², always ≥ 0). */
export function polygonArea(polygon: PolygonCoords): number {
	let area = Math.abs(ringArea(polygon[0] ?? []));
	for (let h = 1; h < polygon.length; h++) area -= Math.abs(ringArea(polygon[h]));
	return Math.max(0, area);
}

function ringCentroid(ring: Ring): { x: number; y: number; a: number } {
	let a = 0;
	let cx = 0;
	let cy = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
		a += f;
		cx += (ring[j][0] + ring[i][0]) * f;
		cy += (ring[j][1] + ring[i][1]) * f;
	}
	return { x: cx / (3 * a || 1), y: cy / (3 * a || 1), a: a / 2 };
}

/** Area-weighted centroid of a polygon with holes (may lie outside a concave polygon). */
export function polygonCentroid(polygon: PolygonCoords): LatLon {
	let sx = 0;
	let sy = 0;
	let sa = 0;
	polygon.forEach((ring, k) => {
		const c = ringCentroid(ring);
		const a = Math.abs(c.a) * (k === 0 ? 1 : -1);
		sx += c.x * a;
		sy += c.y * a;
		sa += a;
	});
	if (sa === 0) {
		const ring = polygon[0] ?? [[0, 0]];
		return { lon: ring[0][0], lat: ring[0][1] };
	}
	return { lon: sx / sa, lat: sy / sa };
}

/**
 * A point inside the (largest part of the) multipolygon for labels and for pins without an exact
 * place: the centroid when it lies inside, otherwise the middle of the widest inside stretch of a few
 * horizontal scan lines.
 */
export function labelPoint(mp: MultiPolygon): LatLon {
	let best: PolygonCoords | undefined;
	let bestArea = -1;
	for (const polygon of mp) {
		const a = polygonArea(polygon);
		if (a > bestArea) [best, bestArea] = [polygon, a];
	}
	if (!best || best.length === 0 || best[0].length === 0) throw new Error('empty geometry');
	const c = polygonCentroid(best);
	if (pointInPolygon(c.lon, c.lat, best)) return round(c);
	const box = bboxOf([best]);
	let pick: LatLon | undefined;
	let widest = -1;
	const rows = 31;
	for (let r = 1; r <= rows; r++) {
		const lat = box.minLat + ((box.maxLat - box.minLat) * r) / (rows + 1);
		const xs: number[] = [];
		for (const ring of best)
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				const [xi, yi] = ring[i];
				const [xj, yj] = ring[j];
				if (yi > lat !== yj > lat) xs.push(((xj - xi) * (lat - yi)) / (yj - yi) + xi);
			}
		xs.sort((a, b) => a - b);
		for (let k = 0; k + 1 < xs.length; k += 2) {
			const width = xs[k + 1] - xs[k];
			if (width > widest) [widest, pick] = [width, { lon: (xs[k] + xs[k + 1]) / 2, lat }];
		}
	}
	return round(pick ?? { lon: best[0][0][0], lat: best[0][0][1] });
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const round = (p: LatLon): LatLon => ({ lat: round6(p.lat), lon: round6(p.lon) });

// ---------------------------------------------------------------------------------------------------
// Validation of GeoJSON polygon coordinates

export type GeometryIssue =
	| 'not_polygon'
	| 'empty'
	| 'bad_position'
	| 'ring_too_short'
	| 'ring_not_closed'
	| 'not_wgs84'
	| 'lon_out_of_range'
	| 'lat_out_of_range'
	| 'wrong_coordinate_order'
	| 'no_area'
	| 'self_intersection';

export type CheckedGeometry = { ok: true; value: MultiPolygon } | { ok: false; issue: GeometryIssue };

/**
 * Geography of Germany: latitudes 47.2–55.1, longitudes 5.8–15.1. The ranges do not overlap, so a
 * position whose first value is a German latitude and whose second is a German longitude was written
 * as [lat, lon] instead of GeoJSON's [lon, lat].
 */
export function looksSwapped(position: Position): boolean {
	const [a, b] = position;
	return a >= 47 && a <= 55.5 && b >= 5.5 && b <= 15.5;
}

function isPosition(p: unknown): p is Position {
	return (
		Array.isArray(p) &&
		p.length >= 2 &&
		typeof p[0] === 'number' &&
		typeof p[1] === 'number' &&
		Number.isFinite(p[0]) &&
		Number.isFinite(p[1])
	);
}

/**
 * Checks the coordinates of a GeoJSON Polygon or MultiPolygon and returns them as a MultiPolygon with
 * [lon, lat] rounded to 6 decimals (≈ 0.1 m; a third value such as height is dropped). Rings must be
 * closed and have at least 4 positions; values must be WGS84 degrees in [lon, lat] order.
 */
export function checkPolygonGeometry(type: unknown, coordinates: unknown): CheckedGeometry {
	if (type !== 'Polygon' && type !== 'MultiPolygon') return { ok: false, issue: 'not_polygon' };
	if (!Array.isArray(coordinates) || coordinates.length === 0) return { ok: false, issue: 'empty' };
	const polygons = (type === 'Polygon' ? [coordinates] : coordinates) as unknown[];
	const out: MultiPolygon = [];
	const all: Position[] = [];
	for (const polygon of polygons) {
		if (!Array.isArray(polygon) || polygon.length === 0) return { ok: false, issue: 'empty' };
		const rings: Ring[] = [];
		for (const ring of polygon as unknown[]) {
			if (!Array.isArray(ring)) return { ok: false, issue: 'bad_position' };
			const positions: Ring = [];
			for (const p of ring as unknown[]) {
				if (!isPosition(p)) return { ok: false, issue: 'bad_position' };
				positions.push([p[0], p[1]]);
				all.push(p);
			}
			rings.push(positions);
		}
		out.push(rings);
	}
	if (all.length === 0) return { ok: false, issue: 'empty' };
	for (const [x, y] of all) {
		// Metres of a projected system (e.g. UTM zone 32N, eastings around 370,000 and northings around
		// 5,700,000 in Bochum) rather than degrees.
		if (Math.abs(x) > 360 || Math.abs(y) > 360) return { ok: false, issue: 'not_wgs84' };
		if (x < -180 || x > 180) return { ok: false, issue: 'lon_out_of_range' };
		if (y < -90 || y > 90) return { ok: false, issue: 'lat_out_of_range' };
	}
	if (all.every(looksSwapped)) return { ok: false, issue: 'wrong_coordinate_order' };
	for (const polygon of out)
		for (const ring of polygon) {
			if (ring.length < 4) return { ok: false, issue: 'ring_too_short' };
			const first = ring[0];
			const last = ring[ring.length - 1];
			if (first[0] !== last[0] || first[1] !== last[1]) return { ok: false, issue: 'ring_not_closed' };
		}
	const value = out.map((polygon) => polygon.map((ring) => ring.map(([x, y]) => [round6(x), round6(y)])));
	// Checked as stored (rounded): edges that cross – a bow-tie ring, a hole reaching out of its
	// polygon, overlapping parts – and rings without area make "is this pin in the quarter" ambiguous.
	// Crossings first: a symmetric bow tie has a signed area of zero too.
	const feature: Feature<GeoMultiPolygon> = {
		type: 'Feature',
		properties: {},
		geometry: { type: 'MultiPolygon', coordinates: value }
	};
	if (findIntersections(feature, false).length > 0) return { ok: false, issue: 'self_intersection' };
	if (value.some((polygon) => polygon.some((ring) => ringArea(ring) === 0)))
		return { ok: false, issue: 'no_area' };
	return { ok: true, value };
}

// ---------------------------------------------------------------------------------------------------
// Demo geometry

/**
 * Approximate districts for the demo: the Voronoi cells of the centroids, clipped to the bounding box.
 * Longitude is scaled by cos(latitude of the box's middle) before the cells are computed, so they are
 * the cells of real distances. Deterministic: the same centroids give the same cells. Exterior rings are
 * counter-clockwise (RFC 7946), coordinates rounded to 6 decimals. Each centroid lies inside its cell.
 */
export function voronoiDistricts(centroids: readonly LatLon[], box: Bbox): MultiPolygon[] {
	const k = Math.cos((((box.minLat + box.maxLat) / 2) * Math.PI) / 180);
	const points = centroids.map((c) => [c.lon * k, c.lat] as [number, number]);
	const voronoi = Delaunay.from(points).voronoi([box.minLon * k, box.minLat, box.maxLon * k, box.maxLat]);
	return centroids.map((c, i) => {
		const cell = voronoi.cellPolygon(i);
		if (!cell) throw new Error(`no Voronoi cell for centroid ${i} (${c.lat}, ${c.lon})`);
		let ring: Ring = cell.map(([x, y]) => [round6(x / k), round6(y)]);
		// Rounding can leave two equal neighbours; drop them but keep the ring closed.
		ring = ring.filter((p, j) => j === 0 || p[0] !== ring[j - 1][0] || p[1] !== ring[j - 1][1]);
		const last = ring[ring.length - 1];
		if (ring[0][0] !== last[0] || ring[0][1] !== last[1]) ring.push([ring[0][0], ring[0][1]]);
		if (ringArea(ring) < 0) ring.reverse();
		return [[ring]];
	});
}
