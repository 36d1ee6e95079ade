// The account page: profile, e-mail, password, own contributions, data export, deletion.
export const account = {
	title: 'Mein Konto',
	profile: 'Profil',
	displayName: 'Anzeigename',
	language: 'Sprache für E-Mails und Seiten',
	languages: { de: 'Deutsch', en: 'English' },
	profileSaved: 'Ihr Profil wurde gespeichert.',
	roles: 'Ihre Rollen',
	noRoles: 'Bürgerin oder Bürger (keine besonderen Rollen)',
	roleNames: {
		admin: 'Verwaltung',
		moderation: 'Moderation',
		gremium: 'Begleitgremium',
		allianz: 'Allianz für Wohnen'
	},
	organisation: 'Organisation',
	emailTitle: 'E-Mail-Adresse ändern',
	currentEmail: 'Aktuelle Adresse',
	newEmail: 'Neue E-Mail-Adresse',
	currentPassword: 'Aktuelles Passwort',
	emailChangeSent:
		'Wir haben einen Bestätigungslink an die neue Adresse geschickt. Die Änderung gilt, sobald Sie ihn geöffnet haben.',
	emailSubmit: 'Bestätigungslink senden',
	passwordTitle: 'Passwort ändern',
	newPassword: 'Neues Passwort',
	passwordSubmit: 'Passwort ändern',
	passwordChanged: 'Ihr Passwort wurde geändert. Andere Anmeldungen wurden beendet.',
	handledAs: (verdict: string) => `Die Verwaltung hat Ihren Beitrag berücksichtigt: ${verdict}.`,
	openContribution: 'Zum Beitrag',
	contributionsTitle: 'Meine Beiträge',
	noContributions: 'Sie haben noch keine Beiträge geschrieben.',
	dataTitle: 'Meine Daten',
	dataIntro:
		'Sie können alle Daten, die wir zu Ihrem Konto speichern, als Datei herunterladen (JSON-Format, Art. 15 und 20 DSGVO).',
	dataDownload: 'Meine Daten herunterladen',
	deleteTitle: 'Konto löschen',
	deleteIntro:
		'Wenn Sie Ihr Konto löschen, entfernen wir Ihre E-Mail-Adresse, Ihr Passwort und Ihren Anzeigenamen. Ihre Beiträge bleiben als Teil der Beteiligung erhalten, werden aber als „gelöschtes Konto“ angezeigt. Das kann nicht rückgängig gemacht werden.',
	deleteConfirm: 'Ja, ich möchte mein Konto endgültig löschen.',
	deleteSubmit: 'Konto endgültig löschen',
	deleted: 'Ihr Konto wurde gelöscht. Ihre Beiträge bleiben anonym erhalten.',
	verified: 'bestätigt',
	unverified: 'noch nicht bestätigt'
};
