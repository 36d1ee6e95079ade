// Sign-up, login, verification, password reset, invitations.
export const auth = {
	signupTitle: 'Registrieren',
	signupIntro:
		'Mit einem Konto können Sie kommentieren, antworten und Beiträgen zustimmen. Sie brauchen nur einen Anzeigenamen, eine E-Mail-Adresse und ein Passwort.',
	displayName: 'Anzeigename',
	displayNameHint:
		'Wird öffentlich bei Ihren Beiträgen gezeigt. Sie müssen nicht Ihren echten Namen angeben.',
	email: 'E-Mail-Adresse',
	emailHint: 'Wird nicht veröffentlicht. Wir schicken Ihnen einen Link zur Bestätigung.',
	password: 'Passwort',
	passwordHint: 'Mindestens 10 Zeichen. Ein Satz aus mehreren Wörtern ist sicher und leicht zu merken.',
	privacyConsent:
		'Ich habe die Datenschutzhinweise gelesen und bin mit der Verarbeitung meiner Daten einverstanden.',
	privacyLink: 'Datenschutzhinweise lesen',
	signupSubmit: 'Konto anlegen',
	signupDoneTitle: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
	signupDone:
		'Wir haben Ihnen eine E-Mail geschickt. Bitte klicken Sie auf den Link darin, um Ihr Konto zu bestätigen. Der Link ist 24 Stunden gültig. Schauen Sie auch im Spam-Ordner nach.',
	haveAccount: 'Sie haben schon ein Konto?',
	noAccount: 'Sie haben noch kein Konto?',
	loginTitle: 'Anmelden',
	loginSubmit: 'Anmelden',
	forgotLink: 'Passwort vergessen?',
	forgotTitle: 'Passwort vergessen',
	forgotIntro:
		'Geben Sie Ihre E-Mail-Adresse ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.',
	forgotSubmit: 'Link anfordern',
	forgotDone:
		'Wenn zu dieser Adresse ein Konto besteht, haben wir Ihnen eine E-Mail mit einem Link geschickt. Der Link ist 2 Stunden gültig.',
	resetTitle: 'Neues Passwort festlegen',
	newPassword: 'Neues Passwort',
	resetSubmit: 'Passwort speichern',
	resetDone: 'Ihr Passwort wurde geändert. Sie können sich jetzt anmelden.',
	verifyTitle: 'E-Mail-Adresse bestätigen',
	verifyIntro: 'Bitte bestätigen Sie mit einem Klick, dass diese E-Mail-Adresse Ihnen gehört.',
	verifySubmit: 'E-Mail-Adresse bestätigen',
	verifyDone: 'Vielen Dank! Ihre E-Mail-Adresse ist bestätigt.',
	verifyDoneLogin: 'Sie können sich jetzt anmelden.',
	unverifiedBanner: 'Bitte bestätigen Sie Ihre E-Mail-Adresse, bevor Sie Beiträge schreiben.',
	resendVerification: 'Bestätigungs-E-Mail erneut senden',
	resent: 'Wir haben Ihnen eine neue Bestätigungs-E-Mail geschickt.',
	loggedOut: 'Sie sind abgemeldet.',
	emailChangeTitle: 'Neue E-Mail-Adresse bestätigen',
	emailChangeIntro: 'Bitte bestätigen Sie, dass Ihr Konto künftig diese E-Mail-Adresse verwenden soll.',
	emailChangeSubmit: 'Neue Adresse bestätigen',
	emailChangeDone: 'Ihre neue E-Mail-Adresse ist gespeichert.',
	emailChangeLogin:
		'Aus Sicherheitsgründen sind Sie überall abgemeldet. Bitte melden Sie sich mit Ihrer neuen E-Mail-Adresse an.',
	invitationTitle: 'Einladung zur Allianz für Wohnen',
	invitationIntro: (org: string) =>
		`Sie wurden eingeladen, als Akteurin oder Akteur für „${org}“ an der Bochumer Allianz für Wohnen teilzunehmen. Ihre Beiträge werden mit dem Namen der Organisation gekennzeichnet.`,
	invitationAccept: 'Einladung annehmen',
	invitationAcceptAs: (name: string) => `Einladung mit dem Konto „${name}“ annehmen`,
	invitationSwitch: (current: string, org: string) =>
		`Ihr Konto gehört zurzeit zu „${current}“. Wenn Sie die Einladung annehmen, sprechen Sie künftig für „${org}“; Ihre bisherigen Beiträge bleiben mit „${current}“ gekennzeichnet.`,
	invitationSignup: 'Neues Konto für die Einladung anlegen',
	invitationLogin:
		'Oder melden Sie sich mit einem bestehenden Konto an und öffnen Sie den Link danach erneut.',
	invitationAccepted: (org: string) => `Sie gehören jetzt zur Allianz für Wohnen (${org}).`
};
