// Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache.
// Long texts are structured (sections → blocks) so the pages render them without {@html}.

/** A link inside running text. */
export interface LegalLink {
	text: string;
	href: string;
	/** Language of the link text, if it differs from the page (e.g. an English name on a German page). */
	lang?: string;
}
/** Running text: a plain string, or a mix of strings and links. */
export type Rich = string | (string | LegalLink)[];
export type Block =
	| { p: Rich }
	| { ul: Rich[] }
	| { ol: Rich[] }
	| { dl: { term: string; value: Rich }[] }
	| { table: { caption: string; head: string[]; rows: Rich[][] } }
	/** A highlighted box, e.g. a word explanation in Leichte Sprache. */
	| { note: { title: string; body: Rich[] } };
export interface Section {
	/** Anchor for the table of contents and deep links. */
	id?: string;
	heading: string;
	blocks: Block[];
	sections?: Section[];
}

/** Where the map tiles come from: basemap.de (BKG), this server itself, or another configured server. */
export type TileSource = { kind: 'bkg' | 'self' | 'other'; host: string };

export interface PrivacyCtx {
	version: string;
	tiles: TileSource;
}

export interface StatementCtx {
	/** The site's address, e.g. https://beteiligung.bochum.de */
	origin: string;
	/** The accessibility contact's e-mail address (config.accessibilityContact). */
	contact: string;
	/** When the statement was made, already formatted. */
	date: string;
}

/**
 * Demo contact data. Every address here is fictional (.invalid, 0234 000000-…); the operator replaces
 * them before going live. Shared by Impressum, Datenschutz and Leichte Sprache.
 */
export const DEMO_CONTACT = {
	city: 'Stadt Bochum',
	office: 'Amt für Stadtplanung und Wohnen',
	street: 'Beispielstraße 1',
	postcode: '44777 Bochum',
	phone: '0234 000000-0',
	email: 'beteiligung-wohnen@stadt-bochum.invalid',
	dpoEmail: 'datenschutz@stadt-bochum.invalid',
	press: 'presse@stadt-bochum.invalid',
	vatId: 'DE 000 000 000'
};
const C = DEMO_CONTACT;

const mail = (address: string): LegalLink => ({ text: address, href: `mailto:${address}` });
const ext = (text: string, href: string, lang?: string): LegalLink => ({
	text,
	href,
	...(lang ? { lang } : {})
});

/** Texts shared by the three legal pages. */
const LDI = {
	name: 'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW)',
	lines: ['Kavalleriestraße 2–4', '40213 Düsseldorf'],
	email: 'poststelle@ldi.nrw.de',
	web: 'https://www.ldi.nrw.de'
};
const OMBUDS_URL = 'https://www.mags.nrw/ombudsstelle-barrierefreie-it';
const OMBUDS_EMAIL = 'ombudsstelle-barrierefreie-it@mags.nrw.de';

// ---------------------------------------------------------------------------------------------------
// Impressum
// ---------------------------------------------------------------------------------------------------

const impressum = {
	title: 'Impressum',
	demoTitle: 'Beispieltext',
	demo: 'Dies ist ein Demo-Impressum mit erfundenen Kontaktdaten. Der Betreiber muss Anschrift, Telefonnummer, E-Mail-Adressen, Vertretung und technischen Dienstleister vor dem Start durch die echten Angaben ersetzen.',
	sections: [
		{
			id: 'anbieter',
			heading: 'Anbieterin nach § 5 DDG',
			blocks: [
				{ p: 'Diese Online-Beteiligung ist ein Angebot der' },
				{
					dl: [
						{ term: 'Anbieterin', value: `${C.city}, ${C.office}` },
						{ term: 'Anschrift', value: `${C.street}, ${C.postcode}` },
						{ term: 'Telefon', value: C.phone },
						{ term: 'E-Mail', value: [mail(C.email)] },
						{ term: 'Internet', value: [ext('www.bochum.de', 'https://www.bochum.de')] }
					]
				},
				{
					p: 'Die Stadt Bochum ist eine Gebietskörperschaft des öffentlichen Rechts. Sie wird gesetzlich vertreten durch die Oberbürgermeisterin oder den Oberbürgermeister (§ 63 Gemeindeordnung NRW).'
				},
				{
					p: `Umsatzsteuer-Identifikationsnummer nach § 27a Umsatzsteuergesetz: ${C.vatId} (Beispielangabe).`
				},
				{
					p: 'Zuständige Aufsichtsbehörde: Bezirksregierung Arnsberg, Seibertzstraße 1, 59821 Arnsberg.'
				}
			]
		},
		{
			id: 'verantwortlich',
			heading: 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV',
			blocks: [
				{
					p: `Leitung des ${C.office} der ${C.city}, ${C.street}, ${C.postcode}.`
				},
				{
					p: 'Für Beiträge von Teilnehmenden (Kommentare, Hinweise auf der Karte, Karten aus Werkstätten) sind die jeweiligen Verfasserinnen und Verfasser verantwortlich. Die Moderation prüft alle Beiträge nach den Regeln der Beteiligung.'
				}
			]
		},
		{
			id: 'betrieb',
			heading: 'Technischer Betrieb',
			blocks: [
				{
					p: 'Technischer Dienstleister: [Name und Anschrift des Rechenzentrums oder IT-Dienstleisters eintragen]. Der Dienstleister verarbeitet Daten ausschließlich im Auftrag und nach Weisung der Stadt.'
				}
			]
		},
		{
			id: 'karten',
			heading: 'Kartengrundlage',
			blocks: [
				{
					p: [
						'Die Hintergrundkarte stammt aus ',
						ext('basemap.de', 'https://basemap.de'),
						': © GeoBasis-DE / BKG (2026), Lizenz CC BY 4.0. Die Grenzen der Stadtbezirke und statistischen Bezirke stellt die Stadt Bochum bereit.'
					]
				}
			]
		},
		{
			id: 'haftung',
			heading: 'Hinweise zu Inhalten und Links',
			blocks: [
				{
					p: 'Wir stellen die Inhalte dieser Seiten mit Sorgfalt zusammen. Die Entwürfe des Handlungskonzepts Wohnen sind Arbeitsstände; verbindlich ist allein die vom Rat beschlossene Fassung.'
				},
				{
					p: 'Diese Seiten enthalten Links zu Angeboten anderer Stellen. Für deren Inhalte sind die jeweiligen Anbieter verantwortlich. Wir haben die verlinkten Seiten beim Setzen der Links geprüft; wenn uns Rechtsverstöße bekannt werden, entfernen wir die Links.'
				}
			]
		},
		{
			id: 'presse',
			heading: 'Presseanfragen',
			blocks: [{ p: ['Presse- und Öffentlichkeitsarbeit der Stadt Bochum: ', mail(C.press)] }]
		}
	] as Section[]
};

