/**
 * Renders a chapter of the draft (Markdown) to safe HTML once, when it is saved, and gives every
 * paragraph-level block a stable anchor for comments and the table of contents.
 *
 * Pipeline
 *   1. marked (GFM) → HTML. Raw HTML in the Markdown passes marked unchanged …
 *   2. … and sanitize-html removes everything that is not on the allow list below, including every `id`,
 *      `class`, `style`, `data-*` and event-handler attribute, so an author cannot spoof anchors.
 *      An h1 becomes h2 (the page has its own h1). Links keep only http(s)/mailto or relative targets and
 *      get rel="noopener noreferrer".
 *   3. The sanitised HTML (well-formed by construction: tags balanced, `<`, `>`, `&` escaped in text and
 *      attribute values) is tokenised once more; block elements get `id` and `data-block` with an anchor
 *      that this module generates or validates (`a-` + 8 × [a-z0-9]). Nothing else is added.
 *
 * Blocks (in document order; position = index among all blocks including headings)
 *   p           paragraph that is not inside a list item, blockquote or table cell
 *   li          every list item, nested ones included; its text excludes the nested items
 *   blockquote  the whole quote (nothing inside it is a separate block)
 *   tr          table row outside thead
 *   h           headings h2–h6 outside lists, quotes and tables (for the table of contents; not commentable)
 *   Elements whose plain text is empty get no anchor.
 *
 * With `previous` (the blocks of the version being edited) each block reuses the anchor of the previous
 * block that matchBlocks() maps onto it (same kind only), so links and comments stay on unchanged or
 * lightly edited paragraphs. Other blocks get fresh random anchors that occur neither in this result nor
 * in `previous`.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { matchBlocks } from './anchoring';

export type BlockKind = 'p' | 'li' | 'blockquote' | 'tr' | 'h';

export interface Block {
	anchor: string;
	kind: BlockKind;
	/** Plain text: tags stripped, entities decoded, whitespace collapsed, trimmed. */
	text: string;
	/** 0-based order of all blocks (headings included). */
	position: number;
	/** Heading level 2–6, only for kind 'h'. */
	level?: number;
}

export interface RenderedChapter {
	html: string;
	blocks: Block[];
}

export const ANCHOR_PATTERN = /^a-[a-z0-9]{8}$/;

export function isAnchor(value: unknown): value is string {
	return typeof value === 'string' && ANCHOR_PATTERN.test(value);
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A random anchor `a-` + 8 × [a-z0-9] (crypto.getRandomValues, no modulo bias). */
export function randomAnchor(): string {
	let out = 'a-';
	const bytes = new Uint8Array(16);
	while (out.length < 10) {
		crypto.getRandomValues(bytes);
		for (const byte of bytes) {
			// 252 = 7 × 36: bytes above would favour the first letters.
			if (byte < 252 && out.length < 10) out += ALPHABET[byte % 36];
		}
	}
	return out;
}

const markdown = new Marked({ gfm: true, breaks: false, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
	allowedTags: [
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'p',
		'ul',
		'ol',
		'li',
		'blockquote',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td',
		'a',
		'strong',
		'em',
		'code',
		'pre',
		'br',
		'hr',
		'del',
		'abbr'
	],
	allowedAttributes: { a: ['href', 'rel'], abbr: ['title'] },
	allowedClasses: {},
	allowedStyles: {},
	allowedSchemes: ['http', 'https', 'mailto'],
	allowedSchemesByTag: {},
	allowedSchemesAppliedToAttributes: ['href'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	// Elements whose content is dropped together with the tag.
	nonTextTags: [
		'script',
		'style',
		'textarea',
		'option',
		'noscript',
		'iframe',
		'object',
		'embed',
		'template',
		'svg',
		'math',
		'title',
		'xmp',
		'noembed',
		'noframes',
		'select'
	],
	transformTags: {
		h1: 'h2',
		a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } })
	},
	// Paragraphs left empty (e.g. one that held only an image) disappear.
	exclusiveFilter: (frame) => frame.tag === 'p' && frame.text.trim() === '' && !frame.mediaChildren?.length
};

const KIND: Record<string, BlockKind> = {
	p: 'p',
	li: 'li',
	blockquote: 'blockquote',
	tr: 'tr',
	h2: 'h',
	h3: 'h',
	h4: 'h',
	h5: 'h',
	h6: 'h'
};

/** Tags after which text of neighbouring elements must not run together. */
const SEPARATING = new Set([
	'p',
	'li',
	'ul',
	'ol',
	'blockquote',
	'table',
	'thead',
	'tbody',
	'tr',
	'th',
	'td',
	'pre',
	'br',
	'hr',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6'
]);

const VOID = new Set(['br', 'hr']);

