import type { Messages } from '../de';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const adminProcess: Messages['adminProcess'] = {
	title: 'Manage processes',
	section: {
		title: 'Participation processes',
		description: 'Create and edit processes, phases, modules, the committee schedule and draft documents.'
	},
	back: 'Back to the processes',
	backToProcess: (title: string) => `Back to the process “${title}”`,
	backToModule: (title: string) => `Back to the module “${title}”`,
	viewPublic: 'View public page',
	notPublishedYet: 'The process is not published yet; only you can see the public page.',
	edit: 'Edit',
	hiddenName: (kind: string, name: string) => `: ${kind} “${name}”`,
	confirmDelete: 'Yes, delete permanently',
	confirmRequired: 'Please confirm that you want to delete.',

	list: {
		caption: 'All participation processes, newest first',
		none: 'There is no process yet.',
		title: 'Title',
		slug: 'Short name',
		published: 'Published',
		phases: 'Phases',
		created: 'Created on'
	},

	process: {
		createTitle: 'Create a new process',
		create: 'Create process',
		created: 'The process has been created. Now add its phases and modules.',
		detailsTitle: 'Process details',
		save: 'Save details',
		saved: 'The process details have been saved.',
		unchanged: 'Nothing was changed.',
		title: 'Title',
		titleHint: 'For example “Revision of the housing concept”.',
		slug: 'Short name for the address',
		slugHint: (example: string) =>
			`Only lower-case letters a–z, digits and hyphens (not at the start or end). The address will be ${example}.`,
		summary: 'Summary',
		summaryHint: 'One or two sentences for the home page, at most 500 characters.',
		description: 'Description',
		descriptionHint: 'Plain text; separate paragraphs with a blank line.',
		published: 'Published: visible to everyone on the website'
	},

	phases: {
		title: 'Phases',
		intro:
			'Each phase is a period in Berlin time with an audience. Which modules a phase opens is set further below.',
		caption: 'Phases of this process in their order',
		none: 'There is no phase yet.',
		order: 'No.',
		phase: 'Phase',
		period: 'Period',
		audience: 'Who can take part',
		moderation: 'Moderation',
		up: 'Move up',
		down: 'Move down',
		kind: 'phase',
		createTitle: 'Create a new phase',
		create: 'Create phase',
		created: 'The phase has been created.',
		moved: 'The order has been changed.',
		editTitle: (title: string) => `Edit phase “${title}”`,
		save: 'Save phase',
		saved: 'The phase has been saved.',
		deleteTitle: 'Delete phase',
		deleteText:
			'The phase and its module settings are deleted. Contributions written during the phase are kept.',
		deleteConfirm: 'Yes, delete this phase',
		delete: 'Delete phase',
		deleted: 'The phase has been deleted.',
		fieldTitle: 'Title',
		fieldTitleHint: 'For example “Online participation” or “Workshop of the housing alliance”.',
		fieldDescription: 'Description',
		startsAt: 'Start',
		endsAt: 'End',
		timeHint: 'Date and time in Berlin time, for example 25.05.2023, 09:00.',
		moderationModes: {
			pre: 'Check first: contributions appear after approval',
			post: 'Check afterwards: contributions appear at once'
		},
		choose: 'Please choose'
	},

	meetings: {
		title: 'Committee schedule',
		intro: 'The meetings in which the council discusses the concept after the participation.',
		caption: 'Committee meetings by date',
		none: 'There is no meeting yet.',
		date: 'Date',
		dateHint: 'For example 24.10.2023.',
		committee: 'Committee',
		committeeHint: 'For example “Planning committee”.',
		competence: 'Competence',
		note: 'Note',
		kind: 'meeting',
		createTitle: 'Add a meeting',
		create: 'Add meeting',
		created: 'The meeting has been added.',
		editTitle: (committee: string) => `Edit meeting “${committee}”`,
		save: 'Save meeting',
		saved: 'The meeting has been saved.',
		deleteTitle: 'Delete meeting',
		deleteText: 'The meeting is removed from the committee schedule.',
		deleteConfirm: 'Yes, delete this meeting',
		delete: 'Delete meeting',
		deleted: 'The meeting has been deleted.',
		choose: 'Please choose'
	},

	modules: {
		title: 'Modules',
		intro:
			'Modules are the kinds of participation in this process, for example a draft document to comment on.',
		caption: 'Modules of this process',
		none: 'There is no module yet.',
		module: 'Module',
		type: 'Type',
		slug: 'Short name',
		contributions: 'Contributions',
		kind: 'module',
		types: {
			document: 'Draft concept (document)',
			map: 'Map',
			workshop: 'Workshop'
		},
		createTitle: 'Create a new module',
		create: 'Create module',
		created: 'The module has been created.',
		fieldType: 'Type',
		fieldTypeHint: 'The type cannot be changed later.',
		fieldSlug: 'Short name for the address',
		fieldSlugHint: (example: string) =>
			`Only lower-case letters a–z, digits and hyphens. The address will be ${example}.`,
		fieldTitle: 'Title',
		fieldDescription: 'Description',
		choose: 'Please choose',
		detailsTitle: 'Module details',
		save: 'Save details',
		saved: 'The module details have been saved.',
		deleteTitle: 'Delete module',
		deleteText: 'The module is deleted with its document, all versions and chapters.',
		deleteBlocked: (n: number) =>
			`This module cannot be deleted: it already has ${plural(n, 'one contribution', `${n} contributions`)}, and contributions are never lost. Close it in every phase instead.`,
		deleteConfirm: 'Yes, delete this module with its document, all versions and chapters',
		delete: 'Delete module',
		deleted: 'The module has been deleted.',
		hasContributions: 'This module already has contributions and therefore cannot be deleted.',
		manage: 'Edit',
		noEditor: 'There are no further settings for this module type here yet.'
	},

	matrix: {
		title: 'Modules in the phases',
		intro:
			'For each phase, choose which modules it opens and what participants can do in them. Each phase is saved on its own.',
		needBoth:
			'As soon as there is at least one phase and one module, choose here which modules each phase opens.',
		open: 'open in this phase',
		functions: 'Functions',
		save: 'Save for this phase',
		saveHidden: (phase: string) => `: phase “${phase}”`,
		saved: (phase: string) => `The settings for the phase “${phase}” have been saved.`,
		unchanged: 'Nothing was changed.',
		noFlags: 'This module type has no functions to switch on.'
	},

	flags: {
		commenting: 'Comment',
		supporting: 'Support',
		pinning: 'Place pins',
		cards: 'Write cards',
		voting: 'Give dots'
	},

	document: {
		title: 'Draft concept',
		noneIntro: 'This module has no document yet. Create it; it starts with an empty draft version 1.',
		createTitle: 'Create document',
		fieldTitle: 'Title of the document',
		fieldTitleHint: 'For example “Draft of the housing concept”.',
		create: 'Create document',
		created: 'The document has been created. Version 1 is a draft; now add its chapters.',
		exists: 'This module already has a document.',
		versionsTitle: 'Versions',
		versionsCaption: 'Versions of the document, oldest first',
		version: 'Version',
		state: 'Status',
		publishedAt: 'Published on',
		chapterCount: 'Chapters',
		states: { draft: 'draft', published: 'current, published', superseded: 'superseded' },
		showChapters: 'Show chapters',
		showing: 'shown',
		newVersion: 'Create new version',
		newVersionHint:
			'The new version starts as a copy of the newest version, with the same chapters and paragraphs.',
		versionCreated: (label: string) => `${label} has been created as a draft.`,
		chaptersTitle: (label: string, state: string) => `Chapters of ${label} (${state})`,
		chaptersCaption: (label: string) => `Chapters of ${label} in their order`,
		noChapters: 'This version has no chapters yet.',
		readOnly:
			'This version is published or superseded and can no longer be changed. Make changes in a new version.',
		number: 'Number',
		chapterTitle: 'Title',
		position: 'Position',
		view: 'View',
		newChapter: 'Add a new chapter',
		deleteChapter: 'Delete',
		chapterKind: 'chapter',
		confirmChapterDelete: (name: string) => `Really delete chapter “${name}”?`,
		confirmChapterDeleteText:
			'The chapter is removed from the draft. Comments on the published version are kept; when publishing, they go to moderation because their chapter is missing.',
		chapterDeleted: 'The chapter has been deleted.',
		publishTitle: 'Publish version',
		publishText:
			'The current version is superseded but stays readable. Every comment is attached to the matching paragraph of the new version; comments without a match go to moderation.',
		publish: 'Publish version',
		published: (n: number, carried: number, unmatched: number) =>
			`Version ${n} is published. ${carried} ${plural(carried, 'comment was', 'comments were')} carried over, ${unmatched} could not be matched and ${plural(unmatched, 'is', 'are')} waiting in moderation.`,
		toModeration: 'Go to moderation',
		versionEmpty: 'The version has no chapters yet and cannot be published.',
		versionFrozen: 'This version is already published and can no longer be changed.'
	},

	chapter: {
		newTitle: 'New chapter',
		editTitle: (name: string) => `Edit chapter “${name}”`,
		viewTitle: (name: string) => `Chapter “${name}”`,
		inVersion: (label: string, state: string) => `${label} (${state})`,
		noDraft: 'There is no draft version. First create a new version on the module page.',
		number: 'Number',
		numberHint: 'For example 3.2.',
		title: 'Title',
		key: 'Key (for the address)',
		keyHint:
			'Only lower-case letters a–z, digits and hyphens, for example affordable-housing. Comments are carried into the next version by this key: change it only if the chapter really is a different one.',
		position: 'Position',
		positionHint: 'Order in the document: smaller numbers come first.',
		markdown: 'Text (Markdown)',
		markdownHint:
			'Markdown: ## subheading, **bold**, *italic*, - bullet list, 1. numbered list, > quote, tables with |. HTML code is removed.',
		save: 'Save chapter',
		saved: 'The chapter has been saved.',
		refreshPreview: 'Update preview',
		preview: 'Preview',
		previewHint: 'This is how the text appears on the website. The preview is not saved.',
		previewEmpty: 'No text yet.',
		previewFailed: 'The preview could not be updated just now. Your text is not lost.',
		previewUpdating: 'Updating preview …',
		sourceTitle: 'Text (Markdown)',
		deleteTitle: 'Delete chapter',
		deleteText: 'The chapter is removed from the draft.',
		deleteConfirm: 'Yes, delete this chapter',
		delete: 'Delete chapter'
	},

	errors: {
		tooLong: (max: number) => `The input is too long: at most ${max.toLocaleString('en-GB')} characters.`,
		slug_invalid:
			'Please use only lower-case letters a–z, digits and hyphens, with no hyphen at the start or end.',
		slug_reserved:
			'This short name is the address of a page of the process (for example “ergebnisse”). Please choose another one.',
		title_taken: 'A process with this title exists already. Please choose another one.',
		slug_taken: 'This short name is already taken. Please choose another one.',
		datetime_invalid: 'Please enter a date and time, for example 25.05.2023, 09:00.',
		datetime_dst_gap:
			'This time does not exist on that day: when summer time begins, clocks jump from 02:00 to 03:00. Please choose another time.',
		ends_before_start: 'The end must be after the start.',
		audience_required: 'Please choose who can take part.',
		moderation_required: 'Please choose how contributions are checked.',
		date_invalid: 'Please enter a valid date, for example 24.10.2023.',
		competence_required: 'Please choose the competence.',
		type_required: 'Please choose the type of module.',
		flag_not_allowed: 'This function does not exist for this module type.',
		flags_need_open:
			'You chose functions, but the module is not open in this phase. Tick “open in this phase” or untick the functions.',
		position_invalid: 'Please enter a whole number from 1 to 9999.',
		key_reserved: 'This key is reserved for the page listing the changes. Please choose another one.',
		chapter_key_taken: 'Another chapter of this version already has this key.',
		confirm_required: 'Please confirm that you want to delete.',
		not_found: 'This does not exist (any more). Please reload the page.',
		failed: 'That did not work. Please reload the page and try again.'
	}
};
