// What the public sees of one contribution's handling (Handling.svelte on the contribution's own page):
// its stage in the chain, and once the response is published the Gremium's recommendation, the response
// and the changed paragraphs, each next to the wording the contribution was written on, with a word diff.
// Built only from public data: never internal comments, draft packages or unpublished responses.
import { and, eq, sql } from 'drizzle-orm';
import type { DB } from '../db';
import { chapters, contributions, documentVersions, paragraphs } from '../db/schema';
import { wordDiff, type DiffPart } from '../modules/document/diff';
import { handlingsFor, type LinkedParagraph } from './handling';
import type { Verdict } from '../db/schema';

export interface HandlingView {
	/** received: not (yet) in a forwarded package; forwarded: with the Gremium; answered: response public. */
	status: 'received' | 'forwarded' | 'answered';
	packageTitle: string | null;
	recommendation: { verdict: Verdict; reason: string } | null;
	response: { verdict: Verdict; reason: string; publishedAt: Date } | null;
	/** The paragraph the contribution was written on (comments), if it still exists. */
	old: { text: string; versionLabel: string; chapterNumber: string; number: number | null } | null;
	links: (Omit<LinkedParagraph, 'responseId' | 'paragraphId'> & { diff: DiffPart[] | null })[];
}

/** The public handling of a contribution, or null when it has none to show (rejected, withdrawn, hidden). */
export function publicHandlingOf(db: DB, contributionId: string): HandlingView | null {
	const c = db
		.select({
			state: contributions.state,
			hidden: contributions.hidden,
			originalChapterId: contributions.originalChapterId,
			originalAnchor: contributions.originalAnchor,
			anchor: contributions.anchor,
			chapterKey: chapters.key,
			versionNumber: documentVersions.number
		})
		.from(contributions)
		.leftJoin(chapters, eq(chapters.id, contributions.chapterId))
		.leftJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
		.where(eq(contributions.id, contributionId))
		.get();
	if (!c || c.hidden || (c.state !== 'published' && c.state !== 'pending')) return null;
	const h = handlingsFor(db, [contributionId], { publicOnly: true }).get(contributionId);
	if (!h) return null;
	const response = c.state === 'published' && h.response?.publishedAt ? h.response : null;
	const status = response ? 'answered' : h.packageId ? 'forwarded' : 'received';
	const old =
		response && c.originalChapterId && c.originalAnchor
			? writtenOn(db, c.originalChapterId, c.originalAnchor)
			: null;
	return {
		status,
		packageTitle: h.packageTitle,
		recommendation:
			response && h.recommendation
				? { verdict: h.recommendation.verdict, reason: h.recommendation.reason }
				: null,
		response: response
			? { verdict: response.verdict, reason: response.reason, publishedAt: response.publishedAt! }
			: null,
		old,
		links: (response?.links ?? []).map((l) => ({
			anchor: l.anchor,
			text: l.text,
			number: l.number,
			chapterKey: l.chapterKey,
			chapterNumber: l.chapterNumber,
			chapterTitle: l.chapterTitle,
			versionNumber: l.versionNumber,
			versionLabel: l.versionLabel,
			href: l.href,
			// Old and new wording side by side only for the paragraph the contribution's own paragraph
			// became (where it is attached now): a package's response may link changes elsewhere.
			diff:
				old &&
				old.text !== l.text &&
				l.anchor === c.anchor &&
				l.chapterKey === c.chapterKey &&
				l.versionNumber === c.versionNumber
					? wordDiff(old.text, l.text)
					: null
		}))
	};
}

function writtenOn(db: DB, chapterId: string, anchor: string) {
	const p = db
		.select({
			text: paragraphs.text,
			kind: paragraphs.kind,
			versionLabel: documentVersions.label,
			chapterNumber: chapters.number,
			number: sql<number>`(select count(*) from paragraphs q where q.chapter_id = ${paragraphs.chapterId} and q.kind <> 'h' and q.position <= ${paragraphs.position})`
		})
		.from(paragraphs)
		.innerJoin(chapters, eq(chapters.id, paragraphs.chapterId))
		.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
		.where(and(eq(paragraphs.chapterId, chapterId), eq(paragraphs.anchor, anchor)))
		.get();
	if (!p) return null;
	return {
		text: p.text,
		versionLabel: p.versionLabel,
		chapterNumber: p.chapterNumber,
		number: p.kind === 'h' ? null : p.number
	};
}
