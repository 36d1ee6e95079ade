import { describe, expect, it } from 'vitest';
import {
	containment,
	matchBlocks,
	normalizeText,
	similarity,
	type AnchorBlock,
	type BlockMatch
} from '../../src/lib/server/modules/document/anchoring';

// Paragraphs of a (fictitious) Handlungskonzept Wohnen, 30–80 words each.
const P = {
	mieten:
		'Die Stadt verzeichnet seit 2015 einen deutlichen Anstieg der Angebotsmieten. Besonders betroffen sind kleine Wohnungen in den innenstadtnahen Quartieren, in denen die Nettokaltmiete bei Neuvermietung inzwischen über neun Euro je Quadratmeter liegt. Haushalte mit geringem Einkommen finden dort kaum noch eine bezahlbare Wohnung.',
	quote:
		'Bei allen Neubauvorhaben ab 20 Wohneinheiten auf städtischen Flächen oder mit neuem Bebauungsplan sollen künftig mindestens 30 Prozent der Wohnungen öffentlich gefördert werden. Die Quote gilt auch für Projekte, die in mehreren Bauabschnitten umgesetzt werden, und wird im städtebaulichen Vertrag verbindlich vereinbart.',
	grundstuecke:
		'Städtische Grundstücke werden nicht mehr ausschließlich zum Höchstpreis verkauft, sondern vorrangig im Erbbaurecht oder nach Konzeptvergabe an Genossenschaften, Baugruppen und gemeinwohlorientierte Träger vergeben. Bewertet werden dabei insbesondere die Miethöhe, die Zahl geförderter Wohnungen, die soziale Mischung und der ökologische Standard des Vorhabens.',
	leerstand:
		'Im Wohnungsbestand will die Stadt gemeinsam mit der Wohnungswirtschaft den Leerstand abbauen. Eigentümerinnen und Eigentümer von leerstehenden Gebäuden werden gezielt angesprochen und über Förderprogramme für Modernisierung und barrierearmen Umbau beraten. Wo Gebäude dauerhaft verwahrlosen, prüft die Verwaltung die Instrumente des Wohnraumstärkungsgesetzes.',
	studierende:
		'Für Studierende und Auszubildende fehlt es vor allem in der Nähe der Hochschulen an kleinen, günstigen Apartments. Die Stadt unterstützt deshalb das Akademische Förderungswerk bei der Suche nach geeigneten Flächen und prüft, ob leerstehende Büroimmobilien in der Innenstadt zu Wohnheimen umgebaut werden können.',
	monitoring:
		'Die Umsetzung der Maßnahmen wird in einem jährlichen Wohnungsmarktbericht dokumentiert. Der Bericht enthält Kennzahlen zu Baufertigstellungen, Mietentwicklung, Bestand an gebundenen Wohnungen und Wohnungslosigkeit und wird dem Ausschuss für Planung und Grundstücke sowie der Öffentlichkeit vorgestellt.'
};

/** Completely different content on the same subject (shares much of the vocabulary). */
const REWRITE =
	'Zur Beschleunigung der Genehmigungsverfahren richtet die Bauverwaltung eine zentrale Anlaufstelle für Wohnungsbauvorhaben ein. Anträge sollen vollständig digital eingereicht werden können, und für geförderte Wohnungen gilt eine verbindliche Bearbeitungsfrist von drei Monaten nach Eingang aller Unterlagen bei der Stadt.';

const INSERTED =
	'Wohnungslose Menschen sollen nach dem Ansatz Housing First eine eigene Wohnung mit regulärem Mietvertrag erhalten. Die Stadt mietet dafür Wohnungen an und stellt gemeinsam mit freien Trägern eine begleitende Beratung sicher, die freiwillig ist und nicht Voraussetzung für den Einzug.';

type Key = keyof typeof P;
const KEYS = Object.keys(P) as Key[];

function oldVersion(): AnchorBlock[] {
	return KEYS.map((key) => ({ anchor: `old-${key}`, kind: 'p', text: P[key] }));
}

function block(anchor: string, text: string, kind = 'p'): AnchorBlock {
	return { anchor, kind, text };
}

function expectMatch(map: Map<string, BlockMatch>, oldAnchor: string, newAnchor: string, how?: string) {
	const match = map.get(oldAnchor);
	expect(match, `${oldAnchor} should map to ${newAnchor}`).toBeDefined();
	expect(match!.anchor).toBe(newAnchor);
	if (how) expect(match!.how).toBe(how);
}

