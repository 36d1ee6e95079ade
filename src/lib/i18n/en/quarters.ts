import type { Messages } from '../de';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const quarters: Messages['quarters'] = {
	approximate: 'Approximate boundaries (demo)',
	approximateHint:
		'The boundaries of the quarters are computed from approximate centre points and are not official. They are for orientation only.',
	none: 'No quarters have been set up yet.',
	inDistrict: (district: string, stadtbezirk: string) => `Your pin is in: ${district} (${stadtbezirk})`,
	stadtbezirk: 'Borough (Stadtbezirk)',
	district: 'Quarter',

	lookup: {
		outside: 'The point lies outside the city.',
		noQuarters: 'No quarters have been set up yet.',
		coordinates_missing: 'Please give latitude (lat) and longitude (lon), e.g. ?lat=51.4531&lon=7.2683.',
		coordinates_invalid:
			'Latitude (lat) and longitude (lon) must be decimal numbers, e.g. ?lat=51.4531&lon=7.2683.',
		coordinates_out_of_range: 'The coordinates are out of range (latitude −90 to 90, longitude −180 to 180).'
	},

	admin: {
		sectionTitle: 'Quarters',
		sectionDescription: 'View boroughs and statistical districts, import official boundaries as GeoJSON.',
		title: 'Quarters',
		intro:
			'The 30 statistical districts (quarters) belong to 6 boroughs (Stadtbezirke). Map pins are assigned to the quarter their point lies in.',
		currentTitle: 'Current quarters',
		summary: (bezirke: number, districts: number) =>
			`${n(bezirke, 'borough', 'boroughs')} with ${n(districts, 'statistical district', 'statistical districts')}`,
		caption: (stadtbezirk: string) => `Statistical districts in the borough ${stadtbezirk}`,
		name: 'Name',
		slug: 'Address',
		source: 'Source',
		outlineCurrent: 'Outlines of the current quarters',
		outlineNew: 'Outlines of the districts in the file',
		outlineNote: 'The outlines are for checking only; the list holds the same information.',

		importTitle: 'Import official boundaries',
		importIntro:
			'Upload a GeoJSON file with the statistical districts (e.g. “Statistische Bezirke” from the city’s open data portal). You see a preview before anything is replaced; until then nothing changes.',
		step: (current: number, total: number, title: string) => `Step ${current} of ${total}: ${title}`,
		stepUpload: 'Upload the file',
		stepProperties: 'Choose properties',
		stepAssign: 'Assign boroughs',
		stepPreview: 'Preview and replace',
		file: 'GeoJSON file',
		fileHint: (size: string) =>
			`A FeatureCollection of areas (Polygon or MultiPolygon) in WGS84, coordinates as [longitude, latitude]. At most ${size}.`,
		upload: 'Check the file',
		fileSummary: (file: string, features: number) => `File “${file}”: ${n(features, 'area', 'areas')}`,
		skipped: (count: number) =>
			`${n(count, 'feature', 'features')} without an area (e.g. points or lines) ${count === 1 ? 'was' : 'were'} skipped.`,
		nameProperty: 'Property holding the district name',
		nameHint: 'Examples from the file are shown in brackets.',
		bezirkProperty: 'Property holding the borough',
		bezirkHint:
			'Values such as “Süd” or “Bochum-Süd” are recognised. Without a matching property you assign the districts one by one in the next step.',
		bezirkNone: 'None – assign one by one',
		continue: 'Continue',
		assignIntro:
			'Choose the borough of each district. What the file or the current quarters suggest is filled in already.',
		assignCaption: 'Districts in the file and their borough',
		choose: 'Please choose',
		toPreview: 'Show preview',
		editAssignment: 'Edit the assignment one by one',
		previewIntro: 'This is how the quarters will look after replacing them. Nothing has changed yet.',
		previewCaption: 'Districts after replacing',
		status: 'Change',
		statusNew: 'New',
		statusUpdated: 'New boundary',
		points: 'Contributions with a place',
		counts: (created: number, updated: number, removed: number) =>
			`${created} new, ${updated} with a new boundary, ${removed} removed`,
		removedTitle: 'Districts to be removed',
		removedText: 'These districts are not in the file and will be deleted:',
		warningsTitle: 'Notes',
		pointsOutside: (count: number) =>
			`${n(count, 'contribution with a place lies', 'contributions with a place lie')} in none of the new districts and ${count === 1 ? 'keeps its' : 'keep their'} current district.`,
		pointsMoved: (count: number) =>
			`${n(count, 'contribution with a place is', 'contributions with a place are')} assigned to another district.`,
		blocked: (names: string) =>
			`Cannot replace: these districts are missing from the file but contributions are assigned to them: ${names}. Add them to the file.`,
		unknownBezirke: (names: string) => `Unknown borough: ${names}.`,
		markApproximate: 'The boundaries are approximate (not official) – label them as approximate',
		replace: 'Replace the quarters',
		cancel: 'Cancel the import',
		cancelled: 'The import was cancelled. The quarters are unchanged.',
		replaced: (created: number, updated: number, removed: number, moved: number) =>
			`The quarters were replaced: ${created} new, ${updated} with a new boundary, ${removed} removed. ${n(moved, 'contribution was', 'contributions were')} reassigned.`,
		expired:
			'The uploaded file is no longer available (after 30 minutes or a server restart). Please upload it again.',
		assignmentMissing: 'Please choose a borough for every district.',
		errorTitle: 'The file cannot be used like this',
		feature: (number: number, label?: string) =>
			label ? `Feature ${number} (“${label}”)` : `Feature ${number}`,
		more: (count: number) => `… and ${n(count, 'more error', 'more errors')}.`,
		fileMissing: 'Please choose a GeoJSON file.',
		fileTooLarge: (size: string) => `The file is too large. At most ${size} are allowed.`,
		errors: {
			file_empty: 'The file is empty.',
			json_invalid: 'The file is not valid JSON. Is it complete and a GeoJSON file?',
			not_feature_collection:
				'The file is not a GeoJSON FeatureCollection (expected: "type": "FeatureCollection" with a list "features").',
			crs_not_wgs84:
				'The coordinates are not WGS84 (longitude and latitude). Please convert the file, e.g. with “ogr2ogr -t_srs EPSG:4326”.',
			no_features: 'The FeatureCollection holds no features.',
			too_many_features: 'The file holds more than 500 features.',
			feature_invalid: 'not a valid GeoJSON feature.',
			no_polygons: 'The file holds no areas (Polygon or MultiPolygon).',
			no_properties: 'The areas have no properties ("properties") that could hold the district names.',
			outside_city: 'lies outside the city.',
			not_polygon: 'is not an area (Polygon or MultiPolygon).',
			empty: 'the area has no coordinates.',
			bad_position: 'a coordinate is not a number or incomplete.',
			ring_too_short: 'a ring has fewer than 4 points.',
			ring_not_closed: 'a ring is not closed (first and last point must be equal).',
			not_wgs84:
				'the coordinates are not longitude and latitude (WGS84) but probably metres (e.g. UTM). Please convert to EPSG:4326.',
			lon_out_of_range: 'a longitude is outside −180 to 180.',
			lat_out_of_range: 'a latitude is outside −90 to 90.',
			wrong_coordinate_order:
				'wrong coordinate order: GeoJSON expects [longitude, latitude], the file holds [latitude, longitude].',
			no_area: 'an outline has no area (all its points lie on one line).',
			self_intersection:
				'the outline crosses itself (a figure eight, a hole reaching over the edge, or overlapping parts). Please repair the geometry in your GIS, for example with QGIS’s “Fix geometries”.',
			name_property_unknown: 'Please choose the property holding the district names.',
			name_empty: 'the name is empty.',
			name_duplicate: 'the name occurs more than once.',
			name_too_long: 'the name is longer than 100 characters.'
		}
	}
};
