// Shared input checks. Messages are error codes; the route turns them into German/English text.
import * as v from 'valibot';

export const MAX_FIELD = 10_000;

/** Removes control characters (except newlines/tabs) and trims; keeps every other Unicode character. */
export function cleanText(value: unknown): string {
	if (typeof value !== 'string') return '';
	// eslint-disable-next-line no-control-regex
	return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
}

export const email = v.pipe(
	v.string('required'),
	v.transform((s) => s.trim().toLowerCase()),
	v.nonEmpty('required'),
	v.maxLength(254, 'email_invalid'),
	v.email('email_invalid')
);

/**
 * Names that would pass a person off as the city or the participation team: the whole name is one of
 * these (compared without case, spaces and punctuation) …
 */
const RESERVED_NAMES = new Set(
	[
		'stadt',
		'bochum',
		'team',
		'support',
		'gremium',
		'allianz',
		'allianz für wohnen',
		'gelöschtes konto',
		'deleted account'
	].map((n) => nameWords(n).join(''))
);
/** … or it holds one of these words, or "Stadt Bochum". */
const RESERVED_WORDS = new Set([
	'admin',
	'administrator',
	'administration',
	'moderation',
	'moderator',
	'moderatorin',
	'moderatoren',
	'verwaltung',
	'stadtverwaltung',
	'begleitgremium',
	'beteiligungsteam',
	'system'
]);

function nameWords(name: string): string[] {
	return (
		name
			.toLocaleLowerCase('de')
			.replace(/ß/g, 'ss')
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

export function isReservedName(name: string): boolean {
	const words = nameWords(name);
	const joined = words.join('');
	if (RESERVED_NAMES.has(joined)) return true;
	if (words.some((w) => RESERVED_WORDS.has(w))) return true;
	// Written together or hyphenated: "StadtBochum", "Moderations-Team", "Begleit-Gremium".
	if (
		['stadtbochum', 'moderation', 'verwaltung', 'begleitgremium', 'beteiligungsteam'].some((k) =>
			joined.includes(k)
		)
	)
		return true;
	return words.some((w, i) => w === 'stadt' && words[i + 1] === 'bochum');
}

/** A display name as staff may choose it (their own accounts may say "Moderation"). */
export const staffDisplayName = v.pipe(
	v.string('required'),
	// Compatibility forms folded (NFKC) and invisible format characters (zero-width space, soft hyphen)
	// removed: "Mode\u200Bration" is "Moderation", and two names that look alike are alike.
	v.transform((s) => cleanText(s.normalize('NFKC').replace(/\p{Cf}/gu, '')).replace(/\s+/g, ' ')),
	v.nonEmpty('required'),
	v.minLength(2, 'display_name_short'),
	v.maxLength(40, 'display_name_long')
);

/** A participant's display name: a pseudonym that does not pass for the city or the team. */
export const displayName = v.pipe(
	staffDisplayName,
	v.check((s) => !isReservedName(s), 'display_name_reserved')
);

export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

/** Runs a valibot object schema over form data and returns either the output or field error codes. */
export function parseForm<T extends v.GenericSchema>(
	schema: T,
	data: FormData,
	fields: string[]
): { ok: true; value: v.InferOutput<T> } | { ok: false; errors: FieldErrors } {
	const input: Record<string, unknown> = {};
	for (const f of fields) {
		const raw = data.get(f);
		input[f] = typeof raw === 'string' ? raw : raw === null ? undefined : '';
	}
	const result = v.safeParse(schema, input);
	if (result.success) return { ok: true, value: result.output };
	const errors: FieldErrors = {};
	for (const issue of result.issues) {
		const key = issue.path?.[0]?.key;
		if (typeof key === 'string' && !errors[key]) errors[key] = issue.message;
	}
	return { ok: false, errors };
}

/** Values to send back to a form after an error, so nothing typed is lost (passwords are never echoed). */
export function keepValues(data: FormData, fields: string[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const f of fields) {
		const raw = data.get(f);
		if (typeof raw === 'string') out[f] = raw.slice(0, MAX_FIELD);
	}
	return out;
}
