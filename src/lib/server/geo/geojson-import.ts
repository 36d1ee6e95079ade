// Reading an uploaded GeoJSON FeatureCollection of official district boundaries (pure, no I/O):
// structure, polygon geometry, WGS84 [lon, lat] order, the city region; then the chosen name property
// (empty or duplicate names) and the Stadtbezirk of each feature, prefilled from a property or from the
// current district of the same name. Errors are codes with the feature they concern; the route turns
// them into German or English sentences.
import { bboxOf, checkPolygonGeometry, type Bbox, type GeometryIssue, type MultiPolygon } from './geometry';
import { CITY_BBOX, slugify } from './quarters';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_FEATURES = 500;
export const MAX_DISTRICT_NAME = 100;
/** Errors listed at most; the rest is counted. */
export const MAX_LISTED_ERRORS = 20;
/** Features must lie inside the city's bounding box widened by this many degrees (≈ 2 km). */
export const REGION_MARGIN = 0.02;

export interface ImportFeature {
	/** 1-based position in the file's features array, for messages. */
	number: number;
	/** Scalar properties as text (objects and arrays are left out). */
	properties: Record<string, string>;
	geometry: MultiPolygon;
	bbox: Bbox;
}

export interface ParsedImport {
	features: ImportFeature[];
	/** Property keys with a scalar value in at least one polygon feature, in first-seen order. */
	propertyKeys: string[];
	/** Features without a polygon geometry (points, lines, null), left out. */
	skipped: number;
}

export type ImportErrorCode =
	| 'file_empty'
	| 'json_invalid'
	| 'not_feature_collection'
	| 'crs_not_wgs84'
	| 'no_features'
	| 'too_many_features'
	| 'feature_invalid'
	| 'no_polygons'
	| 'no_properties'
	| 'outside_city'
	| 'name_property_unknown'
	| 'name_empty'
	| 'name_duplicate'
	| 'name_too_long'
	| GeometryIssue;

export interface ImportError {
	code: ImportErrorCode;
	/** The feature (1-based) it concerns, when it concerns one. */
	feature?: number;
	/** A name to show with it (the feature's name-like property, or the duplicate name). */
	label?: string;
}

export type ImportResult<T> = { ok: true; value: T } | { ok: false; errors: ImportError[]; total: number };

const NAME_KEYS =
	/^(name|bezeichnung|bezirk|bezirksname|bezirk_?name|name_?bezirk|stat_?bez(irk)?_?name|[a-z]*_?name)$/i;

function scalarProperties(value: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
	for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
		if (typeof v === 'string') out[k] = v;
		else if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean') out[k] = String(v);
	}
	return out;
}

/** A label for messages before a name property was chosen: the first name-like property. */
function featureLabel(props: Record<string, string>): string | undefined {
	for (const [k, v] of Object.entries(props)) if (NAME_KEYS.test(k) && v.trim()) return v.trim().slice(0, 60);
	return undefined;
}

const region: Bbox = {
	minLat: CITY_BBOX.minLat - REGION_MARGIN,
	minLon: CITY_BBOX.minLon - REGION_MARGIN,
	maxLat: CITY_BBOX.maxLat + REGION_MARGIN,
	maxLon: CITY_BBOX.maxLon + REGION_MARGIN
};

function insideRegion(box: Bbox): boolean {
	return (
		box.minLat >= region.minLat &&
		box.maxLat <= region.maxLat &&
		box.minLon >= region.minLon &&
		box.maxLon <= region.maxLon
	);
}

function fail<T>(errors: ImportError[]): ImportResult<T> {
	return { ok: false, errors: errors.slice(0, MAX_LISTED_ERRORS), total: errors.length };
}

/**
 * Parses and checks the text of a GeoJSON file: a FeatureCollection in WGS84 with at least one Polygon
 * or MultiPolygon feature; every polygon valid (closed rings of ≥ 4 positions, degrees in [lon, lat]
 * order) and inside the city region. Features of other geometry types are skipped and counted.
 */
export function parseGeoJsonImport(text: string): ImportResult<ParsedImport> {
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	if (trimmed.length === 0) return fail([{ code: 'file_empty' }]);
	let root: unknown;
	try {
		root = JSON.parse(trimmed);
	} catch {
		return fail([{ code: 'json_invalid' }]);
	}
	if (!root || typeof root !== 'object' || Array.isArray(root))
		return fail([{ code: 'not_feature_collection' }]);
	const fc = root as { type?: unknown; features?: unknown; crs?: unknown };
	if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
		return fail([{ code: 'not_feature_collection' }]);
	// GeoJSON 2008 files may name their reference system; only WGS84 (CRS84 / EPSG:4326) is read.
	const crsName = (fc.crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
	if (typeof crsName === 'string' && !/CRS84|EPSG:{1,2}4326$/i.test(crsName))
		return fail([{ code: 'crs_not_wgs84', label: crsName.slice(0, 80) }]);
	if (fc.features.length === 0) return fail([{ code: 'no_features' }]);
	if (fc.features.length > MAX_FEATURES) return fail([{ code: 'too_many_features' }]);

	const errors: ImportError[] = [];
	const features: ImportFeature[] = [];
	const keys = new Set<string>();
	let skipped = 0;
	fc.features.forEach((raw: unknown, i: number) => {
		const number = i + 1;
		if (!raw || typeof raw !== 'object' || (raw as { type?: unknown }).type !== 'Feature') {
			errors.push({ code: 'feature_invalid', feature: number });
			return;
		}
		const f = raw as { geometry?: unknown; properties?: unknown };
		const properties = scalarProperties(f.properties);
		const geometry = f.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
		if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
			skipped++;
			return;
		}
		const label = featureLabel(properties);
		const checked = checkPolygonGeometry(geometry.type, geometry.coordinates);
		if (!checked.ok) {
			errors.push({ code: checked.issue, feature: number, label });
			return;
		}
		const bbox = bboxOf(checked.value);
		if (!insideRegion(bbox)) {
			errors.push({ code: 'outside_city', feature: number, label });
			return;
		}
		for (const k of Object.keys(properties)) keys.add(k);
		features.push({ number, properties, geometry: checked.value, bbox });
	});
	if (errors.length > 0) return fail(errors);
	if (features.length === 0) return fail([{ code: 'no_polygons' }]);
	// The names come from a property; without any there is nothing to name the districts by.
	if (keys.size === 0) return fail([{ code: 'no_properties' }]);
	return { ok: true, value: { features, propertyKeys: [...keys], skipped } };
}

