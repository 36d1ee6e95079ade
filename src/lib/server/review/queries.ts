// Reads for the Begleitgremium's area (staff only): the forwarded packages, one package with its items in
// full, the internal discussion, recommendations and responses, and the paragraphs a response may link.
// Each page runs a fixed number of indexed queries (no N+1).
import { and, asc, count, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { alias, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { DB } from '../db';
import {
	chapters,
	contributions,
	districts,
	documents,
	documentVersions,
	internalComments,
	modules,
	organisations,
	paragraphs,
	pinCategories,
	processes,
	recommendations,
	responses,
	topicPackages,
	users,
	type PackageState
} from '../db/schema';
import { linksOf } from './handling';

/** Forwarded packages (never drafts), newest forwarded first. Packages are few (dozens per process). */
export function forwardedPackages(db: DB, state?: PackageState | null, limit = 500) {
	const rows = db
		.select({
			id: topicPackages.id,
			title: topicPackages.title,
			summary: topicPackages.summary,
			state: topicPackages.state,
			forwardedAt: topicPackages.forwardedAt,
			processTitle: processes.title,
			processSlug: processes.slug
		})
		.from(topicPackages)
		.innerJoin(processes, eq(processes.id, topicPackages.processId))
		.where(state && state !== 'draft' ? eq(topicPackages.state, state) : ne(topicPackages.state, 'draft'))
		.orderBy(desc(topicPackages.forwardedAt), desc(topicPackages.createdAt))
		.limit(limit)
		.all();
	const counts = rows.length
		? db
				.select({ packageId: contributions.packageId, n: count() })
				.from(contributions)
				.where(
					inArray(
						contributions.packageId,
						rows.map((r) => r.id)
					)
				)
				.groupBy(contributions.packageId)
				.all()
		: [];
	const byId = new Map(counts.map((c) => [c.packageId, c.n]));
	return rows.map((r) => ({ ...r, items: byId.get(r.id) ?? 0 }));
}

const original = alias(paragraphs, 'p_orig');
const origVersion = alias(documentVersions, 'v_orig');
const origChapter = alias(chapters, 'c_orig');

/** 1-based number of a block among its chapter's non-heading blocks, as the chapter page counts. */
type Cols = 'id' | 'kind' | 'chapterId' | 'position';
const paragraphNumber = (p: Record<Cols, AnySQLiteColumn>) =>
	sql<
		number | null
	>`case when ${p.id} is null or ${p.kind} = 'h' then null else (select count(*) from paragraphs q where q.chapter_id = ${p.chapterId} and q.kind <> 'h' and q.position <= ${p.position}) end`;

/** A forwarded package with everything the Gremium and the administration work with. */
export function packageDetail(db: DB, packageId: string) {
	const pkg = db
		.select({
			id: topicPackages.id,
			title: topicPackages.title,
			summary: topicPackages.summary,
			state: topicPackages.state,
			forwardedAt: topicPackages.forwardedAt,
			processId: processes.id,
			processTitle: processes.title,
			processSlug: processes.slug
		})
		.from(topicPackages)
		.innerJoin(processes, eq(processes.id, topicPackages.processId))
		.where(eq(topicPackages.id, packageId))
		.get();
	if (!pkg || pkg.state === 'draft') return null;

	// The items in full. No e-mail addresses, and no sender name of offline input (personal data that
	// only moderation needs to answer); the Gremium sees the channel and the date received.
	const items = db
		.select({
			id: contributions.id,
			kind: contributions.kind,
			state: contributions.state,
			hidden: contributions.hidden,
			channel: contributions.channel,
			receivedAt: contributions.receivedAt,
			body: contributions.body,
			supportCount: contributions.supportCount,
			createdAt: contributions.createdAt,
			authorName: sql<
				string | null
			>`case when ${contributions.kind} = 'offline' then null else ${users.displayName} end`,
			organisationName: organisations.name,
			moduleSlug: modules.slug,
			chapterNumber: origChapter.number,
			chapterTitle: origChapter.title,
			paragraphNumber: paragraphNumber(original),
			paragraphText: original.text,
			versionLabel: origVersion.label,
			districtName: districts.name,
			categoryLabel: pinCategories.label,
			categoryLabelEn: pinCategories.labelEn
		})
		.from(contributions)
		.leftJoin(users, eq(users.id, contributions.authorId))
		.leftJoin(organisations, eq(organisations.id, contributions.organisationId))
		.leftJoin(modules, eq(modules.id, contributions.moduleId))
		.leftJoin(
			origChapter,
			eq(origChapter.id, sql`coalesce(${contributions.originalChapterId}, ${contributions.chapterId})`)
		)
		.leftJoin(origVersion, eq(origVersion.id, origChapter.versionId))
		.leftJoin(
			original,
			and(
				eq(original.chapterId, origChapter.id),
				eq(
					original.anchor,
					sql`case when ${contributions.originalChapterId} is not null then ${contributions.originalAnchor} else ${contributions.anchor} end`
				)
			)
		)
		.leftJoin(districts, eq(districts.id, contributions.districtId))
		.leftJoin(pinCategories, eq(pinCategories.id, contributions.categoryId))
		.where(eq(contributions.packageId, pkg.id))
		.orderBy(asc(contributions.createdAt), asc(contributions.id))
		.all();
	const itemIds = items.map((i) => i.id);

	const comments = db
		.select({
			id: internalComments.id,
			contributionId: internalComments.contributionId,
			body: internalComments.body,
			createdAt: internalComments.createdAt,
			authorName: users.displayName
		})
		.from(internalComments)
		.leftJoin(users, eq(users.id, internalComments.authorId))
		.where(eq(internalComments.packageId, pkg.id))
		// Insertion order breaks ties: two comments in the same millisecond keep the order they were written.
		.orderBy(asc(internalComments.createdAt), sql`${internalComments}.rowid`)
		.all();

	const recs = db
		.select({
			id: recommendations.id,
			packageId: recommendations.packageId,
			contributionId: recommendations.contributionId,
			verdict: recommendations.verdict,
			reason: recommendations.reason,
			updatedAt: recommendations.updatedAt,
			authorName: users.displayName
		})
		.from(recommendations)
		.leftJoin(users, eq(users.id, recommendations.authorId))
		.where(
			or(
				eq(recommendations.packageId, pkg.id),
				inArray(recommendations.contributionId, itemIds.length ? itemIds : [''])
			)
		)
		.all();

	const resps = db
		.select({
			id: responses.id,
			packageId: responses.packageId,
			contributionId: responses.contributionId,
			verdict: responses.verdict,
			reason: responses.reason,
			publishedAt: responses.publishedAt,
			updatedAt: responses.updatedAt,
			authorName: users.displayName
		})
		.from(responses)
		.leftJoin(users, eq(users.id, responses.authorId))
		.where(
			or(eq(responses.packageId, pkg.id), inArray(responses.contributionId, itemIds.length ? itemIds : ['']))
		)
		.all();
	const links = linksOf(
		db,
		resps.map((r) => r.id)
	);
	const withLinks = resps.map((r) => ({ ...r, links: links.get(r.id) ?? [] }));

	return {
		pkg,
		items,
		comments,
		recommendation: recs.find((r) => r.packageId === pkg.id) ?? null,
		itemRecommendations: Object.fromEntries(
			recs.filter((r) => r.contributionId).map((r) => [r.contributionId!, r])
		),
		response: withLinks.find((r) => r.packageId === pkg.id) ?? null,
		itemResponses: Object.fromEntries(
			withLinks.filter((r) => r.contributionId).map((r) => [r.contributionId!, r])
		)
	};
}

/** Readable versions (not drafts) of the process's documents, newest first, with their chapters. */
export function linkableChapters(db: DB, processId: string) {
	const rows = db
		.select({
			versionId: documentVersions.id,
			versionNumber: documentVersions.number,
			versionLabel: documentVersions.label,
			documentTitle: documents.title,
			chapterId: chapters.id,
			chapterNumber: chapters.number,
			chapterTitle: chapters.title
		})
		.from(documentVersions)
		.innerJoin(documents, eq(documents.id, documentVersions.documentId))
		.innerJoin(modules, eq(modules.id, documents.moduleId))
		.innerJoin(chapters, eq(chapters.versionId, documentVersions.id))
		.where(and(eq(modules.processId, processId), ne(documentVersions.state, 'draft')))
		.orderBy(asc(modules.position), desc(documentVersions.number), asc(chapters.position))
		.all();
	const groups: {
		versionId: string;
		label: string;
		documentTitle: string;
		chapters: { id: string; number: string; title: string }[];
	}[] = [];
	for (const r of rows) {
		let g = groups.find((x) => x.versionId === r.versionId);
		if (!g)
			groups.push(
				(g = { versionId: r.versionId, label: r.versionLabel, documentTitle: r.documentTitle, chapters: [] })
			);
		g.chapters.push({ id: r.chapterId, number: r.chapterNumber, title: r.chapterTitle });
	}
	return groups;
}

/** The numbered (non-heading) paragraphs of a chapter, if it is in a readable version of the process. */
export function linkableParagraphs(db: DB, processId: string, chapterId: string) {
	const ch = db
		.select({
			id: chapters.id,
			number: chapters.number,
			title: chapters.title,
			versionLabel: documentVersions.label
		})
		.from(chapters)
		.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
		.innerJoin(documents, eq(documents.id, documentVersions.documentId))
		.innerJoin(modules, eq(modules.id, documents.moduleId))
		.where(
			and(eq(chapters.id, chapterId), eq(modules.processId, processId), ne(documentVersions.state, 'draft'))
		)
		.get();
	if (!ch) return null;
	const blocks = db
		.select({ id: paragraphs.id, kind: paragraphs.kind, text: paragraphs.text })
		.from(paragraphs)
		.where(eq(paragraphs.chapterId, ch.id))
		.orderBy(asc(paragraphs.position))
		.all()
		.filter((b) => b.kind !== 'h');
	return { chapter: ch, paragraphs: blocks.map((b, i) => ({ id: b.id, number: i + 1, text: b.text })) };
}

/** Paragraphs by id (for the response form's linked list), only those a response of the process may link. */
export function paragraphsByIds(db: DB, processId: string, ids: string[]) {
	if (ids.length === 0) return [];
	const rows = db
		.select({
			id: paragraphs.id,
			text: paragraphs.text,
			number: paragraphNumber(paragraphs),
			chapterNumber: chapters.number,
			chapterTitle: chapters.title,
			versionLabel: documentVersions.label
		})
		.from(paragraphs)
		.innerJoin(chapters, eq(chapters.id, paragraphs.chapterId))
		.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
		.innerJoin(documents, eq(documents.id, documentVersions.documentId))
		.innerJoin(modules, eq(modules.id, documents.moduleId))
		.where(
			and(inArray(paragraphs.id, ids), eq(modules.processId, processId), ne(documentVersions.state, 'draft'))
		)
		.all();
	const byId = new Map(rows.map((r) => [r.id, r]));
	return ids.map((id) => byId.get(id)).filter((r) => !!r);
}

/** paragraphsByIds for the process of a package (a failed response form shows its choices again). */
export function paragraphsForPackage(db: DB, packageId: string, ids: string[]) {
	const pkg = db
		.select({ processId: topicPackages.processId })
		.from(topicPackages)
		.where(eq(topicPackages.id, packageId))
		.get();
	return pkg ? paragraphsByIds(db, pkg.processId, ids) : [];
}
