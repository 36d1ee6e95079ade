// Full-text search within one document module: chapters of the current version and published comments.
import { publicAncestry } from '../../moderation/visibility';
import { and, eq, inArray } from 'drizzle-orm';
import type { DB } from '../../db';
import { chapters, contributions, paragraphs } from '../../db/schema';
import { excerpt, matchedWords, searchIndex } from '../../search';

export interface SearchResult {
	kind: 'chapter' | 'comment';
	href: string;
	title: string;
	text: string;
}

export function searchDocument(
	db: DB,
	doc: { processId: string; processSlug: string; moduleId: string; moduleSlug: string },
	currentVersionId: string,
	q: string
): SearchResult[] {
	const results: SearchResult[] = [];
	{
		const hits = searchIndex(db, doc.processId, q, 50, ['chapter', 'comment']);
		const chapterIds = hits.filter((h) => h.kind === 'chapter').map((h) => h.refId);
		const commentIds = hits.filter((h) => h.kind === 'comment').map((h) => h.refId);
		const chs = chapterIds.length
			? db
					.select({ id: chapters.id, key: chapters.key, number: chapters.number, title: chapters.title })
					.from(chapters)
					.where(and(inArray(chapters.id, chapterIds), eq(chapters.versionId, currentVersionId)))
					.all()
			: [];
		const texts = chapterIds.length
			? db
					.select({
						chapterId: paragraphs.chapterId,
						anchor: paragraphs.anchor,
						position: paragraphs.position,
						text: paragraphs.text
					})
					.from(paragraphs)
					.where(inArray(paragraphs.chapterId, chapterIds))
					.orderBy(paragraphs.chapterId, paragraphs.position)
					.all()
			: [];
		const cms = commentIds.length
			? db
					.select({
						id: contributions.id,
						body: contributions.body,
						key: chapters.key,
						number: chapters.number,
						title: chapters.title
					})
					.from(contributions)
					.innerJoin(chapters, eq(chapters.id, contributions.chapterId))
					.where(
						and(
							inArray(contributions.id, commentIds),
							eq(contributions.state, 'published'),
							eq(contributions.moduleId, doc.moduleId),
							// The index follows hiding and rejection; this keeps the page right even if it lagged.
							publicAncestry
						)
					)
					.all()
			: [];
		const base = `/verfahren/${doc.processSlug}/${doc.moduleSlug}`;
		for (const h of hits) {
			if (h.kind === 'chapter') {
				const c = chs.find((x) => x.id === h.refId);
				if (!c) continue;
				// The chapter is indexed as a whole; the result leads to the paragraph that matches best
				// (most query words, the first of equals), or to the chapter when no paragraph holds any (title).
				const own = texts.filter((t) => t.chapterId === c.id);
				let best: (typeof own)[number] | null = null;
				let bestScore = 0;
				for (const t of own) {
					const score = matchedWords(t.text, q);
					if (score > bestScore) [best, bestScore] = [t, score];
				}
				results.push({
					kind: 'chapter',
					href: best ? `${base}/${c.key}#${best.anchor}` : `${base}/${c.key}`,
					title: `${c.number} ${c.title}`,
					text: excerpt(best ? best.text : own.map((t) => t.text).join(' '), q)
				});
			} else {
				const c = cms.find((x) => x.id === h.refId);
				if (!c) continue;
				results.push({
					kind: 'comment',
					href: `/beitraege/${c.id}`,
					title: `${c.number} ${c.title}`,
					text: excerpt(c.body, q)
				});
			}
		}
	}
	return results.slice(0, 30);
}
