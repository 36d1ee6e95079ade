// Reading an uploaded GeoJSON file of district boundaries: every kind of bad input gives a precise error
// code (with the feature it concerns), good input gives normalised features, property keys and the
// proposals for names and Stadtbezirke.
import { describe, expect, it } from 'vitest';
import {
	guessBezirkProperty,
	guessNameProperty,
	matchStadtbezirk,
	nameFeatures,
	parseGeoJsonImport,
	MAX_FEATURES,
	MAX_LISTED_ERRORS,
	type ParsedImport
} from '../../src/lib/server/geo/geojson-import';
import { STADTBEZIRK_NAMES } from '../../src/lib/server/geo/quarters';

const square = (lon: number, lat: number, d = 0.01) => [
	[
		[lon, lat],
		[lon + d, lat],
		[lon + d, lat + d],
		[lon, lat + d],
		[lon, lat]
	]
];

function feature(
	props: Record<string, unknown> | null,
	geometry: unknown = { type: 'Polygon', coordinates: square(7.25, 51.45) }
) {
	return { type: 'Feature', properties: props, geometry };
}
const fc = (features: unknown[], extra: Record<string, unknown> = {}) =>
	JSON.stringify({ type: 'FeatureCollection', features, ...extra });

function parsedOk(text: string): ParsedImport {
	const r = parseGeoJsonImport(text);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.value;
}

function codes(text: string) {
	const r = parseGeoJsonImport(text);
	return r.ok ? [] : r.errors.map((e) => e.code);
}

describe('parseGeoJsonImport: the file', () => {
	it.each([
		['', 'file_empty'],
		['   \n ', 'file_empty'],
		['\uFEFF', 'file_empty'],
		['{"type": "FeatureCollection", "features": [', 'json_invalid'],
		['not json at all', 'json_invalid'],
		["{'type': 'FeatureCollection'}", 'json_invalid'],
		['null', 'not_feature_collection'],
		['42', 'not_feature_collection'],
		['[]', 'not_feature_collection'],
		['{"type": "Feature", "properties": {}, "geometry": null}', 'not_feature_collection'],
		['{"type": "Polygon", "coordinates": []}', 'not_feature_collection'],
		['{"type": "FeatureCollection"}', 'not_feature_collection'],
		['{"type": "FeatureCollection", "features": {}}', 'not_feature_collection'],
		['{"type": "FeatureCollection", "features": []}', 'no_features']
	])('%j → %s', (text, code) => {
		expect(codes(text)).toEqual([code]);
	});

	it('reads a file with a byte order mark', () => {
		expect(parsedOk('\uFEFF' + fc([feature({ name: 'A' })])).features).toHaveLength(1);
	});

	it('refuses a named reference system other than WGS84', () => {
		const crs = (name: string) => ({ crs: { type: 'name', properties: { name } } });
		expect(codes(fc([feature({ name: 'A' })], crs('urn:ogc:def:crs:EPSG::25832')))).toEqual([
			'crs_not_wgs84'
		]);
		expect(codes(fc([feature({ name: 'A' })], crs('urn:ogc:def:crs:OGC:1.3:CRS84')))).toEqual([]);
		expect(codes(fc([feature({ name: 'A' })], crs('EPSG:4326')))).toEqual([]);
	});

	it('refuses polygons without any property to take names from', () => {
		expect(codes(fc([feature(null), feature({ nested: { name: 'A' } })]))).toEqual(['no_properties']);
	});

	it('refuses too many features', () => {
		const many = Array.from({ length: MAX_FEATURES + 1 }, (_, i) => feature({ name: `B${i}` }));
		expect(codes(fc(many))).toEqual(['too_many_features']);
	});

	it('refuses a file without any polygon', () => {
		expect(
			codes(
				fc([
					feature({ name: 'P' }, { type: 'Point', coordinates: [7.25, 51.45] }),
					feature({ name: 'N' }, null)
				])
			)
		).toEqual(['no_polygons']);
	});
});

