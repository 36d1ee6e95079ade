// The Abwägungstabelle export (CSV, XLSX, print page) and its download page.
export const exportTable = {
	title: 'Abwägungstabelle',
	pageTitle: 'Abwägungstabelle herunterladen',
	sectionDescription: 'Alle Eingaben mit ihrer Bearbeitung als CSV, Excel oder Druckansicht',
	intro:
		'Die Abwägungstabelle enthält jede Eingabe eines Verfahrens mit ihrer Bearbeitung: Themenpaket, Empfehlung des Begleitgremiums, Antwort der Verwaltung mit Begründung und die geänderten Stellen der neuen Fassung.',
	audienceInternal:
		'Sie erhalten die interne Fassung: Sie enthält auch wartende und nicht veröffentlichte Beiträge und personenbezogene Angaben (Pseudonym, Organisation, Absender*in, Zuständigkeit). Geben Sie sie nicht weiter. Jeder Export wird protokolliert.',
	audienceGremium:
		'Sie erhalten die Fassung für das Begleitgremium: veröffentlichte Beiträge mit allen Empfehlungen und Antworten, auch den noch nicht veröffentlichten, ohne personenbezogene Angaben. Jeder Export wird protokolliert.',
	neverInternalComments: 'Interne Kommentare des Begleitgremiums sind in keiner Fassung enthalten.',
	filterLegend: 'Auswahl',
	process: 'Verfahren',
	noProcess: 'Es gibt noch kein Verfahren.',
	kind: 'Art',
	allKinds: 'Alle Arten',
	state: 'Status',
	allStates: 'Alle Status',
	district: 'Quartier',
	allDistricts: 'Alle Quartiere',
	formatsLegend: 'Format',
	csv: 'CSV herunterladen',
	csvHint: 'Semikolon-getrennt, UTF-8 – öffnet sich direkt in Excel und LibreOffice.',
	xlsx: 'Excel (XLSX) herunterladen',
	printButton: 'Druckansicht öffnen',
	publicLinks: 'Öffentliche Fassung (ohne personenbezogene Angaben)',
	publicDownloads: 'Alle Ergebnisse herunterladen',
	publicDownloadsIntro:
		'Die Abwägungstabelle enthält jede veröffentlichte Eingabe mit ihrer Bearbeitung – ohne personenbezogene Angaben.',
	printShort: 'Druckansicht',
	selectionExport: 'Diese Auswahl als Excel exportieren',
	gremiumExport: 'Abwägungstabelle für das Begleitgremium herunterladen',
	backToModeration: 'Zur Moderation',

	columns: {
		id: 'ID',
		number: 'Nr.',
		kind: 'Art',
		channel: 'Eingang',
		date: 'Datum',
		version: 'Fassung',
		chapter: 'Kapitel',
		paragraph: 'Absatz',
		district: 'Quartier',
		stadtbezirk: 'Stadtbezirk',
		category: 'Kategorie',
		text: 'Beitrag',
		replyTo: 'Antwort auf Nr.',
		state: 'Status',
		rejection: 'Grund der Nichtveröffentlichung',
		package: 'Themenpaket',
		recommendation: 'Empfehlung des Begleitgremiums',
		recommendationReason: 'Begründung der Empfehlung',
		response: 'Antwort der Verwaltung',
		responseReason: 'Begründung der Antwort',
		responsePublished: 'Antwort veröffentlicht am',
		changes: 'Geänderte Stellen',
		supports: 'Unterstützungen',
		author: 'Pseudonym',
		organisation: 'Organisation',
		sender: 'Absender*in',
		assignee: 'Zuständig',
		tags: 'Schlagwörter',
		duplicateOf: 'Duplikat von Nr.'
	},
	kinds: {
		comment: 'Kommentar',
		reply: 'Antwort auf einen Beitrag',
		pin: 'Hinweis auf der Karte',
		card: 'Werkstattkarte',
		offline: 'Eingabe auf anderem Weg'
	} as Record<string, string>,
	channels: {
		online: 'online',
		letter: 'Brief',
		email: 'E-Mail',
		event: 'Veranstaltung',
		phone: 'Telefon',
		other: 'anderer Weg'
	} as Record<string, string>,
	states: {
		pending: 'wartet auf Prüfung',
		published: 'veröffentlicht',
		rejected: 'nicht veröffentlicht',
		withdrawn: 'zurückgezogen'
	} as Record<string, string>,
	verdicts: {
		adopted: 'übernommen',
		partly: 'teilweise übernommen',
		not_adopted: 'nicht übernommen',
		already_considered: 'bereits berücksichtigt',
		noted: 'zur Kenntnis genommen'
	} as Record<string, string>,
	notPublished: 'noch nicht veröffentlicht',
	paragraph: (n: number) => `Abs. ${n}`,
	wholeChapter: 'ganzes Kapitel',
	versionShort: (n: number) => `Fassung ${n}`,
	/** One linked change: where the concept changed, and the start of the new wording. */
	change: (version: number, chapter: string, paragraph: string, excerpt: string) =>
		`Fassung ${version}, Kap. ${chapter}, ${paragraph}: „${excerpt}“`,

	print: {
		title: (process: string) => `Abwägungstabelle – ${process}`,
		generated: (when: string) => `Stand: ${when}`,
		internal: 'Interne Fassung – enthält personenbezogene Angaben. Nicht weitergeben.',
		gremium: 'Fassung für das Begleitgremium – enthält noch nicht veröffentlichte Antworten.',
		public: 'Öffentliche Fassung',
		hint: 'Zum Drucken nutzen Sie die Druckfunktion Ihres Browsers; die Tabelle wird im Querformat gedruckt.',
		back: 'Zurück',
		caption: 'Eingaben und ihre Bearbeitung',
		input: 'Eingabe',
		reference: 'Bezug',
		handling: 'Status und Themenpaket',
		person: 'Angaben zur Person (intern)',
		count: (n: number) => (n === 1 ? '1 Eingabe' : `${n} Eingaben`),
		empty: 'Keine Eingaben.',
		supports: (n: number) => (n === 1 ? '1 Unterstützung' : `${n} Unterstützungen`)
	},
	sheetName: 'Abwägungstabelle',
	fileBase: 'abwaegungstabelle'
};
