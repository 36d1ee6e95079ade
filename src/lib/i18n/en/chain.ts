// The review chain after moderation (English; see ../de/chain.ts).
import type { Messages } from '../de';

export const chain: Messages['chain'] = {
	verdicts: {
		adopted: 'adopted',
		partly: 'partly adopted',
		not_adopted: 'not adopted',
		already_considered: 'already considered',
		noted: 'noted'
	},
	packageStates: {
		draft: 'in preparation',
		forwarded: 'forwarded',
		recommended: 'recommendation given',
		answered: 'response published'
	},
	kinds: {
		comment: 'Comment',
		pin: 'Pin on the map',
		card: 'Workshop card',
		offline: 'Input received another way'
	},
	channels: {
		online: 'online',
		letter: 'letter',
		email: 'e-mail',
		event: 'on-site event',
		phone: 'phone',
		other: 'another way'
	},

	section: {
		title: 'Advisory committee',
		description: 'Read forwarded topic packages, discuss them internally and give recommendations'
	},
	gremiumTitle: 'Advisory committee: topic packages',
	gremiumIntro:
		'Here are the topic packages that moderation forwarded to the advisory committee (Begleitgremium). Discuss them internally and give a recommendation with a reason for each package (and, where needed, for single contributions).',
	stateFilter: 'Status',
	allStates: 'All',
	show: 'Show',
	noPackages: 'There are no forwarded topic packages.',
	itemsCount: (n: number) => (n === 1 ? '1 contribution' : `${n} contributions`),
	forwardedOn: (date: string) => `forwarded on ${date}`,
	process: 'Process',
	packageTitle: (title: string) => `Topic package: ${title}`,
	toOverview: 'All topic packages',
	summary: 'Summary by moderation',
	noSummary: 'Moderation did not write a summary.',
	items: 'Contributions in this package',
	noItems: 'This package holds no contributions.',
	item: (n: number) => `Contribution ${n}`,
	kind: 'Kind',
	channel: 'Received by',
	receivedOn: 'Received on',
	author: 'Written by',
	senderHidden: 'sender visible to moderation only',
	place: 'Refers to',
	chapterParagraph: (chapter: string, paragraph: number | null) =>
		paragraph ? `Chapter ${chapter}, paragraph ${paragraph}` : `Chapter ${chapter} (whole chapter)`,
	district: 'Quarter',
	category: 'Category',
	supports: (n: number) => (n === 1 ? '1 agreement' : `${n} agreements`),
	paragraphText: 'Paragraph commented on',
	state: 'Status',
	itemStates: {
		pending: 'awaiting approval',
		published: 'published',
		rejected: 'not published',
		withdrawn: 'withdrawn'
	},
	hiddenItem: 'hidden after reports',
	publicPage: 'Public page of the contribution',

	internalTitle: 'Internal discussion',
	internalHint: 'Visible to the advisory committee, moderation and administration only – never public.',
	internalItemTitle: (n: number) => `Internal discussion of contribution ${n}`,
	internalNone: 'No internal notes yet.',
	internalBody: 'Internal note',
	internalSubmit: 'Save note',
	internalSaved: 'Your internal note has been saved.',
	internalBy: (name: string, date: string) => `${name}, ${date}`,

	recommendationTitle: 'Recommendation of the advisory committee',
	packageRecommendation: 'Recommendation on the whole package',
	itemRecommendation: (n: number) => `Own recommendation on contribution ${n}`,
	itemRecommendationHint:
		'Only needed when this contribution should be handled differently from the package.',
	noRecommendation: 'No recommendation yet.',
	fromPackage: 'from the recommendation on the package',
	verdict: 'Assessment',
	chooseVerdict: 'Please choose',
	reason: 'Reason',
	recommendationReasonHint: 'At most 5,000 characters. The reason is published with the response.',
	recommend: 'Save recommendation',
	recommendationSaved: 'The recommendation has been saved.',
	lastChanged: (name: string, date: string) => `last changed by ${name} on ${date}`,
	recommendationFinal:
		'The administration’s response to it is published. The recommendation is therefore final and is no longer changed.',
	readOnlyRecommendation: 'Only the advisory committee gives recommendations.',

	responseTitle: 'Response of the administration',
	noResponse: 'No response yet.',
	responseDraft: 'Draft – not published yet',
	responsePublishedOn: (date: string) => `published on ${date}`,
	writeResponse: 'Record or change the response',
	reviewResponse: 'View and publish the response',
	writeItemResponse: (n: number) => `Own response on contribution ${n}`,

	responsePageTitle: 'Response of the administration',
	responseForPackage: 'Response on the whole package',
	responseForItem: (n: number) => `Response on contribution ${n}`,
	responseIntro:
		'The response may differ from the advisory committee’s recommendation; both are published. Link the paragraphs of the new version where the concept changed.',
	responseReasonHint: 'Will be published. At most 5,000 characters.',
	theRecommendation: 'The advisory committee’s recommendation on it',
	links: 'Changed paragraphs',
	linksHint: 'Choose a version and a chapter, then the paragraphs where the concept changed.',
	linkedNone: 'No paragraphs linked yet.',
	chapterPicker: 'Version and chapter',
	chooseChapter: 'Please choose',
	showParagraphs: 'Show the paragraphs of this chapter',
	paragraphsOf: (label: string, chapter: string) => `Paragraphs in ${label}, chapter ${chapter}`,
	paragraphOption: (n: number, text: string) => `Paragraph ${n}: ${text}`,
	linkedParagraphs: 'Linked already (untick to remove the link)',
	saveResponse: 'Save response',
	responseSaved: 'The response has been saved.',
	responseSavedPublic: 'The change has been saved and is public at once.',
	publish: 'Publish',
	publishPackage: 'Publish the responses on this package',
	publishConfirm: 'Yes, publish now: visible to everyone, with an e-mail to the authors.',
	publishHint:
		'Publishes the response on the package and all responses on single contributions of the package. The authors are told by e-mail (each person once per contribution).',
	publishItemHint: 'Publishes this response. The author is told by e-mail unless that has happened already.',
	published: (n: number) =>
		n === 0
			? 'The response has been published.'
			: `The response has been published. ${n === 1 ? '1 person is' : `${n} people are`} being notified.`,
	alreadyPublished: 'This response is published. Changes are public at once.',
	backToGremium: 'Back to the advisory committee’s topic packages',
	backToPackage: 'Back to the topic package',

	errors: {
		forbidden: 'You are not allowed to do this.',
		not_found: 'This does not exist (any more).',
		not_forwarded: 'This topic package has not been forwarded to the advisory committee yet.',
		not_in_package: 'This contribution does not belong to this topic package.',
		body_required: 'Please write a note.',
		body_too_long: 'The note is longer than 5,000 characters. Please shorten it.',
		verdict_required: 'Please choose an assessment.',
		reason_required: 'Please give a reason for the assessment.',
		reason_too_long: 'The reason is longer than 5,000 characters. Please shorten it.',
		invalid_paragraph: 'At least one chosen paragraph does not belong to a version of this process.',
		too_many_links: 'Please link at most 20 paragraphs.',
		response_published:
			'The administration’s response to it is published; the recommendation can no longer be changed.',
		no_response: 'There is no response yet that could be published.',
		conflict: 'Somebody else has just changed this. Please reload the page.',
		changed_meanwhile:
			'Somebody else has saved this in the meantime (the page now shows it). Your text is kept: save it again if it shall replace the new state.'
	},

	processLink: 'Results: how was the input taken into account?',
	processLinkText:
		'For every contribution that was evaluated: the advisory committee’s recommendation, the administration’s response and the changed paragraphs.',
	resultsTitle: 'Results of the participation',
	resultsIntro:
		'See how the contributions were handled: the recommendation of the advisory committee and the response of the administration with their reasons. Where the concept changed, the changed paragraph is linked.',
	countsTitle: 'Overview by response',
	countsTotal: (n: number) => (n === 1 ? '1 answered contribution' : `${n} answered contributions`),
	filterTitle: 'Filter the results',
	chapter: 'Chapter',
	allChapters: 'All chapters',
	allDistricts: 'All quarters',
	allCategories: 'All categories',
	response: 'Response',
	allVerdicts: 'All responses',
	apply: 'Apply filters',
	reset: 'Reset filters',
	resultsCount: (n: number) => (n === 1 ? '1 contribution' : `${n} contributions`),
	noResults: 'There are no answered contributions for these filters yet.',
	listTitle: 'Contributions and how they were taken into account',
	recommendationLabel: 'Recommendation of the advisory committee',
	responseLabel: 'Response of the administration',
	changedIn: 'Changed in',
	linkText: (version: string, chapter: string, n: number | null) =>
		`${version}, chapter ${chapter}${n ? `, paragraph ${n}` : ''}`,
	toContribution: 'To the contribution',
	toContributionLabel: (n: string) => `To the contribution: ${n}`,
	more: 'More results',
	first: 'Back to the start of the list',
	by: (name: string) => `by ${name}`,
	viaChannel: (channel: string) => `received by ${channel}`,

	handlingTitle: 'How was this contribution taken into account?',
	statusLabel: 'Status',
	status: {
		received: 'Under review: moderation is evaluating the contributions.',
		forwarded: (title: string) =>
			`Forwarded to the advisory committee (topic package “${title}”) – under discussion.`,
		answered: (title: string) => `Discussed in the topic package “${title}”.`
	},
	recommendationPending: 'The advisory committee’s recommendation is published together with the response.',
	oldWording: 'Previous wording',
	newWording: 'New wording',
	writtenOnVersion: (label: string) => `Paragraph the contribution was written on (${label})`,
	linkedVersion: (label: string, chapter: string) => `Changed paragraph (${label}, chapter ${chapter})`,
	diffLegend:
		'Inserted words are highlighted in green and underlined, deleted words in red and struck through.',
	inserted: 'inserted',
	deleted: 'deleted',
	toParagraph: 'Read the paragraph in the draft'
};
