// One table for everything participants submit (comments now; pins, workshop cards and offline input
// later), so one review queue serves every kind. Kind-specific columns are nullable.
import { sql } from 'drizzle-orm';
import {
	index,
	integer,
	primaryKey,
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

export const CONTRIBUTION_KINDS = ['comment', 'pin', 'card', 'offline'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const CONTRIBUTION_STATES = ['pending', 'published', 'rejected', 'withdrawn'] as const;
export type ContributionState = (typeof CONTRIBUTION_STATES)[number];
/** How a comment is tied to its paragraph after new versions: as written, carried over, or lost. */
export const ANCHOR_STATES = ['original', 'carried', 'unmatched', 'manual'] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

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
		uniqueIndex('contributions_nonce_uq').on(t.authorId, t.clientNonce)
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
