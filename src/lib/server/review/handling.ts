// The rules of the review chain that every reader of an item's handling shares: the public results page,
// a contribution's own page and the Abwägungstabelle export. See docs/concepts/review-chain.md.
//
// - An item's effective recommendation is its own (recommendations.contribution_id) if present, else
//   its package's (recommendations.package_id = contributions.package_id). The same for responses.
// - A response is public once its published_at is set. The public sees an item's handling only when its
//   EFFECTIVE response is published (a draft item response hides a published package response until it
//   is published itself); the Gremium's recommendation is shown publicly only together with it.
// - Only packages that were forwarded (state ≠ draft) are named in public.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Conn } from '../db';
import {
	chapters,
	contributions,
	documentVersions,
	documents,
	modules,
	paragraphs,
	processes,
	recommendations,
	responseLinks,
	responses,
	topicPackages,
	type Verdict
} from '../db/schema';
import { messages, type Locale } from '../../i18n';
import { publicAncestry } from '../moderation/visibility';

export { VERDICTS, type Verdict } from '../db/schema';

/** German/English label of a verdict ("teilweise übernommen" / "partly adopted"). */
export function verdictLabel(verdict: Verdict, locale: Locale = 'de'): string {
	return messages(locale).chain.verdicts[verdict];
}

/** An item's own record wins over its package's. */
export function effective<T>(own: T | null | undefined, pkg: T | null | undefined): T | null {
	return own ?? pkg ?? null;
}

/** The effective response if the public may see it (published), else null. */
export function publicResponse<T extends { publishedAt: Date | null }>(
	own: T | null | undefined,
	pkg: T | null | undefined
): T | null {
	const r = effective(own, pkg);
	return r && r.publishedAt ? r : null;
}

// --- The same rules in SQL, for lists (results page, export): four left joins on unique indexes. ------

export const recOwn = alias(recommendations, 'rec_own');
export const recPkg = alias(recommendations, 'rec_pkg');
export const respOwn = alias(responses, 'resp_own');
export const respPkg = alias(responses, 'resp_pkg');

/**
 * Join conditions, for `.leftJoin(recOwn, handlingJoin.recOwn)` etc. on a query over `contributions`.
 * Each uses a unique partial index (recommendations_contribution_uq, …_package_uq, responses_…_uq).
 */
export const handlingJoin = {
	recOwn: eq(recOwn.contributionId, contributions.id),
	recPkg: eq(recPkg.packageId, contributions.packageId),
	respOwn: eq(respOwn.contributionId, contributions.id),
	respPkg: eq(respPkg.packageId, contributions.packageId)
};

const pick = <T>(own: SQL | unknown, pkg: SQL | unknown, ownId: unknown) =>
	sql<T>`case when ${ownId} is not null then ${own} else ${pkg} end`;

/** Columns of the effective recommendation and response (null when there is none). */
export const handlingColumns = {
	recommendationId: sql<string | null>`coalesce(${recOwn.id}, ${recPkg.id})`,
	recommendationScope: sql<
		'item' | 'package' | null
	>`case when ${recOwn.id} is not null then 'item' when ${recPkg.id} is not null then 'package' end`,
	recommendationVerdict: pick<Verdict | null>(recOwn.verdict, recPkg.verdict, recOwn.id),
	recommendationReason: pick<string | null>(recOwn.reason, recPkg.reason, recOwn.id),
	responseId: sql<string | null>`coalesce(${respOwn.id}, ${respPkg.id})`,
	responseScope: sql<
		'item' | 'package' | null
	>`case when ${respOwn.id} is not null then 'item' when ${respPkg.id} is not null then 'package' end`,
	responseVerdict: pick<Verdict | null>(respOwn.verdict, respPkg.verdict, respOwn.id),
	responseReason: pick<string | null>(respOwn.reason, respPkg.reason, respOwn.id),
	responsePublishedAt: pick<Date | null>(respOwn.publishedAt, respPkg.publishedAt, respOwn.id).mapWith(
		responses.publishedAt
	)
};

/** The effective response's verdict, for filters and counts. */
export const effectiveVerdictSql = handlingColumns.responseVerdict;

/** True where the item's effective response is published (the public may see its handling). */
export const responseIsPublicSql: SQL = sql`(case when ${respOwn.id} is not null then ${respOwn.publishedAt} else ${respPkg.publishedAt} end) is not null`;

// --- Linked paragraphs ------------------------------------------------------------------------------

export interface LinkedParagraph {
	responseId: string;
	paragraphId: string;
	anchor: string;
	text: string;
	/** 1-based number among the chapter's non-heading blocks, as the chapter page shows it. */
	number: number | null;
	chapterKey: string;
	chapterNumber: string;
	chapterTitle: string;
	versionNumber: number;
	versionLabel: string;
	/** Link to the paragraph in that version of the draft. */
	href: string;
}

const CHUNK = 500;

