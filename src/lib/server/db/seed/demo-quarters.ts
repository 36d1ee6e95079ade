// The demo quarters of Bochum: the 6 Stadtbezirke and the 30 statistical districts with approximate
// centroids (±1 km, see DOMAIN.md). Their geometry is generated: the Voronoi cells of the centroids,
// clipped to the city's bounding box – reproducible and marked as approximate. Official boundaries
// replace it through the admin import (/admin/quartiere).
import type { Conn } from '../index';
import { districts, stadtbezirke } from '../schema';
import { bboxOf, labelPoint, pointInMultiPolygon, voronoiDistricts } from '../../geo/geometry';
import { CITY_BBOX, STADTBEZIRK_NAMES, invalidateQuarters, slugify } from '../../geo/quarters';

export const DEMO_QUARTERS_SOURCE = 'Demo-Geometrie (Voronoi aus Schwerpunkten)';

type StadtbezirkName = (typeof STADTBEZIRK_NAMES)[number];

/** The statistical districts per Stadtbezirk with approximate centroids (lat, lon). */
export const DEMO_DISTRICTS: readonly {
	name: string;
	stadtbezirk: StadtbezirkName;
	lat: number;
	lon: number;
}[] = [
	{ stadtbezirk: 'Mitte', name: 'Grumme', lat: 51.4997, lon: 7.2283 },
	{ stadtbezirk: 'Mitte', name: 'Gleisdreieck', lat: 51.482, lon: 7.214 },
	{ stadtbezirk: 'Mitte', name: 'Altenbochum', lat: 51.478, lon: 7.24 },
	{ stadtbezirk: 'Mitte', name: 'Südinnenstadt', lat: 51.471, lon: 7.216 },
	{ stadtbezirk: 'Mitte', name: 'Kruppwerke', lat: 51.478, lon: 7.195 },
	{ stadtbezirk: 'Mitte', name: 'Hamme', lat: 51.492, lon: 7.195 },
	{ stadtbezirk: 'Mitte', name: 'Hordel', lat: 51.498, lon: 7.165 },
	{ stadtbezirk: 'Mitte', name: 'Hofstede', lat: 51.502, lon: 7.205 },
	{ stadtbezirk: 'Mitte', name: 'Riemke', lat: 51.51, lon: 7.218 },
	{ stadtbezirk: 'Wattenscheid', name: 'Günnigfeld', lat: 51.493, lon: 7.13 },
	{ stadtbezirk: 'Wattenscheid', name: 'Wattenscheid-Mitte', lat: 51.482, lon: 7.134 },
	{ stadtbezirk: 'Wattenscheid', name: 'Leithe', lat: 51.488, lon: 7.108 },
	{ stadtbezirk: 'Wattenscheid', name: 'Westenfeld', lat: 51.469, lon: 7.12 },
	{ stadtbezirk: 'Wattenscheid', name: 'Höntrop', lat: 51.457, lon: 7.145 },
	{ stadtbezirk: 'Wattenscheid', name: 'Eppendorf', lat: 51.455, lon: 7.17 },
	{ stadtbezirk: 'Nord', name: 'Bergen/Hiltrop', lat: 51.5144, lon: 7.2592 },
	{ stadtbezirk: 'Nord', name: 'Gerthe', lat: 51.5164, lon: 7.2722 },
	{ stadtbezirk: 'Nord', name: 'Harpen/Rosenberg', lat: 51.495, lon: 7.285 },
	{ stadtbezirk: 'Nord', name: 'Kornharpen/Voede-Abzweig', lat: 51.492, lon: 7.255 },
	{ stadtbezirk: 'Ost', name: 'Laer', lat: 51.466, lon: 7.262 },
	{ stadtbezirk: 'Ost', name: 'Werne', lat: 51.488, lon: 7.3 },
	{ stadtbezirk: 'Ost', name: 'Langendreer-Alter Bahnhof', lat: 51.474, lon: 7.3 },
	{ stadtbezirk: 'Ost', name: 'Langendreer', lat: 51.4733, lon: 7.3247 },
	{ stadtbezirk: 'Süd', name: 'Wiemelhausen/Brenschede', lat: 51.4597, lon: 7.2281 },
	{ stadtbezirk: 'Süd', name: 'Stiepel', lat: 51.425, lon: 7.245 },
	{ stadtbezirk: 'Süd', name: 'Querenburg', lat: 51.4531, lon: 7.2683 },
	{ stadtbezirk: 'Südwest', name: 'Weitmar-Mitte', lat: 51.455, lon: 7.2 },
	{ stadtbezirk: 'Südwest', name: 'Weitmar-Mark', lat: 51.445, lon: 7.19 },
	{ stadtbezirk: 'Südwest', name: 'Linden', lat: 51.43, lon: 7.165 },
	{ stadtbezirk: 'Südwest', name: 'Dahlhausen', lat: 51.425, lon: 7.14 }
];

/** Inserts the 6 Stadtbezirke and the 30 districts with their generated geometry (empty tables). */
export function seedQuarters(tx: Conn) {
	const cells = voronoiDistricts(DEMO_DISTRICTS, CITY_BBOX);
	const bezirkIds = new Map<string, string>();
	STADTBEZIRK_NAMES.forEach((name, i) => {
		const row = tx
			.insert(stadtbezirke)
			.values({ name, position: i + 1 })
			.returning({ id: stadtbezirke.id })
			.get();
		bezirkIds.set(name, row.id);
	});
	const positions = new Map<string, number>();
	DEMO_DISTRICTS.forEach((d, i) => {
		const geometry = cells[i];
		const box = bboxOf(geometry);
		// The known centroid is a better label than the cell's own; it always lies inside its cell.
		const label = pointInMultiPolygon(d.lon, d.lat, geometry) ? d : labelPoint(geometry);
		const position = (positions.get(d.stadtbezirk) ?? 0) + 1;
		positions.set(d.stadtbezirk, position);
		tx.insert(districts)
			.values({
				stadtbezirkId: bezirkIds.get(d.stadtbezirk)!,
				name: d.name,
				slug: slugify(d.name),
				position,
				geometry,
				...box,
				labelLat: label.lat,
				labelLon: label.lon,
				approximate: true,
				source: DEMO_QUARTERS_SOURCE
			})
			.run();
	});
	invalidateQuarters();
}
