import { describe, expect, it } from 'vitest';
import {
	ANCHOR_PATTERN,
	isAnchor,
	randomAnchor,
	renderChapter,
	type Block
} from '../../src/lib/server/modules/document/markdown';

const CHAPTER = `# 3 Handlungsfelder

## 3.1 Bezahlbarer Wohnraum

Die Stadt verzeichnet seit 2015 einen deutlichen Anstieg der Angebotsmieten. Besonders betroffen sind
kleine Wohnungen in den innenstadtnahen Quartieren.

Bei Neubauvorhaben ab **20 Wohneinheiten** sollen künftig mindestens 30&nbsp;Prozent der Wohnungen
öffentlich gefördert werden (siehe [Förderrichtlinie](https://www.mhkbd.nrw/foerderung)).

### Maßnahmen

- Konzeptvergabe städtischer Grundstücke
  - vorrangig im Erbbaurecht
  - an Genossenschaften & Baugruppen
- Aufbau einer Leerstandsdatenbank

1. Erster Schritt

   mit zweitem Absatz

> Bezahlbarer Wohnraum ist Daseinsvorsorge.
>
> – Stellungnahme des Mieterbunds

| Jahr | Ziel | Gefördert |
|------|------|-----------|
| 2025 | 800  | 240       |
| 2026 | 800  | 260       |

Weitere Informationen: <abbr title="Wohnraumförderungsgesetz">WoFG</abbr>, \`§ 13\` und ~~alt~~.
`;

