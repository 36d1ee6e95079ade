// The Abwägungstabelle export: who gets which version (audience policies), the filters, and the row
// model shared by the reader (query.ts) and the formats (csv.ts, xlsx.ts, print.ts).
// See docs/concepts/exports.md.
import type { Channel, ContributionState, Verdict } from '../../db/schema';

/**
 * internal: moderation and admins – every input but withdrawn ones, with personal data.
 * gremium:  the Begleitgremium – published input, all recommendations and responses, no personal data.
 * public:   anyone – published, visible input; handling only once the response is published.
 */
export const EXPORT_AUDIENCES = ['internal', 'gremium', 'public'] as const;
export type ExportAudience = (typeof EXPORT_AUDIENCES)[number];

export interface AudiencePolicy {
	/** States a row may have (withdrawn input is never exported). */
	states: readonly Exclude<ContributionState, 'withdrawn'>[];
	/**
	 * Only what the public may see of the input: not hidden after reports, and replies only under a
	 * public thread (the rule of moderation/visibility.ts).
	 */
	publicOnly: boolean;
	/** Name packages that moderation has not forwarded yet (drafts). */
	draftPackages: boolean;
	/** Pseudonym, organisation, offline sender, assignee. */
	personalData: boolean;
	/** Rejection reasons, duplicate marks and tags: moderation's working notes. */
	moderationNotes: boolean;
	/** Tags (moderation's labels); also shown to the Gremium, which works with them. */
	tags: boolean;
	/** Show recommendations and responses that are not published yet. */
	unpublishedHandling: boolean;
}

export const POLICIES: Record<ExportAudience, AudiencePolicy> = {
	internal: {
		states: ['pending', 'published', 'rejected'],
		publicOnly: false,
		draftPackages: true,
		personalData: true,
		moderationNotes: true,
		tags: true,
		unpublishedHandling: true
	},
	gremium: {
		states: ['published'],
		publicOnly: true,
		draftPackages: false,
		personalData: false,
		moderationNotes: false,
		tags: true,
		unpublishedHandling: true
	},
	public: {
		states: ['published'],
		publicOnly: true,
		draftPackages: false,
		personalData: false,
		moderationNotes: false,
		tags: false,
		unpublishedHandling: false
	}
};

/** The kinds as the table shows them: a reply is a comment with a parent. */
export const EXPORT_KINDS = ['comment', 'reply', 'pin', 'card', 'offline'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportFilters {
	kind?: ExportKind;
	/** Narrows the audience's states further (internal: pending, published or rejected). */
	state?: Exclude<ContributionState, 'withdrawn'>;
	districtId?: string;
	categoryId?: string;
	/** A package id, or 'none' for items in no package. */
	packageId?: string;
	/** The chapter an item is attached to now or was written on. */
	chapterId?: string;
	moduleId?: string;
	phaseId?: string;
	tagId?: string;
	// The review queue's own views, for its "export this selection" link – internal exports only:
	/** review: what needs a decision (as the queue's default view); unreviewed; withdrawn (never exported). */
	view?: 'review' | 'unreviewed' | 'withdrawn';
	/** Only items with open reports. */
	reported?: boolean;
	/** An assignee's id, or 'none'. */
	assignee?: string;
}

export interface Handling {
	verdict: Verdict;
	reason: string;
	/** Whether it is the item's own (true) or its package's (false). */
	own: boolean;
}

export interface LinkedChange {
	versionNumber: number;
	chapter: string;
	/** Paragraph number within the chapter (headings not counted); null for a heading. */
	paragraphNumber: number | null;
	anchor: string;
	text: string;
}

export interface ExportRow {
	id: string;
	kind: ExportKind;
	channel: Channel;
	/** When it arrived: the date received for offline input, else when it was written. */
	date: Date;
	versionNumber: number | null;
	/** "3 Quartiere und gleichwertige Lebensverhältnisse" */
	chapter: string | null;
	paragraphNumber: number | null;
	/** The anchor when the paragraph no longer exists (number unknown). */
	anchor: string | null;
	district: string | null;
	stadtbezirk: string | null;
	category: string | null;
	text: string;
	state: ContributionState;
	replyToId: string | null;
	packageTitle: string | null;
	recommendation: Handling | null;
	response: (Handling & { publishedAt: Date | null }) | null;
	changes: LinkedChange[];
	supportCount: number;
	/** Only with moderationNotes. */
	rejectionReason: string | null;
	duplicateOfId: string | null;
	/** Only with tags. */
	tags: string[];
	/** Only with personalData. `authorDeleted`: written by an account that no longer exists. */
	author: string | null;
	authorDeleted: boolean;
	organisation: string | null;
	sender: string | null;
	assignee: string | null;
}

export const EXPORT_FORMATS = ['csv', 'xlsx', 'print'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The short id shown to people ("Nr."): the first 8 characters of the UUID. */
export const shortId = (id: string) => id.slice(0, 8);
