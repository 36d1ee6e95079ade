// CSV after RFC 4180 (CRLF line ends, fields with separator, quote or line break in double quotes,
// quotes doubled) with two deliberate choices for the people who open it (docs/concepts/exports.md):
// `;` as separator and a UTF-8 byte order mark, so German Excel opens it in columns with umlauts intact;
// and cells that a spreadsheet would run as a formula get a leading apostrophe.
import { formatDate } from '../../../i18n/format';
import type { Cell, Column } from './columns';
import type { ExportRow } from './model';

export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\uFEFF';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP "CSV
 * injection"): = + - @ and tab / carriage return, which some programs strip before looking.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a would-be formula by a leading apostrophe (shown by no spreadsheet, kept in the text). */
export function defuseFormula(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field: formula defused, then quoted when it holds the separator, a quote or a line break. */
export function csvField(value: string, separator = CSV_SEPARATOR): string {
	const v = defuseFormula(value);
	if (v.includes('"') || v.includes(separator) || v.includes('\n') || v.includes('\r'))
		return `"${v.replace(/"/g, '""')}"`;
	return v;
}

export function csvLine(values: string[], separator = CSV_SEPARATOR): string {
	return values.map((v) => csvField(v, separator)).join(separator) + '\r\n';
}

/** Numbers are written as they are (never negative here, so nothing to defuse); dates as 24.10.2023. */
export function cellText(cell: Cell, locale: 'de' | 'en'): string {
	if (cell === null) return '';
	if (cell instanceof Date) return formatDate(cell, locale);
	return String(cell);
}

export function csvHeader(columns: Column[]): string {
	return CSV_BOM + csvLine(columns.map((c) => c.header));
}

export function csvRows(columns: Column[], rows: ExportRow[], locale: 'de' | 'en'): string {
	let out = '';
	for (const row of rows) out += csvLine(columns.map((c) => cellText(c.value(row), locale)));
	return out;
}
