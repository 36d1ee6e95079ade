// The review queue of moderation: queue, item page, offline input, topic packages, reports and the
// mails to authors about their input.
export const review = {
	nav: {
		label: 'Bereiche der Moderation',
		queue: 'Prüfwarteschlange',
		packages: 'Themenpakete',
		offline: 'Eingang erfassen',
		unmatched: 'Nicht zugeordnete Kommentare',
		export: 'Abwägungstabelle'
	},
	queueTitle: 'Prüfwarteschlange',
	queueIntro:
		'Alle Eingaben eines Verfahrens an einem Ort: Kommentare, Antworten, Hinweise auf der Karte und Eingänge per Brief, E-Mail oder vor Ort.',
	backlogTitle: 'Überblick',
	backlogLabel: 'Anzahl der Beiträge nach Status',
	states: {
		review: 'Zu prüfen',
		pending: 'Wartet auf Freigabe',
		unreviewed: 'Veröffentlicht, ungeprüft',
		published: 'Veröffentlicht',
		rejected: 'Nicht veröffentlicht',
		withdrawn: 'Zurückgezogen',
		all: 'Alle'
	},
	reportedCount: 'Gemeldet',
	photosCount: 'Fotos warten',
	kinds: {
		comment: 'Kommentar',
		reply: 'Antwort',
		pin: 'Hinweis auf der Karte',
		card: 'Karte aus der Werkstatt',
		offline: 'Eingang'
	},
	channels: {
		online: 'Online',
		letter: 'Brief',
		email: 'E-Mail',
		event: 'Veranstaltung vor Ort',
		phone: 'Telefon',
		other: 'Sonstiger Weg'
	},
	/** "Eingang per Brief": how offline input arrived, after the kind. */
	channelsVia: {
		online: 'online',
		letter: 'per Brief',
		email: 'per E-Mail',
		event: 'bei einer Veranstaltung vor Ort',
		phone: 'per Telefon',
		other: 'auf sonstigem Weg'
	},
	photoStates: {
		pending: 'Foto wartet auf Prüfung',
		approved: 'Foto freigegeben',
		rejected: 'Foto abgelehnt'
	},
	packageStates: {
		draft: 'Entwurf',
		forwarded: 'An das Begleitgremium weitergeleitet',
		recommended: 'Empfehlung liegt vor',
		answered: 'Beantwortet'
	},

	filtersTitle: 'Filter',
	filter: {
		process: 'Verfahren',
		state: 'Status',
		kind: 'Art',
		phase: 'Phase',
		module: 'Modul',
		chapter: 'Kapitel',
		district: 'Quartier',
		category: 'Kategorie',
		tag: 'Schlagwort',
		assignee: 'Zuständig',
		package: 'Themenpaket',
		reported: 'Nur gemeldete Beiträge',
		more: 'Weitere Filter',
		moreActive: (n: number) => `${n} aktiv`,
		any: 'Alle',
		me: 'Ich',
		nobody: 'Niemand',
		noPackage: 'In keinem Themenpaket',
		apply: 'Filtern',
		reset: 'Filter zurücksetzen'
	},
	results: (n: number, more: boolean) =>
		n === 0
			? 'Keine Beiträge für diese Filter.'
			: `${n === 1 ? '1 Beitrag' : `${n} Beiträge`} auf dieser Seite${more ? ', weitere auf den folgenden Seiten' : ''}`,
	nextPage: 'Weitere Beiträge',
	olderPackages: 'Ältere Themenpakete',
	firstPage: 'Zum Anfang der Liste',

	skipToList: 'Zur Liste der Beiträge springen',
	selectAll: 'Alle auf dieser Seite auswählen',
	select: (text: string) => `Auswählen: ${text}`,
	bulkTitle: 'Ausgewählte Beiträge bearbeiten',
	bulkHint: 'Wählen Sie Beiträge in der Liste aus und dann eine Aktion.',
	nothingSelected: 'Bitte wählen Sie mindestens einen Beitrag aus.',
	approve: 'Freigeben',
	approveOne: (what: string) => `Freigeben: ${what}`,
	reject: 'Nicht veröffentlichen',
	reason: 'Grund nach Netiquette',
	chooseReason: 'Bitte wählen',
	note: 'Erläuterung für die Person (optional)',
	reasonRequired: 'Bitte wählen Sie einen Grund aus der Netiquette.',
	tagTitle: 'Schlagwort',
	tagExisting: 'Vorhandenes Schlagwort',
	tagNew: 'oder neues Schlagwort',
	tagAdd: 'Schlagwort setzen',
	tagRemove: 'Schlagwort entfernen',
	tagRemoveOne: (label: string) => `Schlagwort „${label}“ entfernen`,
	tagChoose: 'Schlagwort wählen',
	assignTitle: 'Zuständigkeit',
	assignTo: 'Zuständig',
	assign: 'Zuweisen',
	packageTitle: 'Themenpaket',
	packageExisting: 'Vorhandenes Themenpaket',
	packageNewTitle: 'oder neues Themenpaket mit dem Titel',
	packageAdd: 'Zu Themenpaket hinzufügen',
	packageChoose: 'Themenpaket wählen',
	duplicateTitle: 'Duplikat',
	duplicateOf: 'Duplikat von (Nummer oder Link des ursprünglichen Beitrags)',
	duplicateHint:
		'Die Nummer steht auf der Seite des Beitrags; deren Adresse (Link) geht auch, ebenso die kurze „Nr.“ aus der Abwägungstabelle. Ein Duplikat behält seinen Status und wird mit dem ursprünglichen Beitrag verknüpft.',
	markDuplicate: 'Als Duplikat markieren',
	unmarkDuplicate: 'Duplikat-Markierung entfernen',
	examine: 'Prüfen',
	examineOne: (what: string) => `Prüfen: ${what}`,

	// What happened (alerts after actions).
	done: {
		approved: (n: number) => (n === 1 ? '1 Beitrag freigegeben' : `${n} Beiträge freigegeben`),
		rejected: (n: number) =>
			n === 1 ? '1 Beitrag nicht veröffentlicht' : `${n} Beiträge nicht veröffentlicht`,
		conflicts: (n: number) =>
			n === 1 ? '1 inzwischen von anderer Seite bearbeitet' : `${n} inzwischen von anderer Seite bearbeitet`,
		already: (n: number) => (n === 1 ? '1 war schon so entschieden' : `${n} waren schon so entschieden`),
		alreadyAll: (n: number, kind: 'approved' | 'rejected') =>
			`${n === 1 ? 'Der ausgewählte Beitrag ist' : `Die ${n} ausgewählten Beiträge sind`} schon ${
				kind === 'approved' ? 'freigegeben und geprüft' : 'nicht veröffentlicht'
			}: Es gab nichts zu tun.`,
		missing: (n: number) => `${n} nicht gefunden`,
		tagged: (n: number, label: string) =>
			`Schlagwort „${label}“ bei ${n} ${n === 1 ? 'Beitrag' : 'Beiträgen'} gesetzt`,
		untagged: (n: number) => `Schlagwort bei ${n} ${n === 1 ? 'Beitrag' : 'Beiträgen'} entfernt`,
		assigned: (n: number) => `Zuständigkeit bei ${n} ${n === 1 ? 'Beitrag' : 'Beiträgen'} geändert`,
		duplicates: (n: number) => `${n} ${n === 1 ? 'Beitrag' : 'Beiträge'} als Duplikat markiert`,
		unduplicated: 'Die Duplikat-Markierung ist entfernt.',
		packed: (n: number, title: string) =>
			`${n} ${n === 1 ? 'Beitrag' : 'Beiträge'} zum Themenpaket „${title}“ hinzugefügt`,
		packSkipped: (n: number) =>
			`${n} nicht hinzugefügt (nicht veröffentlicht, schon darin oder in einem weitergeleiteten Paket)`,
		photoApproved: 'Das Foto ist freigegeben.',
		photoRejected: 'Das Foto wird nicht veröffentlicht.',
		offline: 'Der Eingang ist erfasst und veröffentlicht.',
		attached: 'Der Kommentar ist zugeordnet.'
	},
	conflict:
		'Dieser Beitrag wurde inzwischen von einer anderen Person bearbeitet. Bitte sehen Sie sich den aktuellen Stand an und entscheiden Sie dann erneut.',
	conflictSome:
		'Die Liste zeigt den aktuellen Stand; bitte entscheiden Sie über diese Beiträge gegebenenfalls erneut.',

	// Item row and item page.
	by: 'von',
	deletedAccount: 'gelöschtes Konto',
	moderatorPost: 'Beitrag aus der Moderation',
	inChapter: (n: string, t: string) => `Kapitel ${n} ${t}`,
	inDistrict: (d: string) => `Quartier ${d}`,
	replyTo: 'Antwort auf',
	reports: (n: number) => (n === 1 ? '1 Meldung' : `${n} Meldungen`),
	hiddenBadge: 'ausgeblendet',
	duplicateBadge: 'Duplikat',
	inPackage: (t: string) => `Themenpaket: ${t}`,
	assignedTo: (n: string) => `Zuständig: ${n}`,
	receivedOn: (d: string) => `eingegangen am ${d}`,
	itemTitle: 'Beitrag prüfen',
	itemNumber: 'Nummer',
	backToQueue: 'Zurück zur Prüfwarteschlange',
	textTitle: 'Text',
	metaTitle: 'Angaben',
	kindLabel: 'Art',
	stateLabel: 'Status',
	authorLabel: 'Verfasst von',
	writtenLabel: 'Geschrieben am',
	channelLabel: 'Eingangsweg',
	receivedLabel: 'Eingegangen am',
	senderLabel: 'Absender*in (nur intern)',
	noSender: 'nicht angegeben',
	contextTitle: 'Zusammenhang',
	paragraphLabel: 'Absatz, auf den sich der Beitrag bezieht',
	wholeChapter: 'Bezieht sich auf das ganze Kapitel.',
	parentLabel: 'Antwort auf diesen Beitrag',
	districtLabel: 'Quartier',
	categoryLabel: 'Kategorie',
	positionLabel: 'Ort',
	noPosition: 'ohne genauen Ort',
	photoLabel: 'Foto',
	photoAlt: (alt: string) => (alt ? `Foto zum Hinweis: ${alt}` : 'Foto zum Hinweis (ohne Beschreibung)'),
	photoApprove: 'Foto freigeben',
	photoReject: 'Foto ablehnen',
	rejectedBecause: (r: string) => `Nicht veröffentlicht: ${r}`,
	decisionTitle: 'Entscheidung',
	decided: 'Dieser Beitrag ist geprüft. Sie können die Entscheidung hier ändern.',
	reportsTitle: 'Offene Meldungen',
	noReports: 'Keine offenen Meldungen.',
	reportsHint:
		'Eine Entscheidung erledigt alle offenen Meldungen: Freigeben zeigt den Beitrag wieder an, Nicht veröffentlichen lehnt ihn ab.',
	similarTitle: 'Ähnliche Beiträge',
	similarIntro: 'Veröffentlichte Beiträge desselben Verfahrens mit ähnlichen Wörtern.',
	similarNone: 'Keine ähnlichen Beiträge gefunden.',
	similarDuplicate: 'Diesen Beitrag als Duplikat davon markieren',
	similarPackage: 'Zum Themenpaket hinzufügen',
	duplicateOfLabel: 'Duplikat von',
	duplicatesLabel: 'Als Duplikate markiert',
	historyTitle: 'Verlauf',
	historyEmpty: 'Noch keine Einträge.',
	system: 'automatisch',
	tagsTitle: 'Schlagwörter',
	noTags: 'Keine Schlagwörter.',
	openPublic: 'Öffentliche Seite des Beitrags',

	// Offline input.
	offlineTitle: 'Eingang erfassen',
	offlineIntro:
		'Erfassen Sie hier Hinweise, die per Brief, E-Mail, Telefon oder auf einer Veranstaltung eingegangen sind. Der Text wird veröffentlicht, die Angaben zur Person nicht.',
	offlineChannel: 'Eingangsweg',
	offlineReceived: 'Eingegangen am',
	offlineSender: 'Absender*in',
	offlineSenderHint: 'Nur für die Moderation sichtbar. Wird nie veröffentlicht oder öffentlich exportiert.',
	offlineBody: 'Text des Eingangs',
	offlineBodyHint: 'Bitte ohne Namen und Adressen von Personen.',
	offlinePlace: 'Bezug',
	offlinePlaceHint: 'Ein Kapitel (und Absatz) des aktuellen Entwurfs oder ein Quartier – oder nichts davon.',
	offlineChapter: 'Kapitel',
	offlineParagraph: 'Absatz (optional)',
	offlineWholeChapter: 'ganzes Kapitel',
	offlineDistrict: 'Quartier',
	offlineCategory: 'Kategorie (optional)',
	none: 'keine Angabe',
	offlineSave: 'Eingang speichern',

	// Topic packages.
	packagesTitle: 'Themenpakete',
	packagesIntro:
		'Fassen Sie ähnliche Beiträge zu Themenpaketen zusammen, schreiben Sie eine Zusammenfassung und leiten Sie das Paket an das Begleitgremium weiter.',
	packagesEmpty: 'Noch keine Themenpakete.',
	packagesNew: 'Neues Themenpaket',
	packageTitleLabel: 'Titel',
	packageSummaryLabel: 'Zusammenfassung der Moderation',
	packageCreate: 'Themenpaket anlegen',
	packageSave: 'Speichern',
	packageItems: (n: number) => (n === 1 ? '1 Beitrag' : `${n} Beiträge`),
	packageColTitle: 'Titel',
	packageColState: 'Status',
	packageColItems: 'Beiträge',
	packageColUpdated: 'Zuletzt geändert',
	packageItemsTitle: 'Beiträge in diesem Paket',
	packageNoItems: 'Noch keine Beiträge. Fügen Sie Beiträge in der Prüfwarteschlange hinzu.',
	packageAddHint:
		'Beiträge fügen Sie in der Prüfwarteschlange hinzu: auswählen, dann „Zu Themenpaket hinzufügen“.',
	packageToQueue: 'Beiträge in der Warteschlange auswählen',
	packageRemove: 'Aus dem Paket entfernen',
	packageRemoveOne: (what: string) => `Aus dem Paket entfernen: ${what}`,
	packageForward: 'An das Begleitgremium weiterleiten',
	packageForwardHint:
		'Nach der Weiterleitung sieht das Begleitgremium das Paket mit allen Beiträgen. Später hinzugefügte Beiträge werden im Verlauf festgehalten.',
	packageForwardConfirm: 'Ja, das Paket ist fertig und geht jetzt an das Begleitgremium.',
	packageForwarded: (d: string) => `Weitergeleitet am ${d}`,
	packageDelete: 'Entwurf löschen',
	packageDeleteHint: 'Die Beiträge bleiben erhalten und gehören danach zu keinem Paket.',
	packageCreatedMsg: 'Das Themenpaket ist angelegt.',
	packageSavedMsg: 'Das Themenpaket ist gespeichert.',
	packageForwardedMsg: 'Das Themenpaket ist an das Begleitgremium weitergeleitet.',
	packageDeletedMsg: 'Der Entwurf ist gelöscht.',
	packageRemovedMsg: 'Der Beitrag ist aus dem Paket entfernt.',
	createdBy: (n: string) => `angelegt von ${n}`,

	unmatchedTitle: 'Nicht zugeordnete Kommentare',
	unmatchedIntro:
		'Diese Kommentare haben in einer neuen Fassung ihren Absatz verloren. Ordnen Sie sie einem Absatz der aktuellen Fassung zu.',

	// Reports by participants.
	report: {
		summary: 'Melden',
		summaryFor: (what: string) => `Melden: ${what}`,
		legend: 'Warum melden Sie diesen Beitrag?',
		note: 'Erläuterung (optional, höchstens 1.000 Zeichen)',
		submit: 'Meldung absenden',
		hint: 'Die Moderation prüft den Beitrag. Ihr Name wird der verfassenden Person nicht angezeigt.',
		loginFirst: 'Bitte melden Sie sich an, um einen Beitrag zu melden.',
		login: 'Anmelden',
		thanks: 'Danke für Ihre Meldung. Die Moderation prüft den Beitrag.',
		already: 'Sie haben diesen Beitrag bereits gemeldet.',
		hiddenNote:
			'Dieser Beitrag ist nach mehreren Meldungen vorübergehend ausgeblendet, bis die Moderation ihn geprüft hat. Nur Sie sehen ihn.'
	},

	errors: {
		reason_required: 'Bitte wählen Sie einen Grund aus der Netiquette.',
		report_reason_required: 'Bitte wählen Sie einen Grund für die Meldung.',
		report_note_too_long: 'Die Erläuterung darf höchstens 1.000 Zeichen lang sein.',
		report_own: 'Eigene Beiträge können Sie nicht melden.',
		already_reported: 'Sie haben diesen Beitrag bereits gemeldet.',
		not_verified: 'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse.',
		nothing_selected: 'Bitte wählen Sie mindestens einen Beitrag aus.',
		tag_invalid: 'Bitte geben Sie ein Schlagwort mit höchstens 60 Zeichen ein oder wählen Sie eines aus.',
		tag_unknown: 'Dieses Schlagwort gibt es nicht (mehr).',
		tag_choose: 'Bitte wählen Sie das Schlagwort aus, das entfernt werden soll.',
		already: 'Dieser Beitrag ist schon so entschieden.',
		assignee_invalid: 'Bitte wählen Sie eine Person aus der Moderation.',
		duplicate_ambiguous:
			'Mehrere Beiträge beginnen mit dieser Nummer. Bitte geben Sie die ganze Nummer oder den Link des Beitrags an.',
		duplicate_unknown: 'Einen Beitrag mit dieser Nummer gibt es nicht.',
		duplicate_self: 'Ein Beitrag kann kein Duplikat von sich selbst sein.',
		duplicate_of_own:
			'Der angegebene Beitrag ist selbst ein Duplikat dieses Beitrags. Ein ursprünglicher Beitrag kann nicht Duplikat seiner Duplikate sein.',
		duplicate_other_process: 'Der ursprüngliche Beitrag gehört zu einem anderen Verfahren.',
		package_title_required: 'Bitte geben Sie einen Titel ein.',
		package_title_taken:
			'Ein Themenpaket mit diesem Titel gibt es in diesem Verfahren schon. Wählen Sie es aus der Liste oder geben Sie einen anderen Titel ein.',
		package_answered:
			'Die Stellungnahme zu diesem Themenpaket ist veröffentlicht: Titel, Zusammenfassung und Beiträge bleiben so, wie sie beantwortet wurden.',
		package_nothing_added:
			'Keiner der ausgewählten Beiträge kann in ein Themenpaket (nur veröffentlichte Beiträge, die in keinem weitergeleiteten Paket liegen). Es wurde kein neues Paket angelegt.',
		package_title_too_long: 'Der Titel darf höchstens 200 Zeichen lang sein.',
		package_summary_too_long: 'Die Zusammenfassung darf höchstens 5.000 Zeichen lang sein.',
		package_not_draft: 'Das geht nur mit einem Entwurf. Das Paket wurde bereits weitergeleitet.',
		package_empty: 'Ein leeres Themenpaket kann nicht weitergeleitet werden.',
		package_choose: 'Bitte wählen Sie ein Themenpaket oder geben Sie einen Titel für ein neues ein.',
		offline_channel_required: 'Bitte wählen Sie, wie der Eingang angekommen ist.',
		offline_date_invalid: 'Bitte geben Sie das Eingangsdatum an, zum Beispiel 24.10.2023.',
		offline_date_future: 'Das Eingangsdatum darf nicht in der Zukunft liegen.',
		offline_sender_too_long: 'Die Angabe zur Person darf höchstens 200 Zeichen lang sein.',
		offline_body_required: 'Bitte geben Sie den Text des Eingangs ein.',
		offline_body_too_long: 'Der Text darf höchstens 5.000 Zeichen lang sein.',
		offline_place_both: 'Bitte wählen Sie entweder ein Kapitel oder ein Quartier, nicht beides.',
		offline_paragraph_mismatch: 'Der Absatz gehört nicht zum gewählten Kapitel.',
		offline_chapter_unknown: 'Dieses Kapitel gehört nicht zur aktuellen Fassung.',
		offline_district_unknown: 'Dieses Quartier gibt es nicht.',
		offline_category_unknown: 'Diese Kategorie gibt es nicht.',
		unknown_paragraph: 'Diesen Absatz gibt es im Kapitel nicht.',
		conflict:
			'Dieser Beitrag wurde inzwischen von einer anderen Person bearbeitet. Bitte sehen Sie sich den aktuellen Stand an und entscheiden Sie dann erneut.',
		not_found: 'Nicht gefunden.',
		photo_conflict: 'Über dieses Foto wurde inzwischen bereits so entschieden.'
	},

	// Mails to authors.
	mail: {
		approvedSubject: 'Ihr Beitrag ist veröffentlicht',
		approvedBody: (date: string) =>
			`Ihr Beitrag vom ${date} wurde von der Moderation geprüft und ist jetzt öffentlich zu lesen:`,
		approvedLink: 'Hier finden Sie ihn:',
		rejectedSubject: 'Ihr Beitrag wurde nicht veröffentlicht',
		rejectedBody: (date: string) =>
			`die Moderation hat Ihren Beitrag vom ${date} geprüft und nicht veröffentlicht:`,
		rejectedReason: (reason: string) => `Grund nach unserer Netiquette: ${reason}.`,
		rejectedNote: (note: string) => `Hinweis der Moderation: ${note}`,
		rejectedLink: 'Sie selbst sehen den Beitrag mit dem Grund weiterhin hier:',
		rejectedAfter:
			'Sie können gern einen neuen Beitrag schreiben, der unserer Netiquette entspricht. Bei Fragen antworten Sie einfach auf diese E-Mail.',
		answeredSubject: 'Ihr Beitrag wurde beantwortet',
		answeredBody: (date: string) =>
			`zu Ihrem Beitrag vom ${date} liegt jetzt eine Antwort vor: Die Stadt hat festgehalten, wie mit Ihrem Hinweis umgegangen wird, und begründet das.`,
		answeredLink: 'Die Antwort und gegebenenfalls die geänderte Textstelle finden Sie hier:'
	}
};
