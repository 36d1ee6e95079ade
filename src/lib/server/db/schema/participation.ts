// Participation: processes, their phases (time windows with an audience and moderation mode) and the
// committee schedule (Beratungsfolge) that follows the participation.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, timestamp, updatedAt } from './helpers';

export const AUDIENCES = ['public', 'allianz', 'gremium'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const MODERATION_MODES = ['pre', 'post'] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];

export const processes = sqliteTable(
	'processes',
	{
		id: id(),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		/** Plain-text teaser shown on the home page. */
		summary: text('summary').notNull().default(''),
		/** Plain text, paragraphs separated by blank lines. */
		description: text('description').notNull().default(''),
		published: integer('published', { mode: 'boolean' }).notNull().default(false),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('processes_slug_uq').on(t.slug),
		index('processes_published_idx').on(t.published, t.createdAt)
	]
);

export const phases = sqliteTable(
	'phases',
	{
		id: id(),
		processId: text('process_id')
			.notNull()
			.references(() => processes.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		startsAt: timestamp('starts_at').notNull(),
		endsAt: timestamp('ends_at').notNull(),
		audience: text('audience', { enum: AUDIENCES }).notNull().default('public'),
		moderationMode: text('moderation_mode', { enum: MODERATION_MODES }).notNull().default('pre'),
		createdAt: createdAt()
	},
	(t) => [index('phases_process_idx').on(t.processId, t.position)]
);

export const COMPETENCES = ['kenntnisnahme', 'beratung', 'empfehlung', 'beschluss'] as const;
export type Competence = (typeof COMPETENCES)[number];

export const committeeMeetings = sqliteTable(
	'committee_meetings',
	{
		id: id(),
		processId: text('process_id')
			.notNull()
			.references(() => processes.id, { onDelete: 'cascade' }),
		/** Calendar date of the meeting, YYYY-MM-DD (a local date, no time zone). */
		meetingDate: text('meeting_date').notNull(),
		committee: text('committee').notNull(),
		competence: text('competence', { enum: COMPETENCES }).notNull(),
		note: text('note').notNull().default(''),
		createdAt: createdAt()
	},
	(t) => [index('committee_meetings_process_idx').on(t.processId, t.meetingDate)]
);
