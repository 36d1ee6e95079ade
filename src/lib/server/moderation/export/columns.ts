// The columns of the Abwägungstabelle for the data formats (CSV, XLSX), per audience, with texts in the
// export's language. The print page lays the same rows out in fewer, stacked columns (print.ts).
import type { Messages } from '../../../i18n';
import { formatDate } from '../../../i18n/format';
import { splitRejection } from '../review.service';
import { shortId, type AudiencePolicy, type ExportRow, type Handling, type LinkedChange } from './model';

export type Cell = string | number | Date | null;

export interface Column {
	key: string;
	header: string;
	/** Width in characters (XLSX). */
	width: number;
	/** 'date' cells are Dates (a real date in XLSX, "24.10.2023" in CSV); 'number' cells are numbers. */
	type?: 'date' | 'number';
	/**
	 * Short values: no wrapped-text style in XLSX. exceljs works out every styled cell's style again, so
	 * leaving the short columns unstyled makes writing a row about a quarter cheaper.
	 */
	short?: boolean;
	value: (row: ExportRow) => Cell;
}

type T = Messages['export'];

const label = (names: Record<string, string>, code: string) =>
	Object.hasOwn(names, code) ? names[code] : code;

export function paragraphText(t: T, row: Pick<ExportRow, 'chapter' | 'paragraphNumber' | 'anchor'>) {
	if (row.paragraphNumber) return t.paragraph(row.paragraphNumber);
	if (row.anchor) return row.anchor;
	return row.chapter ? t.wholeChapter : '';
}

/** The start of a text, cut at a word boundary. */
export function excerpt(text: string, max = 200): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return (space > max * 0.6 ? cut.slice(0, space) : cut) + ' …';
}

export function changeText(t: T, c: LinkedChange): string {
	const para = c.paragraphNumber ? t.paragraph(c.paragraphNumber) : c.anchor;
	return t.change(c.versionNumber, c.chapter, para, excerpt(c.text));
}

/** "Beleidigung oder Herabwürdigung: <note>" from the stored "insult: <note>". */
export function rejectionText(m: Messages, stored: string | null): string {
	if (!stored) return '';
	const { reason, note } = splitRejection(stored);
	const text = reason ? label(m.document.netiquette, reason) : '';
	return note ? `${text}: ${note}` : text;
}

export const verdictText = (t: T, h: Handling | null) => (h ? label(t.verdicts, h.verdict) : '');
export const kindText = (t: T, row: ExportRow) => label(t.kinds, row.kind);
export const channelText = (t: T, row: ExportRow) => label(t.channels, row.channel);
export const stateText = (t: T, row: ExportRow) => label(t.states, row.state);

export function columnsFor(policy: AudiencePolicy, m: Messages, locale: 'de' | 'en'): Column[] {
	const t = m.export;
	const h = t.columns;
	const cols: (Column | false)[] = [
		{ key: 'id', short: true, header: h.id, width: 38, value: (r) => r.id },
		{ key: 'number', short: true, header: h.number, width: 10, value: (r) => shortId(r.id) },
		{ key: 'kind', short: true, header: h.kind, width: 18, value: (r) => kindText(t, r) },
		{ key: 'channel', short: true, header: h.channel, width: 12, value: (r) => channelText(t, r) },
		{ key: 'date', short: true, header: h.date, width: 12, type: 'date', value: (r) => r.date },
		{
			key: 'version',
			short: true,
			header: h.version,
			width: 9,
			type: 'number',
			value: (r) => r.versionNumber
		},
		{ key: 'chapter', header: h.chapter, width: 30, value: (r) => r.chapter ?? '' },
		{ key: 'paragraph', short: true, header: h.paragraph, width: 12, value: (r) => paragraphText(t, r) },
		{ key: 'district', header: h.district, width: 18, value: (r) => r.district ?? '' },
		{ key: 'stadtbezirk', short: true, header: h.stadtbezirk, width: 14, value: (r) => r.stadtbezirk ?? '' },
		{ key: 'category', header: h.category, width: 18, value: (r) => r.category ?? '' },
		{ key: 'text', header: h.text, width: 60, value: (r) => r.text },
		{
			key: 'replyTo',
			short: true,
			header: h.replyTo,
			width: 10,
			value: (r) => (r.replyToId ? shortId(r.replyToId) : '')
		},
		policy.states.length > 1 && {
			key: 'state',
			short: true,
			header: h.state,
			width: 16,
			value: (r) => stateText(t, r)
		},
		policy.moderationNotes && {
			key: 'rejection',
			header: h.rejection,
			width: 30,
			value: (r) => rejectionText(m, r.rejectionReason)
		},
		{ key: 'package', header: h.package, width: 24, value: (r) => r.packageTitle ?? '' },
		{
			key: 'recommendation',
			header: h.recommendation,
			width: 20,
			value: (r) => verdictText(t, r.recommendation)
		},
		{
			key: 'recommendationReason',
			header: h.recommendationReason,
			width: 40,
			value: (r) => r.recommendation?.reason ?? ''
		},
		{ key: 'response', header: h.response, width: 20, value: (r) => verdictText(t, r.response) },
		{
			key: 'responseReason',
			header: h.responseReason,
			width: 40,
			value: (r) => r.response?.reason ?? ''
		},
		policy.unpublishedHandling && {
			key: 'responsePublished',
			short: true,
			header: h.responsePublished,
			width: 14,
			value: (r) =>
				!r.response
					? ''
					: r.response.publishedAt
						? formatDate(r.response.publishedAt, locale)
						: t.notPublished
		},
		{
			key: 'changes',
			header: h.changes,
			width: 50,
			value: (r) => r.changes.map((c) => changeText(t, c)).join('\n')
		},
		{
			key: 'supports',
			short: true,
			header: h.supports,
			width: 10,
			type: 'number',
			value: (r) => r.supportCount
		},
		policy.moderationNotes && {
			key: 'duplicateOf',
			short: true,
			header: h.duplicateOf,
			width: 10,
			value: (r) => (r.duplicateOfId ? shortId(r.duplicateOfId) : '')
		},
		policy.tags && { key: 'tags', header: h.tags, width: 20, value: (r) => r.tags.join(', ') },
		policy.personalData && {
			key: 'author',
			header: h.author,
			width: 20,
			value: (r) => (r.authorDeleted ? m.common.deletedAccount : (r.author ?? ''))
		},
		policy.personalData && {
			key: 'organisation',
			header: h.organisation,
			width: 24,
			value: (r) => r.organisation ?? ''
		},
		policy.personalData && { key: 'sender', header: h.sender, width: 20, value: (r) => r.sender ?? '' },
		policy.personalData && { key: 'assignee', header: h.assignee, width: 18, value: (r) => r.assignee ?? '' }
	];
	return cols.filter((c): c is Column => !!c);
}
