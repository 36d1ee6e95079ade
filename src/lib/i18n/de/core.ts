// Site-wide texts: layout, navigation, errors, home and process pages.
export const common = {
	siteName: 'Beteiligung Wohnen',
	cityName: 'Stadt Bochum',
	skipToContent: 'Zum Inhalt springen',
	mainNav: 'Hauptnavigation',
	footerNav: 'Rechtliches und Hilfe',
	languageLabel: 'Sprache',
	switchTo: 'English',
	switchToLabel: 'Switch to English',
	save: 'Speichern',
	cancel: 'Abbrechen',
	back: 'Zurück',
	next: 'Weiter',
	more: 'Mehr anzeigen',
	required: 'Pflichtfeld',
	confirmRequired: 'Bitte bestätigen Sie das mit dem Häkchen.',
	optional: 'optional',
	yes: 'Ja',
	no: 'Nein',
	actions: 'Aktionen',
	errorSummary: 'Bitte prüfen Sie Ihre Eingaben',
	saved: 'Gespeichert.',
	deletedAccount: 'gelöschtes Konto',
	from: 'vom',
	to: 'bis',
	noEntries: 'Keine Einträge.',
	pagination: 'Seitennavigation',
	nextPage: 'Nächste Seite',
	firstPage: 'Zur ersten Seite'
};

export const nav = {
	home: 'Start',
	process: 'Verfahren',
	login: 'Anmelden',
	signup: 'Registrieren',
	logout: 'Abmelden',
	account: 'Mein Konto',
	admin: 'Verwaltung',
	impressum: 'Impressum',
	privacy: 'Datenschutz',
	accessibility: 'Barrierefreiheit',
	easyLanguage: 'Leichte Sprache',
	signedInAs: (name: string) => `Angemeldet als ${name}`
};

export const errors = {
	invalid: 'Die Eingabe ist ungültig.',
	required: 'Bitte füllen Sie dieses Feld aus.',
	too_long: 'Die Eingabe ist zu lang.',
	email_invalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.',
	display_name_short: 'Der Anzeigename muss mindestens 2 Zeichen lang sein.',
	display_name_long: 'Der Anzeigename darf höchstens 40 Zeichen lang sein.',
	display_name_taken: 'Diesen Anzeigenamen verwendet schon jemand. Bitte wählen Sie einen anderen.',
	display_name_reserved:
		'Dieser Anzeigename ist für die Stadt und das Beteiligungsteam reserviert. Bitte wählen Sie einen anderen.',
	password_short: 'Das Passwort muss mindestens 10 Zeichen lang sein.',
	password_long: 'Das Passwort darf höchstens 256 Zeichen lang sein.',
	password_common:
		'Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes, zum Beispiel einen Satz aus mehreren Wörtern.',
	password_wrong: 'Das Passwort ist nicht richtig.',
	privacy_required: 'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.',
	confirm_required: 'Bitte bestätigen Sie, dass Sie Ihr Konto löschen möchten.',
	login_failed: 'E-Mail-Adresse oder Passwort sind nicht richtig.',
	token_invalid: 'Dieser Link ist ungültig oder wurde bereits verwendet.',
	token_expired: 'Dieser Link ist abgelaufen. Bitte fordern Sie einen neuen an.',
	email_taken: 'Diese E-Mail-Adresse kann nicht verwendet werden.',
	invitation_invalid: 'Diese Einladung ist ungültig, abgelaufen oder wurde bereits verwendet.',
	rate_limited: (minutes: number) =>
		`Zu viele Versuche. Bitte warten Sie ${minutes === 1 ? 'eine Minute' : `${minutes} Minuten`} und versuchen Sie es dann erneut.`,
	forbidden: 'Sie haben keine Berechtigung für diese Aktion.',
	not_found: 'Nicht gefunden.',
	unknown_user: 'Dieses Konto gibt es nicht.',
	last_admin: 'Das letzte Verwaltungskonto kann seine Rolle nicht verlieren.',
	allianz_needs_organisation:
		'Die Rolle Allianz gehört zu einer Organisation. Laden Sie die Person über die Seite ihrer Organisation ein; mit der Einladung erhält sie die Rolle.',
	invitation_already_member: 'Ihr Konto gehört bereits zu dieser Organisation. Sie müssen nichts weiter tun.'
};

