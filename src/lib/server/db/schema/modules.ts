// Modules: the kinds of participation a process offers (document, map, workshop …). A module's type
// is defined in code (src/lib/server/modules/registry.ts); each phase switches the module's flags.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id } from './helpers';
import { phases, processes } from './participation';

export const MODULE_TYPES = ['document', 'map', 'workshop'] as const;
export type ModuleType = (typeof MODULE_TYPES)[number];

export const modules = sqliteTable(
	'modules',
	{
		id: id(),
		processId: text('process_id')
			.notNull()
			.references(() => processes.id, { onDelete: 'cascade' }),
		type: text('type', { enum: MODULE_TYPES }).notNull(),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		position: integer('position').notNull(),
		settings: text('settings', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('modules_process_slug_uq').on(t.processId, t.slug),
		index('modules_process_idx').on(t.processId, t.position)
	]
);

/** Which modules a phase opens, and with which flags (commenting, supporting …). */
export const phaseModules = sqliteTable(
	'phase_modules',
	{
		phaseId: text('phase_id')
			.notNull()
			.references(() => phases.id, { onDelete: 'cascade' }),
		moduleId: text('module_id')
			.notNull()
			.references(() => modules.id, { onDelete: 'cascade' }),
		flags: text('flags', { mode: 'json' }).$type<string[]>().notNull().default([])
	},
	(t) => [primaryKey({ columns: [t.phaseId, t.moduleId] }), index('phase_modules_module_idx').on(t.moduleId)]
);
