import { describe, expect, it } from 'vitest';
import { diffChapters, wordDiff, type DiffPart } from '../../src/lib/server/modules/document/diff';
import type { Block } from '../../src/lib/server/modules/document/markdown';

const oldSide = (parts: DiffPart[]) =>
	parts
		.filter((p) => p.type !== 'added')
		.map((p) => p.text)
		.join('');
const newSide = (parts: DiffPart[]) =>
	parts
		.filter((p) => p.type !== 'removed')
		.map((p) => p.text)
		.join('');
const show = (parts: DiffPart[]) =>
	parts
		.map((p) => (p.type === 'same' ? p.text : p.type === 'added' ? `{+${p.text}+}` : `[-${p.text}-]`))
		.join('');

const QUOTE =
	'Bei allen Neubauvorhaben ab 20 Wohneinheiten sollen künftig mindestens 30 Prozent der Wohnungen öffentlich gefördert werden. Die Quote wird im städtebaulichen Vertrag verbindlich vereinbart.';
const MIETEN =
	'Die Stadt verzeichnet seit 2015 einen deutlichen Anstieg der Angebotsmieten. Besonders betroffen sind kleine Wohnungen in den innenstadtnahen Quartieren, in denen die Nettokaltmiete bei Neuvermietung inzwischen über neun Euro je Quadratmeter liegt.';
const GRUND =
	'Städtische Grundstücke werden nicht mehr ausschließlich zum Höchstpreis verkauft, sondern vorrangig im Erbbaurecht oder nach Konzeptvergabe an Genossenschaften, Baugruppen und gemeinwohlorientierte Träger vergeben.';
const LEER =
	'Im Wohnungsbestand will die Stadt gemeinsam mit der Wohnungswirtschaft den Leerstand abbauen. Eigentümerinnen und Eigentümer leerstehender Gebäude werden gezielt angesprochen und über Förderprogramme beraten.';
const NEU =
	'Wohnungslose Menschen sollen nach dem Ansatz Housing First eine eigene Wohnung mit regulärem Mietvertrag erhalten. Die Stadt mietet dafür Wohnungen an und sichert eine freiwillige Beratung durch freie Träger.';

function blocks(prefix: string, texts: (string | [Block['kind'], string])[]): Block[] {
	return texts.map((t, position) => {
		const [kind, text] = typeof t === 'string' ? ['p' as const, t] : t;
		return { anchor: `${prefix}${position}`, kind, text, position };
	});
}

describe('wordDiff', () => {
	it('marks changed words and keeps the rest', () => {
		const parts = wordDiff(QUOTE, QUOTE.replace('30 Prozent', '25 Prozent'));
		expect(parts).toEqual([
			{ type: 'same', text: 'Bei allen Neubauvorhaben ab 20 Wohneinheiten sollen künftig mindestens ' },
			{ type: 'removed', text: '30' },
			{ type: 'added', text: '25' },
			{
				type: 'same',
				text: ' Prozent der Wohnungen öffentlich gefördert werden. Die Quote wird im städtebaulichen Vertrag verbindlich vereinbart.'
			}
		]);
	});

	it('shows a replaced phrase as one change instead of word-by-word', () => {
		const parts = wordDiff(
			'Die Stadt strebt an, dass gebaut wird.',
			'Die Stadt legt fest, dass gebaut wird.'
		);
		expect(show(parts)).toBe('Die Stadt [-strebt an-]{+legt fest+}, dass gebaut wird.');
	});

	it('handles insertions, deletions and identical texts', () => {
		expect(show(wordDiff('Die Stadt baut.', 'Die Stadt baut schnell.'))).toBe('Die Stadt baut{+ schnell+}.');
		expect(show(wordDiff('Die Stadt baut schnell.', 'Die Stadt baut.'))).toBe('Die Stadt baut[- schnell-].');
		expect(wordDiff(QUOTE, QUOTE)).toEqual([{ type: 'same', text: QUOTE }]);
		expect(wordDiff('', '')).toEqual([]);
		expect(wordDiff('', 'neu')).toEqual([{ type: 'added', text: 'neu' }]);
		expect(wordDiff('alt', '')).toEqual([{ type: 'removed', text: 'alt' }]);
	});

	it('treats umlauts and ß as word characters', () => {
		expect(show(wordDiff('Förderung für Straßen', 'Förderung für Plätze'))).toBe(
			'Förderung für [-Straßen-]{+Plätze+}'
		);
	});

	it('never has two adjacent parts of the same type or empty parts, and reproduces both texts exactly', () => {
		const pairs: [string, string][] = [
			[QUOTE, QUOTE.replace('30 Prozent', '25 Prozent').replace('verbindlich ', '')],
			[MIETEN, MIETEN.replace('seit 2015', 'seit dem Jahr 2015').replace('neun', 'zehn')],
			[GRUND, LEER],
			[LEER, `${LEER} Dazu wird eine Leerstandsdatenbank aufgebaut.`],
			['a  b\tc\nd', 'a b c d'],
			['<script>alert(1)</script>', '<b>fett</b>']
		];
		for (const [a, b] of pairs) {
			const parts = wordDiff(a, b);
			expect(oldSide(parts)).toBe(a);
			expect(newSide(parts)).toBe(b);
			for (let i = 0; i < parts.length; i++) {
				expect(parts[i].text).not.toBe('');
				if (i > 0) expect(parts[i].type).not.toBe(parts[i - 1].type);
			}
		}
	});

	it('returns markup as plain text for the caller to escape', () => {
		const parts = wordDiff('Text', 'Text <img src=x onerror=alert(1)>');
		expect(newSide(parts)).toBe('Text <img src=x onerror=alert(1)>');
	});
});

