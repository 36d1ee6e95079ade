// The public results page of a process: every handled input (published, not hidden, in a forwarded
// package) whose effective response is published, with its response, the Gremium's recommendation and
// the changed paragraphs. Filters: chapter, district, category, response verdict. Keyset pages.
//
// The query starts from the process's forwarded packages (topic_packages_process_idx) and reaches their
// items through contributions_package_idx; the four handling joins use unique indexes. Every handled item
// is in a package (responses are only recorded from a package page), so no other item can qualify.
// Nothing here reads internal comments, e-mail addresses or offline senders.
import { and, asc, desc, eq, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DB } from '../db';
import {
	chapters,
	contributions,
	districts,
	documents,
	documentVersions,
	modules,
	organisations,
	pinCategories,
	stadtbezirke,
	topicPackages,
	users,
	type Verdict
} from '../db/schema';
import {
	effectiveVerdictSql,
	handlingColumns,
	handlingJoin,
	linksOf,
	recOwn,
	recPkg,
	respOwn,
	respPkg,
	responseIsPublicSql,
	VERDICTS
} from './handling';
import { publicAncestry } from '../moderation/visibility';

export const RESULTS_PAGE_SIZE = 20;

export interface ResultsFilter {
	chapterKey?: string | null;
	districtId?: string | null;
	categoryId?: string | null;
	verdict?: Verdict | null;
}

/** "<ms>_<id>" of the last row of a page (newest first). */
export function parseResultsCursor(value: string | null | undefined) {
	const m = value ? /^(\d{1,15})_([0-9a-f-]{36})$/.exec(value) : null;
	return m ? { at: new Date(Number(m[1])), id: m[2] } : null;
}

function conditions(processId: string, f: ResultsFilter, withVerdict: boolean): SQL[] {
	const c: SQL[] = [
		eq(contributions.packageId, topicPackages.id),
		eq(topicPackages.processId, processId),
		ne(topicPackages.state, 'draft'),
		// Same rule as publicItemSql; the unary + keeps SQLite from walking contributions_state_idx
		// (every published item) instead of the package's items.
		sql`+${contributions.state} = 'published'`,
		publicAncestry,
		responseIsPublicSql
	];
	if (f.chapterKey) c.push(eq(chapters.key, f.chapterKey));
	if (f.districtId) c.push(eq(contributions.districtId, f.districtId));
	if (f.categoryId) c.push(eq(contributions.categoryId, f.categoryId));
	if (withVerdict && f.verdict) c.push(sql`${effectiveVerdictSql} = ${f.verdict}`);
	return c;
}

/**
 * One page of handled items, newest first: first the page's ids (only the joins the filters need), then
 * their details and linked paragraphs for just those rows.
 */
export function resultsPage(
	db: DB,
	processId: string,
	filter: ResultsFilter,
	cursor?: string | null,
	limit = RESULTS_PAGE_SIZE
) {
	const conds = conditions(processId, filter, true);
	const after = parseResultsCursor(cursor);
	if (after)
		conds.push(
			or(
				lt(contributions.createdAt, after.at),
				and(eq(contributions.createdAt, after.at), lt(contributions.id, after.id))
			)!
		);
	// CROSS JOIN keeps this join order in SQLite: packages of the process first, then their items.
	const base = db
		.select({ id: contributions.id, createdAt: contributions.createdAt })
		.from(topicPackages)
		.crossJoin(contributions)
		.leftJoin(respOwn, handlingJoin.respOwn)
		.leftJoin(respPkg, handlingJoin.respPkg);
	const keys = (filter.chapterKey ? base.leftJoin(chapters, eq(chapters.id, contributions.chapterId)) : base)
		.where(and(...conds))
		.orderBy(desc(contributions.createdAt), desc(contributions.id))
		.limit(limit + 1)
		.all();
	const pageKeys = keys.slice(0, limit);
	const last = pageKeys.at(-1);
	const nextCursor = keys.length > limit && last ? `${last.createdAt.getTime()}_${last.id}` : null;
	const rows = pageKeys.length
		? details(
				db,
				pageKeys.map((k) => k.id)
			)
		: [];
	const byId = new Map(rows.map((r) => [r.id, r]));
	const page = pageKeys.map((k) => byId.get(k.id)!).filter(Boolean);
	const links = linksOf(
		db,
		page.map((r) => r.responseId).filter((x): x is string => !!x)
	);
	return {
		items: page.map((r) => ({
			...r,
			paragraphNumber: r.paragraphNumber || null,
			links: r.responseId ? (links.get(r.responseId) ?? []) : []
		})),
		nextCursor
	};
}

