// Quarters: Stadtbezirke and statistical districts, the point lookup and the import of official
// boundaries (/admin/quartiere).
const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const quarters = {
	approximate: 'Ungefähre Abgrenzung (Demo)',
	approximateHint:
		'Die Grenzen der Quartiere sind aus ungefähren Mittelpunkten berechnet und nicht amtlich. Sie dienen nur der Orientierung.',
	none: 'Noch keine Quartiere hinterlegt.',
	inDistrict: (district: string, stadtbezirk: string) => `Ihr Hinweis liegt in: ${district} (${stadtbezirk})`,
	stadtbezirk: 'Stadtbezirk',
	district: 'Quartier',

	/** Answers of GET /api/quarters/lookup (always German, see docs/concepts/quarters.md). */
	lookup: {
		outside: 'Der Punkt liegt außerhalb des Stadtgebiets.',
		noQuarters: 'Noch keine Quartiere hinterlegt.',
		coordinates_missing: 'Bitte geben Sie Breite (lat) und Länge (lon) an, z. B. ?lat=51.4531&lon=7.2683.',
		coordinates_invalid:
			'Breite (lat) und Länge (lon) müssen Dezimalzahlen sein, z. B. ?lat=51.4531&lon=7.2683.',
		coordinates_out_of_range:
			'Die Koordinaten liegen außerhalb des gültigen Bereichs (Breite −90 bis 90, Länge −180 bis 180).'
	},

	admin: {
		sectionTitle: 'Quartiere',
		sectionDescription:
			'Stadtbezirke und statistische Bezirke ansehen, amtliche Grenzen als GeoJSON importieren.',
		title: 'Quartiere',
		intro:
			'Die 30 statistischen Bezirke (Quartiere) gehören zu 6 Stadtbezirken. Hinweise auf der Karte werden dem Quartier zugeordnet, in dem ihr Punkt liegt.',
		currentTitle: 'Aktuelle Quartiere',
		summary: (bezirke: number, districts: number) =>
			`${n(bezirke, 'Stadtbezirk', 'Stadtbezirke')} mit ${n(districts, 'statistischem Bezirk', 'statistischen Bezirken')}`,
		caption: (stadtbezirk: string) => `Statistische Bezirke im Stadtbezirk ${stadtbezirk}`,
		name: 'Name',
		slug: 'Adresse',
		source: 'Quelle',
		outlineCurrent: 'Umrisse der aktuellen Quartiere',
		outlineNew: 'Umrisse der Bezirke aus der Datei',
		outlineNote: 'Die Umrisse dienen nur zur Kontrolle; die Liste enthält dieselben Angaben.',

		importTitle: 'Amtliche Grenzen importieren',
		importIntro:
			'Laden Sie eine GeoJSON-Datei mit den statistischen Bezirken hoch (z. B. „Statistische Bezirke“ aus dem Open-Data-Portal der Stadt). Vor dem Ersetzen sehen Sie eine Vorschau; bis dahin ändert sich nichts.',
		step: (current: number, total: number, title: string) => `Schritt ${current} von ${total}: ${title}`,
		stepUpload: 'Datei hochladen',
		stepProperties: 'Eigenschaften wählen',
		stepAssign: 'Stadtbezirke zuordnen',
		stepPreview: 'Vorschau und Ersetzen',
		file: 'GeoJSON-Datei',
		fileHint: (size: string) =>
			`Eine FeatureCollection mit Flächen (Polygon oder MultiPolygon) in WGS84, Koordinaten als [Länge, Breite]. Höchstens ${size}.`,
		upload: 'Datei prüfen',
		fileSummary: (file: string, features: number) => `Datei „${file}“: ${n(features, 'Fläche', 'Flächen')}`,
		skipped: (count: number) =>
			`${n(count, 'Objekt', 'Objekte')} ohne Fläche (z. B. Punkte oder Linien) ${count === 1 ? 'wurde' : 'wurden'} übersprungen.`,
		nameProperty: 'Eigenschaft mit dem Namen des Bezirks',
		nameHint: 'Beispiele aus der Datei stehen in Klammern.',
		bezirkProperty: 'Eigenschaft mit dem Stadtbezirk',
		bezirkHint:
			'Werte wie „Süd“ oder „Bochum-Süd“ werden erkannt. Ohne passende Eigenschaft ordnen Sie die Bezirke im nächsten Schritt einzeln zu.',
		bezirkNone: 'Keine – einzeln zuordnen',
		continue: 'Weiter',
		assignIntro:
			'Wählen Sie für jeden Bezirk den Stadtbezirk. Vorausgefüllt ist, was die Datei oder die bisherigen Quartiere nahelegen.',
		assignCaption: 'Bezirke aus der Datei und ihr Stadtbezirk',
		choose: 'Bitte wählen',
		toPreview: 'Vorschau anzeigen',
		editAssignment: 'Zuordnung einzeln bearbeiten',
		previewIntro: 'So sehen die Quartiere nach dem Ersetzen aus. Noch ist nichts geändert.',
		previewCaption: 'Bezirke nach dem Ersetzen',
		status: 'Änderung',
		statusNew: 'Neu',
		statusUpdated: 'Neue Grenze',
		points: 'Beiträge mit Ort',
		counts: (created: number, updated: number, removed: number) =>
			`${created} neu, ${updated} mit neuer Grenze, ${removed} entfallen`,
		removedTitle: 'Entfallende Bezirke',
		removedText: 'Diese Bezirke sind nicht in der Datei und werden gelöscht:',
		warningsTitle: 'Hinweise',
		pointsOutside: (count: number) =>
			`${n(count, 'Beitrag mit Ortsangabe liegt', 'Beiträge mit Ortsangabe liegen')} in keinem der neuen Bezirke und ${count === 1 ? 'behält seinen' : 'behalten ihren'} bisherigen Bezirk.`,
		pointsMoved: (count: number) =>
			`${n(count, 'Beitrag mit Ortsangabe wird', 'Beiträge mit Ortsangabe werden')} einem anderen Bezirk zugeordnet.`,
		blocked: (names: string) =>
			`Ersetzen nicht möglich: Diese Bezirke fehlen in der Datei, aber Beiträge sind ihnen zugeordnet: ${names}. Nehmen Sie die Bezirke in die Datei auf.`,
		unknownBezirke: (names: string) => `Unbekannter Stadtbezirk: ${names}.`,
		markApproximate: 'Die Grenzen sind ungefähr (nicht amtlich) – als „Ungefähre Abgrenzung“ kennzeichnen',
		replace: 'Quartiere ersetzen',
		cancel: 'Import abbrechen',
		cancelled: 'Der Import wurde abgebrochen. Die Quartiere sind unverändert.',
		replaced: (created: number, updated: number, removed: number, moved: number) =>
			`Die Quartiere wurden ersetzt: ${created} neu, ${updated} mit neuer Grenze, ${removed} entfernt. ${n(moved, 'Beitrag wurde', 'Beiträge wurden')} neu zugeordnet.`,
		expired:
			'Die hochgeladene Datei liegt nicht mehr vor (nach 30 Minuten oder einem Neustart des Servers). Bitte laden Sie sie erneut hoch.',
		assignmentMissing: 'Bitte wählen Sie für jeden Bezirk einen Stadtbezirk.',
		errorTitle: 'Die Datei kann so nicht übernommen werden',
		feature: (number: number, label?: string) =>
			label ? `Objekt ${number} („${label}“)` : `Objekt ${number}`,
		more: (count: number) => `… und ${n(count, 'weiterer Fehler', 'weitere Fehler')}.`,
		fileMissing: 'Bitte wählen Sie eine GeoJSON-Datei aus.',
		fileTooLarge: (size: string) => `Die Datei ist zu groß. Erlaubt sind höchstens ${size}.`,
		/** Texts of the import's error codes; those about one feature follow "Objekt 3 („…“): ". */
		errors: {
			file_empty: 'Die Datei ist leer.',
			json_invalid: 'Die Datei ist kein gültiges JSON. Ist sie vollständig und eine GeoJSON-Datei?',
			not_feature_collection:
				'Die Datei ist keine GeoJSON-FeatureCollection (erwartet: "type": "FeatureCollection" mit einer Liste "features").',
			crs_not_wgs84:
				'Die Koordinaten sind nicht in WGS84 (Längen- und Breitengrade). Bitte wandeln Sie die Datei um, z. B. mit „ogr2ogr -t_srs EPSG:4326“.',
			no_features: 'Die FeatureCollection enthält keine Objekte.',
			too_many_features: 'Die Datei enthält mehr als 500 Objekte.',
			feature_invalid: 'kein gültiges GeoJSON-Feature.',
			no_polygons: 'Die Datei enthält keine Flächen (Polygon oder MultiPolygon).',
			no_properties:
				'Die Flächen haben keine Eigenschaften ("properties"), aus denen die Namen der Bezirke kommen könnten.',
			outside_city: 'liegt außerhalb des Stadtgebiets.',
			not_polygon: 'ist keine Fläche (Polygon oder MultiPolygon).',
			empty: 'die Fläche hat keine Koordinaten.',
			bad_position: 'eine Koordinate ist keine Zahl oder unvollständig.',
			ring_too_short: 'ein Ring hat weniger als 4 Punkte.',
			ring_not_closed: 'ein Ring ist nicht geschlossen (erster und letzter Punkt müssen gleich sein).',
			not_wgs84:
				'die Koordinaten sind keine Längen- und Breitengrade (WGS84), sondern vermutlich Meter (z. B. UTM). Bitte in EPSG:4326 umwandeln.',
			lon_out_of_range: 'ein Längengrad liegt außerhalb von −180 bis 180.',
			lat_out_of_range: 'ein Breitengrad liegt außerhalb von −90 bis 90.',
			wrong_coordinate_order:
				'falsche Reihenfolge der Koordinaten: GeoJSON erwartet [Länge, Breite], die Datei enthält [Breite, Länge].',
			no_area: 'ein Umriss hat keine Fläche (alle Punkte liegen auf einer Linie).',
			self_intersection:
				'der Umriss schneidet sich selbst (etwa eine Achterform, ein Loch, das über den Rand reicht, oder sich überlappende Teile). Bitte reparieren Sie die Geometrie in Ihrem GIS, zum Beispiel in QGIS mit „Geometrien reparieren“.',
			name_property_unknown: 'Bitte wählen Sie die Eigenschaft mit den Namen der Bezirke.',
			name_empty: 'der Name ist leer.',
			name_duplicate: 'der Name kommt mehrfach vor.',
			name_too_long: 'der Name ist länger als 100 Zeichen.'
		}
	}
};