export const errorPage = {
	title404: 'Seite nicht gefunden',
	text404:
		'Die Seite, die Sie aufrufen wollten, gibt es nicht (mehr). Vielleicht hat sich die Adresse geändert.',
	title403: 'Kein Zugriff',
	text403:
		'Für diese Seite fehlt Ihnen die Berechtigung. Melden Sie sich gegebenenfalls mit einem anderen Konto an.',
	title500: 'Ein Fehler ist aufgetreten',
	text500:
		'Leider ist auf unserer Seite ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal. Ihre Eingaben sind nicht verloren, wenn Sie zurückgehen.',
	titleOther: 'Fehler',
	toHome: 'Zur Startseite'
};

export const home = {
	title: 'Mitreden beim Wohnen in Bochum',
	intro:
		'Die Stadt schreibt ihr Handlungskonzept Wohnen fort. Hier lesen Sie die Entwürfe, sagen Ihre Meinung und sehen, was aus Ihren Hinweisen geworden ist.',
	currentProcess: 'Aktuelles Verfahren',
	openPhases: 'Jetzt offen',
	noOpenPhase: 'Zurzeit ist keine Beteiligungsphase offen. Sie können alle Inhalte lesen.',
	nextPhase: 'Nächste Phase',
	toProcess: 'Zum Verfahren',
	howTitle: 'So machen Sie mit',
	how1Title: 'Lesen',
	how1: 'Lesen Sie die Kapitel des Konzeptentwurfs. Dafür brauchen Sie kein Konto.',
	how2Title: 'Registrieren',
	how2: 'Legen Sie ein Konto mit einem Anzeigenamen an. Ihren echten Namen brauchen wir nicht.',
	how3Title: 'Mitreden',
	how3: 'Kommentieren Sie ganze Kapitel oder einzelne Absätze, antworten Sie anderen und stimmen Sie Beiträgen zu.',
	how4Title: 'Ergebnis sehen',
	how4: 'Das Begleitgremium berät alle Hinweise. Sie sehen öffentlich, wie mit Ihrem Hinweis umgegangen wurde.',
	noProcess: 'Zurzeit gibt es kein veröffentlichtes Beteiligungsverfahren.',
	otherProcesses: 'Weitere Verfahren'
};

export const process = {
	timeline: 'Ablauf der Beteiligung',
	phase: 'Phase',
	state: { planned: 'geplant', running: 'läuft', closed: 'abgeschlossen' },
	audience: {
		public: 'Öffentlichkeit',
		allianz: 'Allianz für Wohnen',
		gremium: 'Begleitgremium'
	},
	audienceLabel: 'Wer kann mitmachen',
	moderation: {
		pre: 'Beiträge werden vor der Veröffentlichung geprüft',
		post: 'Beiträge erscheinen sofort und werden danach geprüft'
	},
	period: 'Zeitraum',
	committeeSchedule: 'Beratungsfolge',
	committeeIntro: 'Nach der Beteiligung berät die Politik das Konzept in diesen Sitzungen:',
	date: 'Datum',
	committee: 'Gremium',
	competence: 'Zuständigkeit',
	note: 'Hinweis',
	competences: {
		kenntnisnahme: 'Kenntnisnahme',
		beratung: 'Beratung',
		empfehlung: 'Empfehlung',
		beschluss: 'Beschluss'
	},
	noMeetings: 'Die Termine der Beratungsfolge stehen noch nicht fest.',
	endedOn: (date: string) => `Die Beteiligungsphase endete am ${date}.`,
	startsOn: (date: string) => `Die Beteiligungsphase beginnt am ${date}.`,
	runsUntil: (date: string) => `Mitmachen bis ${date}`
};
