// Resolves a chapter to everything a permission check needs: its version, document, module, process
// and the phases that include the module (with the module's flags in each).
import { asc, eq, sql } from 'drizzle-orm';
import { prepared, type Conn } from '../../db';
import {
	chapters,
	documents,
	documentVersions,
	modules,
	phaseModules,
	phases,
	processes
} from '../../db/schema';

export function chapterContext(conn: Conn, chapterId: string) {
	const row = conn
		.select({
			chapterId: chapters.id,
			chapterKey: chapters.key,
			chapterTitle: chapters.title,
			chapterNumber: chapters.number,
			versionId: documentVersions.id,
			versionNumber: documentVersions.number,
			versionState: documentVersions.state,
			documentId: documents.id,
			moduleId: modules.id,
			moduleSlug: modules.slug,
			processId: processes.id,
			processSlug: processes.slug,
			processPublished: processes.published
		})
		.from(chapters)
		.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
		.innerJoin(documents, eq(documents.id, documentVersions.documentId))
		.innerJoin(modules, eq(modules.id, documents.moduleId))
		.innerJoin(processes, eq(processes.id, modules.processId))
		.where(eq(chapters.id, chapterId))
		.get();
	return row ?? null;
}

export type ChapterContext = NonNullable<ReturnType<typeof chapterContext>>;

const modulePhasesQuery = prepared((conn) =>
	conn
		.select({
			id: phases.id,
			title: phases.title,
			startsAt: phases.startsAt,
			endsAt: phases.endsAt,
			audience: phases.audience,
			moderationMode: phases.moderationMode,
			flags: phaseModules.flags
		})
		.from(phaseModules)
		.innerJoin(phases, eq(phases.id, phaseModules.phaseId))
		.where(eq(phaseModules.moduleId, sql.placeholder('moduleId')))
		.orderBy(asc(phases.position))
		.prepare()
);

/** The phases that include a module, each with that module's flags, in timeline order. */
export function modulePhases(conn: Conn, moduleId: string) {
	return modulePhasesQuery(conn).all({ moduleId });
}

export type ModulePhase = ReturnType<typeof modulePhases>[number];
