// Input checks of the map module: the pins API's bounding box and zoom, pin texts, cursors, colours,
// CSV fields of the open data.
import { describe, expect, it } from 'vitest';
import {
	checkPinText,
	contrastWithWhite,
	filterValue,
	MAX_BBOX_AREA,
	parseBbox,
	parseColor,
	parseCursor,
	parseZoom,
	shorten
} from '../../src/lib/server/modules/map/input';
import {
	DEFAULT_CATEGORIES,
	MIN_CONTRAST,
	checkCategory
} from '../../src/lib/server/modules/map/categories.service';
import { csvField } from '../../src/lib/server/modules/map/opendata';
import { simplify } from '../../src/lib/server/modules/map/outlines';

const CITY = '7.1021,51.4105,7.3493,51.5314';

describe('parseBbox', () => {
	it('accepts the city and smaller boxes', () => {
		expect(parseBbox(CITY)).toEqual({ ok: true, bbox: [7.1021, 51.4105, 7.3493, 51.5314] });
		expect(parseBbox(' 7.25 , 51.45 , 7.27 , 51.46 ')).toMatchObject({ ok: true });
		expect(parseBbox('-1,-1,1,1', 10)).toMatchObject({ ok: true });
	});
	it.each([
		[null, 'bbox_missing'],
		['', 'bbox_missing'],
		['7.1,51.4,7.3', 'bbox_invalid'],
		['7.1,51.4,7.3,51.5,1', 'bbox_invalid'],
		['a,b,c,d', 'bbox_invalid'],
		['NaN,51.4,7.3,51.5', 'bbox_invalid'],
		['Infinity,51.4,7.3,51.5', 'bbox_invalid'],
		['1e1,51.4,7.3,51.5', 'bbox_invalid'],
		['0x10,51.4,7.3,51.5', 'bbox_invalid'],
		['7.3,51.4,7.1,51.5', 'bbox_inverted'],
		['7.1,51.5,7.3,51.4', 'bbox_inverted'],
		['7.1,51.4,7.1,51.5', 'bbox_inverted'],
		['-181,51.4,7.3,51.5', 'bbox_range'],
		['7.1,51.4,7.3,91', 'bbox_range'],
		['6,51,8,52', 'bbox_too_large'],
		['-180,-90,180,90', 'bbox_too_large']
	])('refuses %s with %s', (raw, reason) => {
		expect(parseBbox(raw)).toEqual({ ok: false, reason });
	});
	it('allows twice the city area, not more', () => {
		expect(MAX_BBOX_AREA).toBeGreaterThan(0.059);
		expect(parseBbox('7.0,51.38,7.45,51.56')).toEqual({ ok: false, reason: 'bbox_too_large' });
	});
});

describe('parseZoom', () => {
	it('takes integers 0–20 only', () => {
		expect(parseZoom('0')).toBe(0);
		expect(parseZoom('12')).toBe(12);
		expect(parseZoom('20')).toBe(20);
		for (const bad of [null, '', '21', '-1', '12.5', 'abc', '1e1', ' ']) expect(parseZoom(bad)).toBeNull();
	});
});

describe('pin text', () => {
	it('is trimmed, required and at most 1,000 characters', () => {
		expect(checkPinText('  Zu wenig Grün  ')).toEqual({ ok: true, body: 'Zu wenig Grün' });
		expect(checkPinText('   ')).toEqual({ ok: false, reason: 'pin_empty' });
		expect(checkPinText(undefined)).toEqual({ ok: false, reason: 'pin_empty' });
		expect(checkPinText('x'.repeat(1000))).toMatchObject({ ok: true });
		expect(checkPinText('x'.repeat(1001))).toEqual({ ok: false, reason: 'pin_too_long' });
		// Characters, not UTF-16 units: 1,000 emoji are fine.
		expect(checkPinText('🌳'.repeat(1000))).toMatchObject({ ok: true });
		expect(checkPinText('a\u0000b')).toEqual({ ok: true, body: 'ab' });
	});
	it('is shortened to 140 characters at a word for the map', () => {
		const long = 'Wort '.repeat(60);
		const s = shorten(long);
		expect(s.length).toBeLessThanOrEqual(140);
		expect(s.endsWith('…')).toBe(true);
		expect(shorten('kurz\n\ntext')).toBe('kurz text');
	});
});

describe('filters and cursors', () => {
	it('accepts slugs and keys only', () => {
		expect(filterValue('gruen')).toBe('gruen');
		expect(filterValue('suedwest')).toBe('suedwest');
		expect(filterValue('Grün')).toBe('');
		expect(filterValue('a b')).toBe('');
		expect(filterValue(null)).toBe('');
	});
	it('parses keyset cursors', () => {
		const id = '0b7c3a52-5c55-4d2e-9a3f-0e5b5b8f1c11';
		expect(parseCursor(`1700000000000_${id}`)).toEqual({ n: 1700000000000, id });
		expect(parseCursor('1_x')).toBeNull();
		expect(parseCursor("1_' or 1=1")).toBeNull();
	});
});

describe('category colours', () => {
	it('every default colour has 4.5:1 against white', () => {
		for (const c of DEFAULT_CATEGORIES)
			expect(contrastWithWhite(c.color)).toBeGreaterThanOrEqual(MIN_CONTRAST);
		expect(new Set(DEFAULT_CATEGORIES.map((c) => c.color)).size).toBe(DEFAULT_CATEGORIES.length);
	});
	it('refuses malformed and light colours', () => {
		expect(parseColor('#A4262C')).toBe('#a4262c');
		expect(parseColor('red')).toBeNull();
		expect(checkCategory({ label: 'Spielplätze', color: '#ffff00' })).toEqual({
			ok: false,
			errors: { color: 'color_contrast' }
		});
		expect(checkCategory({ label: '', color: 'blau' })).toEqual({
			ok: false,
			errors: { label: 'required', color: 'color_invalid' }
		});
		expect(checkCategory({ label: ' Spiel  plätze ', color: '#0b5394' })).toMatchObject({
			ok: true,
			value: { label: 'Spiel plätze', color: '#0b5394' }
		});
	});
});

describe('CSV fields', () => {
	it('quote after RFC 4180 and defuse formulas', () => {
		expect(csvField('einfach')).toBe('einfach');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('er sagte "nein"')).toBe('"er sagte ""nein"""');
		expect(csvField('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
		expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvField('-5 Grad')).toBe("'-5 Grad");
		expect(csvField(-5.5)).toBe('-5.5');
		expect(csvField(null)).toBe('');
	});
});

describe('outline simplification', () => {
	it('drops points on a straight line and keeps corners', () => {
		const line = Array.from({ length: 101 }, (_, i) => [7 + i * 0.001, 51]);
		expect(simplify(line)).toEqual([
			[7, 51],
			[7.1, 51]
		]);
		const corner = [
			[7, 51],
			[7.05, 51.0001],
			[7.1, 51],
			[7.1, 51.1]
		];
		expect(simplify(corner)).toEqual([
			[7, 51],
			[7.1, 51],
			[7.1, 51.1]
		]);
	});
});
