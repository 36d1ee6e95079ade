import type { Messages } from '../de';

export const exportTable: Messages['export'] = {
	title: 'Weighing table',
	pageTitle: 'Download the weighing table',
	sectionDescription: 'Every input with its handling as CSV, Excel or print view',
	intro:
		'The weighing table (Abwägungstabelle) lists every input of a process with how it was handled: topic package, recommendation of the advisory committee, response of the administration with its reason, and the changed passages of the new version.',
	audienceInternal:
		'You get the internal version: it also contains pending and unpublished contributions and personal data (pseudonym, organisation, sender, assignee). Do not pass it on. Every export is logged.',
	audienceGremium:
		'You get the version for the advisory committee: published contributions with all recommendations and responses, including unpublished ones, without personal data. Every export is logged.',
	neverInternalComments: 'Internal comments of the advisory committee are never part of any version.',
	filterLegend: 'Selection',
	process: 'Process',
	noProcess: 'There is no process yet.',
	kind: 'Kind',
	allKinds: 'All kinds',
	state: 'Status',
	allStates: 'All statuses',
	district: 'Quarter',
	allDistricts: 'All quarters',
	formatsLegend: 'Format',
	csv: 'Download CSV',
	csvHint: 'Semicolon-separated, UTF-8 – opens directly in Excel and LibreOffice.',
	xlsx: 'Download Excel (XLSX)',
	printButton: 'Open print view',
	publicLinks: 'Public version (without personal data)',
	publicDownloads: 'Download all results',
	publicDownloadsIntro:
		'The consideration table lists every published input with how it was handled – without personal data.',
	printShort: 'Print view',
	selectionExport: 'Export this selection as Excel',
	gremiumExport: 'Download the consideration table for the advisory committee',
	backToModeration: 'Back to moderation',

	columns: {
		id: 'ID',
		number: 'No.',
		kind: 'Kind',
		channel: 'Channel',
		date: 'Date',
		version: 'Version',
		chapter: 'Chapter',
		paragraph: 'Paragraph',
		district: 'Quarter',
		stadtbezirk: 'Borough',
		category: 'Category',
		text: 'Contribution',
		replyTo: 'Reply to no.',
		state: 'Status',
		rejection: 'Reason for not publishing',
		package: 'Topic package',
		recommendation: 'Recommendation of the advisory committee',
		recommendationReason: 'Reason for the recommendation',
		response: 'Response of the administration',
		responseReason: 'Reason for the response',
		responsePublished: 'Response published on',
		changes: 'Changed passages',
		supports: 'Supports',
		author: 'Pseudonym',
		organisation: 'Organisation',
		sender: 'Sender',
		assignee: 'Assignee',
		tags: 'Tags',
		duplicateOf: 'Duplicate of no.'
	},
	kinds: {
		comment: 'Comment',
		reply: 'Reply to a contribution',
		pin: 'Note on the map',
		card: 'Workshop card',
		offline: 'Input by other means'
	},
	channels: {
		online: 'online',
		letter: 'letter',
		email: 'e-mail',
		event: 'event',
		phone: 'phone',
		other: 'other'
	},
	states: {
		pending: 'awaiting review',
		published: 'published',
		rejected: 'not published',
		withdrawn: 'withdrawn'
	},
	verdicts: {
		adopted: 'adopted',
		partly: 'partly adopted',
		not_adopted: 'not adopted',
		already_considered: 'already considered',
		noted: 'noted'
	},
	notPublished: 'not published yet',
	paragraph: (n) => `para. ${n}`,
	wholeChapter: 'whole chapter',
	versionShort: (n) => `Version ${n}`,
	change: (version, chapter, paragraph, excerpt) =>
		`Version ${version}, ch. ${chapter}, ${paragraph}: “${excerpt}”`,

	print: {
		title: (process) => `Weighing table – ${process}`,
		generated: (when) => `As of ${when}`,
		internal: 'Internal version – contains personal data. Do not pass on.',
		gremium: 'Version for the advisory committee – contains responses not published yet.',
		public: 'Public version',
		hint: "To print, use your browser's print function; the table prints in landscape.",
		back: 'Back',
		caption: 'Inputs and how they were handled',
		input: 'Input',
		reference: 'Reference',
		handling: 'Status and topic package',
		person: 'Personal details (internal)',
		count: (n) => (n === 1 ? '1 input' : `${n} inputs`),
		empty: 'No inputs.',
		supports: (n) => (n === 1 ? '1 support' : `${n} supports`)
	},
	sheetName: 'Weighing table',
	fileBase: 'abwaegungstabelle'
};
