/**
 * Paragraph anchoring: re-attach the blocks (and with them the comments) of one version of a chapter to
 * the blocks of the next version. Pure functions, no database. Full description with examples:
 * docs/concepts/paragraph-anchoring.md.
 *
 * Text model
 *   normalizeText(): Unicode NFKC, lower case, invisible format characters (soft hyphen, zero-width
 *   space) removed, every run of characters that are not letters, combining marks or digits replaced by
 *   one space. "Wohnraum-Versorgung, 30 %!" and "wohnraum versorgung 30" are therefore equal.
 *   Words are the space-separated parts of the normalised text.
 *
 * Similarity measure: Sørensen–Dice coefficient over the multiset of word bigrams, padded with a start
 * and an end marker ("^ der", "der rat", …, "jahr $"), so a text of n words has n + 1 bigrams.
 *   dice(a, b) = 2·|A ∩ B| / (|A| + |B|)
 * Why bigrams and not single words: two different paragraphs about the same topic in a housing concept
 * share most of their vocabulary ("die", "Stadt", "bezahlbaren", "Wohnraum", "Quote" …), so a bag of words
 * rates an unrelated rewrite at 0.3–0.5, close to a real edit. Word pairs keep a little word order:
 * rewrites fall to ≈ 0.0–0.15 while a typo fix or a changed number costs only the two bigrams around
 * the word (≈ 0.95 for a 40-word paragraph). Padding makes one- and two-word blocks comparable.
 * Containment of a in b = |A ∩ B| / |A| (share of a's bigrams found in b); used for merges and splits.
 *
 * Algorithm (blocks are compared only with blocks of the same kind; a missing kind matches any kind):
 *   1. Exact: equal normalised text → how 'same', score 1. One-to-one. If a text occurs several times,
 *      the pairs with the smallest difference in relative position (index / (length − 1)) win.
 *   2. Similar: dice ≥ threshold (default 0.5) → 'similar', score = dice. Greedy by highest score
 *      (ties: closer relative position), one-to-one among the blocks not matched in step 1.
 *   3. Merge and split, for the old blocks still unmatched. c = (1 + threshold) / 2 (0.75 by default).
 *      a. Merge: the new block (matched or not) that contains the largest share of the old block, if that
 *         share ≥ c. A merged paragraph thereby absorbs several old blocks. via 'merge'.
 *      b. Split: the new blocks that consist mainly of the old block's text (containment of the new in
 *         the old ≥ c) are its parts; if together they cover ≥ c of the old block, the old block goes
 *         to the part holding the largest share of it. via 'split'.
 *      In 3a and 3b the score is the share of the old block found in the chosen new block.
 *      (A split into two parts is usually caught by step 2 already: the larger half has dice ≈ 0.67.)
 *   4. Everything else stays unmatched; the caller flags those comments for moderation.
 *
 * Anchors are assumed to be unique within each list. The result maps old anchor → match, in the order
 * of the old blocks; every target anchor is one of the new blocks.
 */

export interface AnchorBlock {
	anchor: string;
	kind?: string;
	text: string;
}

export interface BlockMatch {
	/** Anchor of the new block. */
	anchor: string;
	how: 'same' | 'similar';
	/** 1 for 'same'; the Dice coefficient, or for merges/splits the share of the old text in the target. */
	score: number;
	/** Set when the match was found in step 3 (paragraphs merged or split). */
	via?: 'merge' | 'split';
}

export interface MatchOptions {
	/** Minimum Dice coefficient for 'similar' (0 < threshold ≤ 1). Default 0.5. */
	threshold?: number;
}

export const DEFAULT_THRESHOLD = 0.5;

const START = '\u0002';
const END = '\u0003';

/** Lower case, punctuation- and whitespace-insensitive form of a text (see header). */
export function normalizeText(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/\p{Cf}+/gu, '')
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
		.trim();
}

function bigrams(norm: string): Map<string, number> {
	const grams = new Map<string, number>();
	if (norm === '') return grams;
	const words = norm.split(' ');
	let prev = START;
	for (const word of [...words, END]) {
		const gram = prev + ' ' + word;
		grams.set(gram, (grams.get(gram) ?? 0) + 1);
		prev = word;
	}
	return grams;
}

function size(grams: Map<string, number>): number {
	let total = 0;
	for (const count of grams.values()) total += count;
	return total;
}

function intersection(a: Map<string, number>, b: Map<string, number>): number {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let shared = 0;
	for (const [gram, count] of small) shared += Math.min(count, large.get(gram) ?? 0);
	return shared;
}

/** Dice coefficient over padded word bigrams of the normalised texts, in [0, 1]. */
export function similarity(a: string, b: string): number {
	const ga = bigrams(normalizeText(a));
	const gb = bigrams(normalizeText(b));
	const total = size(ga) + size(gb);
	return total === 0 ? 0 : (2 * intersection(ga, gb)) / total;
}

/** Share of `part`'s word bigrams that occur in `whole`, in [0, 1]. */
export function containment(part: string, whole: string): number {
	const gp = bigrams(normalizeText(part));
	const n = size(gp);
	return n === 0 ? 0 : intersection(gp, bigrams(normalizeText(whole))) / n;
}

interface Prepared {
	index: number;
	anchor: string;
	kind: string | undefined;
	norm: string;
	grams: Map<string, number>;
	size: number;
	rel: number;
}