describe('normalizeText', () => {
	it('ignores case, punctuation, whitespace and soft hyphens', () => {
		expect(normalizeText('  Wohnraum-Versorgung,\n 30 %!  ')).toBe('wohnraum versorgung 30');
		expect(normalizeText('Woh\u00adnungs\u00adbau')).toBe('wohnungsbau');
		expect(normalizeText('„Bezahlbar“ – für alle.')).toBe(normalizeText('bezahlbar für ALLE'));
		expect(normalizeText('2,5 Prozent')).not.toBe(normalizeText('25 Prozent'));
	});
});

describe('similarity measure (word-bigram Dice)', () => {
	it('separates light edits from rewrites with a wide margin around the 0.5 threshold', () => {
		const typo = P.mieten.replace('verzeichnet', 'verzeichent');
		const number = P.quote.replace('30 Prozent', '25 Prozent');
		const sentenceAdded = P.leerstand + ' Dazu wird eine Leerstandsdatenbank aufgebaut.';
		expect(similarity(P.mieten, typo)).toBeGreaterThan(0.9);
		expect(similarity(P.quote, number)).toBeGreaterThan(0.9);
		expect(similarity(P.leerstand, sentenceAdded)).toBeGreaterThan(0.8);
		// Unrelated paragraphs of the same concept share words, but hardly any word pairs.
		for (const a of [...KEYS.map((k) => P[k])])
			for (const b of [REWRITE, INSERTED]) expect(similarity(a, b)).toBeLessThan(0.2);
		for (const a of KEYS) for (const b of KEYS) if (a !== b) expect(similarity(P[a], P[b])).toBeLessThan(0.2);
	});

	it('measures containment as the share of the first text found in the second', () => {
		const [first] = P.grundstuecke.split('. ');
		expect(containment(first, P.grundstuecke)).toBeGreaterThan(0.9);
		expect(containment(P.grundstuecke, first)).toBeLessThan(0.6);
		expect(containment('', P.quote)).toBe(0);
	});
});

