import type { Messages } from '../de';
import {
	DEMO_CONTACT as C,
	type Block,
	type LegalLink,
	type PrivacyCtx,
	type Rich,
	type Section,
	type StatementCtx,
	type TileSource
} from '../de/legal';

const mail = (address: string): LegalLink => ({ text: address, href: `mailto:${address}` });
const ext = (text: string, href: string, lang?: string): LegalLink => ({
	text,
	href,
	...(lang ? { lang } : {})
});

const OMBUDS_URL = 'https://www.mags.nrw/ombudsstelle-barrierefreie-it';
const OMBUDS_EMAIL = 'ombudsstelle-barrierefreie-it@mags.nrw.de';
const CITY = 'City of Bochum';
const OFFICE = 'Office for Urban Planning and Housing (Amt für Stadtplanung und Wohnen)';

const impressum: Messages['legal']['impressum'] = {
	title: 'Legal notice (Impressum)',
	demoTitle: 'Sample text',
	demo: 'This is a demo legal notice with invented contact data. Before going live, the operator must replace address, phone number, e-mail addresses, representation and technical service provider with the real details.',
	sections: [
		{
			id: 'anbieter',
			heading: 'Provider under § 5 DDG (German Digital Services Act)',
			blocks: [
				{ p: 'This online participation platform is provided by the' },
				{
					dl: [
						{ term: 'Provider', value: `${CITY}, ${OFFICE}` },
						{ term: 'Address', value: `${C.street}, ${C.postcode}, Germany` },
						{ term: 'Phone', value: C.phone },
						{ term: 'E-mail', value: [mail(C.email)] },
						{ term: 'Web', value: [ext('www.bochum.de', 'https://www.bochum.de')] }
					]
				},
				{
					p: 'The City of Bochum is a public-law territorial authority. It is legally represented by its Lord Mayor (Oberbürgermeisterin or Oberbürgermeister, § 63 Municipal Code of North Rhine-Westphalia).'
				},
				{ p: `VAT identification number under § 27a German VAT Act: ${C.vatId} (sample value).` },
				{ p: 'Supervisory authority: Bezirksregierung Arnsberg, Seibertzstraße 1, 59821 Arnsberg, Germany.' }
			]
		},
		{
			id: 'verantwortlich',
			heading: 'Responsible for the content under § 18 (2) MStV (Interstate Media Treaty)',
			blocks: [
				{ p: `Head of the ${OFFICE}, ${CITY}, ${C.street}, ${C.postcode}.` },
				{
					p: 'Contributions by participants (comments, map pins, workshop cards) are the responsibility of their authors. Moderation reviews every contribution according to the participation rules.'
				}
			]
		},
		{
			id: 'betrieb',
			heading: 'Technical operation',
			blocks: [
				{
					p: 'Technical service provider: [enter name and address of the data centre or IT service provider]. The provider processes data only on behalf of and as instructed by the city.'
				}
			]
		},
		{
			id: 'karten',
			heading: 'Map data',
			blocks: [
				{
					p: [
						'The background map is from ',
						ext('basemap.de', 'https://basemap.de'),
						': © GeoBasis-DE / BKG (2026), licence CC BY 4.0. The boundaries of the districts and statistical quarters are provided by the City of Bochum.'
					]
				}
			]
		},
		{
			id: 'haftung',
			heading: 'Content and links',
			blocks: [
				{
					p: 'We compile the content of these pages with care. The drafts of the housing concept are work in progress; only the version adopted by the city council is binding.'
				},
				{
					p: 'These pages link to websites of other bodies, who are responsible for their content. We checked the linked pages when setting the links and remove links when we learn of legal violations.'
				}
			]
		},
		{
			id: 'presse',
			heading: 'Press enquiries',
			blocks: [{ p: ['Press office of the City of Bochum: ', mail(C.press)] }]
		}
	]
};