// ---------------------------------------------------------------------------------------------------
// Datenschutz
// ---------------------------------------------------------------------------------------------------

function tileBlocks(t: TileSource): Block[] {
	if (t.kind === 'self')
		return [
			{
				p: 'Die Kartenbilder (Kacheln) liefert unser eigener Server aus. Dabei werden keine Daten an Dritte übermittelt.'
			}
		];
	if (t.kind === 'other')
		return [
			{
				p: `Die Kartenbilder (Kacheln) lädt Ihr Browser direkt vom Kartenserver ${t.host}. Dabei übermittelt Ihr Browser technisch notwendig Ihre IP-Adresse, Datum und Uhrzeit, den gewählten Kartenausschnitt und Angaben zu Ihrem Browser an den Betreiber dieses Servers. Wir haben darauf keinen Einfluss; es gelten die Datenschutzhinweise des Serverbetreibers.`
			}
		];
	return [
		{
			p: `Die Hintergrundkarte stammt aus basemap.de. Die Kartenbilder (Kacheln) lädt Ihr Browser direkt vom Server ${t.host} des Bundesamts für Kartographie und Geodäsie (BKG), Richard-Strauss-Allee 11, 60598 Frankfurt am Main. Dabei übermittelt Ihr Browser technisch notwendig Ihre IP-Adresse, Datum und Uhrzeit, den gewählten Kartenausschnitt und Angaben zu Ihrem Browser an das BKG.`
		},
		{
			p: [
				'Das BKG speichert diese Angaben nach eigener Auskunft in Protokolldateien, um seine Dienste vor Angriffen zu schützen. Näheres finden Sie in der ',
				ext('Datenschutzerklärung des BKG', 'https://www.bkg.bund.de/datenschutz'),
				'. Wir erhalten von diesen Daten nichts.'
			]
		}
	];
}