function prepare(blocks: AnchorBlock[]): Prepared[] {
	const last = blocks.length - 1;
	return blocks.map((block, index) => {
		const norm = normalizeText(block.text);
		const grams = bigrams(norm);
		return {
			index,
			anchor: block.anchor,
			kind: block.kind,
			norm,
			grams,
			size: size(grams),
			rel: last > 0 ? index / last : 0.5
		};
	});
}

function compatible(a: Prepared, b: Prepared): boolean {
	return a.kind === undefined || b.kind === undefined || a.kind === b.kind;
}

interface Candidate {
	o: number;
	n: number;
	score: number;
	dist: number;
}

function byScoreThenPosition(a: Candidate, b: Candidate): number {
	return b.score - a.score || a.dist - b.dist || a.o - b.o || a.n - b.n;
}

export function matchBlocks(
	oldBlocks: AnchorBlock[],
	newBlocks: AnchorBlock[],
	opts: MatchOptions = {}
): Map<string, BlockMatch> {
	const threshold =
		typeof opts.threshold === 'number' && opts.threshold > 0 && opts.threshold <= 1
			? opts.threshold
			: DEFAULT_THRESHOLD;
	const containThreshold = (1 + threshold) / 2;

	const olds = prepare(oldBlocks);
	const news = prepare(newBlocks);
	const found: (BlockMatch | undefined)[] = new Array(olds.length);
	const newTaken: boolean[] = new Array(news.length).fill(false);

	// 1. Exact matches of the normalised text.
	const byText = new Map<string, number[]>();
	for (const n of news) {
		const list = byText.get(n.norm);
		if (list) list.push(n.index);
		else byText.set(n.norm, [n.index]);
	}
	const exact: Candidate[] = [];
	for (const o of olds) {
		for (const ni of byText.get(o.norm) ?? []) {
			const n = news[ni];
			if (compatible(o, n)) exact.push({ o: o.index, n: ni, score: 1, dist: Math.abs(o.rel - n.rel) });
		}
	}
	exact.sort(byScoreThenPosition);
	for (const c of exact) {
		if (found[c.o] || newTaken[c.n]) continue;
		found[c.o] = { anchor: news[c.n].anchor, how: 'same', score: 1 };
		newTaken[c.n] = true;
	}

	// Shared bigram counts between each remaining old block and every new block (sparse, via an index).
	const index = new Map<string, [number, number][]>();
	for (const n of news) {
		for (const [gram, count] of n.grams) {
			const list = index.get(gram);
			if (list) list.push([n.index, count]);
			else index.set(gram, [[n.index, count]]);
		}
	}
	const shared = new Map<number, Map<number, number>>();
	for (const o of olds) {
		if (found[o.index]) continue;
		const row = new Map<number, number>();
		for (const [gram, count] of o.grams) {
			for (const [ni, newCount] of index.get(gram) ?? []) {
				if (!compatible(o, news[ni])) continue;
				row.set(ni, (row.get(ni) ?? 0) + Math.min(count, newCount));
			}
		}
		shared.set(o.index, row);
	}

	// 2. Similar: greedy by highest Dice coefficient, one-to-one.
	const similar: Candidate[] = [];
	for (const [oi, row] of shared) {
		const o = olds[oi];
		for (const [ni, common] of row) {
			if (newTaken[ni]) continue;
			const n = news[ni];
			const score = (2 * common) / (o.size + n.size);
			if (score >= threshold) similar.push({ o: oi, n: ni, score, dist: Math.abs(o.rel - n.rel) });
		}
	}
	similar.sort(byScoreThenPosition);
	for (const c of similar) {
		if (found[c.o] || newTaken[c.n]) continue;
		found[c.o] = { anchor: news[c.n].anchor, how: 'similar', score: c.score };
		newTaken[c.n] = true;
	}

	// 3. Merges and splits: targets may already be taken.
	for (const [oi, row] of shared) {
		if (found[oi]) continue;
		const o = olds[oi];
		if (o.size === 0) continue;

		// 3a. Merge: the old text is (almost) wholly contained in one new block.
		let best: Candidate | undefined;
		for (const [ni, common] of row) {
			const c = { o: oi, n: ni, score: common / o.size, dist: Math.abs(o.rel - news[ni].rel) };
			if (c.score >= containThreshold && (!best || byScoreThenPosition(c, best) < 0)) best = c;
		}
		if (best) {
			found[oi] = { anchor: news[best.n].anchor, how: 'similar', score: best.score, via: 'merge' };
			continue;
		}

		// 3b. Split: new blocks made mainly of the old text, together covering most of it.
		const parts: Candidate[] = [];
		for (const [ni, common] of row) {
			const n = news[ni];
			if (n.size > 0 && common / n.size >= containThreshold)
				parts.push({ o: oi, n: ni, score: common / o.size, dist: Math.abs(o.rel - n.rel) });
		}
		if (parts.length < 2) continue;
		let covered = 0;
		for (const [gram, count] of o.grams) {
			let available = 0;
			for (const p of parts) available += news[p.n].grams.get(gram) ?? 0;
			covered += Math.min(count, available);
		}
		if (covered / o.size < containThreshold) continue;
		parts.sort(
			(a, b) =>
				b.score - a.score || Number(newTaken[a.n]) - Number(newTaken[b.n]) || a.dist - b.dist || a.n - b.n
		);
		const part = parts[0];
		found[oi] = { anchor: news[part.n].anchor, how: 'similar', score: part.score, via: 'split' };
		newTaken[part.n] = true;
	}

	const result = new Map<string, BlockMatch>();
	for (const o of olds) {
		const match = found[o.index];
		if (match) result.set(o.anchor, match);
	}
	return result;
}