describe('matchBlocks on realistic edits', () => {
	it('maps unchanged paragraphs as "same"', () => {
		const old = oldVersion();
		const next = KEYS.map((key) => block(`new-${key}`, P[key]));
		const map = matchBlocks(old, next);
		for (const key of KEYS) {
			expectMatch(map, `old-${key}`, `new-${key}`, 'same');
			expect(map.get(`old-${key}`)!.score).toBe(1);
		}
	});

	it('treats changes of case, punctuation and whitespace as "same"', () => {
		const map = matchBlocks(
			[block('o', P.quote)],
			[block('n', P.quote.replace(/\s+/g, '  ').replace('Die Quote', 'die Quote').replace(/\.$/, ''))]
		);
		expectMatch(map, 'o', 'n', 'same');
	});

	it('keeps a paragraph with a fixed typo as "similar"', () => {
		const old = oldVersion().map((b) =>
			b.anchor === 'old-mieten' ? { ...b, text: P.mieten.replace('verzeichnet', 'verzeichent') } : b
		);
		const next = KEYS.map((key) => block(`new-${key}`, P[key]));
		const map = matchBlocks(old, next);
		expectMatch(map, 'old-mieten', 'new-mieten', 'similar');
		expect(map.get('old-mieten')!.score).toBeGreaterThan(0.9);
		expectMatch(map, 'old-quote', 'new-quote', 'same');
	});

	it('keeps a paragraph whose numbers changed ("30 Prozent" → "25 Prozent")', () => {
		const next = KEYS.map((key) =>
			block(
				`new-${key}`,
				key === 'quote' ? P.quote.replace('30 Prozent', '25 Prozent').replace('20', '50') : P[key]
			)
		);
		const map = matchBlocks(oldVersion(), next);
		expectMatch(map, 'old-quote', 'new-quote', 'similar');
		expect(map.get('old-quote')!.via).toBeUndefined();
	});

	it('lets every paragraph follow its text when paragraphs are reordered', () => {
		const order: Key[] = ['grundstuecke', 'mieten', 'monitoring', 'quote', 'studierende', 'leerstand'];
		const next = order.map((key) =>
			block(`new-${key}`, key === 'leerstand' ? P.leerstand.replace('gezielt', 'persönlich') : P[key])
		);
		const map = matchBlocks(oldVersion(), next);
		for (const key of KEYS)
			expectMatch(map, `old-${key}`, `new-${key}`, key === 'leerstand' ? 'similar' : 'same');
	});

	it('maps a paragraph that was split in two to one of the parts', () => {
		const [first, second] = P.grundstuecke.split(/(?<=\.) /);
		const next = [
			block('new-mieten', P.mieten),
			block('new-split-1', first),
			block('new-split-2', second),
			block('new-quote', P.quote)
		];
		const map = matchBlocks(oldVersion(), next);
		const target = map.get('old-grundstuecke');
		expect(['new-split-1', 'new-split-2']).toContain(target?.anchor);
		expect(target!.how).toBe('similar');
		// The part that holds more of the old text wins.
		const bigger = first.length >= second.length ? 'new-split-1' : 'new-split-2';
		expect(target!.anchor).toBe(bigger);
	});

	it('maps a paragraph split in four (each part alone too small for Dice) via containment', () => {
		const keys: Key[] = ['mieten', 'quote', 'grundstuecke', 'leerstand'];
		const long = keys.map((key) => P[key]).join(' ');
		const next = keys.map((key) => block(`part-${key}`, P[key].replace(/\.$/, ' (neu gefasst).')));
		for (const part of next) expect(similarity(long, part.text)).toBeLessThan(0.5);
		const match = matchBlocks([block('old-long', long)], next).get('old-long');
		expect(match?.via).toBe('split');
		expect(match?.how).toBe('similar');
		// The part holding the largest share of the old text wins.
		const shares = next.map((part) => containment(long, part.text));
		expect(match?.anchor).toBe(next[shares.indexOf(Math.max(...shares))].anchor);
		expect(match?.score).toBeCloseTo(Math.max(...shares));
	});

	it('maps two merged paragraphs both to the merged one', () => {
		const merged = `${P.studierende} Außerdem gilt: ${P.monitoring}`;
		const next = [
			block('new-mieten', P.mieten),
			block('new-quote', P.quote),
			block('new-grundstuecke', P.grundstuecke),
			block('new-leerstand', P.leerstand),
			block('new-merged', merged)
		];
		const map = matchBlocks(oldVersion(), next);
		expectMatch(map, 'old-studierende', 'new-merged', 'similar');
		expectMatch(map, 'old-monitoring', 'new-merged', 'similar');
		expectMatch(map, 'old-mieten', 'new-mieten', 'same');
	});

	it('maps three merged paragraphs all to the merged one', () => {
		const merged = `${P.mieten} ${P.quote} ${P.grundstuecke}`;
		const map = matchBlocks(oldVersion(), [block('merged', merged)]);
		for (const key of ['mieten', 'quote', 'grundstuecke'])
			expectMatch(map, `old-${key}`, 'merged', 'similar');
		for (const key of ['leerstand', 'studierende', 'monitoring']) expect(map.has(`old-${key}`)).toBe(false);
	});

	it('leaves a deleted paragraph unmatched', () => {
		const next = KEYS.filter((key) => key !== 'leerstand').map((key) => block(`new-${key}`, P[key]));
		const map = matchBlocks(oldVersion(), next);
		expect(map.has('old-leerstand')).toBe(false);
		expect(map.size).toBe(KEYS.length - 1);
	});

	it('leaves a completely rewritten paragraph unmatched', () => {
		const next = KEYS.map((key) => block(`new-${key}`, key === 'leerstand' ? REWRITE : P[key]));
		const map = matchBlocks(oldVersion(), next);
		expect(map.has('old-leerstand')).toBe(false);
		expect([...map.values()].map((m) => m.anchor)).not.toContain('new-leerstand');
	});

	it('gives a newly inserted paragraph no old anchor', () => {
		const next = KEYS.map((key) => block(`new-${key}`, P[key]));
		next.splice(2, 0, block('new-inserted', INSERTED));
		const map = matchBlocks(oldVersion(), next);
		expect([...map.values()].map((m) => m.anchor)).not.toContain('new-inserted');
		for (const key of KEYS) expectMatch(map, `old-${key}`, `new-${key}`, 'same');
	});

	it('handles a realistic revision with several kinds of edits at once', () => {
		const next = [
			block('n1', P.mieten.replace('seit 2015', 'seit dem Jahr 2015')),
			block('n2', INSERTED),
			block('n3', P.quote.replace('30 Prozent', '25 Prozent')),
			block('n4', P.monitoring),
			block('n5', REWRITE),
			block(
				'n6',
				P.grundstuecke.replace('Genossenschaften, Baugruppen', 'Genossenschaften, Stiftungen, Baugruppen')
			)
		];
		const map = matchBlocks(oldVersion(), next);
		expectMatch(map, 'old-mieten', 'n1', 'similar');
		expectMatch(map, 'old-quote', 'n3', 'similar');
		expectMatch(map, 'old-grundstuecke', 'n6', 'similar');
		expectMatch(map, 'old-monitoring', 'n4', 'same');
		expect(map.has('old-leerstand')).toBe(false);
		expect(map.has('old-studierende')).toBe(false);
	});
});

