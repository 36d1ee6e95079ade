// The export formats without a database: CSV fields (RFC 4180, formula injection), the XLSX workbook
// read back with exceljs, the print page's escaping and its CSP hash.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { messages } from '../../src/lib/i18n';
import {
	CSV_BOM,
	cellText,
	csvField,
	csvHeader,
	csvLine,
	csvRows,
	defuseFormula
} from '../../src/lib/server/moderation/export/csv';
import { columnsFor, excerpt } from '../../src/lib/server/moderation/export/columns';
import { POLICIES, type ExportRow } from '../../src/lib/server/moderation/export/model';
import { xlsxCell, xlsxStream } from '../../src/lib/server/moderation/export/xlsx';
import { PRINT_CSP, escapeHtml, printParts } from '../../src/lib/server/moderation/export/print';
import { textStream } from '../../src/lib/server/moderation/export/stream';
import { berlinDay, berlinIsoDay } from '../../src/lib/server/moderation/export/dates';
import { exportFilename } from '../../src/lib/server/moderation/export/service';
import { parseExportFilters } from '../../src/lib/server/moderation/export/filters';

function row(overrides: Partial<ExportRow> = {}): ExportRow {
	return {
		id: '0a1b2c3d-0000-4000-8000-000000000001',
		kind: 'comment',
		channel: 'online',
		date: new Date('2023-10-23T22:30:00Z'),
		versionNumber: 1,
		chapter: '3 Quartiere',
		paragraphNumber: 2,
		anchor: null,
		district: 'Langendreer',
		stadtbezirk: 'Ost',
		category: 'Grün- und Freiflächen',
		text: 'Mehr Bäume; bitte "schnell"\nund sofort',
		state: 'published',
		replyToId: null,
		packageTitle: 'Grün',
		recommendation: { verdict: 'partly', reason: 'Teilweise sinnvoll', own: false },
		response: {
			verdict: 'adopted',
			reason: 'Wird umgesetzt',
			own: true,
			publishedAt: new Date('2024-01-02')
		},
		changes: [
			{ versionNumber: 2, chapter: '3 Quartiere', paragraphNumber: 4, anchor: 'a4', text: 'Neuer Wortlaut' }
		],
		supportCount: 3,
		rejectionReason: null,
		duplicateOfId: null,
		tags: [],
		author: 'Nachbarin',
		authorDeleted: false,
		organisation: null,
		sender: null,
		assignee: null,
		...overrides
	};
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
	const chunks: Uint8Array[] = [];
	const reader = stream.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
	}
	return Buffer.concat(chunks);
}

/** A `next` that hands out the rows in batches and then an empty array. */
function batches(rows: ExportRow[], size: number) {
	let i = 0;
	return () => {
		const out = rows.slice(i, i + size);
		i += size;
		return out;
	};
}

describe('CSV', () => {
	it('defuses cells a spreadsheet would run as a formula', () => {
		for (const bad of ['=1+1', '+49 234', '-2', '@SUM(A1)', '\tx', '\rx'])
			expect(defuseFormula(bad)).toBe(`'${bad}`);
		for (const fine of ['1+1', 'a=b', 'Straße', '', "'schon"]) expect(defuseFormula(fine)).toBe(fine);
		expect(csvField('=HYPERLINK("http://evil.invalid")')).toBe(`"'=HYPERLINK(""http://evil.invalid"")"`);
	});

	it('quotes fields with separator, quotes and line breaks (RFC 4180)', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a;b')).toBe('"a;b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('cr\rhere')).toBe('"cr\rhere"');
		expect(csvField('a,b')).toBe('a,b');
		expect(csvField('a,b', ',')).toBe('"a,b"');
		expect(csvLine(['a', 'b;c', ''])).toBe('a;"b;c";\r\n');
	});

	it('writes a BOM, the header and one CRLF line per row with German dates', () => {
		const m = messages('de');
		const cols = columnsFor(POLICIES.public, m, 'de');
		const text = csvHeader(cols) + csvRows(cols, [row()], 'de');
		expect(text.startsWith(CSV_BOM)).toBe(true);
		const [header] = text.slice(1).split('\r\n');
		expect(header.split(';')).toContain('Beitrag');
		expect(text).toContain('24.10.2023'); // 22:30 UTC is the next day in Berlin
		expect(text).toContain('"Mehr Bäume; bitte ""schnell""\nund sofort"');
		expect(text).toContain('teilweise übernommen');
		expect(text).toContain('Fassung 2, Kap. 3 Quartiere, Abs. 4: „Neuer Wortlaut“');
		expect(cellText(null, 'de')).toBe('');
		expect(cellText(3, 'de')).toBe('3');
	});

	it('leaves personal data and moderation notes out of the public columns', () => {
		const m = messages('de');
		const pub = columnsFor(POLICIES.public, m, 'de').map((c) => c.key);
		const internal = columnsFor(POLICIES.internal, m, 'de').map((c) => c.key);
		for (const key of ['author', 'organisation', 'sender', 'assignee', 'tags', 'rejection', 'state'])
			expect(pub).not.toContain(key);
		for (const key of ['author', 'organisation', 'sender', 'assignee', 'tags', 'rejection', 'state'])
			expect(internal).toContain(key);
		const gremium = columnsFor(POLICIES.gremium, m, 'de').map((c) => c.key);
		expect(gremium).toContain('tags');
		expect(gremium).not.toContain('author');
	});
});

