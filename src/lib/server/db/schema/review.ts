// The review chain after moderation: tags and reports on contributions, internal comments of the
// Begleitgremium, its recommendations, the administration's responses (with links to the changed
// paragraphs of a newer version) and the mails that tell authors how their input was handled.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, timestamp, updatedAt } from './helpers';
import { users } from './accounts';
import { processes } from './participation';
import { paragraphs } from './documents';
import { contributions, topicPackages } from './contributions';

export const tags = sqliteTable(
	'tags',
	{
		id: id(),
		processId: text('process_id')
			.notNull()
			.references(() => processes.id, { onDelete: 'cascade' }),
		label: text('label').notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('tags_process_label_uq').on(t.processId, t.label)]
);

export const contributionTags = sqliteTable(
	'contribution_tags',
	{
		contributionId: text('contribution_id')
			.notNull()
			.references(() => contributions.id, { onDelete: 'cascade' }),
		tagId: text('tag_id')
			.notNull()
			.references(() => tags.id, { onDelete: 'cascade' })
	},
	(t) => [
		primaryKey({ columns: [t.contributionId, t.tagId] }),
		index('contribution_tags_tag_idx').on(t.tagId, t.contributionId)
	]
);

export const REPORT_REASONS = [
	'insult',
	'discrimination',
	'advertising',
	'off_topic',
	'personal_data',
	'illegal',
	'other'
] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** A participant's report of a published contribution; once per person and contribution. */
export const reports = sqliteTable(
	'reports',
	{
		id: id(),
		contributionId: text('contribution_id')
			.notNull()
			.references(() => contributions.id, { onDelete: 'cascade' }),
		reporterId: text('reporter_id').references(() => users.id, { onDelete: 'set null' }),
		reason: text('reason', { enum: REPORT_REASONS }).notNull(),
		note: text('note').notNull().default(''),
		resolvedAt: timestamp('resolved_at'),
		resolvedBy: text('resolved_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('reports_contribution_reporter_uq').on(t.contributionId, t.reporterId),
		index('reports_open_idx')
			.on(t.contributionId)
			.where(sql`resolved_at is null`)
	]
);

/** Discussion of the Begleitgremium on a package or an item: Gremium, Moderation and Admin only. */
export const internalComments = sqliteTable(
	'internal_comments',
	{
		id: id(),
		packageId: text('package_id').references(() => topicPackages.id, { onDelete: 'cascade' }),
		contributionId: text('contribution_id').references(() => contributions.id, { onDelete: 'cascade' }),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		createdAt: createdAt()
	},
	(t) => [
		index('internal_comments_package_idx').on(t.packageId, t.createdAt),
		index('internal_comments_contribution_idx').on(t.contributionId, t.createdAt)
	]
);

export const VERDICTS = ['adopted', 'partly', 'not_adopted', 'already_considered', 'noted'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * The Begleitgremium's recommendation, for a whole package or a single item (an item's own one
 * overrides its package's). One current recommendation each; earlier ones are in the audit log.
 */
export const recommendations = sqliteTable(
	'recommendations',
	{
		id: id(),
		packageId: text('package_id').references(() => topicPackages.id, { onDelete: 'cascade' }),
		contributionId: text('contribution_id').references(() => contributions.id, { onDelete: 'cascade' }),
		verdict: text('verdict', { enum: VERDICTS }).notNull(),
		reason: text('reason').notNull(),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('recommendations_package_uq')
			.on(t.packageId)
			.where(sql`package_id is not null`),
		uniqueIndex('recommendations_contribution_uq')
			.on(t.contributionId)
			.where(sql`contribution_id is not null`)
	]
);

/**
 * The administration's response, which may differ from the recommendation (both are kept); for a
 * package or a single item. Public once published.
 */
export const responses = sqliteTable(
	'responses',
	{
		id: id(),
		packageId: text('package_id').references(() => topicPackages.id, { onDelete: 'cascade' }),
		contributionId: text('contribution_id').references(() => contributions.id, { onDelete: 'cascade' }),
		verdict: text('verdict', { enum: VERDICTS }).notNull(),
		reason: text('reason').notNull(),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		publishedAt: timestamp('published_at'),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('responses_package_uq')
			.on(t.packageId)
			.where(sql`package_id is not null`),
		uniqueIndex('responses_contribution_uq')
			.on(t.contributionId)
			.where(sql`contribution_id is not null`),
		index('responses_verdict_idx').on(t.verdict)
	]
);

/** Paragraphs of a newer document version where the concept changed because of a response. */
export const responseLinks = sqliteTable(
	'response_links',
	{
		responseId: text('response_id')
			.notNull()
			.references(() => responses.id, { onDelete: 'cascade' }),
		paragraphId: text('paragraph_id')
			.notNull()
			.references(() => paragraphs.id, { onDelete: 'cascade' }),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		primaryKey({ columns: [t.responseId, t.paragraphId] }),
		index('response_links_paragraph_idx').on(t.paragraphId)
	]
);

export const NOTIFICATION_EVENTS = ['approved', 'rejected', 'answered'] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/**
 * Mails to authors about their input, written in the same transaction as the decision (outbox) and
 * sent by a background worker, so a bulk approval of 500 items does not wait for 500 SMTP round trips.
 */
export const notifications = sqliteTable(
	'notifications',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		contributionId: text('contribution_id')
			.notNull()
			.references(() => contributions.id, { onDelete: 'cascade' }),
		event: text('event', { enum: NOTIFICATION_EVENTS }).notNull(),
		attempts: integer('attempts').notNull().default(0),
		lastError: text('last_error'),
		sentAt: timestamp('sent_at'),
		createdAt: createdAt()
	},
	(t) => [
		index('notifications_pending_idx')
			.on(t.id)
			.where(sql`sent_at is null`),
		// "Told once per item" checks and the cascade when a contribution is deleted.
		index('notifications_contribution_idx').on(t.contributionId, t.event),
		index('notifications_user_idx').on(t.userId)
	]
);
