// The message catalogue: German is the source language, English the second. Each namespace lives in
// its own file per language; the English files are typed against the German ones so no key is missing.
// (Why not Paraglide: see docs/decisions/0001-i18n.md.)
import { de, type Messages } from './de';
import { en } from './en';

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';
export type { Messages };

const catalogues: Record<Locale, Messages> = { de, en };

export function messages(locale: string | undefined | null): Messages {
	return catalogues[isLocale(locale) ? locale : DEFAULT_LOCALE];
}

export function isLocale(value: unknown): value is Locale {
	return value === 'de' || value === 'en';
}

/** Picks the best locale from an Accept-Language header. */
export function negotiateLocale(header: string | null): Locale {
	if (!header) return DEFAULT_LOCALE;
	const ranked = header
		.split(',')
		.map((part) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.find((p) => p.trim().startsWith('q='));
			return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
		})
		.sort((a, b) => b.q - a.q);
	for (const { lang } of ranked) if (isLocale(lang)) return lang;
	return DEFAULT_LOCALE;
}

/** Looks up an error code in the errors namespace; unknown codes give the generic message. */
export function errorText(m: Messages, code: string | undefined): string {
	if (!code) return '';
	const value = (m.errors as Record<string, unknown>)[code];
	return typeof value === 'string' ? value : m.errors.invalid;
}
