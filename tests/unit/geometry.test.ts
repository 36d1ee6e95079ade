// Plane geometry of the quarters: point in polygon with holes, bbox, label point, validation of
// GeoJSON polygon coordinates, and the reproducible Voronoi demo cells.
import { describe, expect, it } from 'vitest';
import {
	bboxOf,
	checkPolygonGeometry,
	labelPoint,
	looksSwapped,
	pointInMultiPolygon,
	pointInPolygon,
	pointInRing,
	polygonArea,
	ringArea,
	voronoiDistricts,
	type MultiPolygon,
	type PolygonCoords
} from '../../src/lib/server/geo/geometry';
import { CITY_BBOX, slugify, validatePoint } from '../../src/lib/server/geo/quarters';
import { DEMO_DISTRICTS } from '../../src/lib/server/db/seed/demo-quarters';

const square = (x0: number, y0: number, x1: number, y1: number) => [
	[x0, y0],
	[x1, y0],
	[x1, y1],
	[x0, y1],
	[x0, y0]
];
/** A 10×10 square with a 4×4 hole in the middle. */
const donut: PolygonCoords = [square(0, 0, 10, 10), square(3, 3, 7, 7)];
/** A U shape whose centroid lies in the gap. */
const uShape: PolygonCoords = [
	[
		[0, 0],
		[10, 0],
		[10, 10],
		[7, 10],
		[7, 3],
		[3, 3],
		[3, 10],
		[0, 10],
		[0, 0]
	]
];

describe('point in polygon', () => {
	it('finds points inside and outside a ring', () => {
		const ring = square(0, 0, 10, 10);
		expect(pointInRing(5, 5, ring)).toBe(true);
		expect(pointInRing(11, 5, ring)).toBe(false);
		expect(pointInRing(-0.001, 5, ring)).toBe(false);
		expect(pointInRing(5, 10.5, ring)).toBe(false);
	});

	it('treats holes as outside', () => {
		expect(pointInPolygon(1, 1, donut)).toBe(true);
		expect(pointInPolygon(5, 5, donut)).toBe(false);
		expect(pointInPolygon(8, 5, donut)).toBe(true);
		expect(pointInPolygon(12, 5, donut)).toBe(false);
	});

	it('handles concave polygons and multipolygons', () => {
		expect(pointInPolygon(5, 5, uShape)).toBe(false);
		expect(pointInPolygon(1, 8, uShape)).toBe(true);
		const mp: MultiPolygon = [donut, [square(20, 20, 30, 30)]];
		expect(pointInMultiPolygon(25, 25, mp)).toBe(true);
		expect(pointInMultiPolygon(5, 5, mp)).toBe(false);
		expect(pointInMultiPolygon(15, 15, mp)).toBe(false);
		expect(pointInMultiPolygon(5, 5, [])).toBe(false);
	});
});

describe('bbox, area and label point', () => {
	it('computes the bounding box of a multipolygon', () => {
		expect(bboxOf([donut, [square(20, -5, 30, 30)]])).toEqual({
			minLon: 0,
			minLat: -5,
			maxLon: 30,
			maxLat: 30
		});
	});

	it('computes signed and net areas', () => {
		expect(ringArea(square(0, 0, 10, 10))).toBe(100);
		expect(ringArea([...square(0, 0, 10, 10)].reverse())).toBe(-100);
		expect(polygonArea(donut)).toBe(84);
	});

	it('uses the centroid when it lies inside', () => {
		expect(labelPoint([[square(0, 0, 10, 10)]])).toEqual({ lon: 5, lat: 5 });
	});

	it('finds a point inside when the centroid is in a hole or a gap', () => {
		for (const polygon of [donut, uShape]) {
			const p = labelPoint([polygon]);
			expect(pointInPolygon(p.lon, p.lat, polygon)).toBe(true);
		}
	});

	it('labels the largest part of a multipolygon', () => {
		const p = labelPoint([[square(0, 0, 1, 1)], [square(10, 10, 20, 20)]]);
		expect(p).toEqual({ lon: 15, lat: 15 });
	});
});