const privacy = {
	title: 'Datenschutzhinweise',
	intro:
		'Hier erfahren Sie, welche personenbezogenen Daten die Online-Beteiligung Wohnen verarbeitet, wozu, auf welcher Rechtsgrundlage, wie lange, und welche Rechte Sie haben (Art. 13 und 14 Datenschutz-Grundverordnung, DSGVO).',
	version: (v: string) => `Fassung: ${v}`,
	toc: 'Inhalt',
	summaryTitle: 'Das Wichtigste in Kürze',
	summary: [
		'Lesen können Sie alles ohne Konto und ohne dass wir etwas über Sie speichern.',
		'Zum Mitmachen brauchen Sie nur einen Anzeigenamen (ein Pseudonym genügt) und eine E-Mail-Adresse.',
		'Es gibt kein Tracking, keine Statistik- oder Analysewerkzeuge, keine Werbung und keine Social-Media-Einbindungen.',
		'Wir setzen nur zwei technisch notwendige Cookies: „session“ für die Anmeldung und „lang“ für die gewählte Sprache.',
		'Nur die Karte lädt Bilder von einem fremden Server. Sie können stattdessen ein Quartier aus einer Liste wählen.',
		'Sie können Ihre Daten jederzeit auf der Seite „Mein Konto“ herunterladen und Ihr Konto dort löschen.'
	],
	sections: (ctx: PrivacyCtx): Section[] => [
		{
			id: 'verantwortlich',
			heading: '1. Verantwortliche Stelle',
			blocks: [
				{ p: 'Verantwortlich im Sinne von Art. 4 Nr. 7 DSGVO ist die' },
				{
					dl: [
						{ term: 'Stelle', value: `${C.city}, ${C.office}` },
						{ term: 'Anschrift', value: `${C.street}, ${C.postcode}` },
						{ term: 'Telefon', value: C.phone },
						{ term: 'E-Mail', value: [mail(C.email)] }
					]
				},
				{
					p: [
						'Die Stadt wird vertreten durch die Oberbürgermeisterin oder den Oberbürgermeister. Weitere Angaben finden Sie im ',
						{ text: 'Impressum', href: '/impressum' },
						'.'
					]
				}
			]
		},
		{
			id: 'dsb',
			heading: '2. Behördliche Datenschutzbeauftragte',
			blocks: [
				{
					p: [
						'Sie erreichen die behördliche Datenschutzbeauftragte der Stadt Bochum unter der oben genannten Anschrift mit dem Zusatz „Datenschutzbeauftragte“ oder per E-Mail an ',
						mail(C.dpoEmail),
						'.'
					]
				}
			]
		},
		{
			id: 'zweck',
			heading: '3. Wozu es diese Plattform gibt',
			blocks: [
				{
					p: 'Die Stadt Bochum schreibt ihr Handlungskonzept Wohnen fort. Auf dieser Plattform beteiligt sie die Öffentlichkeit, die Bochumer Allianz für Wohnen und das Begleitgremium: Sie können Entwürfe lesen, Kapitel und Absätze kommentieren, Hinweise auf der Karte setzen, an Online-Werkstätten teilnehmen und sehen, wie mit Ihren Hinweisen umgegangen wurde.'
				},
				{
					p: 'Die Beteiligung ist eine öffentliche Aufgabe der Stadt im Rahmen der kommunalen Selbstverwaltung und Stadtentwicklung. Rechtsgrundlage für die Verarbeitung Ihrer Beiträge ist daher Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 Datenschutzgesetz Nordrhein-Westfalen (DSG NRW).'
				}
			]
		},
		{
			id: 'besuch',
			heading: '4. Wenn Sie die Seiten nur lesen',
			blocks: [
				{
					p: 'Wenn Sie Seiten aufrufen, verarbeitet unser Server Ihre IP-Adresse, die aufgerufene Adresse, Datum und Uhrzeit sowie Angaben Ihres Browsers, um Ihnen die Seite zu schicken. Die Anwendung selbst legt dazu keine Zugriffsprotokolle an.'
				},
				{
					p: 'Zum Schutz vor Missbrauch zählen wir bei Registrierung, Anmeldung, Passwort-Zurücksetzen und dem Formular „Barriere melden“ die Versuche je IP-Adresse. Diese Zähler liegen nur im Arbeitsspeicher und verfallen nach höchstens einer Stunde.'
				},
				{
					p: 'Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 DSG NRW; die Zähler dienen außerdem der Sicherheit der Verarbeitung nach Art. 32 DSGVO.'
				}
			]
		},
		{
			id: 'konto',
			heading: '5. Ihr Konto',
			blocks: [
				{ p: 'Zum Mitmachen legen Sie ein Konto an. Dafür speichern wir:' },
				{
					ul: [
						'Ihren Anzeigenamen. Er wird öffentlich bei Ihren Beiträgen gezeigt. Ihr echter Name ist nicht nötig; ein Pseudonym genügt.',
						'Ihre E-Mail-Adresse. Sie ist nicht öffentlich. Wir nutzen sie für die Bestätigung Ihres Kontos, zum Zurücksetzen des Passworts und für Nachrichten zu Ihren Beiträgen.',
						'Ihr Passwort, und zwar nur als nicht umkehrbaren Hashwert (Verfahren argon2id). Das Passwort selbst kennen wir nicht.',
						'Die Sprache, in der Sie Seiten und E-Mails erhalten möchten.',
						'Den Zeitpunkt der Registrierung und der Bestätigung Ihrer E-Mail-Adresse.',
						'Ihre Einwilligung: Zeitpunkt und Fassung der Datenschutzhinweise, denen Sie zugestimmt haben.',
						'Gegebenenfalls Ihre Rollen (zum Beispiel Moderation oder Begleitgremium) und bei Mitgliedern der Allianz für Wohnen die Organisation, für die Sie auftreten.'
					]
				},
				{
					p: 'Für Bestätigungs- und Passwort-Links speichern wir nur einen Hashwert des Links und die Ablaufzeit (24 beziehungsweise 2 Stunden).'
				},
				{
					p: 'Rechtsgrundlage ist Ihre Einwilligung nach Art. 6 Abs. 1 Buchst. a DSGVO, die Sie bei der Registrierung geben. Sie können sie jederzeit mit Wirkung für die Zukunft widerrufen, indem Sie Ihr Konto löschen (Art. 7 Abs. 3 DSGVO). Die Rechtmäßigkeit der Verarbeitung bis zum Widerruf bleibt davon unberührt.'
				}
			]
		},
		{
			id: 'beitraege',
			heading: '6. Ihre Beiträge',
			blocks: [
				{
					p: 'Beiträge sind Kommentare und Antworten, Unterstützungen, Hinweise auf der Karte (mit Ort, Kategorie und Quartier), Karten und Punkte in Werkstätten sowie Meldungen problematischer Inhalte. Wir speichern den Inhalt, den Zeitpunkt und Ihr Konto als Verfasserin oder Verfasser.'
				},
				{
					ul: [
						'Die Moderation prüft jeden Beitrag. Sie kann ihn freigeben, mit Begründung ablehnen, verschlagworten oder mit ähnlichen Beiträgen zusammenfassen.',
						'Freigegebene Beiträge sind öffentlich, zusammen mit Ihrem Anzeigenamen. Bei Mitgliedern der Allianz für Wohnen werden Organisation und Akteursgruppe genannt.',
						'Die Moderation leitet Beiträge in Themenpaketen an das Begleitgremium weiter. Das Gremium sieht Ihren Beitrag, aber nicht Ihre E-Mail-Adresse.',
						'Wir teilen Ihnen per E-Mail mit, wie mit Ihrem Beitrag umgegangen wurde.',
						'Das Ergebnis wird als Abwägungstabelle und als offene Daten veröffentlicht. Darin stehen die Beiträge ohne E-Mail-Adresse und ohne Anzeigenamen; bei der Allianz für Wohnen wird die Organisation genannt.',
						'Schritte der Verwaltung und Moderation (wer hat wann welchen Beitrag geprüft oder geändert) werden protokolliert, damit das Verfahren nachvollziehbar bleibt.'
					]
				},
				{
					p: 'Bitte schreiben Sie in Beiträge keine Angaben, die Sie oder andere Menschen erkennbar machen, und keine besonderen Kategorien personenbezogener Daten, etwa zu Gesundheit oder Herkunft.'
				},
				{
					p: 'Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 DSG NRW (Durchführung der Beteiligung als öffentliche Aufgabe).'
				}
			]
		},
		{
			id: 'email',
			heading: '7. E-Mails',
			blocks: [
				{
					p: 'E-Mails an Sie (Bestätigung, Passwort, Nachrichten zu Ihren Beiträgen) versenden wir über den Mailserver der Stadt Bochum. Dabei werden Ihre E-Mail-Adresse, Ihr Anzeigename und der Inhalt der Nachricht verarbeitet. Wir versenden keine Newsletter und keine Werbung.'
				}
			]
		},
		{
			id: 'cookies',
			heading: '8. Cookies',
			blocks: [
				{
					p: 'Wir verwenden nur Cookies, die für den Dienst technisch notwendig sind. Dafür ist nach § 25 Abs. 2 Nr. 2 Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG) keine Einwilligung nötig. Beide Cookies sind für Skripte nicht lesbar (HttpOnly), werden nur an diese Website gesendet (SameSite=Lax) und über HTTPS nur verschlüsselt übertragen.'
				},
				{
					table: {
						caption: 'Cookies dieser Website',
						head: ['Name', 'Zweck', 'Inhalt', 'Speicherdauer'],
						rows: [
							[
								'session',
								'Hält Sie nach der Anmeldung angemeldet. Wird nur gesetzt, wenn Sie sich anmelden.',
								'Zufällige Kennung; auf dem Server liegt nur ein Hashwert davon.',
								'30 Tage, verlängert sich bei Nutzung; gelöscht beim Abmelden.'
							],
							[
								'lang',
								'Merkt sich die Sprache (Deutsch oder Englisch), wenn Sie sie umschalten.',
								'„de“ oder „en“',
								'1 Jahr'
							]
						]
					}
				}
			]
		},
		{
			id: 'karte',
			heading: '9. Karte',
			blocks: [
				...tileBlocks(ctx.tiles),
				{
					p: 'Die Karte wird nur auf Seiten mit Karte geladen. Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 DSG NRW. Wenn Sie das nicht möchten, können Sie Hinweise ohne Karte geben: Wählen Sie dann das Quartier aus einer Liste. Alle Hinweise gibt es außerdem als Liste.'
				}
			]
		},
		{
			id: 'barriere',
			heading: '10. Formular „Barriere melden“',
			blocks: [
				{
					p: [
						'Wenn Sie uns über das Formular in der ',
						{ text: 'Erklärung zur Barrierefreiheit', href: '/barrierefreiheit' },
						' eine Barriere melden, speichern wir die Seite, Ihre Beschreibung, den Zeitpunkt und – nur wenn Sie sie angeben – Ihre E-Mail-Adresse. Die Meldung geht per E-Mail an die für Barrierefreiheit zuständige Stelle der Stadt. Ihre IP-Adresse speichern wir dabei nicht.'
					]
				},
				{
					p: 'Wir verwenden die Angaben nur, um die Barriere zu beheben und Ihnen zu antworten (Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 DSG NRW und § 10b Behindertengleichstellungsgesetz NRW). Meldungen löschen wir nach Abschluss der Bearbeitung, spätestens nach zwölf Monaten.'
				}
			]
		},
		{
			id: 'kein-tracking',
			heading: '11. Kein Tracking, keine Dritten',
			blocks: [
				{
					p: 'Wir setzen keine Analyse- oder Statistikwerkzeuge ein, keine Werbung, keine Social-Media-Plugins und keine eingebetteten Videos. Schriften, Symbole und Programmcode liefert unser eigener Server aus; es werden keine Inhalte von fremden Servern (CDNs) geladen. Die einzige Ausnahme ist die Hintergrundkarte (Abschnitt 9).'
				}
			]
		},
		{
			id: 'empfaenger',
			heading: '12. Empfänger',
			blocks: [
				{
					ul: [
						'Innerhalb der Stadt: die Beschäftigten des Amts für Stadtplanung und Wohnen und die Moderation, soweit sie die Daten für ihre Aufgabe brauchen.',
						'Das Begleitgremium erhält Beiträge ohne E-Mail-Adressen.',
						'Die Öffentlichkeit sieht freigegebene Beiträge mit Anzeigenamen.',
						'Der technische Dienstleister, der die Plattform betreibt, verarbeitet die Daten im Auftrag der Stadt (Art. 28 DSGVO).'
					]
				},
				{
					p: 'Wir übermitteln keine Daten in Länder außerhalb der Europäischen Union und verkaufen keine Daten.'
				}
			]
		},
		{
			id: 'dauer',
			heading: '13. Wie lange wir Daten speichern',
			blocks: [
				{
					table: {
						caption: 'Speicherdauer',
						head: ['Daten', 'Gespeichert bis'],
						rows: [
							[
								'Konto (Anzeigename, E-Mail-Adresse, Passwort-Hashwert, Einwilligung)',
								'bis Sie Ihr Konto löschen, spätestens bis zum Abschluss des Beteiligungsverfahrens'
							],
							[
								'Beiträge',
								'dauerhaft als Teil der Dokumentation des Verfahrens, nach Löschung des Kontos oder nach Abschluss des Verfahrens ohne Personenbezug (angezeigt als „gelöschtes Konto“)'
							],
							['Anmeldung (Sitzung)', 'bis zum Abmelden, höchstens 30 Tage nach der letzten Nutzung'],
							['Bestätigungs- und Passwort-Links', '24 beziehungsweise 2 Stunden'],
							['Zähler gegen Missbrauch (IP-Adresse)', 'höchstens 1 Stunde, nur im Arbeitsspeicher'],
							['Meldungen „Barriere melden“', 'bis zum Abschluss der Bearbeitung, höchstens 12 Monate']
						]
					}
				},
				{
					p: 'Das Beteiligungsverfahren ist abgeschlossen, wenn der Rat über das fortgeschriebene Handlungskonzept Wohnen entschieden hat. Danach löschen wir die Konten mit allen personenbezogenen Daten; die Beiträge bleiben anonymisiert erhalten.'
				}
			]
		},
		{
			id: 'rechte',
			heading: '14. Ihre Rechte',
			blocks: [
				{ p: 'Sie haben gegenüber der Stadt Bochum folgende Rechte:' },
				{
					ul: [
						[
							'Auskunft (Art. 15 DSGVO) und Datenübertragbarkeit (Art. 20 DSGVO): Auf der Seite ',
							{ text: 'Mein Konto', href: '/konto' },
							' laden Sie alle Daten zu Ihrem Konto als JSON-Datei herunter.'
						],
						'Berichtigung (Art. 16 DSGVO): Anzeigenamen und E-Mail-Adresse ändern Sie selbst auf der Seite „Mein Konto“. Für andere Angaben schreiben Sie uns.',
						'Löschung (Art. 17 DSGVO): Auf der Seite „Mein Konto“ löschen Sie Ihr Konto. Anzeigename, E-Mail-Adresse und Passwort werden sofort gelöscht; Ihre Beiträge bleiben ohne Namen als Teil der Beteiligung erhalten.',
						'Einschränkung der Verarbeitung (Art. 18 DSGVO).',
						'Widerspruch (Art. 21 DSGVO): Sie können der Verarbeitung auf Grundlage von Art. 6 Abs. 1 Buchst. e DSGVO aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit widersprechen.',
						'Widerruf Ihrer Einwilligung (Art. 7 Abs. 3 DSGVO): jederzeit mit Wirkung für die Zukunft, am einfachsten durch Löschen Ihres Kontos.'
					]
				},
				{
					p: ['Schreiben Sie dafür an ', mail(C.email), ' oder an die Datenschutzbeauftragte (Abschnitt 2).']
				},
				{
					p: 'Sie haben außerdem das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren (Art. 77 DSGVO). Zuständig ist die'
				},
				{
					dl: [
						{ term: 'Behörde', value: LDI.name },
						{ term: 'Anschrift', value: LDI.lines.join(', ') },
						{ term: 'E-Mail', value: [mail(LDI.email)] },
						{ term: 'Internet', value: [ext('www.ldi.nrw.de', LDI.web)] }
					]
				}
			]
		},
		{
			id: 'sonstiges',
			heading: '15. Weitere Hinweise',
			blocks: [
				{
					ul: [
						'Sie sind nicht verpflichtet, uns Daten zu geben. Ohne Konto können Sie alles lesen, aber keine Beiträge schreiben. Hinweise können Sie der Stadt auch per Brief oder vor Ort geben.',
						'Wir treffen keine automatisierten Entscheidungen und erstellen keine Profile (Art. 22 DSGVO).',
						'Wir schützen Ihre Daten durch verschlüsselte Übertragung (HTTPS), Hashwerte für Passwörter und Sitzungen, Rollen und Berechtigungen sowie Begrenzung von Anmeldeversuchen.'
					]
				},
				{
					p: `Wenn sich die Verarbeitung ändert, passen wir diese Hinweise an. Diese Fassung trägt die Versionsnummer ${ctx.version}.`
				}
			]
		}
	]
};