function details(db: DB, ids: string[]) {
	return db
		.select({
			id: contributions.id,
			kind: contributions.kind,
			channel: contributions.channel,
			body: contributions.body,
			createdAt: contributions.createdAt,
			// The pseudonym (never for offline input: its author is whoever typed it in) or organisation.
			authorName: sql<
				string | null
			>`case when ${contributions.kind} = 'offline' then null else ${users.displayName} end`,
			organisationName: organisations.name,
			moduleSlug: modules.slug,
			chapterKey: chapters.key,
			chapterNumber: chapters.number,
			chapterTitle: chapters.title,
			anchor: contributions.anchor,
			paragraphNumber: sql<
				number | null
			>`case when ${contributions.anchor} is null then null else (select count(*) from paragraphs q where q.chapter_id = ${contributions.chapterId} and q.kind <> 'h' and q.position <= (select p.position from paragraphs p where p.chapter_id = ${contributions.chapterId} and p.anchor = ${contributions.anchor})) end`,
			districtName: districts.name,
			categoryLabel: pinCategories.label,
			categoryLabelEn: pinCategories.labelEn,
			packageTitle: topicPackages.title,
			...handlingColumns
		})
		.from(contributions)
		.innerJoin(topicPackages, eq(topicPackages.id, contributions.packageId))
		.leftJoin(recOwn, handlingJoin.recOwn)
		.leftJoin(recPkg, handlingJoin.recPkg)
		.leftJoin(respOwn, handlingJoin.respOwn)
		.leftJoin(respPkg, handlingJoin.respPkg)
		.leftJoin(users, eq(users.id, contributions.authorId))
		.leftJoin(organisations, eq(organisations.id, contributions.organisationId))
		.leftJoin(modules, eq(modules.id, contributions.moduleId))
		.leftJoin(chapters, eq(chapters.id, contributions.chapterId))
		.leftJoin(districts, eq(districts.id, contributions.districtId))
		.leftJoin(pinCategories, eq(pinCategories.id, contributions.categoryId))
		.where(inArray(contributions.id, ids))
		.all();
}

/** Handled items per response verdict under the other filters (the overview at the top). */
export function resultCounts(db: DB, processId: string, filter: ResultsFilter): Record<Verdict, number> {
	const needsChapter = !!filter.chapterKey;
	const base = db
		.select({ verdict: effectiveVerdictSql, n: sql<number>`count(*)` })
		.from(topicPackages)
		.crossJoin(contributions)
		.leftJoin(respOwn, handlingJoin.respOwn)
		.leftJoin(respPkg, handlingJoin.respPkg);
	const rows = (needsChapter ? base.leftJoin(chapters, eq(chapters.id, contributions.chapterId)) : base)
		.where(and(...conditions(processId, filter, false)))
		.groupBy(effectiveVerdictSql)
		.all();
	const out = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
	for (const r of rows) if (r.verdict) out[r.verdict] = r.n;
	return out;
}

/** Choices of the filter form: chapters of the current versions, quarters, pin categories. */
export function resultFilterOptions(db: DB, processId: string) {
	const chapterRows = db
		.select({ key: chapters.key, number: chapters.number, title: chapters.title })
		.from(chapters)
		.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
		.innerJoin(documents, eq(documents.id, documentVersions.documentId))
		.innerJoin(modules, eq(modules.id, documents.moduleId))
		.where(and(eq(modules.processId, processId), eq(documentVersions.state, 'published')))
		.orderBy(asc(modules.position), asc(chapters.position))
		.all();
	const seen = new Set<string>();
	const chapterChoices = chapterRows.filter((c) => !seen.has(c.key) && !!seen.add(c.key));
	const districtChoices = db
		.select({ id: districts.id, name: districts.name, stadtbezirk: stadtbezirke.name })
		.from(districts)
		.innerJoin(stadtbezirke, eq(stadtbezirke.id, districts.stadtbezirkId))
		.orderBy(asc(stadtbezirke.position), asc(districts.position))
		.all();
	const categoryChoices = db
		.select({ id: pinCategories.id, label: pinCategories.label, labelEn: pinCategories.labelEn })
		.from(pinCategories)
		.innerJoin(modules, eq(modules.id, pinCategories.moduleId))
		.where(eq(modules.processId, processId))
		.orderBy(asc(modules.position), asc(pinCategories.position))
		.all();
	return { chapters: chapterChoices, districts: districtChoices, categories: categoryChoices };
}

/** Filter values from the query string, kept only when they are real choices. */
export function parseResultsFilter(
	params: URLSearchParams,
	options: ReturnType<typeof resultFilterOptions>
): ResultsFilter {
	const kapitel = params.get('kapitel');
	const quartier = params.get('quartier');
	const kategorie = params.get('kategorie');
	const verdict = params.get('stellungnahme');
	return {
		chapterKey: options.chapters.some((c) => c.key === kapitel) ? kapitel : null,
		districtId: options.districts.some((d) => d.id === quartier) ? quartier : null,
		categoryId: options.categories.some((c) => c.id === kategorie) ? kategorie : null,
		verdict: (VERDICTS as readonly string[]).includes(verdict ?? '') ? (verdict as Verdict) : null
	};
}
