// The review chain after moderation: the Begleitgremium's area (topic packages, internal comments,
// recommendations), the administration's response and the public account of how input was handled.
export const chain = {
	verdicts: {
		adopted: 'übernommen',
		partly: 'teilweise übernommen',
		not_adopted: 'nicht übernommen',
		already_considered: 'bereits berücksichtigt',
		noted: 'zur Kenntnis genommen'
	},
	packageStates: {
		draft: 'in Vorbereitung',
		forwarded: 'weitergeleitet',
		recommended: 'Empfehlung liegt vor',
		answered: 'Stellungnahme veröffentlicht'
	},
	kinds: {
		comment: 'Kommentar',
		pin: 'Hinweis auf der Karte',
		card: 'Werkstatt-Karte',
		offline: 'Eingabe auf anderem Weg'
	},
	channels: {
		online: 'online',
		letter: 'Brief',
		email: 'E-Mail',
		event: 'Veranstaltung vor Ort',
		phone: 'Telefon',
		other: 'anderer Weg'
	},

	// The Begleitgremium's area
	section: {
		title: 'Begleitgremium',
		description: 'Weitergeleitete Themenpakete lesen, intern beraten und Empfehlungen abgeben'
	},
	gremiumTitle: 'Begleitgremium: Themenpakete',
	gremiumIntro:
		'Hier finden Sie die Themenpakete, die die Moderation an das Begleitgremium weitergeleitet hat. Beraten Sie intern darüber und geben Sie zu jedem Paket (und bei Bedarf zu einzelnen Beiträgen) eine Empfehlung mit Begründung ab.',
	stateFilter: 'Stand',
	allStates: 'Alle',
	show: 'Anzeigen',
	noPackages: 'Es gibt keine weitergeleiteten Themenpakete.',
	itemsCount: (n: number) => (n === 1 ? '1 Beitrag' : `${n} Beiträge`),
	forwardedOn: (date: string) => `weitergeleitet am ${date}`,
	process: 'Verfahren',
	packageTitle: (title: string) => `Themenpaket: ${title}`,
	toOverview: 'Alle Themenpakete',
	summary: 'Zusammenfassung der Moderation',
	noSummary: 'Die Moderation hat keine Zusammenfassung geschrieben.',
	items: 'Beiträge in diesem Paket',
	noItems: 'Dieses Paket enthält keine Beiträge.',
	item: (n: number) => `Beitrag ${n}`,
	kind: 'Art',
	channel: 'Eingangsweg',
	receivedOn: 'Eingegangen am',
	author: 'Verfasst von',
	senderHidden: 'Absender nur für die Moderation sichtbar',
	place: 'Bezug',
	chapterParagraph: (chapter: string, paragraph: number | null) =>
		paragraph ? `Kapitel ${chapter}, Absatz ${paragraph}` : `Kapitel ${chapter} (ganzes Kapitel)`,
	district: 'Quartier',
	category: 'Kategorie',
	supports: (n: number) => (n === 1 ? '1 Zustimmung' : `${n} Zustimmungen`),
	paragraphText: 'Kommentierter Absatz',
	state: 'Status',
	itemStates: {
		pending: 'wartet auf Freigabe',
		published: 'veröffentlicht',
		rejected: 'nicht veröffentlicht',
		withdrawn: 'zurückgezogen'
	},
	hiddenItem: 'wegen Meldungen verborgen',
	publicPage: 'Öffentliche Seite des Beitrags',

	internalTitle: 'Interne Beratung',
	internalHint: 'Nur für Begleitgremium, Moderation und Verwaltung sichtbar – nie öffentlich.',
	internalItemTitle: (n: number) => `Interne Beratung zu Beitrag ${n}`,
	internalNone: 'Noch keine internen Anmerkungen.',
	internalBody: 'Interne Anmerkung',
	internalSubmit: 'Anmerkung speichern',
	internalSaved: 'Ihre interne Anmerkung ist gespeichert.',
	internalBy: (name: string, date: string) => `${name}, ${date}`,

	recommendationTitle: 'Empfehlung des Begleitgremiums',
	packageRecommendation: 'Empfehlung zum ganzen Paket',
	itemRecommendation: (n: number) => `Eigene Empfehlung zu Beitrag ${n}`,
	itemRecommendationHint: 'Nur nötig, wenn dieser Beitrag anders behandelt werden soll als das ganze Paket.',
	noRecommendation: 'Noch keine Empfehlung.',
	fromPackage: 'aus der Empfehlung zum Paket',
	verdict: 'Bewertung',
	chooseVerdict: 'Bitte wählen',
	reason: 'Begründung',
	recommendationReasonHint:
		'Höchstens 5.000 Zeichen. Die Begründung wird mit der Stellungnahme veröffentlicht.',
	recommend: 'Empfehlung speichern',
	recommendationSaved: 'Die Empfehlung ist gespeichert.',
	lastChanged: (name: string, date: string) => `zuletzt geändert von ${name} am ${date}`,
	recommendationFinal:
		'Die Stellungnahme der Verwaltung dazu ist veröffentlicht. Die Empfehlung ist damit abgeschlossen und wird nicht mehr geändert.',
	readOnlyRecommendation: 'Empfehlungen gibt nur das Begleitgremium ab.',

	responseTitle: 'Stellungnahme der Verwaltung',
	noResponse: 'Noch keine Stellungnahme.',
	responseDraft: 'Entwurf – noch nicht veröffentlicht',
	responsePublishedOn: (date: string) => `veröffentlicht am ${date}`,
	writeResponse: 'Stellungnahme erfassen oder ändern',
	reviewResponse: 'Stellungnahme ansehen und veröffentlichen',
	writeItemResponse: (n: number) => `Eigene Stellungnahme zu Beitrag ${n}`,

	// Response page (administration)
	responsePageTitle: 'Stellungnahme der Verwaltung',
	responseForPackage: 'Stellungnahme zum ganzen Paket',
	responseForItem: (n: number) => `Stellungnahme zu Beitrag ${n}`,
	responseIntro:
		'Die Stellungnahme darf von der Empfehlung des Begleitgremiums abweichen; beide werden veröffentlicht. Verknüpfen Sie die Absätze der neuen Fassung, in denen sich das Konzept geändert hat.',
	responseReasonHint: 'Wird veröffentlicht. Höchstens 5.000 Zeichen.',
	theRecommendation: 'Empfehlung des Begleitgremiums dazu',
	links: 'Geänderte Absätze',
	linksHint:
		'Wählen Sie eine Fassung und ein Kapitel und dann die Absätze, in denen sich das Konzept geändert hat.',
	linkedNone: 'Noch keine Absätze verknüpft.',
	chapterPicker: 'Fassung und Kapitel',
	chooseChapter: 'Bitte wählen',
	showParagraphs: 'Absätze dieses Kapitels anzeigen',
	paragraphsOf: (label: string, chapter: string) => `Absätze in ${label}, Kapitel ${chapter}`,
	paragraphOption: (n: number, text: string) => `Absatz ${n}: ${text}`,
	linkedParagraphs: 'Bereits verknüpft (Haken entfernen, um die Verknüpfung zu lösen)',
	saveResponse: 'Stellungnahme speichern',
	responseSaved: 'Die Stellungnahme ist gespeichert.',
	responseSavedPublic: 'Die Änderung ist gespeichert und sofort öffentlich sichtbar.',
	publish: 'Veröffentlichen',
	publishPackage: 'Stellungnahmen zu diesem Paket veröffentlichen',
	publishConfirm: 'Ja, jetzt veröffentlichen: für alle sichtbar, mit E-Mail an die Verfassenden.',
	publishHint:
		'Veröffentlicht die Stellungnahme zum Paket und alle Stellungnahmen zu einzelnen Beiträgen des Pakets. Die Verfasserinnen und Verfasser werden per E-Mail benachrichtigt (jede Person einmal je Beitrag).',
	publishItemHint:
		'Veröffentlicht diese Stellungnahme. Die Verfasserin oder der Verfasser wird per E-Mail benachrichtigt, wenn das noch nicht geschehen ist.',
	published: (n: number) =>
		n === 0
			? 'Die Stellungnahme ist veröffentlicht.'
			: `Die Stellungnahme ist veröffentlicht. ${n === 1 ? '1 Person wird' : `${n} Personen werden`} benachrichtigt.`,
	alreadyPublished: 'Diese Stellungnahme ist veröffentlicht. Änderungen sind sofort öffentlich sichtbar.',
	backToGremium: 'Zurück zu den Themenpaketen des Begleitgremiums',
	backToPackage: 'Zurück zum Themenpaket',

	errors: {
		forbidden: 'Sie haben keine Berechtigung für diese Aktion.',
		not_found: 'Das gibt es nicht (mehr).',
		not_forwarded: 'Dieses Themenpaket wurde noch nicht an das Begleitgremium weitergeleitet.',
		not_in_package: 'Dieser Beitrag gehört nicht zu diesem Themenpaket.',
		body_required: 'Bitte schreiben Sie eine Anmerkung.',
		body_too_long: 'Die Anmerkung ist länger als 5.000 Zeichen. Bitte kürzen Sie sie.',
		verdict_required: 'Bitte wählen Sie eine Bewertung.',
		reason_required: 'Bitte begründen Sie die Bewertung.',
		reason_too_long: 'Die Begründung ist länger als 5.000 Zeichen. Bitte kürzen Sie sie.',
		invalid_paragraph: 'Mindestens ein gewählter Absatz gehört nicht zu einer Fassung dieses Verfahrens.',
		too_many_links: 'Bitte verknüpfen Sie höchstens 20 Absätze.',
		response_published:
			'Die Stellungnahme der Verwaltung dazu ist veröffentlicht; die Empfehlung kann nicht mehr geändert werden.',
		no_response: 'Es gibt noch keine Stellungnahme, die veröffentlicht werden könnte.',
		conflict: 'Jemand anderes hat das gerade geändert. Bitte laden Sie die Seite neu.',
		changed_meanwhile:
			'Jemand anderes hat das inzwischen gespeichert (der Stand ist jetzt auf der Seite zu sehen). Ihr Text ist erhalten: Speichern Sie ihn erneut, wenn er den neuen Stand ersetzen soll.'
	},

	// Public results
	processLink: 'Ergebnisse: Wie wurden die Beiträge berücksichtigt?',
	processLinkText:
		'Für jeden ausgewerteten Beitrag: die Empfehlung des Begleitgremiums, die Stellungnahme der Verwaltung und die geänderten Absätze.',
	resultsTitle: 'Ergebnisse der Beteiligung',
	resultsIntro:
		'Hier sehen Sie, wie mit den Beiträgen umgegangen wurde: die Empfehlung des Begleitgremiums und die Stellungnahme der Verwaltung mit Begründung. Wo sich das Konzept geändert hat, ist der geänderte Absatz verlinkt.',
	countsTitle: 'Übersicht nach Stellungnahme',
	countsTotal: (n: number) => (n === 1 ? '1 beantworteter Beitrag' : `${n} beantwortete Beiträge`),
	filterTitle: 'Ergebnisse filtern',
	chapter: 'Kapitel',
	allChapters: 'Alle Kapitel',
	allDistricts: 'Alle Quartiere',
	allCategories: 'Alle Kategorien',
	response: 'Stellungnahme',
	allVerdicts: 'Alle Stellungnahmen',
	apply: 'Filter anwenden',
	reset: 'Filter zurücksetzen',
	resultsCount: (n: number) => (n === 1 ? '1 Beitrag' : `${n} Beiträge`),
	noResults: 'Zu diesen Filtern gibt es noch keine beantworteten Beiträge.',
	listTitle: 'Beiträge und ihre Berücksichtigung',
	recommendationLabel: 'Empfehlung des Begleitgremiums',
	responseLabel: 'Stellungnahme der Verwaltung',
	changedIn: 'Geändert in',
	linkText: (version: string, chapter: string, n: number | null) =>
		`${version}, Kapitel ${chapter}${n ? `, Absatz ${n}` : ''}`,
	toContribution: 'Zum Beitrag',
	toContributionLabel: (n: string) => `Zum Beitrag: ${n}`,
	more: 'Weitere Ergebnisse',
	first: 'Zum Anfang der Liste',
	by: (name: string) => `von ${name}`,
	viaChannel: (channel: string) => `eingegangen per ${channel}`,

	// Handling on a contribution's own page
	handlingTitle: 'Wie wurde dieser Beitrag berücksichtigt?',
	statusLabel: 'Stand',
	status: {
		received: 'In Prüfung: Die Moderation wertet die Beiträge aus.',
		forwarded: (title: string) =>
			`An das Begleitgremium weitergeleitet (Themenpaket „${title}“) – in Beratung.`,
		answered: (title: string) => `Beraten im Themenpaket „${title}“.`
	},
	recommendationPending: 'Die Empfehlung des Begleitgremiums wird mit der Stellungnahme veröffentlicht.',
	oldWording: 'Bisheriger Wortlaut',
	newWording: 'Neuer Wortlaut',
	writtenOnVersion: (label: string) => `Absatz, zu dem der Beitrag geschrieben wurde (${label})`,
	linkedVersion: (label: string, chapter: string) => `Geänderter Absatz (${label}, Kapitel ${chapter})`,
	diffLegend:
		'Eingefügte Wörter sind grün hinterlegt und unterstrichen, gestrichene rot hinterlegt und durchgestrichen.',
	inserted: 'eingefügt',
	deleted: 'gestrichen',
	toParagraph: 'Absatz im Entwurf lesen'
};
