// The quarters of the city: which district a point lies in, the list of Stadtbezirke with their
// districts, a district by its slug, and the check of coordinates that come from outside. The point
// lookup keeps every district's geometry in memory (30 districts, a few hundred KB at most with
// official boundaries); an import or seed calls invalidateQuarters() so the next lookup reloads.
import { asc, count, eq } from 'drizzle-orm';
import type { Conn } from '../db';
import { districts, stadtbezirke } from '../db/schema';
import { bboxContains, pointInMultiPolygon, type Bbox, type MultiPolygon } from './geometry';

/** Bounding box of Bochum (WGS84). Points far outside it are never in a district. */
export const CITY_BBOX: Bbox = { minLat: 51.4105, minLon: 7.1021, maxLat: 51.5314, maxLon: 7.3493 };

/** The 6 Stadtbezirke of Bochum in their usual order (used when the database has none yet). */
export const STADTBEZIRK_NAMES = ['Mitte', 'Wattenscheid', 'Nord', 'Ost', 'Süd', 'Südwest'] as const;

/** URL segment for a name: lower case, umlauts as ae/oe/ue, ß as ss, other characters as hyphens. */
export function slugify(name: string): string {
	return name
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80);
}

export interface DistrictLocation {
	districtId: string;
	district: string;
	districtSlug: string;
	stadtbezirk: string;
	stadtbezirkId: string;
}

export interface IndexedDistrict extends DistrictLocation {
	bbox: Bbox;
	geometry: MultiPolygon;
}

/** Districts with their geometry, in list order (the first match wins where imported shapes overlap). */
export type QuarterIndex = readonly IndexedDistrict[];

let cache: { key: unknown; index: QuarterIndex } | null = null;

/** Drop the in-memory geometry; call after districts were imported, replaced or seeded. */
export function invalidateQuarters() {
	cache = null;
}

/** All districts with geometry, from the cache or the database. */
export function quarterIndex(conn: Conn): QuarterIndex {
	// A database handle (not a transaction) identifies the file, so tests with several files stay apart.
	// Inside a transaction (no handle) the cache is read but never filled: the rows may be rolled back.
	const key = (conn as { $client?: unknown }).$client ?? null;
	if (cache && (key === null || cache.key === key)) return cache.index;
	const rows = conn
		.select({
			districtId: districts.id,
			district: districts.name,
			districtSlug: districts.slug,
			stadtbezirk: stadtbezirke.name,
			stadtbezirkId: stadtbezirke.id,
			geometry: districts.geometry,
			minLat: districts.minLat,
			minLon: districts.minLon,
			maxLat: districts.maxLat,
			maxLon: districts.maxLon
		})
		.from(districts)
		.innerJoin(stadtbezirke, eq(stadtbezirke.id, districts.stadtbezirkId))
		.orderBy(asc(stadtbezirke.position), asc(districts.position))
		.all();
	const index = rows.map(({ minLat, minLon, maxLat, maxLon, ...d }) => ({
		...d,
		bbox: { minLat, minLon, maxLat, maxLon }
	}));
	if (key !== null) cache = { key, index };
	return index;
}

/** The district of a point in an index (pure; bbox first, then the polygon test). */
export function locateInIndex(index: QuarterIndex, lat: number, lon: number): IndexedDistrict | null {
	for (const d of index)
		if (bboxContains(d.bbox, lon, lat) && pointInMultiPolygon(lon, lat, d.geometry)) return d;
	return null;
}

/** The district and Stadtbezirk of a point, or null when it lies in no district (outside the city). */
export function locateDistrict(conn: Conn, lat: number, lon: number): DistrictLocation | null {
	if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
	const d = locateInIndex(quarterIndex(conn), lat, lon);
	if (!d) return null;
	return {
		districtId: d.districtId,
		district: d.district,
		districtSlug: d.districtSlug,
		stadtbezirk: d.stadtbezirk,
		stadtbezirkId: d.stadtbezirkId
	};
}

export interface QuarterDistrict {
	id: string;
	name: string;
	slug: string;
	position: number;
	/** True for the generated demo geometry: show "Ungefähre Abgrenzung (Demo)". */
	approximate: boolean;
	source: string;
	labelLat: number;
	labelLon: number;
	bbox: Bbox;
}

export interface QuarterStadtbezirk {
	id: string;
	name: string;
	position: number;
	districts: QuarterDistrict[];
}