describe('parseGeoJsonImport: the features', () => {
	it('names the feature and its error', () => {
		const r = parseGeoJsonImport(
			fc([
				feature({ name: 'Gut' }),
				feature(
					{ name: 'Offen' },
					{
						type: 'Polygon',
						coordinates: [
							[
								[7.2, 51.4],
								[7.3, 51.4],
								[7.3, 51.5],
								[7.2, 51.5]
							]
						]
					}
				)
			])
		);
		expect(r).toEqual({
			ok: false,
			errors: [{ code: 'ring_not_closed', feature: 2, label: 'Offen' }],
			total: 1
		});
	});

	it.each([
		['a string feature', 'x', 'feature_invalid'],
		['a feature without type', { properties: {}, geometry: null }, 'feature_invalid'],
		[
			'swapped coordinates',
			feature(
				{ name: 'X' },
				{
					type: 'Polygon',
					coordinates: [
						[
							[51.45, 7.25],
							[51.46, 7.25],
							[51.46, 7.26],
							[51.45, 7.25]
						]
					]
				}
			),
			'wrong_coordinate_order'
		],
		[
			'UTM coordinates',
			feature(
				{ name: 'X' },
				{
					type: 'Polygon',
					coordinates: [
						[
							[370000, 5700000],
							[371000, 5700000],
							[371000, 5701000],
							[370000, 5700000]
						]
					]
				}
			),
			'not_wgs84'
		],
		[
			'a ring of three positions',
			feature(
				{ name: 'X' },
				{
					type: 'Polygon',
					coordinates: [
						[
							[7.25, 51.45],
							[7.26, 51.45],
							[7.25, 51.45]
						]
					]
				}
			),
			'ring_too_short'
		],
		[
			'text in coordinates',
			feature({ name: 'X' }, { type: 'Polygon', coordinates: [[['7.25', '51.45']]] }),
			'bad_position'
		],
		['empty coordinates', feature({ name: 'X' }, { type: 'MultiPolygon', coordinates: [] }), 'empty'],
		[
			'a latitude over 90',
			feature({ name: 'X' }, { type: 'Polygon', coordinates: square(7.25, 95) }),
			'lat_out_of_range'
		],
		[
			'a longitude over 180',
			feature({ name: 'X' }, { type: 'Polygon', coordinates: square(181, 51.45) }),
			'lon_out_of_range'
		],
		['Paris', feature({ name: 'X' }, { type: 'Polygon', coordinates: square(2.35, 48.85) }), 'outside_city'],
		[
			'Dortmund',
			feature({ name: 'X' }, { type: 'Polygon', coordinates: square(7.46, 51.51) }),
			'outside_city'
		],
		[
			'a district reaching far out',
			feature({ name: 'X' }, { type: 'Polygon', coordinates: square(7.25, 51.45, 0.2) }),
			'outside_city'
		]
	])('refuses %s', (_, f, code) => {
		expect(codes(fc([feature({ name: 'Gut' }), f]))).toEqual([code]);
	});

	it('lists at most 20 errors and counts the rest', () => {
		const bad = Array.from({ length: 30 }, (_, i) =>
			feature({ name: `X${i}` }, { type: 'Polygon', coordinates: square(2.35, 48.85) })
		);
		const r = parseGeoJsonImport(fc(bad));
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.errors).toHaveLength(MAX_LISTED_ERRORS);
			expect(r.total).toBe(30);
			expect(r.errors[0]).toEqual({ code: 'outside_city', feature: 1, label: 'X0' });
		}
	});

	it('skips features without an area and keeps scalar properties as text', () => {
		const p = parsedOk(
			fc([
				feature({ name: 'A', nr: 10, aktiv: true, extra: { x: 1 }, liste: [1], leer: null }),
				feature({ name: 'Punkt' }, { type: 'Point', coordinates: [7.25, 51.45] }),
				feature(null, { type: 'MultiPolygon', coordinates: [square(7.3, 51.48)] })
			])
		);
		expect(p.skipped).toBe(1);
		expect(p.features.map((f) => f.number)).toEqual([1, 3]);
		expect(p.features[0].properties).toEqual({ name: 'A', nr: '10', aktiv: 'true' });
		expect(p.features[1].properties).toEqual({});
		expect(p.propertyKeys).toEqual(['name', 'nr', 'aktiv']);
		expect(p.features[0].geometry).toEqual([square(7.25, 51.45)]);
		expect(p.features[0].bbox).toEqual({ minLon: 7.25, minLat: 51.45, maxLon: 7.26, maxLat: 51.46 });
	});

	it('accepts a feature slightly beyond the bounding box (official lines differ from the box)', () => {
		expect(
			codes(fc([feature({ name: 'Rand' }, { type: 'Polygon', coordinates: square(7.095, 51.405) })]))
		).toEqual([]);
	});
});