describe('checkPolygonGeometry', () => {
	const ok = square(7.2, 51.44, 7.3, 51.46);

	it('accepts a Polygon and returns a MultiPolygon rounded to 6 decimals without heights', () => {
		const r = checkPolygonGeometry('Polygon', [
			[
				[7.21234567, 51.4, 80],
				[7.3, 51.4],
				[7.3, 51.5],
				[7.21234567, 51.4, 80]
			]
		]);
		expect(r).toEqual({
			ok: true,
			value: [
				[
					[
						[7.212346, 51.4],
						[7.3, 51.4],
						[7.3, 51.5],
						[7.212346, 51.4]
					]
				]
			]
		});
	});

	it('accepts a MultiPolygon with holes', () => {
		const r = checkPolygonGeometry('MultiPolygon', [
			[ok, square(7.24, 51.445, 7.26, 51.455)],
			[square(7.35, 51.44, 7.37, 51.46)]
		]);
		expect(r.ok).toBe(true);
	});

	it('refuses outlines that cross themselves or have no area', () => {
		const bowTie = [
			[7.2, 51.4],
			[7.3, 51.5],
			[7.3, 51.4],
			[7.2, 51.5],
			[7.2, 51.4]
		];
		expect(checkPolygonGeometry('Polygon', [bowTie])).toEqual({ ok: false, issue: 'self_intersection' });
		// A hole reaching over the edge of its polygon; two overlapping parts.
		expect(checkPolygonGeometry('Polygon', [ok, square(7.25, 51.445, 7.4, 51.455)])).toEqual({
			ok: false,
			issue: 'self_intersection'
		});
		expect(checkPolygonGeometry('MultiPolygon', [[ok], [square(7.25, 51.44, 7.4, 51.46)]])).toEqual({
			ok: false,
			issue: 'self_intersection'
		});
		const line = [
			[7.2, 51.4],
			[7.25, 51.45],
			[7.3, 51.5],
			[7.2, 51.4]
		];
		expect(checkPolygonGeometry('Polygon', [line])).toEqual({ ok: false, issue: 'no_area' });
	});

	it.each([
		['Point', [7.2, 51.4], 'not_polygon'],
		['LineString', [ok], 'not_polygon'],
		['Polygon', [], 'empty'],
		['Polygon', 'x', 'empty'],
		['Polygon', [[]], 'empty'],
		['MultiPolygon', [[]], 'empty'],
		['Polygon', [[[7.2, 'a']]], 'bad_position'],
		['Polygon', [[[7.2]]], 'bad_position'],
		['Polygon', [[[7.2, null]]], 'bad_position'],
		['Polygon', [[7.2, 51.4]], 'bad_position'],
		['Polygon', [[[NaN, 51.4]]], 'bad_position'],
		[
			'Polygon',
			[
				[
					[7.2, 51.4],
					[7.3, 51.4],
					[7.2, 51.4]
				]
			],
			'ring_too_short'
		],
		[
			'Polygon',
			[
				[
					[7.2, 51.4],
					[7.3, 51.4],
					[7.3, 51.5],
					[7.2, 51.5]
				]
			],
			'ring_not_closed'
		],
		['Polygon', [square(370000, 5700000, 371000, 5701000)], 'not_wgs84'],
		['Polygon', [square(190, 51, 200, 52)], 'lon_out_of_range'],
		['Polygon', [square(7, 91, 8, 95)], 'lat_out_of_range'],
		['Polygon', [square(51.44, 7.2, 51.46, 7.3)], 'wrong_coordinate_order']
	])('refuses %s %j (%s)', (type, coords, issue) => {
		expect(checkPolygonGeometry(type, coords)).toEqual({ ok: false, issue });
	});

	it('detects [lat, lon] for German coordinates only', () => {
		expect(looksSwapped([51.45, 7.26])).toBe(true);
		expect(looksSwapped([7.26, 51.45])).toBe(false);
		expect(looksSwapped([2.35, 48.85])).toBe(false);
	});
});

