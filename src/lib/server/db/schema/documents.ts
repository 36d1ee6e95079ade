// The draft concept: a document (one per document module) with versions published one after another;
// each version has chapters in Markdown, rendered and sanitised once when saved, and their
// paragraph-level blocks with stable anchors.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, timestamp, updatedAt } from './helpers';
import { modules } from './modules';

export const documents = sqliteTable(
	'documents',
	{
		id: id(),
		moduleId: text('module_id')
			.notNull()
			.references(() => modules.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('documents_module_uq').on(t.moduleId)]
);

export const VERSION_STATES = ['draft', 'published', 'superseded'] as const;
export type VersionState = (typeof VERSION_STATES)[number];

export const documentVersions = sqliteTable(
	'document_versions',
	{
		id: id(),
		documentId: text('document_id')
			.notNull()
			.references(() => documents.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		label: text('label').notNull(),
		state: text('state', { enum: VERSION_STATES }).notNull().default('draft'),
		publishedAt: timestamp('published_at'),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('document_versions_number_uq').on(t.documentId, t.number),
		index('document_versions_state_idx').on(t.documentId, t.state)
	]
);

export const chapters = sqliteTable(
	'chapters',
	{
		id: id(),
		versionId: text('version_id')
			.notNull()
			.references(() => documentVersions.id, { onDelete: 'cascade' }),
		/** Identifies "the same chapter" across versions. */
		key: text('key').notNull(),
		number: text('number').notNull(),
		title: text('title').notNull(),
		position: integer('position').notNull(),
		markdown: text('markdown').notNull(),
		/** Sanitised HTML with block anchors, rendered once on save. */
		html: text('html').notNull(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('chapters_version_key_uq').on(t.versionId, t.key),
		index('chapters_version_pos_idx').on(t.versionId, t.position)
	]
);

export const BLOCK_KINDS = ['p', 'li', 'blockquote', 'tr', 'h'] as const;

export const paragraphs = sqliteTable(
	'paragraphs',
	{
		id: id(),
		chapterId: text('chapter_id')
			.notNull()
			.references(() => chapters.id, { onDelete: 'cascade' }),
		anchor: text('anchor').notNull(),
		kind: text('kind', { enum: BLOCK_KINDS }).notNull(),
		position: integer('position').notNull(),
		text: text('text').notNull()
	},
	(t) => [
		uniqueIndex('paragraphs_chapter_anchor_uq').on(t.chapterId, t.anchor),
		index('paragraphs_chapter_pos_idx').on(t.chapterId, t.position)
	]
);