// ---------------------------------------------------------------------------------------------------
// Erklärung zur Barrierefreiheit
// ---------------------------------------------------------------------------------------------------

const accessibility = {
	title: 'Erklärung zur Barrierefreiheit',
	/** Scope and conformity status, before the form. */
	statement: (ctx: StatementCtx): Section[] => [
		{
			id: 'geltungsbereich',
			heading: 'Geltungsbereich',
			blocks: [
				{
					p: `Die Stadt Bochum ist bemüht, ihre Websites im Einklang mit dem Behindertengleichstellungsgesetz Nordrhein-Westfalen (BGG NRW) und der Barrierefreie-Informationstechnik-Verordnung Nordrhein-Westfalen (BITV NRW) zur Umsetzung der Richtlinie (EU) 2016/2102 barrierefrei zugänglich zu machen.`
				},
				{
					p: `Diese Erklärung gilt für die Online-Beteiligung Wohnen unter ${ctx.origin} mit allen Seiten: Verfahren und Zeitplan, Konzeptentwurf mit Kommentaren, Karte, Online-Werkstätten, Ergebnisse, Konto sowie die Bereiche für Moderation, Begleitgremium und Verwaltung.`
				}
			]
		},
		{
			id: 'stand',
			heading: 'Stand der Vereinbarkeit mit den Anforderungen',
			blocks: [
				{
					p: 'Diese Website ist teilweise barrierefrei. Sie ist mit den Anforderungen der BITV NRW in Verbindung mit der europäischen Norm EN 301 549 und den Web Content Accessibility Guidelines (WCAG) 2.1, Stufe AA, teilweise vereinbar. Die unten aufgeführten Inhalte sind nicht oder nicht vollständig barrierefrei.'
				}
			]
		},
		{
			id: 'nicht-barrierefrei',
			heading: 'Nicht barrierefreie Inhalte',
			blocks: [{ p: 'Folgende Inhalte sind nicht oder nur eingeschränkt barrierefrei:' }],
			sections: [
				{
					heading: 'Die Karte',
					blocks: [
						{
							p: 'Die Karte ist ein visuelles Medium. Die Lage von Straßen, Gebäuden und Hinweisen erschließt sich nur mit den Augen; die Hintergrundkarte (Bilder von basemap.de) hat keine Textalternative, und Beschriftungen in der Karte lassen sich nicht vergrößern oder im Kontrast anpassen. Einen Punkt genau zu setzen, gelingt mit Tastatur oder Screenreader nur eingeschränkt.'
						},
						{
							p: 'Alternativen: Alle Hinweise gibt es auch als Liste mit Kategorie, Text und Quartier. Einen eigenen Hinweis können Sie ohne Karte geben, indem Sie das Quartier aus einer Liste wählen.'
						}
					]
				},
				{
					heading: 'Abbildungen im Konzeptentwurf',
					blocks: [
						{
							p: 'Einzelne Diagramme und Karten in den Kapiteln des Konzeptentwurfs haben möglicherweise noch keine ausreichende Textbeschreibung. Wir ergänzen sie laufend. Auf Wunsch schicken wir Ihnen die Inhalte in einer zugänglichen Form.'
						}
					]
				},
				{
					heading: 'Online-Werkstätten',
					blocks: [
						{
							p: 'In den Online-Werkstätten ändern sich Tafeln und Karten, während Sie sie lesen. Nicht jede Änderung wird von Screenreadern angesagt. Nach dem Neuladen der Seite sehen Sie den aktuellen Stand.'
						}
					]
				},
				{
					heading: 'Deutsche Gebärdensprache',
					blocks: [
						{
							p: 'Erläuterungen in Deutscher Gebärdensprache fehlen noch. Sie sind in Vorbereitung. Eine Erläuterung in Leichter Sprache gibt es bereits.'
						}
					]
				}
			]
		},
		{
			id: 'erstellung',
			heading: 'Erstellung dieser Erklärung',
			blocks: [
				{ p: `Diese Erklärung wurde am ${ctx.date} erstellt.` },
				{
					p: 'Grundlage ist eine Selbstbewertung durch das Projektteam anhand der Anforderungen der WCAG 2.1, Stufe AA, unter anderem mit Bedienung nur über die Tastatur, mit Screenreader und mit starker Vergrößerung. Zusätzlich prüfen automatisierte Tests mit dem Werkzeug axe-core die wichtigen Seiten bei jeder neuen Version der Software.'
				},
				{
					p: 'Wir überprüfen die Erklärung mindestens einmal im Jahr und bei größeren Änderungen der Website.'
				}
			]
		}
	],
	/** The feedback section around the form. */
	feedbackHeading: 'Barriere melden: Feedback und Kontakt',
	feedbackIntro: [
		'Ist Ihnen auf diesen Seiten eine Barriere aufgefallen? Oder brauchen Sie einen Inhalt in einer anderen, zugänglichen Form? Dann schreiben Sie uns bitte über das Formular oder per E-Mail.',
		'Wir antworten innerhalb von zwei Wochen, spätestens nach sechs Wochen. Wenn die Lösung länger dauert, erhalten Sie eine Zwischennachricht.'
	],
	contactLabel: 'Kontakt für Barrierefreiheit',
	contactLine: (email: string): Rich => ['E-Mail: ', mail(email)],
	contactAddress: `${C.city}, ${C.office}, ${C.street}, ${C.postcode}, Telefon ${C.phone}`,
	form: {
		heading: 'Formular',
		pageUrl: 'Seite oder Adresse, auf der die Barriere ist',
		pageUrlHint:
			'Zum Beispiel die Internetadresse aus der Adresszeile Ihres Browsers oder „Karte auf der Verfahrensseite“. Höchstens 500 Zeichen.',
		message: 'Beschreibung der Barriere',
		messageHint:
			'Was wollten Sie tun, und was hat nicht funktioniert? Nutzen Sie Hilfsmittel, zum Beispiel einen Screenreader oder eine Vergrößerung? Bitte nur Text, kein HTML. Höchstens 5.000 Zeichen.',
		contactEmail: 'E-Mail-Adresse für eine Antwort',
		contactEmailHint: 'Nur wenn Sie eine Antwort möchten. Wir verwenden sie nur für diese Meldung.',
		privacy: [
			'Wir verwenden Ihre Angaben nur, um die Barriere zu beheben und Ihnen zu antworten. Mehr dazu in den ',
			{ text: 'Datenschutzhinweisen', href: '/datenschutz#barriere' },
			'.'
		] as Rich,
		submit: 'Meldung absenden',
		errorTitle: 'Die Meldung wurde nicht gesendet',
		errorIntro: 'Bitte prüfen Sie diese Angaben:',
		sentTitle: 'Vielen Dank für Ihre Meldung',
		sent: 'Wir haben Ihre Meldung erhalten und an die zuständige Stelle weitergeleitet.',
		sentAnswer: 'Wir antworten Ihnen per E-Mail innerhalb von zwei Wochen, spätestens nach sechs Wochen.',
		sentNoAnswer: 'Da Sie keine E-Mail-Adresse angegeben haben, können wir Ihnen nicht antworten.',
		errors: {
			pageUrl: {
				too_long: 'Die Angabe zur Seite darf höchstens 500 Zeichen lang sein. Bitte kürzen Sie sie.',
				html: 'Bitte geben Sie die Seite ohne HTML-Code an, zum Beispiel als Internetadresse.'
			},
			message: {
				required: 'Bitte beschreiben Sie die Barriere.',
				too_long: 'Die Beschreibung darf höchstens 5.000 Zeichen lang sein. Bitte kürzen Sie sie.',
				html: 'Bitte beschreiben Sie die Barriere ohne HTML-Code (zum Beispiel ohne <b> oder <a>). Nennen Sie das betroffene Element in Worten, etwa „die Schaltfläche Absenden“.'
			},
			contactEmail: {
				email_invalid:
					'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de, oder lassen Sie das Feld leer.'
			}
		} as Record<string, Record<string, string>>
	},
	/** Enforcement procedure, after the form. */
	enforcement: [
		{
			id: 'ombudsverfahren',
			heading: 'Durchsetzungsverfahren: Ombudsstelle',
			blocks: [
				{
					p: 'Wenn Sie auf Ihre Meldung keine oder keine zufriedenstellende Antwort erhalten, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen wenden (§ 10d BGG NRW, §§ 9 ff. BITV NRW).'
				},
				{
					p: 'Die Ombudsstelle ist der Landesbeauftragten für Menschen mit Behinderung zugeordnet. Sie vermittelt zwischen Ihnen und der öffentlichen Stelle, damit die Barriere behoben wird. Das Verfahren ist kostenlos, und Sie brauchen keinen Rechtsbeistand.'
				},
				{
					dl: [
						{
							term: 'Internet',
							value: [ext('Ombudsstelle für barrierefreie Informationstechnik des Landes NRW', OMBUDS_URL)]
						},
						{ term: 'E-Mail', value: [mail(OMBUDS_EMAIL)] }
					]
				}
			]
		}
	] as Section[]
};