describe('matchBlocks details', () => {
	it('prefers the same relative position among identical paragraphs', () => {
		const same = 'Die Maßnahme wird im Rahmen des Wohnungsmarktberichts jährlich überprüft.';
		const old = [block('o1', P.mieten), block('o2', same), block('o3', P.quote), block('o4', same)];
		const next = [block('n1', P.mieten), block('n2', same), block('n3', P.quote), block('n4', same)];
		const map = matchBlocks(old, next);
		expectMatch(map, 'o2', 'n2', 'same');
		expectMatch(map, 'o4', 'n4', 'same');
		// Only one copy left: the old copy at the closer relative position takes it as 'same'; the other
		// copy's text is still wholly contained in it, so it is absorbed like a merged paragraph.
		const map2 = matchBlocks(old, [block('n1', P.mieten), block('n3', P.quote), block('n4', same)]);
		expectMatch(map2, 'o4', 'n4', 'same');
		expect(map2.get('o2')).toMatchObject({ anchor: 'n4', how: 'similar', via: 'merge' });
		const map3 = matchBlocks(old, [block('n1', P.mieten), block('n2', same), block('n3', P.quote)]);
		expectMatch(map3, 'o2', 'n2', 'same');
	});

	it('matches only blocks of the same kind', () => {
		const map = matchBlocks([block('o', P.quote, 'p')], [block('n', P.quote, 'li')]);
		expect(map.size).toBe(0);
		const map2 = matchBlocks(
			[block('o', P.quote, 'p')],
			[block('n', P.quote, 'li'), block('m', P.quote, 'p')]
		);
		expectMatch(map2, 'o', 'm', 'same');
		// Without kinds everything is comparable.
		expectMatch(
			matchBlocks([{ anchor: 'o', text: P.quote }], [{ anchor: 'n', text: P.quote }]),
			'o',
			'n',
			'same'
		);
	});

	it('honours the threshold option', () => {
		const edited = P.leerstand.replace('gemeinsam mit der Wohnungswirtschaft', 'im Dialog mit Vermietern');
		const score = similarity(P.leerstand, edited);
		expect(score).toBeGreaterThan(0.5);
		expect(matchBlocks([block('o', P.leerstand)], [block('n', edited)]).get('o')?.how).toBe('similar');
		expect(matchBlocks([block('o', P.leerstand)], [block('n', edited)], { threshold: 0.99 }).has('o')).toBe(
			false
		);
	});

	it('copes with empty input and short blocks', () => {
		expect(matchBlocks([], []).size).toBe(0);
		expect(matchBlocks([block('o', P.quote)], []).size).toBe(0);
		expect(matchBlocks([], [block('n', P.quote)]).size).toBe(0);
		const map = matchBlocks(
			[
				block('o1', 'Wohnen im Quartier Hustadt', 'li'),
				block('o2', 'Bochum-Mitte', 'li'),
				block('o3', '', 'li'),
				block('o4', 'Wattenscheid', 'li')
			],
			[
				block('n1', 'Bochum Mitte', 'li'),
				block('n2', 'Wohnen im Quartier Hustadt stärken', 'li'),
				block('n3', '', 'li'),
				block('n4', 'Wattenscheid-Mitte', 'li')
			]
		);
		expectMatch(map, 'o2', 'n1', 'same');
		expectMatch(map, 'o3', 'n3', 'same');
		expectMatch(map, 'o1', 'n2', 'similar');
		// A one-word item that gains a word keeps one of its two bigrams: 0.4, below the threshold.
		expect(similarity('Wattenscheid', 'Wattenscheid-Mitte')).toBeCloseTo(0.4);
		expect(map.has('o4')).toBe(false);
	});

	it('does not attach a deleted paragraph to a short new paragraph made of its words', () => {
		const map = matchBlocks(
			[block('o', P.grundstuecke)],
			[block('n1', 'Städtische Grundstücke werden nicht mehr verkauft.'), block('n2', INSERTED)]
		);
		expect(map.has('o')).toBe(false);
	});
});