function tileBlocks(t: TileSource): Block[] {
	if (t.kind === 'self')
		return [
			{ p: 'The map images (tiles) are served by our own server. No data is passed to third parties.' }
		];
	if (t.kind === 'other')
		return [
			{
				p: `Your browser loads the map images (tiles) directly from the map server ${t.host}. For technical reasons it sends your IP address, date and time, the map area you view and details of your browser to the operator of that server. We have no influence on this; that operator's privacy notice applies.`
			}
		];
	return [
		{
			p: `The background map comes from basemap.de. Your browser loads the map images (tiles) directly from the server ${t.host} of the Federal Agency for Cartography and Geodesy (Bundesamt für Kartographie und Geodäsie, BKG), Richard-Strauss-Allee 11, 60598 Frankfurt am Main. For technical reasons it sends your IP address, date and time, the map area you view and details of your browser to the BKG.`
		},
		{
			p: [
				'According to the BKG, it keeps this data in log files to protect its services against attacks. See the ',
				ext('BKG privacy notice', 'https://www.bkg.bund.de/datenschutz'),
				'. We receive none of this data.'
			]
		}
	];
}

const privacy: Messages['legal']['privacy'] = {
	title: 'Privacy notice',
	intro:
		'This notice explains which personal data the housing participation platform processes, for what purpose, on which legal basis, for how long, and what rights you have (Articles 13 and 14 of the General Data Protection Regulation, GDPR). The German version is authoritative.',
	version: (v: string) => `Version: ${v}`,
	toc: 'Contents',
	summaryTitle: 'In brief',
	summary: [
		'You can read everything without an account and without us storing anything about you.',
		'To take part you only need a display name (a pseudonym is fine) and an e-mail address.',
		'There is no tracking, no statistics or analytics tool, no advertising and no social media plug-in.',
		'We set only two technically necessary cookies: "session" for signing in and "lang" for the chosen language.',
		'Only the map loads images from another server. Instead of the map you can choose a quarter from a list.',
		'You can download your data and delete your account at any time on the "My account" page.'
	],
	sections: (ctx: PrivacyCtx): Section[] => [
		{
			id: 'verantwortlich',
			heading: '1. Controller',
			blocks: [
				{ p: 'The controller within the meaning of Art. 4(7) GDPR is the' },
				{
					dl: [
						{ term: 'Body', value: `${CITY}, ${OFFICE}` },
						{ term: 'Address', value: `${C.street}, ${C.postcode}, Germany` },
						{ term: 'Phone', value: C.phone },
						{ term: 'E-mail', value: [mail(C.email)] }
					]
				},
				{
					p: [
						'The city is represented by its Lord Mayor. Further details are in the ',
						{ text: 'legal notice', href: '/impressum' },
						'.'
					]
				}
			]
		},
		{
			id: 'dsb',
			heading: '2. Data protection officer',
			blocks: [
				{
					p: [
						'You can reach the data protection officer of the City of Bochum at the address above, marked "Datenschutzbeauftragte", or by e-mail at ',
						mail(C.dpoEmail),
						'.'
					]
				}
			]
		},
		{
			id: 'zweck',
			heading: '3. Why this platform exists',
			blocks: [
				{
					p: 'The City of Bochum is revising its housing concept (Handlungskonzept Wohnen). On this platform it involves the public, the Bochum Alliance for Housing and the advisory committee: you can read drafts, comment on chapters and paragraphs, pin issues on the map, join online workshops and see how your input was handled.'
				},
				{
					p: 'Public participation is a task of the city in the public interest (local self-government and urban development). The legal basis for processing your contributions is therefore Art. 6(1)(e) GDPR in conjunction with § 3 of the North Rhine-Westphalia Data Protection Act (DSG NRW).'
				}
			]
		},
		{
			id: 'besuch',
			heading: '4. When you only read',
			blocks: [
				{
					p: 'When you open a page, our server processes your IP address, the requested address, date and time and details from your browser in order to send you the page. The application itself keeps no access logs.'
				},
				{
					p: 'To prevent abuse we count attempts per IP address for sign-up, sign-in, password reset and the "Report a barrier" form. These counters are kept in memory only and expire after one hour at most.'
				},
				{
					p: 'The legal basis is Art. 6(1)(e) GDPR in conjunction with § 3 DSG NRW; the counters also serve the security of processing under Art. 32 GDPR.'
				}
			]
		},
		{
			id: 'konto',
			heading: '5. Your account',
			blocks: [
				{ p: 'To take part you create an account. For this we store:' },
				{
					ul: [
						'Your display name. It is shown publicly with your contributions. Your real name is not needed; a pseudonym is fine.',
						'Your e-mail address. It is not public. We use it to confirm your account, to reset your password and for messages about your contributions.',
						'Your password, only as an irreversible hash (argon2id). We do not know the password itself.',
						'The language in which you want pages and e-mails.',
						'When you signed up and when you confirmed your e-mail address.',
						'Your consent: when you gave it and to which version of this privacy notice.',
						'Where applicable, your roles (for example moderation or advisory committee) and, for members of the Alliance for Housing, the organisation you represent.'
					]
				},
				{
					p: 'For confirmation and password links we store only a hash of the link and its expiry time (24 and 2 hours respectively).'
				},
				{
					p: 'The legal basis is your consent under Art. 6(1)(a) GDPR, which you give when signing up. You can withdraw it at any time with effect for the future by deleting your account (Art. 7(3) GDPR). This does not affect the lawfulness of processing before the withdrawal.'
				}
			]
		},
		{
			id: 'beitraege',
			heading: '6. Your contributions',
			blocks: [
				{
					p: 'Contributions are comments and replies, support, map pins (with location, category and quarter), workshop cards and dots, and reports of problematic content. We store the content, the time and your account as author.'
				},
				{
					ul: [
						'Moderation reviews every contribution. It can approve it, reject it with a reason, tag it or group it with similar contributions.',
						'Approved contributions are public, together with your display name. For members of the Alliance for Housing the organisation and actor group are shown.',
						'Moderation forwards contributions in topic packages to the advisory committee. The committee sees your contribution but not your e-mail address.',
						'We tell you by e-mail how your contribution was handled.',
						'The result is published as a weighing table and as open data. It contains the contributions without e-mail addresses and without display names; for the Alliance for Housing the organisation is named.',
						'Steps taken by administration and moderation (who reviewed or changed which contribution, and when) are logged so that the process stays traceable.'
					]
				},
				{
					p: 'Please do not include details in contributions that identify you or others, nor special categories of personal data such as health or ethnic origin.'
				},
				{
					p: 'The legal basis is Art. 6(1)(e) GDPR in conjunction with § 3 DSG NRW (carrying out the participation as a public task).'
				}
			]
		},
		{
			id: 'email',
			heading: '7. E-mails',
			blocks: [
				{
					p: 'We send e-mails to you (confirmation, password, messages about your contributions) through the mail server of the City of Bochum. This processes your e-mail address, your display name and the content of the message. We send no newsletters and no advertising.'
				}
			]
		},
		{
			id: 'cookies',
			heading: '8. Cookies',
			blocks: [
				{
					p: 'We only use cookies that are technically necessary for the service. Under § 25(2) no. 2 of the German Telecommunications Digital Services Data Protection Act (TDDDG) these need no consent. Neither cookie can be read by scripts (HttpOnly); both are sent only to this website (SameSite=Lax) and, over HTTPS, only encrypted.'
				},
				{
					table: {
						caption: 'Cookies on this website',
						head: ['Name', 'Purpose', 'Content', 'Kept for'],
						rows: [
							[
								'session',
								'Keeps you signed in. Only set when you sign in.',
								'A random identifier; the server keeps only a hash of it.',
								'30 days, extended while in use; deleted when you sign out.'
							],
							[
								'lang',
								'Remembers the language (German or English) when you switch it.',
								'"de" or "en"',
								'1 year'
							]
						]
					}
				}
			]
		},
		{
			id: 'karte',
			heading: '9. Map',
			blocks: [
				...tileBlocks(ctx.tiles),
				{
					p: 'The map is only loaded on pages that show a map. The legal basis is Art. 6(1)(e) GDPR in conjunction with § 3 DSG NRW. If you do not want this, you can give input without the map by choosing the quarter from a list. All pins are also available as a list.'
				}
			]
		},
		{
			id: 'barriere',
			heading: '10. "Report a barrier" form',
			blocks: [
				{
					p: [
						'If you report a barrier through the form in the ',
						{ text: 'accessibility statement', href: '/barrierefreiheit' },
						', we store the page, your description, the time and – only if you give it – your e-mail address. The report is e-mailed to the city office responsible for accessibility. We do not store your IP address with it.'
					]
				},
				{
					p: 'We use this data only to remove the barrier and to answer you (Art. 6(1)(e) GDPR in conjunction with § 3 DSG NRW and § 10b of the NRW Disability Equality Act). We delete reports once they are dealt with, at the latest after twelve months.'
				}
			]
		},
		{
			id: 'kein-tracking',
			heading: '11. No tracking, no third parties',
			blocks: [
				{
					p: 'We use no analytics or statistics tools, no advertising, no social media plug-ins and no embedded videos. Fonts, icons and program code are served by our own server; nothing is loaded from other servers (CDNs). The only exception is the background map (section 9).'
				}
			]
		},
		{
			id: 'empfaenger',
			heading: '12. Recipients',
			blocks: [
				{
					ul: [
						'Within the city: staff of the Office for Urban Planning and Housing and the moderators, as far as they need the data for their task.',
						'The advisory committee receives contributions without e-mail addresses.',
						'The public sees approved contributions with display names.',
						'The technical service provider operating the platform processes data on behalf of the city (Art. 28 GDPR).'
					]
				},
				{ p: 'We do not transfer data to countries outside the European Union and we do not sell data.' }
			]
		},
		{
			id: 'dauer',
			heading: '13. How long we keep data',
			blocks: [
				{
					table: {
						caption: 'Retention periods',
						head: ['Data', 'Kept until'],
						rows: [
							[
								'Account (display name, e-mail address, password hash, consent)',
								'until you delete your account, at the latest until the participation process ends'
							],
							[
								'Contributions',
								'permanently as part of the record of the process; after the account is deleted or the process ends, without personal reference (shown as "deleted account")'
							],
							['Sign-in (session)', 'until you sign out, at most 30 days after last use'],
							['Confirmation and password links', '24 and 2 hours respectively'],
							['Abuse counters (IP address)', 'at most 1 hour, in memory only'],
							['"Report a barrier" messages', 'until dealt with, at most 12 months']
						]
					}
				},
				{
					p: 'The participation process ends when the city council has decided on the revised housing concept. We then delete the accounts with all personal data; contributions are kept in anonymised form.'
				}
			]
		},
		{
			id: 'rechte',
			heading: '14. Your rights',
			blocks: [
				{ p: 'You have the following rights towards the City of Bochum:' },
				{
					ul: [
						[
							'Access (Art. 15 GDPR) and data portability (Art. 20 GDPR): on the ',
							{ text: 'My account', href: '/konto' },
							' page you can download all data about your account as a JSON file.'
						],
						'Rectification (Art. 16 GDPR): you can change your display name and e-mail address yourself on the "My account" page. For anything else, write to us.',
						'Erasure (Art. 17 GDPR): you can delete your account on the "My account" page. Display name, e-mail address and password are deleted at once; your contributions remain, without a name, as part of the participation.',
						'Restriction of processing (Art. 18 GDPR).',
						'Objection (Art. 21 GDPR): you can object at any time, on grounds relating to your particular situation, to processing based on Art. 6(1)(e) GDPR.',
						'Withdrawal of consent (Art. 7(3) GDPR): at any time with effect for the future, most simply by deleting your account.'
					]
				},
				{
					p: [
						'To exercise these rights write to ',
						mail(C.email),
						' or to the data protection officer (section 2).'
					]
				},
				{
					p: 'You also have the right to lodge a complaint with a data protection supervisory authority (Art. 77 GDPR). The competent authority is the'
				},
				{
					dl: [
						{
							term: 'Authority',
							value:
								'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW, State Commissioner for Data Protection and Freedom of Information)'
						},
						{ term: 'Address', value: 'Kavalleriestraße 2–4, 40213 Düsseldorf, Germany' },
						{ term: 'E-mail', value: [mail('poststelle@ldi.nrw.de')] },
						{ term: 'Web', value: [ext('www.ldi.nrw.de', 'https://www.ldi.nrw.de')] }
					]
				}
			]
		},
		{
			id: 'sonstiges',
			heading: '15. Further information',
			blocks: [
				{
					ul: [
						'You are not obliged to give us any data. Without an account you can read everything but cannot contribute. You can also give your input to the city by letter or in person.',
						'We make no automated decisions and do no profiling (Art. 22 GDPR).',
						'We protect your data with encrypted transport (HTTPS), hashes for passwords and sessions, roles and permissions, and limits on sign-in attempts.'
					]
				},
				{ p: `If the processing changes, we update this notice. This version is numbered ${ctx.version}.` }
			]
		}
	]
};

