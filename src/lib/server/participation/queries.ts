// Reads for the home and process pages. Each page runs a fixed, small number of indexed queries.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { DB } from '../db';
import { committeeMeetings, modules, phases, processes } from '../db/schema';
import { moduleDefinition } from '../modules/registry';
import { phaseState } from '../../phase-state';

export type ProcessRow = typeof processes.$inferSelect;
export type PhaseRow = typeof phases.$inferSelect;

/** The published process shown on the home page: the newest one. */
export function currentProcess(db: DB) {
	return (
		db
			.select()
			.from(processes)
			.where(eq(processes.published, true))
			.orderBy(desc(processes.createdAt))
			.limit(1)
			.get() ?? null
	);
}

export function publishedProcesses(db: DB) {
	return db
		.select({ slug: processes.slug, title: processes.title, summary: processes.summary })
		.from(processes)
		.where(eq(processes.published, true))
		.orderBy(desc(processes.createdAt))
		.all();
}

export function processBySlug(db: DB, slug: string, opts: { includeUnpublished?: boolean } = {}) {
	const where = opts.includeUnpublished
		? eq(processes.slug, slug)
		: and(eq(processes.slug, slug), eq(processes.published, true));
	return db.select().from(processes).where(where).get() ?? null;
}

export function phasesOf(db: DB, processId: string, now = new Date()) {
	return db
		.select()
		.from(phases)
		.where(eq(phases.processId, processId))
		.orderBy(asc(phases.position))
		.all()
		.map((p) => ({ ...p, state: phaseState(p, now) }));
}

export function committeeScheduleOf(db: DB, processId: string) {
	return db
		.select()
		.from(committeeMeetings)
		.where(eq(committeeMeetings.processId, processId))
		.orderBy(asc(committeeMeetings.meetingDate))
		.all();
}

/** The process's modules with their public paths, in order. */
export function modulesOf(db: DB, processId: string, processSlug: string) {
	return db
		.select({ id: modules.id, type: modules.type, slug: modules.slug, title: modules.title, description: modules.description })
		.from(modules)
		.where(eq(modules.processId, processId))
		.orderBy(asc(modules.position))
		.all()
		.flatMap((m) => {
			const def = moduleDefinition(m.type);
			return def ? [{ ...m, href: def.path(processSlug, m.slug) }] : [];
		});
}