describe('matchBlocks properties', () => {
	// Small deterministic PRNG (mulberry32) so failures are reproducible.
	function rng(seed: number) {
		return () => {
			seed |= 0;
			seed = (seed + 0x6d2b79f5) | 0;
			let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
	}
	const pool = [...KEYS.map((k) => P[k]), REWRITE, INSERTED];
	const words = pool.join(' ').split(/\s+/);

	function mutate(text: string, random: () => number): string {
		const tokens = text.split(' ');
		const edits = Math.floor(random() * 6);
		for (let i = 0; i < edits; i++) {
			const at = Math.floor(random() * tokens.length);
			const op = random();
			if (op < 0.33) tokens.splice(at, 1);
			else if (op < 0.66) tokens.splice(at, 0, words[Math.floor(random() * words.length)]);
			else tokens[at] = tokens[at].toUpperCase();
		}
		return tokens.join(' ');
	}

	function randomVersion(random: () => number): { old: AnchorBlock[]; next: AnchorBlock[] } {
		const kinds = ['p', 'li'];
		const old = Array.from({ length: 3 + Math.floor(random() * 8) }, (_, i) =>
			block(`o${i}`, pool[Math.floor(random() * pool.length)], kinds[Math.floor(random() * 2)])
		);
		const next: AnchorBlock[] = [];
		old.forEach((b, i) => {
			const op = random();
			if (op < 0.15) return; // deleted
			if (op < 0.25) next.push(block(`x${i}`, pool[Math.floor(random() * pool.length)], b.kind)); // inserted
			if (op < 0.35) {
				const [a, ...rest] = b.text.split(/(?<=\.) /);
				next.push(block(`s${i}`, a, b.kind));
				if (rest.length) next.push(block(`t${i}`, rest.join(' '), b.kind));
				return;
			}
			next.push(block(`n${i}`, op < 0.7 ? b.text : mutate(b.text, random), b.kind));
		});
		if (random() < 0.5) next.reverse();
		return { old, next };
	}

	it('only ever points to existing new blocks, keeps kinds, and uses "same" only for equal text', () => {
		for (let seed = 1; seed <= 300; seed++) {
			const random = rng(seed);
			const { old, next } = randomVersion(random);
			const map = matchBlocks(old, next);
			const newByAnchor = new Map(next.map((b) => [b.anchor, b]));
			const oldByAnchor = new Map(old.map((b) => [b.anchor, b]));
			const oneToOneTargets = new Set<string>();
			for (const [oldAnchor, match] of map) {
				const o = oldByAnchor.get(oldAnchor);
				const n = newByAnchor.get(match.anchor);
				expect(o, `seed ${seed}`).toBeDefined();
				expect(n, `seed ${seed}`).toBeDefined();
				expect(n!.kind).toBe(o!.kind);
				expect(match.score).toBeGreaterThan(0);
				expect(match.score).toBeLessThanOrEqual(1);
				if (match.how === 'same') {
					expect(normalizeText(n!.text), `seed ${seed}`).toBe(normalizeText(o!.text));
					expect(match.score).toBe(1);
				} else {
					expect(match.score).toBeLessThan(1.0000001);
				}
				if (!match.via) {
					expect(oneToOneTargets.has(match.anchor), `seed ${seed}: one-to-one`).toBe(false);
					oneToOneTargets.add(match.anchor);
				}
			}
			// Deterministic.
			expect([...matchBlocks(old, next)]).toEqual([...map]);
		}
	});

	it('maps every block of an unchanged version to itself as "same"', () => {
		for (let seed = 1; seed <= 50; seed++) {
			const { old } = randomVersion(rng(seed));
			const copy = old.map((b) => ({ ...b, anchor: `copy-${b.anchor}` }));
			const map = matchBlocks(old, copy);
			for (const b of old) expectMatch(map, b.anchor, `copy-${b.anchor}`, 'same');
		}
	});

	it('is fast enough for long chapters', () => {
		const random = rng(7);
		const old = Array.from({ length: 300 }, (_, i) => block(`o${i}`, mutate(pool[i % pool.length], random)));
		const next = old.map((b, i) => block(`n${i}`, mutate(b.text, random)));
		const start = performance.now();
		matchBlocks(old, next);
		expect(performance.now() - start).toBeLessThan(500);
	});
});