const accessibility: Messages['legal']['accessibility'] = {
	title: 'Accessibility statement',
	statement: (ctx: StatementCtx): Section[] => [
		{
			id: 'geltungsbereich',
			heading: 'Scope',
			blocks: [
				{
					p: 'The City of Bochum endeavours to make its websites accessible in accordance with the Disability Equality Act of North Rhine-Westphalia (BGG NRW) and the NRW Accessible Information Technology Ordinance (BITV NRW), which implement Directive (EU) 2016/2102.'
				},
				{
					p: `This statement applies to the housing participation platform at ${ctx.origin} with all its pages: process and timeline, draft concept with comments, map, online workshops, results, account, and the areas for moderation, advisory committee and administration.`
				}
			]
		},
		{
			id: 'stand',
			heading: 'Compliance status',
			blocks: [
				{
					p: 'This website is partially accessible. It partially complies with the requirements of BITV NRW together with the European standard EN 301 549 and the Web Content Accessibility Guidelines (WCAG) 2.1, level AA. The content listed below is not, or not fully, accessible.'
				}
			]
		},
		{
			id: 'nicht-barrierefrei',
			heading: 'Non-accessible content',
			blocks: [{ p: 'The following content is not accessible or only partly accessible:' }],
			sections: [
				{
					heading: 'The map',
					blocks: [
						{
							p: 'The map is a visual medium. The position of streets, buildings and pins can only be perceived visually; the background map (images from basemap.de) has no text alternative, and labels in the map cannot be enlarged or changed in contrast. Placing a point precisely is only partly possible with a keyboard or screen reader.'
						},
						{
							p: 'Alternatives: all pins are also available as a list with category, text and quarter. You can give your own input without the map by choosing the quarter from a list.'
						}
					]
				},
				{
					heading: 'Figures in the draft concept',
					blocks: [
						{
							p: 'Some diagrams and maps in the chapters of the draft concept may not yet have a sufficient text description. We are adding them. On request we will send you the content in an accessible form.'
						}
					]
				},
				{
					heading: 'Online workshops',
					blocks: [
						{
							p: 'In online workshops, boards and cards change while you read them. Not every change is announced by screen readers. Reloading the page shows the current state.'
						}
					]
				},
				{
					heading: 'German Sign Language',
					blocks: [
						{
							p: 'Explanations in German Sign Language are still missing and in preparation. An explanation in Easy Language (Leichte Sprache) is available.'
						}
					]
				}
			]
		},
		{
			id: 'erstellung',
			heading: 'Preparation of this statement',
			blocks: [
				{ p: `This statement was prepared on ${ctx.date}.` },
				{
					p: 'It is based on a self-assessment by the project team against the requirements of WCAG 2.1, level AA, including use with the keyboard only, with a screen reader and with strong magnification. In addition, automated tests with the axe-core tool check the important pages with every new version of the software.'
				},
				{ p: 'We review this statement at least once a year and after major changes to the website.' }
			]
		}
	],
	feedbackHeading: 'Report a barrier: feedback and contact',
	feedbackIntro: [
		'Have you come across a barrier on these pages? Or do you need content in another, accessible form? Please write to us using the form or by e-mail.',
		'We answer within two weeks, at the latest after six weeks. If a solution takes longer, you will receive an interim reply.'
	],
	contactLabel: 'Accessibility contact',
	contactLine: (email: string): Rich => ['E-mail: ', mail(email)],
	contactAddress: `${CITY}, ${OFFICE}, ${C.street}, ${C.postcode}, phone ${C.phone}`,
	form: {
		heading: 'Form',
		pageUrl: 'Page or address where the barrier is',
		pageUrlHint:
			'For example the web address from your browser\'s address bar, or "map on the process page". At most 500 characters.',
		message: 'Description of the barrier',
		messageHint:
			'What did you want to do, and what did not work? Do you use assistive technology, for example a screen reader or magnification? Plain text only, no HTML. At most 5,000 characters.',
		contactEmail: 'E-mail address for a reply',
		contactEmailHint: 'Only if you want a reply. We use it for this report only.',
		privacy: [
			'We use your details only to remove the barrier and to answer you. More in the ',
			{ text: 'privacy notice', href: '/datenschutz#barriere' },
			'.'
		],
		submit: 'Send report',
		errorTitle: 'The report was not sent',
		errorIntro: 'Please check these entries:',
		sentTitle: 'Thank you for your report',
		sent: 'We have received your report and passed it on to the responsible office.',
		sentAnswer: 'We will answer you by e-mail within two weeks, at the latest after six weeks.',
		sentNoAnswer: 'As you gave no e-mail address, we cannot answer you.',
		errors: {
			pageUrl: {
				too_long: 'The page details may be at most 500 characters long. Please shorten them.',
				html: 'Please give the page without HTML code, for example as a web address.'
			},
			message: {
				required: 'Please describe the barrier.',
				too_long: 'The description may be at most 5,000 characters long. Please shorten it.',
				html: 'Please describe the barrier without HTML code (for example without <b> or <a>). Name the element in words, such as "the Send button".'
			},
			contactEmail: {
				email_invalid:
					'Please enter a valid e-mail address, for example name@example.com, or leave the field empty.'
			}
		}
	},
	enforcement: [
		{
			id: 'ombudsverfahren',
			heading: 'Enforcement procedure: ombudsperson',
			blocks: [
				{
					p: 'If you receive no answer, or no satisfactory answer, to your report, you can contact the Ombudsperson for Accessible Information Technology of the State of North Rhine-Westphalia (§ 10d BGG NRW, §§ 9 ff. BITV NRW).'
				},
				{
					p: "The ombudsperson's office belongs to the State Commissioner for People with Disabilities. It mediates between you and the public body so that the barrier is removed. The procedure is free of charge and you need no legal representation."
				},
				{
					dl: [
						{
							term: 'Web',
							value: [
								ext('Ombudsstelle für barrierefreie Informationstechnik des Landes NRW', OMBUDS_URL, 'de')
							]
						},
						{ term: 'E-mail', value: [mail(OMBUDS_EMAIL)] }
					]
				}
			]
		}
	]
};