/** The Stadtbezirke in order, each with its districts in order (no geometry). */
export function listQuarters(conn: Conn): QuarterStadtbezirk[] {
	const groups = conn
		.select({ id: stadtbezirke.id, name: stadtbezirke.name, position: stadtbezirke.position })
		.from(stadtbezirke)
		.orderBy(asc(stadtbezirke.position))
		.all()
		.map((s) => ({ ...s, districts: [] as QuarterDistrict[] }));
	const byId = new Map(groups.map((g) => [g.id, g]));
	const rows = conn
		.select({
			id: districts.id,
			stadtbezirkId: districts.stadtbezirkId,
			name: districts.name,
			slug: districts.slug,
			position: districts.position,
			approximate: districts.approximate,
			source: districts.source,
			labelLat: districts.labelLat,
			labelLon: districts.labelLon,
			minLat: districts.minLat,
			minLon: districts.minLon,
			maxLat: districts.maxLat,
			maxLon: districts.maxLon
		})
		.from(districts)
		.orderBy(asc(districts.stadtbezirkId), asc(districts.position))
		.all();
	for (const { stadtbezirkId, minLat, minLon, maxLat, maxLon, ...d } of rows)
		byId.get(stadtbezirkId)?.districts.push({ ...d, bbox: { minLat, minLon, maxLat, maxLon } });
	return groups;
}

export interface DistrictDetail extends QuarterDistrict {
	stadtbezirkId: string;
	stadtbezirk: string;
	geometry: MultiPolygon;
}

/** One district with its Stadtbezirk and geometry, by URL slug; null when there is none. */
export function districtBySlug(conn: Conn, slug: string): DistrictDetail | null {
	if (typeof slug !== 'string' || slug.length === 0 || slug.length > 100) return null;
	const row = conn
		.select({
			id: districts.id,
			name: districts.name,
			slug: districts.slug,
			position: districts.position,
			approximate: districts.approximate,
			source: districts.source,
			labelLat: districts.labelLat,
			labelLon: districts.labelLon,
			minLat: districts.minLat,
			minLon: districts.minLon,
			maxLat: districts.maxLat,
			maxLon: districts.maxLon,
			geometry: districts.geometry,
			stadtbezirkId: stadtbezirke.id,
			stadtbezirk: stadtbezirke.name
		})
		.from(districts)
		.innerJoin(stadtbezirke, eq(stadtbezirke.id, districts.stadtbezirkId))
		.where(eq(districts.slug, slug))
		.get();
	if (!row) return null;
	const { minLat, minLon, maxLat, maxLon, ...rest } = row;
	return { ...rest, bbox: { minLat, minLon, maxLat, maxLon } };
}

/** True when at least one district exists (otherwise the map says "Noch keine Quartiere hinterlegt"). */
export function hasQuarters(conn: Conn): boolean {
	return (conn.select({ n: count() }).from(districts).get()?.n ?? 0) > 0;
}

export type PointReason = 'coordinates_missing' | 'coordinates_invalid' | 'coordinates_out_of_range';
export type CheckedPoint = { ok: true; lat: number; lon: number } | { ok: false; reason: PointReason };

// A plain decimal number: no exponent, hex, "Infinity", spaces or thousands separators.
const DECIMAL = /^[-+]?(\d{1,3}(\.\d{1,15})?|\.\d{1,15})$/;

function toCoordinate(value: unknown): number | null | undefined {
	if (value === null || value === undefined || value === '') return undefined;
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value !== 'string') return null;
	const text = value.trim().replace(',', '.');
	if (!DECIMAL.test(text)) return null;
	const n = Number(text);
	return Number.isFinite(n) ? n : null;
}

/**
 * Checks coordinates from a query string, form or JSON body: both present, plain decimal numbers
 * (a German decimal comma is accepted), latitude in [-90, 90] and longitude in [-180, 180]. Whether
 * the point lies in the city is for locateDistrict to say.
 */
export function validatePoint(lat: unknown, lon: unknown): CheckedPoint {
	const la = toCoordinate(lat);
	const lo = toCoordinate(lon);
	if (la === undefined || lo === undefined) return { ok: false, reason: 'coordinates_missing' };
	if (la === null || lo === null) return { ok: false, reason: 'coordinates_invalid' };
	if (la < -90 || la > 90 || lo < -180 || lo > 180) return { ok: false, reason: 'coordinates_out_of_range' };
	return { ok: true, lat: la, lon: lo };
}