describe('names and Stadtbezirke', () => {
	const file = parsedOk(
		fc([
			feature({ NAME: 'Querenburg', STADTBEZIRK: 'Bochum-Süd', NR: 53 }),
			feature({ NAME: ' Neu  Bezirk ', STADTBEZIRK: 'SUED', NR: 54 }),
			feature({ NAME: 'Grumme', STADTBEZIRK: 'Stadtbezirk Mitte', NR: 10 })
		])
	);
	const bezirke = [...STADTBEZIRK_NAMES];

	it('guesses the name and the Stadtbezirk property', () => {
		expect(guessNameProperty(file)).toBe('NAME');
		expect(guessBezirkProperty(file, bezirke, 'NAME')).toBe('STADTBEZIRK');
	});

	it('guesses a name-like property even when its names repeat (the next step reports them)', () => {
		const dup = parsedOk(fc([feature({ nr: 1, name: 'Laer' }), feature({ nr: 2, name: 'Laer' })]));
		expect(guessNameProperty(dup)).toBe('name');
		const none = parsedOk(fc([feature({ nr: 1 }), feature({ nr: 2 })]));
		expect(guessNameProperty(none)).toBeUndefined();
	});

	it('matches Stadtbezirk names loosely', () => {
		expect(matchStadtbezirk('Bochum-Süd', bezirke)).toBe('Süd');
		expect(matchStadtbezirk('südwest', bezirke)).toBe('Südwest');
		expect(matchStadtbezirk('Stadtbezirk Wattenscheid', bezirke)).toBe('Wattenscheid');
		expect(matchStadtbezirk('Nordost', bezirke)).toBeNull();
		expect(matchStadtbezirk('', bezirke)).toBeNull();
	});

	it('cleans names and proposes Stadtbezirke from the property', () => {
		const r = nameFeatures(file, 'NAME', 'STADTBEZIRK', bezirke, new Map());
		expect(r).toEqual({
			ok: true,
			value: { names: ['Querenburg', 'Neu Bezirk', 'Grumme'], proposed: ['Süd', 'Süd', 'Mitte'] }
		});
	});

	it('falls back to the Stadtbezirk of the current district with the same name', () => {
		const r = nameFeatures(file, 'NAME', undefined, bezirke, new Map([['Grumme', 'Mitte']]));
		expect(r.ok && r.value.proposed).toEqual([null, null, 'Mitte']);
	});

	it('refuses an unknown name property', () => {
		expect(nameFeatures(file, 'nope', undefined, bezirke, new Map())).toEqual({
			ok: false,
			errors: [{ code: 'name_property_unknown' }],
			total: 1
		});
	});

	it('refuses empty, too long and duplicate names, naming the features', () => {
		const bad = parsedOk(
			fc([
				feature({ name: 'Laer' }),
				feature({ name: '  ' }),
				feature({ name: 'laer' }),
				feature({ other: 'x' }),
				feature({ name: 'x'.repeat(101) })
			])
		);
		const r = nameFeatures(bad, 'name', undefined, bezirke, new Map());
		expect(r).toEqual({
			ok: false,
			errors: [
				{ code: 'name_empty', feature: 2 },
				{ code: 'name_duplicate', feature: 3, label: 'laer' },
				{ code: 'name_empty', feature: 4 },
				{ code: 'name_too_long', feature: 5 }
			],
			total: 4
		});
	});
});