/** The mail to the accessibility contact (always German). */
const feedbackMail = {
	subject: 'Neue Meldung: Barriere in der Online-Beteiligung Wohnen',
	recipient: 'Team Barrierefreiheit',
	intro:
		'über das Formular „Barriere melden“ ist eine neue Meldung eingegangen. Bitte antworten Sie innerhalb von zwei, spätestens sechs Wochen (§ 5 BITV NRW) und weisen Sie in der Antwort auf das Ombudsverfahren hin.',
	page: 'Seite',
	none: '(keine Angabe)',
	contact: 'E-Mail für eine Antwort',
	noContact: '(keine – die Person möchte keine Antwort)',
	received: 'Eingegangen',
	message: 'Beschreibung',
	storage:
		'Die Meldung ist auch in der Datenbank gespeichert (Tabelle accessibility_feedback) und wird nach zwölf Monaten gelöscht.'
};

// ---------------------------------------------------------------------------------------------------
// Leichte Sprache
// ---------------------------------------------------------------------------------------------------

const easy = {
	title: 'Leichte Sprache',
	intro: [
		'Hier erklären wir diese Internet-Seite in Leichter Sprache.',
		'Leichte Sprache ist einfach zu lesen.'
	],
	toc: 'Auf dieser Seite',
	sections: [
		{
			id: 'was-ist-das',
			heading: 'Was ist diese Internet-Seite?',
			blocks: [
				{ p: 'Die Stadt Bochum hat einen Plan für das Wohnen.' },
				{ p: 'Der Plan heißt: Handlungs-Konzept Wohnen.' },
				{
					note: {
						title: 'Das Wort Konzept',
						body: [
							'Konzept bedeutet: Plan.',
							'Im Konzept steht: Was will die Stadt machen?',
							'Und: Wie will die Stadt das machen?'
						]
					}
				},
				{ p: 'Die Stadt schreibt das Konzept jetzt neu.' },
				{ p: 'Die Menschen in Bochum sollen dabei mit-reden.' },
				{ p: 'Das nennt man: Beteiligung.' },
				{
					note: {
						title: 'Das Wort Beteiligung',
						body: [
							'Beteiligung bedeutet: mit-machen.',
							'Sie sagen Ihre Meinung.',
							'Die Stadt hört Ihnen zu.',
							'Die Stadt denkt über Ihre Meinung nach.'
						]
					}
				},
				{ p: 'Auf dieser Internet-Seite können Sie mit-reden.' },
				{ p: 'Mit-reden ist freiwillig.' },
				{ p: 'Mit-reden kostet kein Geld.' }
			]
		},
		{
			id: 'was-will-die-stadt-wissen',
			heading: 'Was will die Stadt wissen?',
			blocks: [
				{ p: 'Die Stadt will wissen: Wie wohnen Sie?' },
				{ p: 'Was ist gut? Was ist schlecht?' },
				{ p: 'Zum Beispiel:' },
				{
					ul: [
						'Ist die Miete zu teuer?',
						'Gibt es genug Wohnungen?',
						'Gibt es genug Grün? Zum Beispiel Parks und Bäume.',
						'Gibt es ein Geschäft in der Nähe?',
						'Ist das Internet schnell genug?',
						'Gibt es Barrieren? Zum Beispiel Treppen ohne Aufzug.'
					]
				},
				{ p: 'Sie kennen Ihr Quartier gut.' },
				{ p: 'Darum ist Ihre Meinung wichtig.' },
				{
					note: {
						title: 'Das Wort Quartier',
						body: [
							'Quartier bedeutet: ein Teil von der Stadt.',
							'Ein anderes Wort dafür ist: Viertel.',
							'Bochum hat 30 Quartiere.'
						]
					}
				}
			]
		},
		{
			id: 'lesen',
			heading: 'Lesen',
			blocks: [
				{ p: 'Auf dieser Internet-Seite steht der Entwurf vom Konzept.' },
				{ p: 'Entwurf bedeutet: Der Text ist noch nicht fertig.' },
				{ p: 'Der Entwurf hat mehrere Kapitel.' },
				{ p: 'Ein Kapitel ist ein Teil vom Text.' },
				{ p: 'Zum Lesen brauchen Sie kein Konto.' },
				{ p: 'Alle Menschen dürfen alles lesen.' },
				{ p: 'Der Entwurf ist in schwerer Sprache geschrieben.' },
				{ p: 'Sie verstehen etwas nicht? Dann fragen Sie uns. Wie das geht, steht unten bei: Hilfe.' }
			]
		},
		{
			id: 'registrieren',
			heading: 'Ein Konto machen',
			blocks: [
				{ p: 'Sie wollen mit-reden? Dann brauchen Sie ein Konto.' },
				{ p: 'Ein Konto machen heißt auch: registrieren.' },
				{ p: 'So geht das:' },
				{
					ol: [
						['Klicken Sie oben auf der Seite auf: ', { text: 'Registrieren', href: '/registrieren' }, '.'],
						'Schreiben Sie einen Namen. Das muss nicht Ihr echter Name sein. Alle Menschen können diesen Namen sehen.',
						'Schreiben Sie Ihre E-Mail-Adresse. Die E-Mail-Adresse sieht niemand.',
						'Denken Sie sich ein Pass-Wort aus. Ein Pass-Wort ist ein geheimes Wort. Es muss mindestens 10 Zeichen lang sein. Sagen Sie Ihr Pass-Wort niemandem.',
						'Lesen Sie die Regeln zum Daten-Schutz. Machen Sie dann einen Haken in das Kästchen.',
						'Klicken Sie auf den Knopf: Konto anlegen.',
						'Sie bekommen eine E-Mail. In der E-Mail ist ein Link. Klicken Sie auf den Link. Jetzt ist Ihr Konto fertig.'
					]
				},
				{
					p: [
						'Später melden Sie sich so an: Klicken Sie oben auf: ',
						{ text: 'Anmelden', href: '/anmelden' },
						'.'
					]
				}
			]
		},
		{
			id: 'kommentar',
			heading: 'Einen Kommentar schreiben',
			blocks: [
				{
					note: {
						title: 'Das Wort Kommentar',
						body: [
							'Ein Kommentar ist Ihre Meinung zu einem Text.',
							'Sie schreiben den Kommentar selbst.',
							'Andere Menschen können den Kommentar lesen.'
						]
					}
				},
				{ p: 'So geht das:' },
				{
					ol: [
						'Melden Sie sich an.',
						'Öffnen Sie ein Kapitel vom Entwurf.',
						'Sie wollen etwas zum ganzen Kapitel sagen? Dann schreiben Sie in das Feld unter dem Kapitel.',
						'Sie wollen etwas zu einem Absatz sagen? Ein Absatz ist ein kurzer Teil vom Kapitel. Dann wählen Sie den Absatz aus.',
						'Schreiben Sie Ihre Meinung.',
						'Klicken Sie auf den Knopf zum Absenden.'
					]
				},
				{ p: 'Tipps:' },
				{
					ul: [
						'Schreiben Sie über ein Thema in einem Kommentar.',
						'Schreiben Sie freundlich.',
						'Schreiben Sie keine Namen von anderen Menschen.',
						'Sie können auch auf Kommentare von anderen Menschen antworten.'
					]
				}
			]
		},
		{
			id: 'karte',
			heading: 'Einen Hinweis auf die Karte setzen',
			blocks: [
				{ p: 'Auf der Karte sehen Sie Bochum.' },
				{ p: 'Sie können einen Hinweis auf die Karte setzen.' },
				{ p: 'Ein Hinweis ist eine Nachricht zu einem Ort.' },
				{ p: 'Zum Beispiel: Hier fehlt ein Spiel-Platz.' },
				{ p: 'So geht das:' },
				{
					ol: [
						'Melden Sie sich an.',
						'Öffnen Sie die Karte.',
						'Klicken Sie auf den Ort in der Karte. Dort erscheint eine Steck-Nadel.',
						'Wählen Sie ein Thema. Zum Beispiel: Miete oder Grün.',
						'Schreiben Sie Ihren Hinweis.',
						'Klicken Sie auf den Knopf zum Absenden.'
					]
				},
				{ p: 'Sie können die Karte nicht gut sehen?' },
				{ p: 'Oder Sie können die Maus nicht gut benutzen?' },
				{ p: 'Dann geht es auch ohne Karte:' },
				{
					ol: [
						'Wählen Sie Ihr Quartier aus einer Liste.',
						'Schreiben Sie Ihren Hinweis.',
						'Klicken Sie auf den Knopf zum Absenden.'
					]
				},
				{ p: 'Alle Hinweise gibt es auch als Liste. Die Liste können Sie ohne Karte lesen.' }
			]
		},
		{
			id: 'was-passiert',
			heading: 'Was passiert mit den Kommentaren?',
			blocks: [
				{ p: 'Zuerst liest die Moderation alle Kommentare und Hinweise.' },
				{
					note: {
						title: 'Das Wort Moderation',
						body: [
							'Die Moderation sind Menschen von der Stadt.',
							'Sie lesen alle Kommentare.',
							'Sie passen auf: Alle sind freundlich.',
							'Beleidigungen werden nicht gezeigt.'
						]
					}
				},
				{ p: 'Dann können alle Menschen Ihren Kommentar lesen.' },
				{ p: 'Die Moderation sammelt die Kommentare.' },
				{ p: 'Kommentare zum gleichen Thema kommen zusammen.' },
				{ p: 'Dann liest das Begleit-Gremium die Kommentare.' },
				{
					note: {
						title: 'Das Wort Begleit-Gremium',
						body: [
							'Ein Gremium ist eine Gruppe von Menschen.',
							'Die Gruppe berät zusammen.',
							'Im Begleit-Gremium sind 14 Menschen.',
							'Zum Beispiel: Politikerinnen und Politiker. Menschen von der Stadt. Fach-Leute. Und Bürgerinnen und Bürger aus Bochum.'
						]
					}
				},
				{ p: 'Das Begleit-Gremium sagt zu jedem Thema:' },
				{
					ul: [
						'Das soll in das Konzept.',
						'Oder: Das soll nur zum Teil in das Konzept.',
						'Oder: Das soll nicht in das Konzept.'
					]
				},
				{ p: 'Das Begleit-Gremium schreibt auch: Warum?' },
				{ p: 'Sie bekommen dann eine E-Mail.' },
				{ p: 'Auf dieser Internet-Seite können alle lesen: Was ist mit den Kommentaren passiert?' },
				{ p: 'Am Ende entscheidet der Rat der Stadt über das Konzept.' },
				{
					p: 'Der Rat sind die Politikerinnen und Politiker von Bochum. Die Menschen in Bochum haben sie gewählt.'
				}
			]
		},
		{
			id: 'daten',
			heading: 'Ihre Daten',
			blocks: [
				{ p: 'Wir passen gut auf Ihre Daten auf.' },
				{ p: 'Ihre E-Mail-Adresse zeigen wir niemandem.' },
				{ p: 'Wir geben Ihre Daten nicht weiter.' },
				{
					p: [
						'Sie können Ihr Konto immer löschen. Das geht bei: ',
						{ text: 'Mein Konto', href: '/konto' },
						'.'
					]
				},
				{ p: 'Ihre Kommentare bleiben dann da. Aber ohne Ihren Namen.' },
				{
					p: [
						'Mehr über Ihre Daten steht in den ',
						{ text: 'Regeln zum Daten-Schutz', href: '/datenschutz' },
						'. Die Regeln sind in schwerer Sprache.'
					]
				}
			]
		},
		{
			id: 'hilfe',
			heading: 'Hilfe',
			blocks: [
				{ p: 'Sie haben Fragen? Sie brauchen Hilfe?' },
				{ p: 'Dann melden Sie sich bei uns:' },
				{
					ul: [
						['Schreiben Sie eine E-Mail an: ', mail(C.email)],
						`Oder rufen Sie an: ${C.phone}`,
						`Oder schreiben Sie einen Brief an: ${C.city}, ${C.office}, ${C.street}, ${C.postcode}`
					]
				},
				{ p: 'Sie können Ihre Meinung auch in einem Brief schreiben. Die Stadt liest auch Briefe.' },
				{ p: 'Etwas auf dieser Internet-Seite geht nicht gut für Sie?' },
				{ p: 'Zum Beispiel: Die Schrift ist zu klein. Oder ein Knopf geht nicht.' },
				{
					p: [
						'Dann sagen Sie es uns hier: ',
						{ text: 'Barriere melden', href: '/barrierefreiheit#barriere-melden' },
						'.'
					]
				}
			]
		}
	] as Section[]
};

export const legal = {
	impressumTitle: 'Impressum',
	privacyTitle: 'Datenschutz',
	accessibilityTitle: 'Erklärung zur Barrierefreiheit',
	easyTitle: 'Leichte Sprache',
	impressum,
	privacy,
	accessibility,
	feedbackMail,
	easy
};
