// One table for everything participants submit (comments now; pins, workshop cards and offline input
// later), so one review queue serves every kind. Kind-specific columns are nullable.
import { sql } from 'drizzle-orm';
import {
	blob,
	index,
	integer,
	primaryKey,
	real,
	sqliteTable,
	text,
	uniqueIndex,
	type AnySQLiteColumn
} from 'drizzle-orm/sqlite-core';
import { createdAt, id, timestamp, updatedAt } from './helpers';
import { organisations, users } from './accounts';
import { modules } from './modules';
import { phases, processes, MODERATION_MODES } from './participation';
import { chapters, documentVersions } from './documents';
import { districts, pinCategories } from './geo';

export const CONTRIBUTION_KINDS = ['comment', 'pin', 'card', 'offline'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const CONTRIBUTION_STATES = ['pending', 'published', 'rejected', 'withdrawn'] as const;
export type ContributionState = (typeof CONTRIBUTION_STATES)[number];
/** How a comment is tied to its paragraph after new versions: as written, carried over, or lost. */
export const ANCHOR_STATES = ['original', 'carried', 'unmatched', 'manual'] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];
/** How input arrived: online on this site, or entered by moderation from another channel. */
export const CHANNELS = ['online', 'letter', 'email', 'event', 'phone', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const contributions = sqliteTable(
	'contributions',
	{
		id: id(),
		kind: text('kind', { enum: CONTRIBUTION_KINDS }).notNull(),
		processId: text('process_id')
			.notNull()
			.references(() => processes.id, { onDelete: 'cascade' }),
		moduleId: text('module_id').references(() => modules.id, { onDelete: 'cascade' }),
		phaseId: text('phase_id').references(() => phases.id, { onDelete: 'set null' }),
		/** Null once the author deleted the account ("gelöschtes Konto"). */
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		/** The author's organisation when it was written (Allianz label). */
		organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
		parentId: text('parent_id').references((): AnySQLiteColumn => contributions.id, { onDelete: 'cascade' }),
		rootId: text('root_id'),
		depth: integer('depth').notNull().default(0),
		body: text('body').notNull(),
		state: text('state', { enum: CONTRIBUTION_STATES }).notNull(),
		moderationMode: text('moderation_mode', { enum: MODERATION_MODES }).notNull(),
		reviewedAt: timestamp('reviewed_at'),
		reviewedBy: text('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
		rejectionReason: text('rejection_reason'),
		/** Document comments: where it is attached now … */
		versionId: text('version_id').references(() => documentVersions.id, { onDelete: 'set null' }),
		chapterId: text('chapter_id').references(() => chapters.id, { onDelete: 'set null' }),
		anchor: text('anchor'),
		anchorState: text('anchor_state', { enum: ANCHOR_STATES }),
		/** … and where it was written (the wording it refers to). */
		originalVersionId: text('original_version_id').references(() => documentVersions.id, {
			onDelete: 'set null'
		}),
		originalChapterId: text('original_chapter_id').references(() => chapters.id, { onDelete: 'set null' }),
		originalAnchor: text('original_anchor'),
		// The columns below were added to an existing table, where SQLite cannot declare ON DELETE actions
		// (ALTER TABLE … ADD … REFERENCES): their foreign keys are NO ACTION, so the services clear them
		// before deleting what they point to (account deletion clears assignee_id, a package's deletion its
		// items' package_id; districts and categories in use are never deleted).
		/** Pins: the point (null for a pin "ohne genauen Ort", which has only its district) … */
		lat: real('lat'),
		lon: real('lon'),
		/** … the district, always computed on the server; also set for offline input about a quarter. */
		districtId: text('district_id').references(() => districts.id),
		categoryId: text('category_id').references(() => pinCategories.id),
		/** Offline input entered by moderation: channel, date received and an optional sender. */
		channel: text('channel', { enum: CHANNELS }).notNull().default('online'),
		receivedAt: timestamp('received_at'),
		senderName: text('sender_name'),
		/** Review: who handles it, which item it duplicates, open reports, hidden after several reports. */
		assigneeId: text('assignee_id').references(() => users.id),
		duplicateOfId: text('duplicate_of_id').references((): AnySQLiteColumn => contributions.id),
		openReports: integer('open_reports').notNull().default(0),
		hidden: integer('hidden', { mode: 'boolean' }).notNull().default(false),
		/** The topic package (Themenpaket) it was grouped into. */
		packageId: text('package_id').references((): AnySQLiteColumn => topicPackages.id),
		supportCount: integer('support_count').notNull().default(0),
		replyCount: integer('reply_count').notNull().default(0),
		/** Per-form random value: a repeated submit of the same form creates nothing new. */
		clientNonce: text('client_nonce'),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
		publishedAt: timestamp('published_at')
	},
	(t) => [
		index('contributions_chapter_new_idx').on(t.chapterId, t.state, t.depth, t.createdAt, t.id),
		index('contributions_chapter_support_idx').on(t.chapterId, t.state, t.depth, t.supportCount, t.id),
		index('contributions_chapter_anchor_idx').on(t.chapterId, t.state, t.anchor),
		index('contributions_root_idx').on(t.rootId, t.createdAt),
		index('contributions_author_idx').on(t.authorId, t.createdAt),
		index('contributions_state_idx').on(t.state, t.createdAt),
		index('contributions_module_idx').on(t.moduleId),
		index('contributions_unmatched_idx')
			.on(t.anchorState)
			.where(sql`anchor_state = 'unmatched'`),
		uniqueIndex('contributions_nonce_uq').on(t.authorId, t.clientNonce),
		index('contributions_process_queue_idx').on(t.processId, t.state, t.createdAt, t.id),
		index('contributions_process_kind_idx').on(t.processId, t.kind, t.state, t.createdAt, t.id),
		index('contributions_map_idx').on(t.moduleId, t.state, t.lat, t.lon),
		index('contributions_district_idx').on(t.districtId, t.state, t.createdAt, t.id),
		index('contributions_category_idx').on(t.categoryId, t.state, t.createdAt, t.id),
		index('contributions_assignee_idx').on(t.assigneeId, t.state, t.createdAt, t.id),
		index('contributions_package_idx').on(t.packageId, t.createdAt, t.id),
		index('contributions_duplicate_idx').on(t.duplicateOfId),
		index('contributions_reported_idx')
			.on(t.processId, t.createdAt, t.id)
			.where(sql`open_reports > 0`),
		// Published but not yet reviewed (post-moderation): few rows, found without reading the rest.
		index('contributions_unreviewed_idx')
			.on(t.processId, t.createdAt, t.id)
			.where(sql`state = 'published' and reviewed_at is null`)
	]
);

/**
 * Contributions per process and state, kept exact by triggers on `contributions` (migration 0005), so
 * the backlog overview of the review queue is a read of a few rows at any size, not a count.
 */
export const queueCounts = sqliteTable(
	'queue_counts',
	{
		processId: text('process_id')
			.notNull()
			.references(() => processes.id, { onDelete: 'cascade' }),
		state: text('state', { enum: CONTRIBUTION_STATES }).notNull(),
		n: integer('n').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.processId, t.state] })]
);

