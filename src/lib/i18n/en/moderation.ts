import type { Messages } from '../de';

export const moderation: Messages['moderation'] = {
	title: 'Moderation',
	intro: 'Review new contributions here and assign comments that lost their paragraph in a new version.',
	pendingTitle: (n) => `Awaiting approval (${n})`,
	pendingEmpty: 'No contributions are awaiting approval.',
	unmatchedTitle: (n) => `Comments not assigned (${n})`,
	unmatchedEmpty: 'All comments are assigned to a paragraph.',
	chapter: 'Chapter',
	approve: 'Approve',
	reject: 'Do not publish',
	reason: 'Reason according to the netiquette',
	chooseReason: 'Please choose',
	note: 'Explanation for the author (optional)',
	reasonRequired: 'Please choose a reason from the netiquette.',
	attach: 'Assign',
	attachTo: 'Paragraph in the current version',
	wholeChapter: 'Whole chapter',
	approved: 'The contribution is approved.',
	rejected: 'The contribution will not be published. The author sees the reason.',
	attached: 'The comment is assigned.',
	openQueue: 'Moderation',
	openQueueText: 'Review and assign new contributions'
};
