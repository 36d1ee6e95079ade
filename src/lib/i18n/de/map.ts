// The quarter map: pins, categories, the map and its list, pin pages, district pages, open data and the
// admin section for categories.
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const map = {
	viewLabel: 'Ansicht',
	tabMap: 'Karte',
	tabList: 'Liste',
	newPin: 'Hinweis setzen',
	newPinTitle: 'Neuen Hinweis setzen',
	intro:
		'Zeigen Sie, wo Ihr Quartier gut ist und wo etwas fehlt: zu wenig Grün, langsames Internet, kein Geschäft in der Nähe, zu hohe Mieten, Barrieren.',
	filters: 'Hinweise filtern',
	category: 'Kategorie',
	allCategories: 'Alle Kategorien',
	stadtbezirk: 'Stadtbezirk',
	allStadtbezirke: 'Alle Stadtbezirke',
	district: 'Quartier',
	districtFilter: (name: string) => `Nur Quartier ${name}`,
	removeDistrictFilter: 'Quartier-Filter entfernen',
	sort: 'Sortierung',
	sortNew: 'Neueste zuerst',
	sortSupport: 'Meiste Unterstützung zuerst',
	apply: 'Anwenden',
	legend: 'Legende',
	legendCluster: 'Mehrere Hinweise an einem Ort (Zahl = Anzahl). Auswählen vergrößert die Karte.',
	legendArea: 'Hinweise ohne genauen Ort, gezeigt in der Mitte ihres Quartiers',
	mapLabel: 'Karte der Hinweise',
	mapHelp:
		'Die Karte lässt sich mit der Maus, per Fingertipp oder mit der Tastatur bedienen: Pfeiltasten verschieben, Plus und Minus zoomen, mit der Tabulatortaste erreichen Sie die Markierungen. Alle Hinweise finden Sie auch in der Liste.',
	mapNeedsJs: 'Die Karte braucht JavaScript. Alle Hinweise finden Sie in der Liste.',
	toList: 'Zur Liste',
	mapLoading: 'Hinweise werden geladen …',
	mapError: 'Die Hinweise für die Karte konnten nicht geladen werden. Die Liste funktioniert weiter.',
	mapStatus: (n: number) =>
		n === 0
			? 'In diesem Ausschnitt gibt es keine Hinweise.'
			: `Die Karte zeigt ${n} Hinweise in diesem Ausschnitt.`,
	clusterLabel: (n: number) => `${n} Hinweise an diesem Ort – vergrößern`,
	areaLabel: (n: number, name: string) =>
		`${plural(n, '1 Hinweis', `${n} Hinweise`)} ohne genauen Ort in ${name}`,
	pinLabel: (category: string, text: string) => `Hinweis (${category}): ${text}`,
	toPin: 'Zum Hinweis',
	closePopup: 'Schließen',
	toDistrict: 'Zum Quartier',
	zoomIn: 'Vergrößern',
	zoomOut: 'Verkleinern',
	tilesNote: 'Kartenhintergrund',
	pins: 'Hinweise',
	pinCount: (n: number) => plural(n, '1 Hinweis', `${n} Hinweise`),
	noPins: 'Keine Hinweise gefunden.',
	noPinsFiltered: 'Keine Hinweise zu diesem Filter.',
	more: 'Weitere Hinweise',
	withoutLocation: 'ohne genauen Ort',
	inDistrict: (district: string, stadtbezirk: string) => `${district} (${stadtbezirk})`,
	supportCount: (n: number) => plural(n, '1 Unterstützung', `${n} Unterstützungen`),
	commentCount: (n: number) => plural(n, '1 Kommentar', `${n} Kommentare`),
	yourPending: 'Ihre noch nicht veröffentlichten Hinweise',
	quarters: 'Quartiere',
	quartersIntro: 'Alle Hinweise eines Quartiers mit Zahlen je Kategorie:',
	openData: 'Offene Daten',
	openDataText:
		'Alle veröffentlichten Hinweise stehen als offene Daten bereit – ohne persönliche Angaben (kein Name, kein Foto).',
	geojson: 'GeoJSON herunterladen',
	csv: 'CSV herunterladen (für Tabellen)',

	// Placing a pin
	place: 'Ort',
	placeHelp:
		'Tippen oder klicken Sie auf die Karte. Mit der Tastatur: Karte auswählen, mit den Pfeiltasten verschieben, bis das Fadenkreuz auf dem Ort liegt, und Enter drücken.',
	placeMapLabel:
		'Karte zum Setzen des Hinweises: Pfeiltasten verschieben, Enter setzt den Hinweis am Fadenkreuz',
	placedIn: (district: string, stadtbezirk: string) => `Ihr Hinweis liegt in: ${district} (${stadtbezirk})`,
	placedAt: (lat: string, lon: string) => `Gewählter Punkt: ${lat}, ${lon}`,
	locating: 'Quartier wird ermittelt …',
	removePoint: 'Punkt entfernen',
	pointRemoved: 'Der Punkt wurde entfernt.',
	noMapAlternative: 'Ohne Karte: Quartier wählen',
	districtSelect: 'Quartier (ohne genauen Ort)',
	districtSelectHint:
		'Wenn Sie keinen Punkt auf der Karte setzen, wird Ihr Hinweis diesem Quartier zugeordnet und als „ohne genauen Ort“ gezeigt. Ein gesetzter Punkt hat Vorrang.',
	chooseDistrict: 'Bitte wählen',
	categoryHint: 'Worum geht es?',
	body: 'Ihr Hinweis',
	bodyHint:
		'Höchstens 1.000 Zeichen. Bitte beachten Sie die Netiquette: sachlich, respektvoll, ohne Daten anderer Personen.',
	counter: (left: number) => (left >= 0 ? `Noch ${left} Zeichen` : `${-left} Zeichen zu viel`),
	photo: 'Foto',
	photoHint:
		'JPEG, PNG oder WebP, höchstens 5 MB. Fotos werden vor der Veröffentlichung geprüft; Standort- und Kameradaten werden entfernt. Bitte keine erkennbaren Personen.',
	photoAlt: 'Kurze Beschreibung des Fotos',
	photoAltHint: 'Für Menschen, die das Foto nicht sehen können (höchstens 300 Zeichen).',
	photoRemoved:
		'Das Foto ist größer als 5 MB und wurde entfernt. Wählen Sie ein kleineres Foto oder senden Sie den Hinweis ohne Foto.',
	photoLost:
		'Bitte wählen Sie das Foto noch einmal aus: Aus Sicherheitsgründen kann der Browser ein gewähltes Foto nach dem Absenden nicht behalten.',
	submit: 'Hinweis absenden',
	loginToPin: 'Melden Sie sich an, um einen Hinweis zu setzen.',
	postedPending:
		'Vielen Dank! Ihr Hinweis wird geprüft und dann veröffentlicht. Bis dahin sehen nur Sie ihn.',
	postedPublished: 'Vielen Dank! Ihr Hinweis ist veröffentlicht.',
	postedPhoto: 'Ihr Foto wird geprüft und erst danach öffentlich gezeigt.',

	// Pin page
	pinTitle: (category: string) => `Hinweis: ${category}`,
	location: 'Ort',
	coordinates: (lat: string, lon: string) => `Koordinaten: ${lat}° N, ${lon}° O`,
	withoutLocationText: (district: string) =>
		`Ohne genauen Ort – der Hinweis gilt für das Quartier ${district}.`,
	photoPending: 'Das Foto wartet auf Freigabe durch die Moderation. Bis dahin sehen nur Sie es.',
	photoPendingModerator: 'Das Foto ist noch nicht freigegeben.',
	photoRejected: 'Das Foto wurde nicht freigegeben.',
	photoAltFallback: (category: string) => `Foto zum Hinweis (${category})`,
	writtenBy: 'Verfasst von',
	support: 'Unterstützen',
	supportWithdraw: 'Unterstützung zurückziehen',
	comments: 'Kommentare',
	noComments: 'Noch keine Kommentare.',
	writeComment: 'Kommentar schreiben',
	editPin: 'Hinweis bearbeiten',
	saveEdit: 'Änderung speichern',
	editSaved: 'Ihre Änderung ist gespeichert.',
	withdrawPin: 'Hinweis zurückziehen',
	withdrawn: 'Ihr Hinweis wurde zurückgezogen.',
	backToMap: 'Zurück zur Karte',
	backToList: 'Zur Liste',

	// District page
	districtTitle: (name: string) => `Quartier ${name}`,
	inStadtbezirk: (name: string) => `Stadtbezirk ${name}`,
	countsTitle: 'Hinweise je Kategorie',
	countsCaption: (name: string) => `Veröffentlichte Hinweise in ${name} nach Kategorie`,
	count: 'Anzahl',
	showOnMap: 'Auf der Karte zeigen',
	showInList: 'In der Liste zeigen',

	readOnly: {
		not_logged_in: 'Melden Sie sich an, um Hinweise zu setzen, zu kommentieren und zu unterstützen.',
		not_verified: 'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse. Danach können Sie Hinweise setzen.',
		no_phase: 'Auf dieser Karte können zurzeit keine Hinweise gesetzt werden.',
		phase_planned: (date: string) =>
			`Die Beteiligungsphase beginnt am ${date}. Dann können Sie hier Hinweise setzen.`,
		phase_closed: (date: string) =>
			`Die Beteiligungsphase endete am ${date}. Sie können alle Hinweise weiter lesen.`,
		audience: 'Diese Beteiligungsphase ist nur für einen bestimmten Personenkreis geöffnet.'
	},

	errors: {
		pin_empty: 'Bitte schreiben Sie Ihren Hinweis.',
		pin_too_long: 'Ihr Hinweis ist länger als 1.000 Zeichen. Bitte kürzen Sie ihn.',
		category_unknown: 'Bitte wählen Sie eine Kategorie.',
		category_archived: 'Diese Kategorie nimmt keine neuen Hinweise mehr an. Bitte wählen Sie eine andere.',
		location_required: 'Bitte setzen Sie einen Punkt auf der Karte oder wählen Sie ein Quartier.',
		coordinates_invalid: 'Die Koordinaten sind ungültig. Bitte setzen Sie den Punkt neu.',
		outside_city: 'Der Punkt liegt außerhalb des Stadtgebiets. Bitte wählen Sie einen Ort in Bochum.',
		district_unknown: 'Dieses Quartier gibt es nicht. Bitte wählen Sie ein Quartier aus der Liste.',
		photo_too_large: 'Das Foto ist größer als 5 MB. Bitte wählen Sie ein kleineres Foto.',
		photo_invalid: 'Die Datei ist kein gültiges Bild (JPEG, PNG oder WebP).',
		photo_alt_too_long: 'Die Beschreibung des Fotos ist länger als 300 Zeichen.',
		body_too_large:
			'Das Foto ist zu groß (höchstens 5 MB). Bitte wählen Sie ein kleineres Foto. Ihre Eingaben konnten nicht übernommen werden.',
		not_editable: 'Dieser Hinweis kann nicht mehr geändert werden, weil er bereits geprüft wurde.',
		not_found: 'Diesen Hinweis gibt es nicht.',
		support_own: 'Eigene Hinweise und Kommentare können Sie nicht unterstützen.',
		already_supported: 'Sie unterstützen diesen Beitrag bereits.',
		not_supported: 'Sie hatten diesen Beitrag nicht unterstützt.',
		parent_invalid: 'Auf diesen Kommentar kann nicht geantwortet werden.',
		max_depth:
			'Auf diese Antwort kann nicht weiter geantwortet werden. Antworten Sie bitte auf den Kommentar darüber.',
		bbox_missing: 'Bitte geben Sie den Kartenausschnitt an (bbox=West,Süd,Ost,Nord).',
		bbox_invalid: 'Der Kartenausschnitt muss aus vier Zahlen bestehen: West, Süd, Ost, Nord.',
		bbox_inverted: 'Im Kartenausschnitt muss West kleiner als Ost und Süd kleiner als Nord sein.',
		bbox_range: 'Der Kartenausschnitt liegt außerhalb des gültigen Bereichs (Breite ±90°, Länge ±180°).',
		bbox_too_large: 'Der Kartenausschnitt ist zu groß. Bitte wählen Sie einen Ausschnitt im Stadtgebiet.',
		zoom_invalid: 'Die Zoomstufe muss eine ganze Zahl von 0 bis 20 sein.',
		filter_unknown: 'Diesen Filter gibt es nicht (Kategorie oder Stadtbezirk).',
		no_map: 'Dieses Verfahren hat keine Karte.'
	},

	admin: {
		title: 'Kategorien der Hinweise',
		intro:
			'Teilnehmende ordnen jeden Hinweis einer Kategorie zu. Archivierte Kategorien behalten ihre Hinweise, nehmen aber keine neuen an. Das Kürzel steht in Adressen und offenen Daten und bleibt deshalb gleich.',
		caption: 'Kategorien dieser Karte',
		none: 'Diese Karte hat noch keine Kategorien.',
		key: 'Kürzel',
		label: 'Bezeichnung',
		labelEn: 'Bezeichnung (Englisch)',
		description: 'Beschreibung',
		color: 'Farbe',
		colorHint:
			'Die Markierung zeigt weiße Schrift auf dieser Farbe: Sie braucht einen Kontrast von mindestens 4,5 : 1 zu Weiß.',
		state: 'Status',
		active: 'aktiv',
		archived: 'archiviert',
		edit: 'Bearbeiten',
		save: 'Kategorie speichern',
		saved: 'Die Kategorie wurde gespeichert.',
		unchanged: 'Es wurde nichts geändert.',
		up: 'Nach oben',
		down: 'Nach unten',
		moved: 'Die Reihenfolge wurde geändert.',
		archive: 'Archivieren',
		restore: 'Wieder aktivieren',
		archivedDone: 'Die Kategorie wurde archiviert.',
		restoredDone: 'Die Kategorie ist wieder aktiv.',
		createTitle: 'Neue Kategorie',
		create: 'Kategorie anlegen',
		created: 'Die Kategorie wurde angelegt.',
		defaults: 'Standardkategorien ergänzen',
		defaultsHint: 'Legt die fehlenden der acht Kategorien aus dem Konzept an (Wohnraum, Grün, Internet …).',
		defaultsAdded: (n: number) =>
			n === 0 ? 'Alle Standardkategorien sind schon vorhanden.' : `${n} Standardkategorien wurden angelegt.`,
		pendingPhotos: (n: number) => plural(n, '1 Foto wartet auf Freigabe.', `${n} Fotos warten auf Freigabe.`),
		errors: {
			label_taken: 'Eine Kategorie mit dieser Bezeichnung gibt es schon. Bitte wählen Sie eine andere.',
			color_invalid: 'Bitte geben Sie eine Farbe als #rrggbb an.',
			color_contrast:
				'Diese Farbe ist zu hell: Weiße Schrift darauf wäre schlecht lesbar (Kontrast unter 4,5 : 1).'
		}
	}
};