function ids(html: string): string[] {
	return [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
}

describe('renderChapter: structure and blocks', () => {
	const { html, blocks } = renderChapter(CHAPTER);

	it('finds headings, paragraphs, list items, quotes and table rows in document order', () => {
		expect(blocks.map((b) => [b.kind, b.text])).toEqual([
			['h', '3 Handlungsfelder'],
			['h', '3.1 Bezahlbarer Wohnraum'],
			[
				'p',
				'Die Stadt verzeichnet seit 2015 einen deutlichen Anstieg der Angebotsmieten. Besonders betroffen sind kleine Wohnungen in den innenstadtnahen Quartieren.'
			],
			[
				'p',
				'Bei Neubauvorhaben ab 20 Wohneinheiten sollen künftig mindestens 30 Prozent der Wohnungen öffentlich gefördert werden (siehe Förderrichtlinie).'
			],
			['h', 'Maßnahmen'],
			['li', 'Konzeptvergabe städtischer Grundstücke'],
			['li', 'vorrangig im Erbbaurecht'],
			['li', 'an Genossenschaften & Baugruppen'],
			['li', 'Aufbau einer Leerstandsdatenbank'],
			['li', 'Erster Schritt mit zweitem Absatz'],
			['blockquote', 'Bezahlbarer Wohnraum ist Daseinsvorsorge. – Stellungnahme des Mieterbunds'],
			['tr', '2025 800 240'],
			['tr', '2026 800 260'],
			['p', 'Weitere Informationen: WoFG, § 13 und alt.']
		]);
		expect(blocks.map((b) => b.position)).toEqual(blocks.map((_, i) => i));
		expect(blocks.filter((b) => b.kind === 'h').map((b) => b.level)).toEqual([2, 2, 3]);
		expect(blocks.filter((b) => b.kind !== 'h').every((b) => b.level === undefined)).toBe(true);
	});

	it('turns h1 into h2 and keeps the allowed formatting', () => {
		expect(html).not.toContain('<h1');
		expect(html).toMatch(/<h2 id="a-[a-z0-9]{8}" data-block="a-[a-z0-9]{8}">3 Handlungsfelder<\/h2>/);
		expect(html).toContain('<strong>20 Wohneinheiten</strong>');
		expect(html).toContain('<abbr title="Wohnraumförderungsgesetz">WoFG</abbr>');
		expect(html).toContain('<code>§ 13</code>');
		expect(html).toContain('<del>alt</del>');
		expect(html).toContain('<thead>');
		expect(html).toContain(
			'<a href="https://www.mhkbd.nrw/foerderung" rel="noopener noreferrer">Förderrichtlinie</a>'
		);
	});

	it('puts id and data-block with the same anchor on every block element, and nowhere else', () => {
		for (const b of blocks) {
			expect(b.anchor).toMatch(ANCHOR_PATTERN);
			const tag = b.kind === 'h' ? `h${b.level}` : b.kind;
			expect(html).toContain(`<${tag} id="${b.anchor}" data-block="${b.anchor}">`);
		}
		expect(ids(html)).toEqual(blocks.map((b) => b.anchor));
		expect(new Set(ids(html)).size).toBe(blocks.length);
		expect([...html.matchAll(/\sdata-([a-z-]+)=/g)].every((m) => m[1] === 'block')).toBe(true);
	});

	it('does not give ids to paragraphs inside list items and quotes, nested quote content or header rows', () => {
		expect(html).toMatch(/<li id="a-[a-z0-9]{8}" data-block="a-[a-z0-9]{8}"><p>Erster Schritt<\/p>/);
		expect(html).toMatch(/<blockquote id="[^"]+" data-block="[^"]+">\s*<p>Bezahlbarer/);
		expect(html).toMatch(/<thead>\s*<tr>/);
	});

	it('excludes the text of nested list items from their parent item', () => {
		const { blocks: nested } = renderChapter('- oben\n  - mitte\n    - unten\n\n  weiter oben\n- zweites');
		expect(nested.map((b) => b.text)).toEqual(['oben weiter oben', 'mitte', 'unten', 'zweites']);
		expect(nested.every((b) => b.kind === 'li')).toBe(true);
	});

	it('decodes entities and collapses whitespace (no-break spaces included) in the plain text', () => {
		const {
			blocks: [b],
			html: out
		} = renderChapter(
			'Miete &lt; 7&nbsp;€ &amp; &quot;fair&quot; &#x2013; &#8222;gut&#8220;\n   und   *mehr*'
		);
		expect(b.text).toBe('Miete < 7 € & "fair" – „gut“ und mehr');
		expect(out).toContain('Miete &lt; 7');
	});

	it('gives no anchor to elements without text and returns empty results for empty input', () => {
		const { blocks: some } = renderChapter('![Plan](plan.png)\n\nText\n\n- \n\n<p> </p>');
		expect(some.map((b) => [b.kind, b.text])).toEqual([['p', 'Text']]);
		expect(renderChapter('')).toEqual({ html: '', blocks: [] });
	});

	it('creates new random anchors without previous blocks', () => {
		const again = renderChapter(CHAPTER);
		expect(again.blocks.map((b) => b.text)).toEqual(blocks.map((b) => b.text));
		expect(again.blocks.map((b) => b.anchor)).not.toEqual(blocks.map((b) => b.anchor));
	});
});

describe('renderChapter: stable anchors across edits', () => {
	const first = renderChapter(CHAPTER);
	const anchorOf = (list: Block[], start: string) => list.find((b) => b.text.startsWith(start))?.anchor;

	it('is deterministic given the anchors: re-rendering with the previous blocks reproduces the HTML', () => {
		const second = renderChapter(CHAPTER, first.blocks);
		expect(second.html).toBe(first.html);
		expect(second.blocks).toEqual(first.blocks);
	});

	it('keeps anchors of unchanged and lightly edited blocks, and gives fresh ones to new blocks', () => {
		const edited = CHAPTER.replace('30&nbsp;Prozent', '25&nbsp;Prozent')
			.replace('Aufbau einer Leerstandsdatenbank', 'Aufbau einer Leerstandsdatenbank bis 2026')
			.replace(
				'### Maßnahmen',
				'Haushalte mit geringem Einkommen finden in diesen Quartieren kaum noch eine bezahlbare Wohnung, das betrifft vor allem Alleinerziehende.\n\n### Maßnahmen'
			);
		const next = renderChapter(edited, first.blocks);
		for (const start of [
			'Die Stadt verzeichnet',
			'Bei Neubauvorhaben',
			'Aufbau einer',
			'Konzeptvergabe',
			'2026 800'
		])
			expect(anchorOf(next.blocks, start), start).toBe(anchorOf(first.blocks, start));
		const fresh = anchorOf(next.blocks, 'Haushalte mit geringem')!;
		expect(fresh).toMatch(ANCHOR_PATTERN);
		expect(first.blocks.map((b) => b.anchor)).not.toContain(fresh);
		expect(new Set(next.blocks.map((b) => b.anchor)).size).toBe(next.blocks.length);
	});

	it('lets anchors follow reordered paragraphs and never reuses the anchor of a deleted one', () => {
		const a =
			'Die Stadt verzeichnet seit 2015 einen deutlichen Anstieg der Angebotsmieten in allen Stadtbezirken.';
		const b = 'Bei Neubauvorhaben ab 20 Wohneinheiten sollen künftig mindestens 30 Prozent gefördert werden.';
		const c = 'Städtische Grundstücke werden vorrangig im Erbbaurecht an Genossenschaften vergeben.';
		const v1 = renderChapter([a, b, c].join('\n\n'));
		const v2 = renderChapter([c, a].join('\n\n'), v1.blocks);
		expect(v2.blocks.map((x) => x.anchor)).toEqual([v1.blocks[2].anchor, v1.blocks[0].anchor]);
		const v3 = renderChapter(
			[c, 'Ein ganz neuer Absatz über Wohnungslosigkeit und Housing First.', a].join('\n\n'),
			v2.blocks
		);
		expect(v3.blocks[1].anchor).not.toBe(v1.blocks[1].anchor);
	});

	it('matches only blocks of the same kind', () => {
		const text = 'Konzeptvergabe städtischer Grundstücke an Genossenschaften und Baugruppen';
		const v1 = renderChapter(text);
		const v2 = renderChapter(`- ${text}`, v1.blocks);
		expect(v2.blocks[0].kind).toBe('li');
		expect(v2.blocks[0].anchor).not.toBe(v1.blocks[0].anchor);
	});

	it('gives a merged paragraph one of the old anchors and the larger split part the old anchor', () => {
		const a =
			'Die Stadt verzeichnet seit 2015 einen deutlichen Anstieg der Angebotsmieten in allen Stadtbezirken.';
		const b =
			'Besonders betroffen sind kleine Wohnungen in innenstadtnahen Quartieren mit guter Anbindung an den Nahverkehr.';
		const v1 = renderChapter(`${a}\n\n${b}`);
		const merged = renderChapter(`${a} ${b}`, v1.blocks);
		expect(merged.blocks).toHaveLength(1);
		expect(v1.blocks.map((x) => x.anchor)).toContain(merged.blocks[0].anchor);
		const split = renderChapter(`${a}\n\n${b}`, merged.blocks);
		expect(split.blocks.map((x) => x.anchor)).toContain(merged.blocks[0].anchor);
		expect(new Set(split.blocks.map((x) => x.anchor)).size).toBe(2);
	});

	it('ignores previous anchors that do not have the anchor format', () => {
		const evil: Block[] = [
			{ anchor: '"><script>alert(1)</script>', kind: 'p', text: 'Hallo Welt', position: 0 }
		];
		const { html, blocks } = renderChapter('Hallo Welt', evil);
		expect(blocks[0].anchor).toMatch(ANCHOR_PATTERN);
		expect(html).not.toContain('<script');
	});
});

describe('renderChapter: sanitising (XSS)', () => {
	const attacks: [string, string][] = [
		['script', 'Text <script>alert(1)</script> mehr'],
		['script block', '<script>\ndocument.cookie\n</script>\n\nAbsatz'],
		['img onerror', 'Bild <img src=x onerror=alert(1)> hier'],
		['img block', '<img src="x" onerror="alert(1)">'],
		['markdown image', '![x](javascript:alert(1))'],
		['javascript link', '[klick](javascript:alert(1))'],
		['JavaScript link, mixed case', '[klick](JaVaScRiPt:alert(1))'],
		['entity-obfuscated link', '<a href="jav&#x61;script:alert(1)">klick</a>'],
		['link with tab', '<a href="java\tscript:alert(1)">klick</a>'],
		['data link', '[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
		['vbscript link', '<a href="vbscript:msgbox(1)">klick</a>'],
		['iframe', '<iframe src="https://evil.example/"></iframe>\n\nText'],
		['iframe inline', 'Text <iframe srcdoc="<script>alert(1)</script>">inner</iframe>'],
		['style', '<style>body{display:none}</style>\n\nText'],
		['event handler on allowed tag', '<p onclick="alert(1)" onmouseover="alert(1)">Text</p>'],
		['svg', '<svg onload="alert(1)"><script>alert(1)</script></svg>'],
		['object', '<object data="x.swf"></object><embed src="x.swf">'],
		['form', '<form action="https://evil.example"><input name="p"><button>Senden</button></form>'],
		['autolink', '<javascript:alert(1)>'],
		['protocol relative', '<a href="//evil.example/">klick</a>'],
		['style attribute', '<p style="background:url(javascript:alert(1))">Text</p>'],
		['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
		['html comment', '<!-- <script>alert(1)</script> -->Text'],
		['target', '<a href="https://x.example" target="_blank" onclick="alert(1)">x</a>']
	];

	it.each(attacks)('%s: nothing dangerous survives', (_name, source) => {
		const { html } = renderChapter(source);
		const lower = html.toLowerCase();
		for (const bad of [
			'<script',
			'<img',
			'<iframe',
			'<style',
			'<svg',
			'<object',
			'<embed',
			'<form',
			'<input',
			'<meta',
			'onerror',
			'onclick',
			'onload',
			'onmouseover',
			'style=',
			'srcdoc',
			'target=',
			'//evil'
		])
			expect(lower, `${bad} in ${html}`).not.toContain(bad);
		expect(lower).not.toContain('alert(1)</script');
		// Whatever link survives points to http(s), mailto or a relative address.
		for (const [, href] of html.matchAll(/\shref="([^"]*)"/g))
			expect(href).toMatch(/^(https?:|mailto:|\/(?!\/)|#|[^:]*$)/i);
		expect(lower).not.toContain(' src=');
	});

	it('drops raw HTML id and data attributes that try to spoof anchors', () => {
		const source = [
			'<p id="a-aaaaaaaa" data-block="a-aaaaaaaa">Gefälschter Absatz</p>',
			'',
			'<div id="a-bbbbbbbb" data-block="a-bbbbbbbb" data-foo="x">Noch einer</div>',
			'',
			'Text mit <span id="a-cccccccc">Span</span> und <a href="#a-dddddddd" id="a-dddddddd" name="x">Link</a>.',
			'',
			'<h2 id="a-eeeeeeee">Titel</h2>'
		].join('\n');
		const { html, blocks } = renderChapter(source);
		for (const spoof of ['aaaaaaaa', 'bbbbbbbb', 'cccccccc', 'eeeeeeee']) expect(html).not.toContain(spoof);
		expect(html).not.toContain('data-foo');
		expect(html).not.toContain('name=');
		expect(ids(html)).toEqual(blocks.map((b) => b.anchor));
		expect(ids(html).filter((id) => id.startsWith('a-dddddddd'))).toEqual([]);
		// The div is dropped, its text stays (outside any block).
		expect(html).toContain('Noch einer');
		expect(blocks.map((b) => b.text)).toEqual(['Gefälschter Absatz', 'Text mit Span und Link.', 'Titel']);
	});

	it('keeps http, https, mailto and relative links with rel="noopener noreferrer"', () => {
		const { html } = renderChapter(
			'[a](http://example.org) [b](https://example.org/x?y=1&z=2) [c](mailto:wohnen@stadt.example) [d](/kapitel/3#a-k3x9q2mz) <a href="https://x.example" rel="opener">e</a>'
		);
		expect(html).toContain('<a href="http://example.org" rel="noopener noreferrer">a</a>');
		expect(html).toContain('<a href="https://example.org/x?y=1&amp;z=2" rel="noopener noreferrer">b</a>');
		expect(html).toContain('<a href="mailto:wohnen@stadt.example" rel="noopener noreferrer">c</a>');
		expect(html).toContain('<a href="/kapitel/3#a-k3x9q2mz" rel="noopener noreferrer">d</a>');
		expect(html).toContain('<a href="https://x.example" rel="noopener noreferrer">e</a>');
	});

	it('keeps the text of removed elements escaped, never as markup', () => {
		const { html, blocks } = renderChapter('Wert: <b>fett</b> &lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('&lt;script&gt;');
		expect(html).not.toContain('<b>');
		expect(blocks[0].text).toBe('Wert: fett <script>alert(1)</script>');
	});
});

describe('anchor helpers', () => {
	it('generates anchors of the documented format', () => {
		const many = Array.from({ length: 2000 }, () => randomAnchor());
		for (const a of many) expect(a).toMatch(ANCHOR_PATTERN);
		expect(new Set(many).size).toBe(many.length);
		expect(isAnchor('a-k3x9q2mz')).toBe(true);
		for (const bad of ['a-K3X9Q2MZ', 'a-k3x9q2m', 'b-k3x9q2mz', 'a-k3x9q2mz ', 42, null])
			expect(isAnchor(bad)).toBe(false);
	});
});

describe('renderChapter: performance', () => {
	function chapter(size: number): string {
		let out = '';
		for (let i = 1; out.length < size; i++) {
			out += `## 3.${i} Abschnitt ${i}\n\nDie Stadt will bis 2030 jährlich **800 neue Wohnungen** ermöglichen, davon ${20 + (i % 10)} Prozent öffentlich gefördert. Dafür werden Flächen im Stadtgebiet ${i} aktiviert und die [Wohnraumförderung](https://stadt.example/${i}) ausgebaut; Genossenschaften erhalten bevorzugt Grundstücke.\n\n- Maßnahme ${i}a: Konzeptvergabe\n- Maßnahme ${i}b: Erbbaurecht mit *Laufzeit* von 99 Jahren\n\n| Jahr | Ziel |\n|---|---|\n| ${2024 + i} | ${700 + i} |\n\n`;
		}
		return out;
	}

	it('renders a 20 KB chapter well within 200 ms, also with previous blocks', () => {
		const source = chapter(20_000);
		expect(source.length).toBeGreaterThanOrEqual(20_000);
		const warm = renderChapter(source);
		const edited = source.replace(/Prozent/g, 'Prozent der Wohnungen');
		let best = Infinity;
		let bestWithPrevious = Infinity;
		for (let i = 0; i < 3; i++) {
			let start = performance.now();
			renderChapter(source);
			best = Math.min(best, performance.now() - start);
			start = performance.now();
			renderChapter(edited, warm.blocks);
			bestWithPrevious = Math.min(bestWithPrevious, performance.now() - start);
		}
		expect(best).toBeLessThan(200);
		expect(bestWithPrevious).toBeLessThan(200);
	});

	it.each([
		['unclosed brackets', '['.repeat(20_000)],
		['asterisks', '*'.repeat(20_000)],
		['backticks', '`'.repeat(10_000)],
		['unclosed links', '[a](b'.repeat(4_000)],
		['unclosed tags', '<div>'.repeat(5_000)],
		['deeply nested quotes', '> '.repeat(500) + 'x'],
		['entity starts', '&#'.repeat(10_000)],
		['less-than signs', '<'.repeat(20_000)],
		['alternating emphasis', '*a **b '.repeat(3_000)]
	])('does not hang on %s', (_name, source) => {
		const start = performance.now();
		renderChapter(source);
		expect(performance.now() - start).toBeLessThan(2_000);
	});
});
