import type { Messages } from '../de';

export const common: Messages['common'] = {
	siteName: 'Housing Participation',
	cityName: 'City of Bochum',
	skipToContent: 'Skip to content',
	mainNav: 'Main navigation',
	footerNav: 'Legal and help',
	languageLabel: 'Language',
	switchTo: 'Deutsch',
	switchToLabel: 'Auf Deutsch umschalten',
	save: 'Save',
	cancel: 'Cancel',
	back: 'Back',
	next: 'Next',
	more: 'Show more',
	required: 'Required',
	confirmRequired: 'Please confirm this with the tick box.',
	optional: 'optional',
	yes: 'Yes',
	no: 'No',
	actions: 'Actions',
	errorSummary: 'Please check your input',
	saved: 'Saved.',
	deletedAccount: 'deleted account',
	from: 'from',
	to: 'to',
	noEntries: 'No entries.',
	pagination: 'Pagination',
	nextPage: 'Next page',
	firstPage: 'First page'
};

export const nav: Messages['nav'] = {
	home: 'Home',
	process: 'Process',
	login: 'Log in',
	signup: 'Sign up',
	logout: 'Log out',
	account: 'My account',
	admin: 'Administration',
	impressum: 'Legal notice',
	privacy: 'Privacy',
	accessibility: 'Accessibility',
	easyLanguage: 'Easy language',
	signedInAs: (name) => `Signed in as ${name}`
};

export const errors: Messages['errors'] = {
	invalid: 'The input is not valid.',
	required: 'Please fill in this field.',
	too_long: 'The input is too long.',
	email_invalid: 'Please enter a valid e-mail address, for example name@example.com.',
	display_name_short: 'The display name must have at least 2 characters.',
	display_name_long: 'The display name may have at most 40 characters.',
	display_name_taken: 'Somebody already uses this display name. Please choose another.',
	display_name_reserved:
		'This display name is reserved for the city and the participation team. Please choose another.',
	password_short: 'The password must have at least 10 characters.',
	password_long: 'The password may have at most 256 characters.',
	password_common:
		'This password is too common and easy to guess. Please choose another one, for example a sentence of several words.',
	password_wrong: 'The password is not correct.',
	privacy_required: 'Please confirm that you have read the privacy notice.',
	confirm_required: 'Please confirm that you want to delete your account.',
	login_failed: 'E-mail address or password is not correct.',
	token_invalid: 'This link is invalid or has already been used.',
	token_expired: 'This link has expired. Please request a new one.',
	email_taken: 'This e-mail address cannot be used.',
	invitation_invalid: 'This invitation is invalid, expired or has already been used.',
	rate_limited: (minutes) =>
		`Too many attempts. Please wait ${minutes === 1 ? 'one minute' : `${minutes} minutes`} and try again.`,
	forbidden: 'You are not allowed to do this.',
	not_found: 'Not found.',
	unknown_user: 'This account does not exist.',
	last_admin: 'The last administrator account cannot lose its role.',
	allianz_needs_organisation:
		'The Alliance role belongs to an organisation. Invite the person from their organisation’s page; the invitation gives them the role.',
	invitation_already_member: 'Your account already belongs to this organisation. There is nothing else to do.'
};

export const errorPage: Messages['errorPage'] = {
	title404: 'Page not found',
	text404: 'The page you wanted to open does not exist (any more). Perhaps its address has changed.',
	title403: 'No access',
	text403: 'You are not allowed to see this page. If needed, log in with another account.',
	title500: 'An error occurred',
	text500:
		'Sorry, an error occurred on our side. Please try again later. Your input is not lost if you go back.',
	titleOther: 'Error',
	toHome: 'Go to the home page'
};

export const home: Messages['home'] = {
	title: 'Have your say on housing in Bochum',
	intro:
		'The city is revising its housing concept. Read the drafts here, say what you think, and see what became of your input.',
	currentProcess: 'Current process',
	openPhases: 'Open now',
	noOpenPhase: 'No participation phase is open at the moment. You can read all content.',
	nextPhase: 'Next phase',
	toProcess: 'Go to the process',
	howTitle: 'How to take part',
	how1Title: 'Read',
	how1: 'Read the chapters of the draft concept. You do not need an account for this.',
	how2Title: 'Sign up',
	how2: 'Create an account with a display name. We do not need your real name.',
	how3Title: 'Have your say',
	how3: 'Comment on whole chapters or single paragraphs, reply to others and agree with contributions.',
	how4Title: 'See the result',
	how4: 'The advisory committee reviews all input. You can see publicly how your input was handled.',
	noProcess: 'There is no published participation process at the moment.',
	otherProcesses: 'Other processes'
};

export const process: Messages['process'] = {
	timeline: 'Participation timeline',
	phase: 'Phase',
	state: { planned: 'planned', running: 'running', closed: 'closed' },
	audience: { public: 'General public', allianz: 'Alliance for Housing', gremium: 'Advisory committee' },
	audienceLabel: 'Who can take part',
	moderation: {
		pre: 'Contributions are reviewed before they are published',
		post: 'Contributions appear at once and are reviewed afterwards'
	},
	period: 'Period',
	committeeSchedule: 'Committee schedule',
	committeeIntro: 'After the participation, the council committees discuss the concept in these meetings:',
	date: 'Date',
	committee: 'Committee',
	competence: 'Competence',
	note: 'Note',
	competences: {
		kenntnisnahme: 'For information',
		beratung: 'Deliberation',
		empfehlung: 'Recommendation',
		beschluss: 'Decision'
	},
	noMeetings: 'The committee dates have not been set yet.',
	endedOn: (date) => `The participation phase ended on ${date}.`,
	startsOn: (date) => `The participation phase starts on ${date}.`,
	runsUntil: (date) => `Take part until ${date}`
};
