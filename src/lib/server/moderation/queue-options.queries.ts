// The choices of the queue's filter form and action bar: processes, phases, modules, chapters of the
// current versions, districts, categories, tags, moderators and packages. Small tables; kept for a
// few seconds (queue-cache.ts), so a busy queue page does not read them on every request.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DB } from '../db';
import {
	chapters,
	contributions,
	districts,
	documents,
	documentVersions,
	modules,
	phases,
	pinCategories,
	processes,
	tags
} from '../db/schema';
import { cached } from './queue-cache';
import { moderators } from './triage.service';
import { packageChoices } from './packages.queries';

export function processList(db: DB) {
	return cached('processes', () =>
		db
			.select({ id: processes.id, title: processes.title, slug: processes.slug })
			.from(processes)
			.orderBy(asc(processes.createdAt))
			.all()
	);
}

/** Chapters of the current (published) version of every document module of a process. */
export function currentChapters(db: DB, processId: string) {
	return db
		.select({
			id: chapters.id,
			number: chapters.number,
			title: chapters.title,
			moduleId: modules.id,
			moduleTitle: modules.title
		})
		.from(chapters)
		.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
		.innerJoin(documents, eq(documents.id, documentVersions.documentId))
		.innerJoin(modules, eq(modules.id, documents.moduleId))
		.where(and(eq(modules.processId, processId), eq(documentVersions.state, 'published')))
		.orderBy(asc(modules.position), asc(chapters.position))
		.all();
}

export function districtList(db: DB) {
	return db
		.select({ id: districts.id, name: districts.name })
		.from(districts)
		.orderBy(asc(districts.name))
		.all();
}

export function categoryList(db: DB, processId: string) {
	return db
		.select({ id: pinCategories.id, label: pinCategories.label, labelEn: pinCategories.labelEn })
		.from(pinCategories)
		.innerJoin(modules, eq(modules.id, pinCategories.moduleId))
		.where(and(eq(modules.processId, processId), eq(pinCategories.archived, false)))
		.orderBy(asc(modules.position), asc(pinCategories.position))
		.all();
}

export function tagList(db: DB, processId: string) {
	return db
		.select({ id: tags.id, label: tags.label })
		.from(tags)
		.where(eq(tags.processId, processId))
		.orderBy(asc(sql`lower(${tags.label})`))
		.all();
}

export function queueOptions(db: DB, processId: string) {
	return cached(`options:${processId}`, () => ({
		phases: db
			.select({ id: phases.id, title: phases.title })
			.from(phases)
			.where(eq(phases.processId, processId))
			.orderBy(asc(phases.position))
			.all(),
		modules: db
			.select({ id: modules.id, title: modules.title, type: modules.type })
			.from(modules)
			.where(eq(modules.processId, processId))
			.orderBy(asc(modules.position))
			.all(),
		chapters: currentChapters(db, processId),
		districts: districtList(db),
		categories: categoryList(db, processId),
		tags: tagList(db, processId),
		moderators: moderators(db),
		packages: packageChoices(db, processId)
	}));
}

/** Comments that lost their paragraph in a new version (the page to attach them by hand). */
export function unmatchedCount(db: DB): number {
	return cached(
		'unmatched',
		() =>
			db
				.select({ n: sql<number>`count(*)` })
				.from(contributions)
				.where(
					and(
						eq(contributions.anchorState, 'unmatched'),
						inArray(contributions.state, ['pending', 'published'])
					)
				)
				.get()!.n
	);
}