const feedbackMail: Messages['legal']['feedbackMail'] = {
	subject: 'New report: barrier on the housing participation platform',
	recipient: 'accessibility team',
	intro:
		'a new report has arrived through the "Report a barrier" form. Please answer within two, at the latest six weeks (§ 5 BITV NRW) and mention the ombudsperson procedure in your answer.',
	page: 'Page',
	none: '(not given)',
	contact: 'E-mail for a reply',
	noContact: '(none – the person does not want a reply)',
	received: 'Received',
	message: 'Description',
	storage:
		'The report is also stored in the database (table accessibility_feedback) and is deleted after twelve months.'
};

const easy: Messages['legal']['easy'] = {
	title: 'Easy language',
	intro: [
		'This page explains the website in plain English.',
		'The German version of this page is written in Leichte Sprache (Easy German).'
	],
	toc: 'On this page',
	sections: [
		{
			id: 'was-ist-das',
			heading: 'What is this website?',
			blocks: [
				{ p: 'The City of Bochum has a plan for housing. It is called the housing concept.' },
				{ p: 'The city is now rewriting this plan. People in Bochum can have their say.' },
				{
					note: {
						title: 'Participation',
						body: ['Participation means: you give your opinion, and the city listens and thinks about it.']
					}
				},
				{ p: 'Taking part is voluntary and free.' }
			]
		},
		{
			id: 'was-will-die-stadt-wissen',
			heading: 'What does the city want to know?',
			blocks: [
				{ p: 'The city wants to know how you live. What is good, what is bad? For example:' },
				{
					ul: [
						'Is the rent too high?',
						'Are there enough homes?',
						'Are there enough parks and trees?',
						'Is there a shop nearby?',
						'Is the internet fast enough?',
						'Are there barriers, such as stairs without a lift?'
					]
				},
				{ p: 'You know your quarter well. A quarter is a part of the city; Bochum has 30 of them.' }
			]
		},
		{
			id: 'lesen',
			heading: 'Reading',
			blocks: [
				{
					p: 'This website shows the draft of the plan, chapter by chapter. A draft is a text that is not finished yet.'
				},
				{ p: 'You do not need an account to read. Everyone may read everything.' },
				{
					p: 'The draft is in German and uses difficult words. If you do not understand something, ask us (see "Help").'
				}
			]
		},
		{
			id: 'registrieren',
			heading: 'Creating an account',
			blocks: [
				{ p: 'To have your say, you need an account.' },
				{
					ol: [
						['Click ', { text: 'Sign up', href: '/registrieren' }, ' at the top of the page.'],
						'Choose a display name. It does not have to be your real name. Everyone can see it.',
						'Enter your e-mail address. Nobody else can see it.',
						'Choose a password with at least 10 characters. Keep it secret.',
						'Read the privacy notice and tick the box.',
						'Click the button to create your account.',
						'We send you an e-mail with a link. Click the link. Your account is ready.'
					]
				},
				{ p: ['Next time, click ', { text: 'Log in', href: '/anmelden' }, ' at the top of the page.'] }
			]
		},
		{
			id: 'kommentar',
			heading: 'Writing a comment',
			blocks: [
				{
					note: {
						title: 'Comment',
						body: ['A comment is your opinion about a text. Other people can read it.']
					}
				},
				{
					ol: [
						'Log in.',
						'Open a chapter of the draft.',
						'Write in the box below the chapter, or choose a paragraph to comment on just that part.',
						'Write your opinion and send it.'
					]
				},
				{
					ul: [
						'Write about one topic per comment.',
						'Be friendly.',
						'Do not write the names of other people.',
						'You can reply to comments by others.'
					]
				}
			]
		},
		{
			id: 'karte',
			heading: 'Putting a pin on the map',
			blocks: [
				{ p: 'A pin is a message about a place, for example: "A playground is missing here."' },
				{
					ol: [
						'Log in and open the map.',
						'Click the place on the map. A pin appears.',
						'Choose a topic, for example rent or green space.',
						'Write your message and send it.'
					]
				},
				{
					p: 'If the map is hard for you to see or use, you can choose your quarter from a list instead and write your message. All pins are also shown as a list.'
				}
			]
		},
		{
			id: 'was-passiert',
			heading: 'What happens to the comments?',
			blocks: [
				{
					note: {
						title: 'Moderation',
						body: [
							'Moderators are city staff. They read all comments, make sure everyone is friendly and hold back insults.'
						]
					}
				},
				{ p: 'The moderators read every comment and pin first. Then everyone can read it.' },
				{ p: 'They group comments on the same topic and pass them to the advisory committee.' },
				{
					note: {
						title: 'Advisory committee',
						body: [
							'A group of 14 people: politicians, city staff, experts and residents of Bochum. They discuss the comments together.'
						]
					}
				},
				{
					p: 'For every topic the committee says whether it should go into the plan, partly go into it, or not go into it – and why.'
				},
				{ p: 'You get an e-mail, and everyone can see on this website what happened to the comments.' },
				{ p: 'At the end, the city council – the elected politicians of Bochum – decides on the plan.' }
			]
		},
		{
			id: 'daten',
			heading: 'Your data',
			blocks: [
				{ p: 'We never show your e-mail address and do not pass your data on.' },
				{
					p: [
						'You can delete your account at any time under ',
						{ text: 'My account', href: '/konto' },
						'. Your comments stay, but without your name.'
					]
				},
				{ p: ['More details are in the ', { text: 'privacy notice', href: '/datenschutz' }, '.'] }
			]
		},
		{
			id: 'hilfe',
			heading: 'Help',
			blocks: [
				{ p: 'Do you have questions or need help? Contact us:' },
				{
					ul: [
						['E-mail: ', mail(C.email)],
						`Phone: ${C.phone}`,
						`Letter: ${CITY}, ${OFFICE}, ${C.street}, ${C.postcode}`
					]
				},
				{ p: 'You can also send your opinion by letter. The city reads letters too.' },
				{
					p: [
						'Something on this website does not work for you, for example the text is too small or a button does not work? ',
						{ text: 'Report a barrier', href: '/barrierefreiheit#barriere-melden' },
						'.'
					]
				}
			]
		}
	]
};

export const legal: Messages['legal'] = {
	impressumTitle: 'Legal notice',
	privacyTitle: 'Privacy',
	accessibilityTitle: 'Accessibility statement',
	easyTitle: 'Easy language',
	impressum,
	privacy,
	accessibility,
	feedbackMail,
	easy
};