/** The linked paragraphs of many responses, in their order, in one query per 500 responses. */
export function linksOf(db: Conn, responseIds: string[]): Map<string, LinkedParagraph[]> {
	const out = new Map<string, LinkedParagraph[]>();
	const ids = [...new Set(responseIds)];
	for (let i = 0; i < ids.length; i += CHUNK) {
		const rows = db
			.select({
				responseId: responseLinks.responseId,
				paragraphId: paragraphs.id,
				anchor: paragraphs.anchor,
				text: paragraphs.text,
				number: sql<
					number | null
				>`case when ${paragraphs.kind} = 'h' then null else (select count(*) from paragraphs q where q.chapter_id = ${paragraphs.chapterId} and q.kind <> 'h' and q.position <= ${paragraphs.position}) end`,
				chapterKey: chapters.key,
				chapterNumber: chapters.number,
				chapterTitle: chapters.title,
				versionNumber: documentVersions.number,
				versionLabel: documentVersions.label,
				moduleSlug: modules.slug,
				processSlug: processes.slug
			})
			.from(responseLinks)
			.innerJoin(paragraphs, eq(paragraphs.id, responseLinks.paragraphId))
			.innerJoin(chapters, eq(chapters.id, paragraphs.chapterId))
			.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
			.innerJoin(documents, eq(documents.id, documentVersions.documentId))
			.innerJoin(modules, eq(modules.id, documents.moduleId))
			.innerJoin(processes, eq(processes.id, modules.processId))
			.where(inArray(responseLinks.responseId, ids.slice(i, i + CHUNK)))
			.orderBy(asc(responseLinks.responseId), asc(responseLinks.position))
			.all();
		for (const { moduleSlug, processSlug, ...r } of rows) {
			const link: LinkedParagraph = {
				...r,
				href: `/verfahren/${processSlug}/${moduleSlug}/${r.chapterKey}?fassung=${r.versionNumber}&absatz=${r.anchor}`
			};
			out.set(r.responseId, [...(out.get(r.responseId) ?? []), link]);
		}
	}
	return out;
}

// --- Batch: the handling of many items (for the export and lists) -----------------------------------

export interface ItemHandling {
	packageId: string | null;
	packageTitle: string | null;
	packageState: 'draft' | 'forwarded' | 'recommended' | 'answered' | null;
	recommendation: { id: string; scope: 'item' | 'package'; verdict: Verdict; reason: string } | null;
	response: {
		id: string;
		scope: 'item' | 'package';
		verdict: Verdict;
		reason: string;
		publishedAt: Date | null;
		links: LinkedParagraph[];
	} | null;
}

function handlingRows(db: Conn, ids: string[]) {
	return db
		.select({
			id: contributions.id,
			packageId: contributions.packageId,
			packageTitle: topicPackages.title,
			packageState: topicPackages.state,
			...handlingColumns
		})
		.from(contributions)
		.leftJoin(topicPackages, eq(topicPackages.id, contributions.packageId))
		.leftJoin(recOwn, handlingJoin.recOwn)
		.leftJoin(recPkg, handlingJoin.recPkg)
		.leftJoin(respOwn, handlingJoin.respOwn)
		.leftJoin(respPkg, handlingJoin.respPkg)
		.where(inArray(contributions.id, ids))
		.all();
}

/**
 * The effective recommendation and response of each item, in a fixed number of queries. With
 * `publicOnly` it returns what the public may see: no draft package, the response only when published,
 * the recommendation only together with a published response.
 */
export function handlingsFor(
	db: Conn,
	contributionIds: string[],
	opts: { publicOnly?: boolean } = {}
): Map<string, ItemHandling> {
	const out = new Map<string, ItemHandling>();
	const ids = [...new Set(contributionIds)];
	const rows: ReturnType<typeof handlingRows> = [];
	for (let i = 0; i < ids.length; i += CHUNK) rows.push(...handlingRows(db, ids.slice(i, i + CHUNK)));
	const links = linksOf(
		db,
		rows.map((r) => r.responseId).filter((x): x is string => !!x)
	);
	for (const r of rows) {
		const hidePackage = opts.publicOnly && (!r.packageId || r.packageState === 'draft');
		const response =
			r.responseId && r.responseVerdict && (!opts.publicOnly || r.responsePublishedAt)
				? {
						id: r.responseId,
						scope: r.responseScope!,
						verdict: r.responseVerdict,
						reason: r.responseReason ?? '',
						publishedAt: r.responsePublishedAt,
						links: links.get(r.responseId) ?? []
					}
				: null;
		const recommendation =
			r.recommendationId && r.recommendationVerdict && (!opts.publicOnly || response)
				? {
						id: r.recommendationId,
						scope: r.recommendationScope!,
						verdict: r.recommendationVerdict,
						reason: r.recommendationReason ?? ''
					}
				: null;
		out.set(r.id, {
			packageId: hidePackage ? null : r.packageId,
			packageTitle: hidePackage ? null : r.packageTitle,
			packageState: hidePackage ? null : r.packageState,
			recommendation,
			response
		});
	}
	return out;
}

/**
 * Where an item may be shown in public at all: published, not hidden after reports, and (replies) under
 * a public thread – the rule of moderation/visibility.ts.
 */
export const publicItemSql = and(eq(contributions.state, 'published'), publicAncestry)!;