describe('voronoiDistricts', () => {
	const cells = voronoiDistricts(DEMO_DISTRICTS, CITY_BBOX);

	it('gives every centroid a cell that contains it and no other cell', () => {
		expect(cells).toHaveLength(30);
		DEMO_DISTRICTS.forEach((d, i) => {
			const hits = cells.flatMap((c, j) => (pointInMultiPolygon(d.lon, d.lat, c) ? [j] : []));
			expect(hits, d.name).toEqual([i]);
		});
	});

	it('stays inside the city bounding box, with closed counter-clockwise rings', () => {
		for (const cell of cells) {
			const box = bboxOf(cell);
			expect(box.minLat).toBeGreaterThanOrEqual(CITY_BBOX.minLat);
			expect(box.maxLat).toBeLessThanOrEqual(CITY_BBOX.maxLat);
			expect(box.minLon).toBeGreaterThanOrEqual(CITY_BBOX.minLon);
			expect(box.maxLon).toBeLessThanOrEqual(CITY_BBOX.maxLon);
			const ring = cell[0][0];
			expect(ring[0]).toEqual(ring[ring.length - 1]);
			expect(ringArea(ring)).toBeGreaterThan(0);
			expect(checkPolygonGeometry('MultiPolygon', cell).ok).toBe(true);
		}
	});

	it('covers the bounding box without gaps or overlaps', () => {
		const total = cells.reduce((s, c) => s + polygonArea(c[0]), 0);
		const box = (CITY_BBOX.maxLon - CITY_BBOX.minLon) * (CITY_BBOX.maxLat - CITY_BBOX.minLat);
		expect(Math.abs(total - box) / box).toBeLessThan(1e-4);
		// A grid of points: each lies in exactly one cell.
		for (let i = 1; i < 20; i++)
			for (let j = 1; j < 20; j++) {
				const lat = CITY_BBOX.minLat + ((CITY_BBOX.maxLat - CITY_BBOX.minLat) * i) / 20 + 1e-7;
				const lon = CITY_BBOX.minLon + ((CITY_BBOX.maxLon - CITY_BBOX.minLon) * j) / 20 + 1e-7;
				expect(cells.filter((c) => pointInMultiPolygon(lon, lat, c)).length).toBe(1);
			}
	});

	it('is reproducible', () => {
		expect(voronoiDistricts(DEMO_DISTRICTS, CITY_BBOX)).toEqual(cells);
	});
});

describe('slugify', () => {
	it.each([
		['Querenburg', 'querenburg'],
		['Bergen/Hiltrop', 'bergen-hiltrop'],
		['Wattenscheid-Mitte', 'wattenscheid-mitte'],
		['Günnigfeld', 'guennigfeld'],
		['Höntrop', 'hoentrop'],
		['Südinnenstadt', 'suedinnenstadt'],
		['Langendreer-Alter Bahnhof', 'langendreer-alter-bahnhof'],
		['Kornharpen/Voede-Abzweig', 'kornharpen-voede-abzweig'],
		['Große Straße', 'grosse-strasse'],
		['  Ärger  ', 'aerger']
	])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});

describe('validatePoint', () => {
	it('accepts decimal numbers as numbers or text (also with a decimal comma)', () => {
		expect(validatePoint('51.4531', '7.2683')).toEqual({ ok: true, lat: 51.4531, lon: 7.2683 });
		expect(validatePoint(51.4531, 7.2683)).toEqual({ ok: true, lat: 51.4531, lon: 7.2683 });
		expect(validatePoint('51,4531', ' 7,2683 ')).toEqual({ ok: true, lat: 51.4531, lon: 7.2683 });
		expect(validatePoint('-33.9', '-180')).toEqual({ ok: true, lat: -33.9, lon: -180 });
	});

	it.each([
		[null, '7.2', 'coordinates_missing'],
		['51.4', undefined, 'coordinates_missing'],
		['', '', 'coordinates_missing'],
		['NaN', '7.2', 'coordinates_invalid'],
		[NaN, 7.2, 'coordinates_invalid'],
		['Infinity', '7.2', 'coordinates_invalid'],
		[Infinity, 7.2, 'coordinates_invalid'],
		['51.4', 'abc', 'coordinates_invalid'],
		['5e1', '7.2', 'coordinates_invalid'],
		['0x33', '7.2', 'coordinates_invalid'],
		['51.4.5', '7.2', 'coordinates_invalid'],
		[['51.4'], '7.2', 'coordinates_invalid'],
		[{}, '7.2', 'coordinates_invalid'],
		['1'.repeat(40), '7.2', 'coordinates_invalid'],
		['91', '7.2', 'coordinates_out_of_range'],
		['-90.5', '7.2', 'coordinates_out_of_range'],
		['51.4', '180.1', 'coordinates_out_of_range'],
		[51.4, -999, 'coordinates_out_of_range']
	])('refuses lat=%j lon=%j (%s)', (lat, lon, reason) => {
		expect(validatePoint(lat, lon)).toEqual({ ok: false, reason });
	});
});
