/**
 * "Was hat sich geändert?" – word-level differences between two versions of a chapter.
 *
 * wordDiff() uses jsdiff's diffWordsWithSpace (every word, punctuation mark and run of whitespace is a
 * token), so the parts reproduce both texts exactly: the 'same' + 'removed' parts give the old text, the
 * 'same' + 'added' parts the new text. A whitespace-only 'same' part between two changes is folded into
 * both sides of the change, so "strebt an" → "legt fest" reads as one replacement instead of two. Within
 * a change the removed part comes before the added part; adjacent parts of one type are merged.
 *
 * diffChapters() pairs the blocks with matchBlocks() (anchoring.ts) and lists them in the order of the new
 * version; an old block that has no counterpart is listed as 'removed' right after the entry of its
 * predecessor in the old version (at the start if it has none). When several old blocks were merged into
 * one new block, the entry compares their joined text with the new text.
 *
 * The parts are plain text: render them escaped, with <ins>/<del>, never as HTML.
 */
import { diffWordsWithSpace } from 'diff';
import { matchBlocks, type BlockMatch } from './anchoring';
import type { Block } from './markdown';

export interface DiffPart {
	type: 'same' | 'added' | 'removed';
	text: string;
}

export interface BlockDiff {
	kind: 'same' | 'changed' | 'added' | 'removed';
	oldAnchor?: string;
	newAnchor?: string;
	/** All old anchors, in old order, when several old blocks were merged into this one. */
	oldAnchors?: string[];
	parts: DiffPart[];
}

export function wordDiff(oldText: string, newText: string): DiffPart[] {
	const raw: DiffPart[] = diffWordsWithSpace(oldText, newText)
		.filter((change) => change.value !== '')
		.map((change) => ({
			type: change.added ? 'added' : change.removed ? 'removed' : 'same',
			text: change.value
		}));

	const out: DiffPart[] = [];
	const push = (type: DiffPart['type'], text: string) => {
		if (text === '') return;
		const last = out[out.length - 1];
		if (last && last.type === type) last.text += text;
		else out.push({ type, text });
	};
	let removed = '';
	let added = '';
	const flush = () => {
		push('removed', removed);
		push('added', added);
		removed = added = '';
	};
	for (let i = 0; i < raw.length; i++) {
		const part = raw[i];
		if (part.type === 'removed') removed += part.text;
		else if (part.type === 'added') added += part.text;
		else if (
			(removed || added) &&
			/^\s+$/.test(part.text) &&
			i + 1 < raw.length &&
			raw[i + 1].type !== 'same'
		) {
			// Whitespace between two changes belongs to the change on both sides.
			removed += part.text;
			added += part.text;
		} else {
			flush();
			push('same', part.text);
		}
	}
	flush();
	return out;
}

const priority = (m: BlockMatch) => (m.how === 'same' ? 0 : m.via ? 2 : 1);

export function diffChapters(oldBlocks: Block[], newBlocks: Block[]): BlockDiff[] {
	const matches = matchBlocks(oldBlocks, newBlocks);

	// New anchor → old blocks mapped onto it (old order).
	const sources = new Map<string, { block: Block; match: BlockMatch }[]>();
	// New anchor ('' = start) → removed old blocks that follow it.
	const removedAfter = new Map<string, Block[]>();
	let predecessor = '';
	for (const block of oldBlocks) {
		const match = matches.get(block.anchor);
		if (match) {
			const list = sources.get(match.anchor);
			if (list) list.push({ block, match });
			else sources.set(match.anchor, [{ block, match }]);
			predecessor = match.anchor;
		} else {
			const list = removedAfter.get(predecessor);
			if (list) list.push(block);
			else removedAfter.set(predecessor, [block]);
		}
	}

	const result: BlockDiff[] = [];
	const pushRemoved = (after: string) => {
		for (const block of removedAfter.get(after) ?? [])
			result.push({
				kind: 'removed',
				oldAnchor: block.anchor,
				parts: block.text ? [{ type: 'removed', text: block.text }] : []
			});
	};
	pushRemoved('');
	for (const block of newBlocks) {
		const from = sources.get(block.anchor);
		if (!from) {
			result.push({
				kind: 'added',
				newAnchor: block.anchor,
				parts: block.text ? [{ type: 'added', text: block.text }] : []
			});
		} else {
			const primary = [...from].sort(
				(a, b) => priority(a.match) - priority(b.match) || b.match.score - a.match.score
			)[0];
			const oldText = from.map((f) => f.block.text).join(' ');
			const entry: BlockDiff =
				from.length === 1 && oldText === block.text
					? {
							kind: 'same',
							oldAnchor: primary.block.anchor,
							newAnchor: block.anchor,
							parts: block.text ? [{ type: 'same', text: block.text }] : []
						}
					: {
							kind: 'changed',
							oldAnchor: primary.block.anchor,
							newAnchor: block.anchor,
							parts: wordDiff(oldText, block.text)
						};
			if (from.length > 1) entry.oldAnchors = from.map((f) => f.block.anchor);
			result.push(entry);
		}
		pushRemoved(block.anchor);
	}
	return result;
}