describe('diffChapters', () => {
	it('lists same, changed, added and removed blocks in the order of the new version', () => {
		const old = blocks('o', [['h', '3.1 Bezahlbarer Wohnraum'], MIETEN, QUOTE, LEER, GRUND]);
		const next = blocks('n', [
			['h', '3.1 Bezahlbarer Wohnraum'],
			MIETEN,
			NEU,
			QUOTE.replace('30 Prozent', '25 Prozent'),
			GRUND
		]);
		const result = diffChapters(old, next);
		expect(result.map((r) => [r.kind, r.oldAnchor, r.newAnchor])).toEqual([
			['same', 'o0', 'n0'],
			['same', 'o1', 'n1'],
			['added', undefined, 'n2'],
			['changed', 'o2', 'n3'],
			['removed', 'o3', undefined],
			['same', 'o4', 'n4']
		]);
		expect(result[1].parts).toEqual([{ type: 'same', text: MIETEN }]);
		expect(result[2].parts).toEqual([{ type: 'added', text: NEU }]);
		expect(show(result[3].parts)).toContain('mindestens [-30-]{+25+} Prozent');
		expect(result[4].parts).toEqual([{ type: 'removed', text: LEER }]);
	});

	it('places removed blocks after their predecessor, and at the start when they have none', () => {
		const old = blocks('o', [LEER, MIETEN, GRUND, QUOTE]);
		const next = blocks('n', [MIETEN, QUOTE]);
		const result = diffChapters(old, next);
		expect(result.map((r) => [r.kind, r.oldAnchor ?? r.newAnchor])).toEqual([
			['removed', 'o0'],
			['same', 'o1'],
			['removed', 'o2'],
			['same', 'o3']
		]);
	});

	it('keeps consecutive removed blocks in their old order', () => {
		const old = blocks('o', [MIETEN, QUOTE, LEER, GRUND]);
		const next = blocks('n', [MIETEN]);
		expect(diffChapters(old, next).map((r) => r.oldAnchor)).toEqual(['o0', 'o1', 'o2', 'o3']);
		expect(diffChapters(old, []).every((r) => r.kind === 'removed')).toBe(true);
		expect(diffChapters([], next)).toEqual([
			{ kind: 'added', newAnchor: 'n0', parts: [{ type: 'added', text: MIETEN }] }
		]);
	});

	it('follows reordered paragraphs', () => {
		const old = blocks('o', [MIETEN, QUOTE, GRUND]);
		const next = blocks('n', [GRUND, MIETEN, QUOTE]);
		expect(diffChapters(old, next).map((r) => [r.kind, r.oldAnchor, r.newAnchor])).toEqual([
			['same', 'o2', 'n0'],
			['same', 'o0', 'n1'],
			['same', 'o1', 'n2']
		]);
	});

	it('reports punctuation or case changes as changed, not same', () => {
		const old = blocks('o', [QUOTE]);
		const next = blocks('n', [QUOTE.replace('Die Quote', 'die Quote')]);
		const [entry] = diffChapters(old, next);
		expect(entry.kind).toBe('changed');
		expect(show(entry.parts)).toContain('[-Die-]{+die+} Quote');
	});

	it('compares a merged paragraph with the joined old paragraphs', () => {
		const old = blocks('o', [MIETEN, QUOTE, GRUND]);
		const merged = `${MIETEN} ${QUOTE.replace('künftig ', '')}`;
		const next = blocks('n', [merged, GRUND]);
		const result = diffChapters(old, next);
		expect(result).toHaveLength(2);
		expect(result[0]).toMatchObject({ kind: 'changed', newAnchor: 'n0', oldAnchors: ['o0', 'o1'] });
		expect(['o0', 'o1']).toContain(result[0].oldAnchor);
		expect(oldSide(result[0].parts)).toBe(`${MIETEN} ${QUOTE}`);
		expect(newSide(result[0].parts)).toBe(merged);
		expect(show(result[0].parts)).toContain('sollen [-künftig -]mindestens');
	});

	it('shows a split paragraph as one changed part and one added part', () => {
		const [first, second] = MIETEN.split(/(?<=\.) /);
		const result = diffChapters(blocks('o', [MIETEN]), blocks('n', [first, second]));
		expect(result.map((r) => r.kind).sort()).toEqual(['added', 'changed']);
		const changed = result.find((r) => r.kind === 'changed')!;
		expect(changed.oldAnchor).toBe('o0');
		expect(oldSide(changed.parts)).toBe(MIETEN);
	});

	it('does not pair blocks of different kinds', () => {
		const result = diffChapters(blocks('o', [['p', QUOTE]]), blocks('n', [['li', QUOTE]]));
		expect(result.map((r) => r.kind)).toEqual(['removed', 'added']); // no predecessor: removed comes first
	});
});
