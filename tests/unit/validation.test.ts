import { describe, expect, it } from 'vitest';
import { messages, negotiateLocale, errorText } from '../../src/lib/i18n';
import { de } from '../../src/lib/i18n/de';
import { en } from '../../src/lib/i18n/en';
import {
	loginSchema,
	profileSchema,
	signUpSchema,
	staffProfileSchema
} from '../../src/lib/validation/account';
import { cleanText, isReservedName, parseForm } from '../../src/lib/validation/common';
import { isCommonPassword } from '../../src/lib/server/auth/password';
import { safeNext } from '../../src/lib/server/http';

function form(values: Record<string, string>) {
	const f = new FormData();
	for (const [k, v] of Object.entries(values)) f.set(k, v);
	return f;
}
const fields = ['displayName', 'email', 'password', 'privacy'];

describe('sign-up input', () => {
	it('accepts good input and normalises it', () => {
		const r = parseForm(
			signUpSchema,
			form({
				displayName: '  Anna   aus  Hamme ',
				email: ' Anna@Example.ORG ',
				password: 'lang genug 123',
				privacy: 'on'
			}),
			fields
		);
		expect(r).toEqual({
			ok: true,
			value: {
				displayName: 'Anna aus Hamme',
				email: 'anna@example.org',
				password: 'lang genug 123',
				privacy: 'on'
			}
		});
	});

	it('keeps unicode and HTML in display names as text', () => {
		const r = parseForm(
			signUpSchema,
			form({
				displayName: '<img src=x onerror=alert(1)> Ünal 🏠',
				email: 'a@b.de',
				password: 'lang genug 123',
				privacy: 'on'
			}),
			fields
		);
		expect(r.ok && r.value.displayName).toBe('<img src=x onerror=alert(1)> Ünal 🏠');
	});

	it.each([
		[{}, { displayName: 'required', email: 'required', password: 'required', privacy: 'privacy_required' }],
		[
			{ displayName: '   ', email: '   ', password: '', privacy: '' },
			{ displayName: 'required', email: 'required', password: 'required', privacy: 'privacy_required' }
		],
		[
			{
				displayName: 'x'.repeat(10_001),
				email: 'a'.repeat(10_001),
				password: 'p'.repeat(10_001),
				privacy: 'on'
			},
			{ displayName: 'display_name_long', email: 'email_invalid', password: 'password_long' }
		],
		[
			{ displayName: 'A', email: 'keine@', password: 'kurz', privacy: 'yes' },
			{
				displayName: 'display_name_short',
				email: 'email_invalid',
				password: 'password_short',
				privacy: 'privacy_required'
			}
		],
		[
			{ displayName: '\u0000\u0007', email: 'a b@c.de', password: '123456789', privacy: 'on' },
			{ displayName: 'required', email: 'email_invalid', password: 'password_short' }
		]
	])('reports each bad field (%#)', (values, expected) => {
		const r = parseForm(signUpSchema, form(values as Record<string, string>), fields);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors).toEqual(expected);
	});

	it('keeps names for the city and the participation team', () => {
		for (const name of [
			'Stadt Bochum',
			'stadt-bochum',
			'MODERATION',
			'Admin!',
			'Gelöschtes Konto',
			'Allianz für Wohnen',
			'Stadt Bochum (Moderation)',
			'Die Stadt Bochum informiert',
			'Moderation (Demo)',
			'Team Verwaltung',
			'StadtBochum',
			'Moderations-Team',
			'Begleit-Gremium'
		])
			expect(isReservedName(name), name).toBe(true);
		for (const name of ['Bürgerin aus Langendreer', 'Bochumer Jung', 'Adminah', 'Stadtkind', 'Team Laer'])
			expect(isReservedName(name), name).toBe(false);
		const r = parseForm(
			signUpSchema,
			form({ displayName: ' Stadt  Bochum ', email: 'a@b.de', password: 'lang genug 123', privacy: 'on' }),
			fields
		);
		expect(r.ok || r.errors).toEqual({ displayName: 'display_name_reserved' });
		// Invisible characters do not hide a reserved word.
		const hidden = parseForm(
			signUpSchema,
			form({ displayName: 'Mode\u200Bration', email: 'a@b.de', password: 'lang genug 123', privacy: 'on' }),
			fields
		);
		expect(hidden.ok || hidden.errors).toEqual({ displayName: 'display_name_reserved' });
		// Staff may name their own accounts after their role.
		const staff = parseForm(staffProfileSchema, form({ displayName: 'Moderation (Demo)', locale: 'de' }), [
			'displayName',
			'locale'
		]);
		expect(staff.ok).toBe(true);
		expect(
			parseForm(profileSchema, form({ displayName: 'Moderation (Demo)', locale: 'de' }), [
				'displayName',
				'locale'
			]).ok
		).toBe(false);
	});

	it('treats a file upload in a text field as bad input, not a crash', () => {
		const f = new FormData();
		f.set('email', new Blob(['x']), 'x.txt');
		f.set('password', 'x');
		const r = parseForm(loginSchema, f, ['email', 'password']);
		expect(r.ok).toBe(false);
	});

	it('removes control characters', () => {
		expect(cleanText('a\u0000b\u001Fc\nd')).toBe('abc\nd');
		expect(cleanText(42)).toBe('');
	});
});

describe('passwords', () => {
	it('knows the most common passwords', () => {
		for (const p of ['password', '123456789', 'qwertyuiop', 'Password1', 'iloveyou'])
			expect(isCommonPassword(p), p).toBe(true);
		expect(isCommonPassword('Mein Quartier ist Langendreer')).toBe(false);
	});
});

describe('language and redirects', () => {
	it('negotiates the language from Accept-Language', () => {
		expect(negotiateLocale(null)).toBe('de');
		expect(negotiateLocale('en-GB,en;q=0.9,de;q=0.8')).toBe('en');
		expect(negotiateLocale('fr-FR,de;q=0.5,en;q=0.4')).toBe('de');
		expect(negotiateLocale('fr, it')).toBe('de');
		expect(negotiateLocale(';;;q=,')).toBe('de');
	});

	it('has every German text in English too', () => {
		const keys = (o: object, prefix = ''): string[] =>
			// Arrays (lists of paragraphs) may differ in length between languages; objects must match key by key.
			Object.entries(o).flatMap(([k, v]) =>
				v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]
			);
		expect(keys(en).sort()).toEqual(keys(de).sort());
		expect(messages('xx')).toBe(de);
		expect(errorText(de, 'no_such_code')).toBe(de.errors.invalid);
	});

	it('only redirects to local paths', () => {
		expect(safeNext('/konto')).toBe('/konto');
		expect(safeNext('//evil.example')).toBe('/');
		expect(safeNext('/\\evil.example')).toBe('/');
		expect(safeNext('https://evil.example')).toBe('/');
		expect(safeNext('/\t/evil.example')).toBe('/');
		expect(safeNext('/\n/evil.example')).toBe('/');
		expect(safeNext('/konto?x=1#y')).toBe('/konto?x=1#y');
		expect(safeNext(null, '/x')).toBe('/x');
	});
});
