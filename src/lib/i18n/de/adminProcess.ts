// Administration of processes, phases, modules, the committee schedule and documents.
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const adminProcess = {
	title: 'Verfahren verwalten',
	section: {
		title: 'Beteiligungsverfahren',
		description: 'Verfahren, Phasen, Module, Beratungsfolge und Konzeptentwürfe anlegen und bearbeiten.'
	},
	back: 'Zurück zu den Verfahren',
	backToProcess: (title: string) => `Zurück zum Verfahren „${title}“`,
	backToModule: (title: string) => `Zurück zum Modul „${title}“`,
	viewPublic: 'Öffentliche Seite ansehen',
	notPublishedYet: 'Das Verfahren ist noch nicht veröffentlicht; die öffentliche Seite sehen nur Sie.',
	edit: 'Bearbeiten',
	/** Visually hidden rest of a link or button name: "Bearbeiten: Phase „Online-Beteiligung“". */
	hiddenName: (kind: string, name: string) => `: ${kind} „${name}“`,
	confirmDelete: 'Ja, endgültig löschen',
	confirmRequired: 'Bitte bestätigen Sie, dass Sie löschen möchten.',

	list: {
		caption: 'Alle Beteiligungsverfahren, neueste zuerst',
		none: 'Es gibt noch kein Verfahren.',
		title: 'Titel',
		slug: 'Kürzel',
		published: 'Veröffentlicht',
		phases: 'Phasen',
		created: 'Angelegt am'
	},

	process: {
		createTitle: 'Neues Verfahren anlegen',
		create: 'Verfahren anlegen',
		created: 'Das Verfahren wurde angelegt. Legen Sie jetzt die Phasen und Module an.',
		detailsTitle: 'Angaben zum Verfahren',
		save: 'Angaben speichern',
		saved: 'Die Angaben zum Verfahren wurden gespeichert.',
		unchanged: 'Es wurde nichts geändert.',
		title: 'Titel',
		titleHint: 'Zum Beispiel „Fortschreibung Handlungskonzept Wohnen“.',
		slug: 'Kürzel für die Adresse',
		slugHint: (example: string) =>
			`Nur Kleinbuchstaben a–z, Ziffern und Bindestriche (nicht am Anfang oder Ende). Die Adresse lautet dann ${example}.`,
		summary: 'Kurzbeschreibung',
		summaryHint: 'Ein bis zwei Sätze für die Startseite, höchstens 500 Zeichen.',
		description: 'Beschreibung',
		descriptionHint: 'Einfacher Text; Absätze durch eine Leerzeile trennen.',
		published: 'Veröffentlicht: für alle auf der Website sichtbar'
	},

	phases: {
		title: 'Phasen',
		intro:
			'Jede Phase ist ein Zeitraum in Berliner Zeit mit einem Teilnehmendenkreis. Welche Module eine Phase öffnet, legen Sie weiter unten fest.',
		caption: 'Phasen dieses Verfahrens in ihrer Reihenfolge',
		none: 'Es gibt noch keine Phase.',
		order: 'Nr.',
		phase: 'Phase',
		period: 'Zeitraum',
		audience: 'Wer kann mitmachen',
		moderation: 'Moderation',
		up: 'Nach oben',
		down: 'Nach unten',
		kind: 'Phase',
		createTitle: 'Neue Phase anlegen',
		create: 'Phase anlegen',
		created: 'Die Phase wurde angelegt.',
		moved: 'Die Reihenfolge wurde geändert.',
		editTitle: (title: string) => `Phase „${title}“ bearbeiten`,
		save: 'Phase speichern',
		saved: 'Die Phase wurde gespeichert.',
		deleteTitle: 'Phase löschen',
		deleteText:
			'Die Phase und ihre Einstellungen für die Module werden gelöscht. Beiträge, die in der Phase geschrieben wurden, bleiben erhalten.',
		deleteConfirm: 'Ja, diese Phase löschen',
		delete: 'Phase löschen',
		deleted: 'Die Phase wurde gelöscht.',
		fieldTitle: 'Titel',
		fieldTitleHint: 'Zum Beispiel „Online-Beteiligung“ oder „Werkstatt der Allianz für Wohnen“.',
		fieldDescription: 'Beschreibung',
		startsAt: 'Beginn',
		endsAt: 'Ende',
		timeHint: 'Datum und Uhrzeit in Berliner Zeit, zum Beispiel 25.05.2023, 09:00 Uhr.',
		moderationModes: {
			pre: 'Vorab prüfen: Beiträge erscheinen erst nach der Freigabe',
			post: 'Nachträglich prüfen: Beiträge erscheinen sofort'
		},
		choose: 'Bitte wählen'
	},

	meetings: {
		title: 'Beratungsfolge',
		intro: 'Die Sitzungen, in denen die Politik das Konzept nach der Beteiligung berät.',
		caption: 'Termine der Beratungsfolge nach Datum',
		none: 'Es gibt noch keinen Termin.',
		date: 'Datum',
		dateHint: 'Zum Beispiel 24.10.2023.',
		committee: 'Gremium',
		committeeHint: 'Zum Beispiel „Ausschuss für Planung und Grundstücke“.',
		competence: 'Zuständigkeit',
		note: 'Hinweis',
		kind: 'Termin',
		createTitle: 'Neuen Termin anlegen',
		create: 'Termin anlegen',
		created: 'Der Termin wurde angelegt.',
		editTitle: (committee: string) => `Termin „${committee}“ bearbeiten`,
		save: 'Termin speichern',
		saved: 'Der Termin wurde gespeichert.',
		deleteTitle: 'Termin löschen',
		deleteText: 'Der Termin wird aus der Beratungsfolge entfernt.',
		deleteConfirm: 'Ja, diesen Termin löschen',
		delete: 'Termin löschen',
		deleted: 'Der Termin wurde gelöscht.',
		choose: 'Bitte wählen'
	},

	modules: {
		title: 'Module',
		intro:
			'Module sind die Arten der Beteiligung in diesem Verfahren, zum Beispiel ein Konzeptentwurf zum Kommentieren.',
		caption: 'Module dieses Verfahrens',
		none: 'Es gibt noch kein Modul.',
		module: 'Modul',
		type: 'Typ',
		slug: 'Kürzel',
		contributions: 'Beiträge',
		kind: 'Modul',
		types: {
			document: 'Konzeptentwurf (Dokument)',
			map: 'Karte',
			workshop: 'Werkstatt'
		},
		createTitle: 'Neues Modul anlegen',
		create: 'Modul anlegen',
		created: 'Das Modul wurde angelegt.',
		fieldType: 'Typ',
		fieldTypeHint: 'Der Typ lässt sich später nicht mehr ändern.',
		fieldSlug: 'Kürzel für die Adresse',
		fieldSlugHint: (example: string) =>
			`Nur Kleinbuchstaben a–z, Ziffern und Bindestriche. Die Adresse lautet dann ${example}.`,
		fieldTitle: 'Titel',
		fieldDescription: 'Beschreibung',
		choose: 'Bitte wählen',
		detailsTitle: 'Angaben zum Modul',
		save: 'Angaben speichern',
		saved: 'Die Angaben zum Modul wurden gespeichert.',
		deleteTitle: 'Modul löschen',
		deleteText: 'Das Modul wird mit seinem Dokument, allen Fassungen und Kapiteln gelöscht.',
		deleteBlocked: (n: number) =>
			`Dieses Modul kann nicht gelöscht werden: Es ${plural(n, 'hat schon einen Beitrag', `hat schon ${n} Beiträge`)}, und Beiträge gehen nicht verloren. Schließen Sie es stattdessen in allen Phasen.`,
		deleteConfirm: 'Ja, dieses Modul mit Dokument, allen Fassungen und Kapiteln löschen',
		delete: 'Modul löschen',
		deleted: 'Das Modul wurde gelöscht.',
		hasContributions: 'Dieses Modul hat schon Beiträge und kann deshalb nicht gelöscht werden.',
		manage: 'Bearbeiten',
		noEditor: 'Für diesen Modultyp gibt es hier noch keine weiteren Einstellungen.'
	},

	matrix: {
		title: 'Module in den Phasen',
		intro:
			'Legen Sie für jede Phase fest, welche Module sie öffnet und was die Teilnehmenden darin tun können. Jede Phase wird für sich gespeichert.',
		needBoth:
			'Sobald es mindestens eine Phase und ein Modul gibt, legen Sie hier fest, welche Module jede Phase öffnet.',
		open: 'in dieser Phase geöffnet',
		functions: 'Funktionen',
		save: 'Für diese Phase speichern',
		saveHidden: (phase: string) => `: Phase „${phase}“`,
		saved: (phase: string) => `Die Einstellungen für die Phase „${phase}“ wurden gespeichert.`,
		unchanged: 'Es wurde nichts geändert.',
		noFlags: 'Dieser Modultyp hat keine Funktionen zum Einschalten.'
	},

	flags: {
		commenting: 'Kommentieren',
		supporting: 'Zustimmen',
		pinning: 'Hinweise setzen',
		cards: 'Karten schreiben',
		voting: 'Punkte vergeben'
	},

	document: {
		title: 'Konzeptentwurf',
		noneIntro:
			'Für dieses Modul gibt es noch kein Dokument. Legen Sie es an; es beginnt mit einer leeren Fassung 1 im Entwurf.',
		createTitle: 'Dokument anlegen',
		fieldTitle: 'Titel des Dokuments',
		fieldTitleHint: 'Zum Beispiel „Entwurf des Handlungskonzepts Wohnen“.',
		create: 'Dokument anlegen',
		created: 'Das Dokument wurde angelegt. Fassung 1 ist im Entwurf; legen Sie jetzt die Kapitel an.',
		exists: 'Für dieses Modul gibt es schon ein Dokument.',
		versionsTitle: 'Fassungen',
		versionsCaption: 'Fassungen des Dokuments, älteste zuerst',
		version: 'Fassung',
		state: 'Status',
		publishedAt: 'Veröffentlicht am',
		chapterCount: 'Kapitel',
		states: { draft: 'Entwurf', published: 'aktuell veröffentlicht', superseded: 'abgelöst' },
		showChapters: 'Kapitel anzeigen',
		showing: 'angezeigt',
		newVersion: 'Neue Fassung anlegen',
		newVersionHint:
			'Die neue Fassung beginnt als Kopie der neuesten Fassung, mit denselben Kapiteln und Absätzen.',
		versionCreated: (label: string) => `${label} wurde als Entwurf angelegt.`,
		chaptersTitle: (label: string, state: string) => `Kapitel der ${label} (${state})`,
		chaptersCaption: (label: string) => `Kapitel der ${label} in ihrer Reihenfolge`,
		noChapters: 'Diese Fassung hat noch keine Kapitel.',
		readOnly:
			'Diese Fassung ist veröffentlicht oder abgelöst und kann nicht mehr geändert werden. Änderungen machen Sie in einer neuen Fassung.',
		number: 'Nummer',
		chapterTitle: 'Titel',
		position: 'Position',
		view: 'Ansehen',
		newChapter: 'Neues Kapitel anlegen',
		deleteChapter: 'Löschen',
		chapterKind: 'Kapitel',
		confirmChapterDelete: (name: string) => `Kapitel „${name}“ wirklich löschen?`,
		confirmChapterDeleteText:
			'Das Kapitel wird aus dem Entwurf entfernt. Kommentare zur veröffentlichten Fassung bleiben erhalten; beim Veröffentlichen kommen sie in die Moderation, weil ihr Kapitel fehlt.',
		chapterDeleted: 'Das Kapitel wurde gelöscht.',
		publishTitle: 'Fassung veröffentlichen',
		publishText:
			'Die bisher aktuelle Fassung wird abgelöst, bleibt aber lesbar. Jeder Kommentar wird dem passenden Absatz der neuen Fassung zugeordnet; Kommentare ohne passenden Absatz kommen in die Moderation.',
		publish: 'Fassung veröffentlichen',
		published: (n: number, carried: number, unmatched: number) =>
			`Fassung ${n} ist veröffentlicht. ${carried} ${plural(carried, 'Kommentar wurde', 'Kommentare wurden')} übernommen, ${unmatched} ${plural(unmatched, 'konnte nicht zugeordnet werden und steht', 'konnten nicht zugeordnet werden und stehen')} in der Moderation.`,
		toModeration: 'Zur Moderation',
		versionEmpty: 'Die Fassung hat noch keine Kapitel und kann nicht veröffentlicht werden.',
		versionFrozen: 'Diese Fassung ist schon veröffentlicht und kann nicht mehr geändert werden.'
	},

	chapter: {
		newTitle: 'Neues Kapitel',
		editTitle: (name: string) => `Kapitel „${name}“ bearbeiten`,
		viewTitle: (name: string) => `Kapitel „${name}“`,
		inVersion: (label: string, state: string) => `${label} (${state})`,
		noDraft:
			'Es gibt keine Fassung im Entwurf. Legen Sie zuerst auf der Seite des Moduls eine neue Fassung an.',
		number: 'Nummer',
		numberHint: 'Zum Beispiel 3.2.',
		title: 'Titel',
		key: 'Schlüssel (für die Adresse)',
		keyHint:
			'Nur Kleinbuchstaben a–z, Ziffern und Bindestriche, zum Beispiel bezahlbares-wohnen. Über den Schlüssel werden Kommentare in die nächste Fassung übernommen: Ändern Sie ihn nur, wenn das Kapitel wirklich ein anderes ist.',
		position: 'Position',
		positionHint: 'Reihenfolge im Dokument: kleinere Zahlen stehen weiter vorn.',
		markdown: 'Text (Markdown)',
		markdownHint:
			'Markdown: ## Zwischenüberschrift, **fett**, *kursiv*, - Aufzählung, 1. Nummerierung, > Zitat, Tabellen mit |. HTML-Code wird entfernt.',
		save: 'Kapitel speichern',
		saved: 'Das Kapitel wurde gespeichert.',
		refreshPreview: 'Vorschau aktualisieren',
		preview: 'Vorschau',
		previewHint: 'So erscheint der Text auf der Website. Die Vorschau wird nicht gespeichert.',
		previewEmpty: 'Noch kein Text.',
		previewFailed: 'Die Vorschau konnte gerade nicht aktualisiert werden. Ihr Text ist nicht verloren.',
		previewUpdating: 'Vorschau wird aktualisiert …',
		sourceTitle: 'Text (Markdown)',
		deleteTitle: 'Kapitel löschen',
		deleteText: 'Das Kapitel wird aus dem Entwurf entfernt.',
		deleteConfirm: 'Ja, dieses Kapitel löschen',
		delete: 'Kapitel löschen'
	},

	errors: {
		tooLong: (max: number) => `Die Eingabe ist zu lang: höchstens ${max.toLocaleString('de-DE')} Zeichen.`,
		slug_invalid:
			'Bitte verwenden Sie nur Kleinbuchstaben a–z, Ziffern und Bindestriche, ohne Bindestrich am Anfang oder Ende.',
		slug_reserved:
			'Dieses Kürzel ist die Adresse einer Seite des Verfahrens (zum Beispiel „ergebnisse“). Bitte wählen Sie ein anderes.',
		title_taken: 'Ein Verfahren mit diesem Titel gibt es schon. Bitte wählen Sie einen anderen.',
		slug_taken: 'Dieses Kürzel ist bereits vergeben. Bitte wählen Sie ein anderes.',
		datetime_invalid: 'Bitte geben Sie Datum und Uhrzeit an, zum Beispiel 25.05.2023, 09:00 Uhr.',
		datetime_dst_gap:
			'Diese Uhrzeit gibt es an diesem Tag nicht: Mit der Umstellung auf Sommerzeit springt die Uhr von 02:00 auf 03:00 Uhr. Bitte wählen Sie eine andere Uhrzeit.',
		ends_before_start: 'Ende muss nach dem Beginn liegen.',
		audience_required: 'Bitte wählen Sie, wer mitmachen kann.',
		moderation_required: 'Bitte wählen Sie, wie Beiträge geprüft werden.',
		date_invalid: 'Bitte geben Sie ein gültiges Datum an, zum Beispiel 24.10.2023.',
		competence_required: 'Bitte wählen Sie die Zuständigkeit.',
		type_required: 'Bitte wählen Sie den Typ des Moduls.',
		flag_not_allowed: 'Diese Funktion gibt es für diesen Modultyp nicht.',
		flags_need_open:
			'Sie haben Funktionen gewählt, aber das Modul ist in dieser Phase nicht geöffnet. Kreuzen Sie „in dieser Phase geöffnet“ an oder nehmen Sie die Haken bei den Funktionen heraus.',
		position_invalid: 'Bitte geben Sie eine ganze Zahl von 1 bis 9999 an.',
		key_reserved:
			'Dieser Schlüssel ist für die Seite mit den Änderungen reserviert. Bitte wählen Sie einen anderen.',
		chapter_key_taken: 'Diesen Schlüssel hat schon ein anderes Kapitel dieser Fassung.',
		confirm_required: 'Bitte bestätigen Sie, dass Sie löschen möchten.',
		not_found: 'Das gibt es nicht (mehr). Bitte laden Sie die Seite neu.',
		failed: 'Das hat nicht geklappt. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.'
	}
};