describe('XLSX', () => {
	it('is readable by exceljs: bold frozen header, autofilter, typed cells, formulas stay text', async () => {
		const m = messages('de');
		const cols = columnsFor(POLICIES.internal, m, 'de');
		const rows = Array.from({ length: 1200 }, (_, i) =>
			row({
				id: `0a1b2c3d-0000-4000-8000-${String(i).padStart(12, '0')}`,
				text: i === 7 ? '=1+2' : `Text ${i}`
			})
		);
		let done = -1;
		const bytes = await readAll(
			xlsxStream(
				batches(rows, 500),
				cols,
				{ sheetName: 'Abwägungstabelle', title: 'T', creator: 'x' },
				(n) => (done = n)
			)
		);
		expect(done).toBe(1200);
		expect(bytes.subarray(0, 2).toString()).toBe('PK');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
		const ws = wb.worksheets[0];
		expect(ws.name).toBe('Abwägungstabelle');
		expect(ws.rowCount).toBe(1201);
		const header = ws.getRow(1);
		expect(header.getCell(1).value).toBe('ID');
		expect(header.font?.bold ?? header.getCell(1).font?.bold).toBe(true);
		expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(ws.autoFilter).toBeTruthy();
		const textCol = cols.findIndex((c) => c.key === 'text') + 1;
		const dateCol = cols.findIndex((c) => c.key === 'date') + 1;
		const supportCol = cols.findIndex((c) => c.key === 'supports') + 1;
		expect(ws.getRow(2).getCell(textCol).value).toBe('Text 0');
		const formulaCell = ws.getRow(9).getCell(textCol);
		expect(formulaCell.value).toBe('=1+2');
		expect(formulaCell.type).toBe(ExcelJS.ValueType.String);
		const date = ws.getRow(2).getCell(dateCol).value as Date;
		expect(date.toISOString()).toBe('2023-10-24T00:00:00.000Z');
		expect(ws.getRow(2).getCell(supportCol).value).toBe(3);
		expect(ws.getColumn(textCol).width).toBe(60);
	});

	it('cleans cells Excel would refuse', () => {
		expect(xlsxCell('a\u0000b\u0007c\nd')).toBe('abc\nd');
		expect((xlsxCell('x'.repeat(40_000)) as string).length).toBe(32_767);
		expect(xlsxCell(null)).toBeUndefined();
		expect(xlsxCell('')).toBeUndefined();
		expect(xlsxCell(new Date('2023-06-30T22:30:00Z'))).toEqual(new Date('2023-07-01T00:00:00Z'));
	});
});

describe('print page', () => {
	it('escapes every text and allows its style by hash only', async () => {
		const m = messages('de');
		const parts = printParts('internal', POLICIES.internal, m, 'de', {
			processTitle: 'Wohnen <2024>',
			siteName: 'Beteiligung',
			backHref: '/moderation/export?verfahren=x',
			generatedAt: new Date('2024-01-01T12:00:00Z')
		});
		const html = (
			await readAll(
				textStream(batches([row({ text: '<script>alert(1)</script>', author: 'A&B' })], 1), parts)
			)
		).toString();
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('Wohnen &lt;2024&gt;');
		expect(html).toContain('A&amp;B');
		expect(html).toContain('<th scope="col">');
		expect(html).toContain('1 Eingabe');
		const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
		const hash = createHash('sha256').update(style).digest('base64');
		expect(PRINT_CSP).toContain(`'sha256-${hash}'`);
		expect(style).toContain('size: A4 landscape');
		expect(style).toContain('table-header-group');
		expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
	});
});

describe('helpers', () => {
	it('names files by slug and Berlin date', () => {
		expect(exportFilename('handlungskonzept-wohnen', 'xlsx', new Date('2024-03-31T22:30:00Z'))).toBe(
			'abwaegungstabelle-handlungskonzept-wohnen-2024-04-01.xlsx'
		);
		// The versions with personal data say so in their name.
		const day = new Date('2024-04-01T10:00:00Z');
		expect(exportFilename('hkw', 'csv', day, 'internal')).toBe('abwaegungstabelle-hkw-intern-2024-04-01.csv');
		expect(exportFilename('hkw', 'xlsx', day, 'gremium')).toBe(
			'abwaegungstabelle-hkw-gremium-2024-04-01.xlsx'
		);
		expect(exportFilename('hkw', 'xlsx', day, 'public')).toBe('abwaegungstabelle-hkw-2024-04-01.xlsx');
		expect(berlinIsoDay(new Date('2024-01-01T00:30:00Z'))).toBe('2024-01-01');
		expect(berlinDay(new Date('2023-12-31T23:30:00Z')).toISOString()).toBe('2024-01-01T00:00:00.000Z');
	});

	it('cuts excerpts at a word', () => {
		expect(excerpt('kurz')).toBe('kurz');
		const long = excerpt('Wort '.repeat(100), 50);
		expect(long.endsWith(' …')).toBe(true);
		expect(long.length).toBeLessThanOrEqual(52);
	});

	it('parses filters and ignores malformed ones', () => {
		const p = new URLSearchParams(
			'art=pin&status=rejected&quartier=0A1B2C3D-0000-4000-8000-000000000001&kategorie=x&paket=1'
		);
		expect(parseExportFilters(p)).toEqual({
			kind: 'pin',
			state: 'rejected',
			districtId: '0a1b2c3d-0000-4000-8000-000000000001'
		});
		expect(parseExportFilters(new URLSearchParams('art=evil&status=evil&zustaendig=x&gemeldet=ja'))).toEqual(
			{}
		);
		// The queue's withdrawn view is a filter of its own (it exports nothing).
		expect(parseExportFilters(new URLSearchParams('status=withdrawn'))).toEqual({ view: 'withdrawn' });
	});
});
