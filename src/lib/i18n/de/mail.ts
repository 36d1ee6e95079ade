// E-mail texts. Each returns subject and body paragraphs; the mailer builds plain-text and HTML parts.
export const mail = {
	greeting: (name: string) => `Hallo ${name},`,
	signature: 'Ihr Team der Online-Beteiligung Wohnen',
	ignore: 'Wenn Sie das nicht waren, können Sie diese E-Mail ignorieren.',
	verifySubject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
	verifyBody:
		'vielen Dank für Ihre Registrierung bei der Online-Beteiligung Wohnen. Bitte bestätigen Sie Ihre E-Mail-Adresse über diesen Link (24 Stunden gültig):',
	existsSubject: 'Registrierung mit Ihrer E-Mail-Adresse',
	existsBody:
		'jemand hat versucht, mit Ihrer E-Mail-Adresse ein neues Konto anzulegen. Sie haben bereits ein Konto. Wenn Sie Ihr Passwort vergessen haben, können Sie es hier neu festlegen:',
	resetSubject: 'Neues Passwort festlegen',
	resetBody:
		'Sie haben ein neues Passwort angefordert. Über diesen Link legen Sie es fest (2 Stunden gültig):',
	emailChangeSubject: 'Neue E-Mail-Adresse bestätigen',
	emailChangeBody:
		'Sie möchten diese Adresse für Ihr Konto bei der Online-Beteiligung Wohnen verwenden. Bitte bestätigen Sie das über diesen Link (24 Stunden gültig):',
	emailChangedSubject: 'Ihre E-Mail-Adresse wurde geändert',
	emailChangedBody: (newEmail: string) =>
		`die E-Mail-Adresse Ihres Kontos wurde auf ${newEmail} geändert. Wenn Sie das nicht waren, antworten Sie bitte auf diese E-Mail.`,
	passwordChangedSubject: 'Ihr Passwort wurde geändert',
	passwordChangedBody:
		'das Passwort Ihres Kontos bei der Online-Beteiligung Wohnen wurde soeben geändert. Alle Anmeldungen auf anderen Geräten wurden beendet. Wenn Sie das nicht waren, legen Sie bitte sofort ein neues Passwort fest:',
	emailTakenSubject: 'Ihre E-Mail-Adresse wurde für ein anderes Konto angegeben',
	emailTakenBody:
		'jemand wollte diese E-Mail-Adresse für ein Konto verwenden. Zu dieser Adresse besteht bereits ein Konto, daher wurde nichts geändert.'
};
