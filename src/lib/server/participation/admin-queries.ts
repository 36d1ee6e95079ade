// Reads for the administration of processes (/admin/verfahren/**): unpublished processes included,
// nothing filtered by phase state. Each page runs a small, fixed number of indexed queries.
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { DB } from '../db';
import {
	chapters,
	committeeMeetings,
	contributions,
	documents,
	documentVersions,
	modules,
	phaseModules,
	phases,
	processes
} from '../db/schema';

/** All processes, newest first, with their number of phases. */
export function listProcesses(db: DB) {
	// A join (not a correlated subquery): drizzle leaves columns of a one-table select unqualified,
	// and inside a subquery "id" would then mean the subquery's own table.
	return db
		.select({
			id: processes.id,
			title: processes.title,
			slug: processes.slug,
			published: processes.published,
			createdAt: processes.createdAt,
			phaseCount: count(phases.id)
		})
		.from(processes)
		.leftJoin(phases, eq(phases.processId, processes.id))
		.groupBy(processes.id)
		.orderBy(desc(processes.createdAt), asc(processes.id))
		.all();
}

export function processById(db: DB, id: string) {
	return db.select().from(processes).where(eq(processes.id, id)).get() ?? null;
}

export function phasesOfProcess(db: DB, processId: string) {
	return db.select().from(phases).where(eq(phases.processId, processId)).orderBy(asc(phases.position)).all();
}

export function meetingsOfProcess(db: DB, processId: string) {
	return db
		.select()
		.from(committeeMeetings)
		.where(eq(committeeMeetings.processId, processId))
		.orderBy(asc(committeeMeetings.meetingDate), asc(committeeMeetings.createdAt))
		.all();
}

/** The modules of a process in order, with how many contributions each has (deleting is refused then). */
export function modulesOfProcess(db: DB, processId: string) {
	return db
		.select({
			id: modules.id,
			type: modules.type,
			slug: modules.slug,
			title: modules.title,
			description: modules.description,
			position: modules.position,
			contributions: count(contributions.id)
		})
		.from(modules)
		.leftJoin(contributions, eq(contributions.moduleId, modules.id))
		.where(eq(modules.processId, processId))
		.groupBy(modules.id)
		.orderBy(asc(modules.position))
		.all();
}

/** phase_modules rows of a process: which phase opens which module with which flags. */
export function phaseModulesOfProcess(db: DB, processId: string) {
	return db
		.select({ phaseId: phaseModules.phaseId, moduleId: phaseModules.moduleId, flags: phaseModules.flags })
		.from(phaseModules)
		.innerJoin(phases, eq(phases.id, phaseModules.phaseId))
		.where(eq(phases.processId, processId))
		.all();
}

export function moduleOfProcess(db: DB, processId: string, moduleId: string) {
	return (
		db
			.select()
			.from(modules)
			.where(and(eq(modules.id, moduleId), eq(modules.processId, processId)))
			.get() ?? null
	);
}

export function documentOfModule(db: DB, moduleId: string) {
	return db.select().from(documents).where(eq(documents.moduleId, moduleId)).get() ?? null;
}

/** Number of chapters per version of a document. */
export function chapterCounts(db: DB, documentId: string): Map<string, number> {
	const rows = db
		.select({ versionId: chapters.versionId, n: count() })
		.from(chapters)
		.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
		.where(eq(documentVersions.documentId, documentId))
		.groupBy(chapters.versionId)
		.all();
	return new Map(rows.map((r) => [r.versionId, r.n]));
}

/** The chapter list of a version (no text). */
export function chaptersOfVersion(db: DB, versionId: string) {
	return db
		.select({
			id: chapters.id,
			key: chapters.key,
			number: chapters.number,
			title: chapters.title,
			position: chapters.position
		})
		.from(chapters)
		.where(eq(chapters.versionId, versionId))
		.orderBy(asc(chapters.position), asc(chapters.number))
		.all();
}

/** A chapter with its version, only when it belongs to the document of this module. */
export function chapterOfModule(db: DB, moduleId: string, chapterId: string) {
	return (
		db
			.select({
				id: chapters.id,
				key: chapters.key,
				number: chapters.number,
				title: chapters.title,
				position: chapters.position,
				markdown: chapters.markdown,
				html: chapters.html,
				updatedAt: chapters.updatedAt,
				versionId: documentVersions.id,
				versionNumber: documentVersions.number,
				versionLabel: documentVersions.label,
				versionState: documentVersions.state
			})
			.from(chapters)
			.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
			.innerJoin(documents, eq(documents.id, documentVersions.documentId))
			.where(and(eq(chapters.id, chapterId), eq(documents.moduleId, moduleId)))
			.get() ?? null
	);
}