/** Names as shown: trimmed, inner whitespace collapsed. */
export function cleanName(value: string | undefined): string {
	return (value ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The property that most likely holds the district names: a name-like key with unique texts, else any
 * key with unique texts, else a name-like key with texts (the next step then reports the duplicates).
 */
export function guessNameProperty(parsed: ParsedImport): string | undefined {
	const texts = (key: string) => {
		const names = parsed.features.map((f) => cleanName(f.properties[key]));
		return names.every((n) => n !== '' && !/^-?\d+([.,]\d+)?$/.test(n)) ? names : null;
	};
	const unique = (key: string) => {
		const names = texts(key);
		return !!names && new Set(names).size === names.length;
	};
	const { propertyKeys: keys } = parsed;
	return (
		keys.find((k) => NAME_KEYS.test(k) && unique(k)) ??
		keys.find((k) => unique(k)) ??
		keys.find((k) => NAME_KEYS.test(k) && texts(k))
	);
}

/** "Bochum-Süd", "Stadtbezirk Süd", "SUED" → "sued": for matching property values to Stadtbezirke. */
function bezirkKey(value: string): string {
	return slugify(value)
		.replace(/^(stadtbezirk|bezirk|bochum)-/, '')
		.replace(/^(stadtbezirk|bezirk|bochum)-/, '');
}

/** The Stadtbezirk a property value names, if any (case, umlauts and a "Bochum-" prefix ignored). */
export function matchStadtbezirk(value: string | undefined, stadtbezirke: readonly string[]): string | null {
	if (!value) return null;
	const key = bezirkKey(value);
	return stadtbezirke.find((s) => bezirkKey(s) === key) ?? null;
}

/** The property whose values name a Stadtbezirk for most features (at least 80 %), if any. */
export function guessBezirkProperty(
	parsed: ParsedImport,
	stadtbezirke: readonly string[],
	nameProperty?: string
): string | undefined {
	let best: { key: string; hits: number } | undefined;
	for (const key of parsed.propertyKeys) {
		if (key === nameProperty) continue;
		const hits = parsed.features.filter((f) => matchStadtbezirk(f.properties[key], stadtbezirke)).length;
		if (hits >= parsed.features.length * 0.8 && (!best || hits > best.hits)) best = { key, hits };
	}
	return best?.key;
}

export interface NamedImport {
	names: string[];
	/** Proposed Stadtbezirk per feature (null: the admin chooses). */
	proposed: (string | null)[];
}

/**
 * Applies the chosen name property: every feature needs a non-empty, unique name of at most 100
 * characters. Proposes a Stadtbezirk per feature from the chosen property, else from the current
 * district with the same name.
 */
export function nameFeatures(
	parsed: ParsedImport,
	nameProperty: string,
	bezirkProperty: string | undefined,
	stadtbezirke: readonly string[],
	current: ReadonlyMap<string, string>
): ImportResult<NamedImport> {
	if (!parsed.propertyKeys.includes(nameProperty)) return fail([{ code: 'name_property_unknown' }]);
	const errors: ImportError[] = [];
	const names = parsed.features.map((f) => cleanName(f.properties[nameProperty]));
	const seen = new Map<string, number>();
	names.forEach((name, i) => {
		const feature = parsed.features[i].number;
		if (name === '') errors.push({ code: 'name_empty', feature });
		else if (name.length > MAX_DISTRICT_NAME) errors.push({ code: 'name_too_long', feature });
		else {
			// Names are unique in the database regardless of case.
			const key = name.toLocaleLowerCase('de');
			if (seen.has(key)) errors.push({ code: 'name_duplicate', feature, label: name });
			else seen.set(key, feature);
		}
	});
	if (errors.length > 0) return fail(errors);
	const proposed = parsed.features.map(
		(f, i) =>
			(bezirkProperty ? matchStadtbezirk(f.properties[bezirkProperty], stadtbezirke) : null) ??
			current.get(names[i]) ??
			null
	);
	return { ok: true, value: { names, proposed } };
}