function isBlock(tag: string, open: Map<string, number>): boolean {
	const inside = (name: string) => (open.get(name) ?? 0) > 0;
	if (inside('blockquote') || inside('td') || inside('th') || inside('pre')) return false;
	if (tag === 'tr') return !inside('thead') && !inside('li');
	if (tag === 'li') return true;
	return !inside('li');
}

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0'
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
		if (body[0] === '#') {
			const code =
				body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
	});
}

interface Found {
	token: number;
	tag: string;
	kind: BlockKind;
	text: string[];
}

/** Tags, text and stray characters of sanitize-html output. */
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|[^<]+|</g;

function findBlocks(html: string): { tokens: string[]; found: Found[] } {
	const tokens: string[] = [];
	const found: Found[] = [];
	const stack: { tag: string; block?: Found }[] = [];
	const openBlocks: Found[] = [];
	const open = new Map<string, number>();
	const addText = (text: string) => {
		const current = openBlocks[openBlocks.length - 1];
		if (current) current.text.push(text);
	};

	for (const match of html.matchAll(TOKEN)) {
		const raw = match[0];
		tokens.push(raw);
		const tag = match[2]?.toLowerCase();
		if (!tag) {
			addText(decodeEntities(raw));
			continue;
		}
		if (SEPARATING.has(tag)) addText(' ');
		if (match[1]) {
			// Closing tag: close everything up to the matching open element; ignore stray ones.
			const at = stack.map((entry) => entry.tag).lastIndexOf(tag);
			if (at < 0) continue;
			while (stack.length > at) {
				const entry = stack.pop()!;
				open.set(entry.tag, (open.get(entry.tag) ?? 1) - 1);
				if (entry.block) openBlocks.pop();
			}
			continue;
		}
		if (VOID.has(tag) || raw.endsWith('/>')) continue;
		const kind = KIND[tag];
		const entry: { tag: string; block?: Found } = { tag };
		if (kind && isBlock(tag, open)) {
			entry.block = { token: tokens.length - 1, tag, kind, text: [] };
			found.push(entry.block);
			openBlocks.push(entry.block);
		}
		stack.push(entry);
		open.set(tag, (open.get(tag) ?? 0) + 1);
	}
	return { tokens, found };
}

const PRIORITY = (how: string, via: string | undefined) => (how === 'same' ? 0 : via ? 2 : 1);

export function renderChapter(markdownSource: string, previous?: Block[]): RenderedChapter {
	const rendered = markdown.parse(markdownSource, { async: false });
	const clean = sanitizeHtml(rendered, SANITIZE);
	const { tokens, found } = findBlocks(clean);

	const blocks: (Block & { token: number; tag: string })[] = [];
	for (const f of found) {
		const text = f.text.join('').replace(/\s+/g, ' ').trim();
		if (text === '') continue;
		const block: Block & { token: number; tag: string } = {
			anchor: '',
			kind: f.kind,
			text,
			position: blocks.length,
			token: f.token,
			tag: f.tag
		};
		if (f.kind === 'h') block.level = Number(f.tag.slice(1));
		blocks.push(block);
	}

	// Anchors: reuse those of matching previous blocks, then fill up with fresh random ones.
	const used = new Set<string>();
	for (const old of previous ?? []) used.add(old.anchor);
	const assigned = new Set<string>();
	if (previous && previous.length > 0) {
		const olds = previous.filter((old) => isAnchor(old.anchor));
		const oldIndex = new Map(olds.map((old, i) => [old.anchor, i]));
		const temp = blocks.map((b, i) => ({ anchor: String(i), kind: b.kind, text: b.text }));
		const matches = [...matchBlocks(olds, temp)].sort(
			([oldA, a], [oldB, b]) =>
				PRIORITY(a.how, a.via) - PRIORITY(b.how, b.via) ||
				b.score - a.score ||
				oldIndex.get(oldA)! - oldIndex.get(oldB)!
		);
		for (const [oldAnchor, match] of matches) {
			const block = blocks[Number(match.anchor)];
			if (block.anchor || assigned.has(oldAnchor)) continue;
			block.anchor = oldAnchor;
			assigned.add(oldAnchor);
		}
	}
	for (const block of blocks) {
		if (block.anchor) continue;
		let anchor = randomAnchor();
		while (used.has(anchor) || assigned.has(anchor)) anchor = randomAnchor();
		block.anchor = anchor;
		assigned.add(anchor);
	}

	for (const block of blocks) {
		tokens[block.token] = `<${block.tag} id="${block.anchor}" data-block="${block.anchor}">`;
	}
	return {
		html: tokens.join(''),
		blocks: blocks.map(({ token: _token, tag: _tag, ...block }) => block)
	};
}
