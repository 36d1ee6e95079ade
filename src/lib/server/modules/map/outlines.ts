// District outlines for the map: the outer rings of every district, simplified (Douglas–Peucker, about
// 30 m) and rounded to 5 decimals, so even official boundaries with thousands of vertices cost the page
// only a few kilobytes. Cached until the districts change (count and newest updated_at).
import { sql } from 'drizzle-orm';
import type { Conn } from '../../db';
import { districts } from '../../db/schema';

const TOLERANCE = 0.0003; // degrees, about 30 m in latitude

type Pt = number[];

/** Distance of p from the segment a–b, in degrees (plane approximation, fine for one city). */
function segmentDistance(p: Pt, a: Pt, b: Pt): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len = dx * dx + dy * dy;
	const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
	return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker on an open polyline (iterative, so long rings cannot overflow the stack). */
export function simplify(points: Pt[], tolerance = TOLERANCE): Pt[] {
	if (points.length <= 3) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length) {
		const [from, to] = stack.pop()!;
		let max = 0;
		let at = -1;
		for (let i = from + 1; i < to; i++) {
			const d = segmentDistance(points[i], points[from], points[to]);
			if (d > max) [max, at] = [d, i];
		}
		if (at !== -1 && max > tolerance) {
			keep[at] = 1;
			stack.push([from, at], [at, to]);
		}
	}
	return points.filter((_, i) => keep[i]);
}

export interface Outline {
	slug: string;
	name: string;
	approximate: boolean;
	/** Outer rings as [lat, lon] (Leaflet's order). */
	rings: number[][][];
}

let cache: { key: string; outlines: Outline[] } | null = null;

export function districtOutlines(conn: Conn): Outline[] {
	const stamp = conn.get<{ n: number; at: number | null }>(
		sql`select count(*) as n, max(${districts.updatedAt}) as at from ${districts}`
	);
	const key = `${stamp.n}|${stamp.at}`;
	if (cache?.key === key) return cache.outlines;
	const round = (x: number) => Math.round(x * 1e5) / 1e5;
	const outlines = conn
		.select({
			slug: districts.slug,
			name: districts.name,
			approximate: districts.approximate,
			geometry: districts.geometry
		})
		.from(districts)
		.all()
		.map((d) => ({
			slug: d.slug,
			name: d.name,
			approximate: d.approximate,
			rings: d.geometry
				.map((polygon) => polygon[0] ?? [])
				.filter((ring) => ring.length >= 4)
				.map((ring) => simplify(ring).map(([lon, lat]) => [round(lat), round(lon)]))
		}));
	cache = { key, outlines };
	return outlines;
}
