// Reads for the home and process pages. Each page runs a fixed, small number of indexed queries.
// They run on every anonymous page view, so each is a drizzle prepared statement (built and prepared
// once per database instance, parameters bound with sql.placeholder) instead of a query built per call.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DB } from '../db';
import { committeeMeetings, modules, phases, processes } from '../db/schema';
import { moduleDefinition } from '../modules/registry';
import { phaseState } from '../../phase-state';

export type ProcessRow = typeof processes.$inferSelect;
export type PhaseRow = typeof phases.$inferSelect;

function prepareAll(db: DB) {
	const processId = sql.placeholder('processId');
	const slug = sql.placeholder('slug');
	return {
		currentProcess: db
			.select()
			.from(processes)
			.where(eq(processes.published, true))
			.orderBy(desc(processes.createdAt))
			.limit(1)
			.prepare(),
		publishedProcesses: db
			.select({ slug: processes.slug, title: processes.title, summary: processes.summary })
			.from(processes)
			.where(eq(processes.published, true))
			.orderBy(desc(processes.createdAt))
			.prepare(),
		publishedProcessBySlug: db
			.select()
			.from(processes)
			.where(and(eq(processes.slug, slug), eq(processes.published, true)))
			.prepare(),
		anyProcessBySlug: db.select().from(processes).where(eq(processes.slug, slug)).prepare(),
		phasesOf: db
			.select()
			.from(phases)
			.where(eq(phases.processId, processId))
			.orderBy(asc(phases.position))
			.prepare(),
		committeeScheduleOf: db
			.select()
			.from(committeeMeetings)
			.where(eq(committeeMeetings.processId, processId))
			.orderBy(asc(committeeMeetings.meetingDate))
			.prepare(),
		modulesOf: db
			.select({
				id: modules.id,
				type: modules.type,
				slug: modules.slug,
				title: modules.title,
				description: modules.description
			})
			.from(modules)
			.where(eq(modules.processId, processId))
			.orderBy(asc(modules.position))
			.prepare()
	};
}

/** Prepared statements per database instance (tests open many; a closed one is garbage-collected). */
const prepared = new WeakMap<DB, ReturnType<typeof prepareAll>>();

function statements(db: DB) {
	let s = prepared.get(db);
	if (!s) prepared.set(db, (s = prepareAll(db)));
	return s;
}

/** The published process shown on the home page: the newest one. */
export function currentProcess(db: DB) {
	return statements(db).currentProcess.get() ?? null;
}

export function publishedProcesses(db: DB) {
	return statements(db).publishedProcesses.all();
}

export function processBySlug(db: DB, slug: string, opts: { includeUnpublished?: boolean } = {}) {
	const s = statements(db);
	return (opts.includeUnpublished ? s.anyProcessBySlug : s.publishedProcessBySlug).get({ slug }) ?? null;
}

export function phasesOf(db: DB, processId: string, now = new Date()) {
	return statements(db)
		.phasesOf.all({ processId })
		.map((p) => ({ ...p, state: phaseState(p, now) }));
}

export function committeeScheduleOf(db: DB, processId: string) {
	return statements(db).committeeScheduleOf.all({ processId });
}

/** The process's modules with their public paths, in order. */
export function modulesOf(db: DB, processId: string, processSlug: string) {
	return statements(db)
		.modulesOf.all({ processId })
		.flatMap((m) => {
			const def = moduleDefinition(m.type);
			return def ? [{ ...m, href: def.path(processSlug, m.slug) }] : [];
		});
}