export const PACKAGE_STATES = ['draft', 'forwarded', 'recommended', 'answered'] as const;
export type PackageState = (typeof PACKAGE_STATES)[number];

/** Themenpaket: related input grouped by moderation and forwarded to the Begleitgremium. */
export const topicPackages = sqliteTable(
	'topic_packages',
	{
		id: id(),
		processId: text('process_id')
			.notNull()
			.references(() => processes.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		/** Written by moderation; plain text. */
		summary: text('summary').notNull().default(''),
		state: text('state', { enum: PACKAGE_STATES }).notNull().default('draft'),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		forwardedAt: timestamp('forwarded_at'),
		forwardedBy: text('forwarded_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('topic_packages_process_idx').on(t.processId, t.state, t.createdAt)]
);

export const PHOTO_STATES = ['pending', 'approved', 'rejected'] as const;
export type PhotoState = (typeof PHOTO_STATES)[number];

/**
 * A pin's photo, re-encoded on the server (metadata such as GPS removed) and kept in the database so a
 * backup of the SQLite file is complete and a pin is never half-saved. Photos are always pre-moderated.
 */
export const photos = sqliteTable(
	'photos',
	{
		id: id(),
		contributionId: text('contribution_id')
			.notNull()
			.references(() => contributions.id, { onDelete: 'cascade' }),
		mime: text('mime').notNull(),
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		bytes: integer('bytes').notNull(),
		data: blob('data', { mode: 'buffer' }).notNull(),
		/** A small version for lists and map popups. */
		thumb: blob('thumb', { mode: 'buffer' }).notNull(),
		/** Alternative text written by the author (optional). */
		alt: text('alt').notNull().default(''),
		state: text('state', { enum: PHOTO_STATES }).notNull().default('pending'),
		reviewedAt: timestamp('reviewed_at'),
		reviewedBy: text('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('photos_contribution_uq').on(t.contributionId),
		index('photos_state_idx').on(t.state, t.createdAt)
	]
);

export const supports = sqliteTable(
	'supports',
	{
		contributionId: text('contribution_id')
			.notNull()
			.references(() => contributions.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.contributionId, t.userId] }), index('supports_user_idx').on(t.userId)]
);
