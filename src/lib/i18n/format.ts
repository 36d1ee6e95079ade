// Dates and numbers as people in Germany read them: "24.10.2023", times in Europe/Berlin.
import type { Locale } from './index';

export const TIME_ZONE = 'Europe/Berlin';

const FORMATS = {
	date: { day: '2-digit', month: '2-digit', year: 'numeric' },
	time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Formatters are costly to create: one per locale and format, made on first use. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: Locale, name: keyof typeof FORMATS) {
	const key = `${locale}:${name}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
			timeZone: TIME_ZONE,
			...FORMATS[name]
		});
		formatters.set(key, f);
	}
	return f;
}

export function formatDate(value: Date | number | string, locale: Locale = 'de'): string {
	return fmt(locale, 'date').format(new Date(value));
}

export function formatDateTime(value: Date | number | string, locale: Locale = 'de'): string {
	const d = new Date(value);
	const time = fmt(locale, 'time').format(d);
	return locale === 'de' ? `${formatDate(d, locale)}, ${time} Uhr` : `${formatDate(d, locale)}, ${time}`;
}

/** A calendar date stored as YYYY-MM-DD, shown as 24.10.2023 (no time zone shift). */
export function formatPlainDate(value: string, locale: Locale = 'de'): string {
	const [y, m, d] = value.split('-');
	return locale === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}

/** ISO 8601 for <time datetime>. */
export function isoDate(value: Date | number | string): string {
	return new Date(value).toISOString();
}
