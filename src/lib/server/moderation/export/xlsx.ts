// XLSX with exceljs' streaming writer: rows are committed as they are written and the zip is produced
// while the export runs, so 50,000 rows never sit in memory as a workbook. Header row bold and frozen,
// column widths, an autofilter and wrapped text. Cells are typed (strings stay strings – a spreadsheet
// never runs a string cell as a formula, so no apostrophes are needed here, unlike CSV).
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { Cell, Column } from './columns';
import type { ExportRow } from './model';
import { yieldToEventLoop } from './stream';
import { berlinDay } from './dates';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's limit per cell. */
const MAX_CELL = 32_767;
// XML 1.0 forbids these control characters; a single one makes Excel refuse the whole file.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Rows written between two turns of the event loop: exceljs needs ~50–100 µs per row. */
export const XLSX_SLICE = 100;

/** A cell value for exceljs; undefined (no cell at all) for empty ones, which saves a third of the work. */
export function xlsxCell(cell: Cell): string | number | Date | undefined {
	if (cell === null || cell === '') return undefined;
	if (typeof cell === 'number') return cell;
	if (cell instanceof Date) return berlinDay(cell);
	const clean = cell.replace(INVALID_XML, '');
	return clean.length > MAX_CELL ? clean.slice(0, MAX_CELL - 1) + '…' : clean;
}

/**
 * A sparse row: index i + 1 is column i (exceljs reads an array without index 0 as 1-based), empty cells
 * are holes and get no cell.
 */
function sheetRow(columns: Column[], row: ExportRow): (string | number | Date)[] {
	const values: (string | number | Date)[] = [];
	columns.forEach((c, i) => {
		const v = xlsxCell(c.value(row));
		if (v !== undefined) values[i + 1] = v;
	});
	return values;
}

export interface XlsxMeta {
	sheetName: string;
	title: string;
	creator: string;
}

/**
 * The workbook as a byte stream. Each pull writes rows into the sheet in slices of XLSX_SLICE, waiting a
 * turn of the event loop after each (the zip is deflated in the background), until the zip has produced
 * bytes to pass on. The reader's batches are taken one at a time, as the slices use them up.
 */
export function xlsxStream(
	next: () => ExportRow[],
	columns: Column[],
	meta: XlsxMeta,
	onDone?: (count: number) => void
): ReadableStream<Uint8Array> {
	const out = new PassThrough();
	const chunks: Buffer[] = [];
	let ended = false;
	let failed: unknown = null;
	out.on('data', (chunk: Buffer) => chunks.push(chunk));
	out.on('end', () => (ended = true));
	out.on('error', (e) => (failed = e));

	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
		stream: out,
		useStyles: true,
		useSharedStrings: false
	});
	workbook.creator = meta.creator;
	workbook.title = meta.title;
	workbook.created = new Date();
	// Sheet names may not hold []:*?/\ and have at most 31 characters.
	const sheet = workbook.addWorksheet(meta.sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
		views: [{ state: 'frozen', ySplit: 1 }]
	});
	sheet.columns = columns.map((c) => ({
		key: c.key,
		width: c.width,
		style:
			c.type === 'date'
				? { numFmt: 'dd.mm.yyyy', alignment: { vertical: 'top' } }
				: c.short
					? undefined
					: { alignment: { wrapText: true, vertical: 'top' } }
	}));
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
	const header = sheet.addRow(columns.map((c) => c.header));
	header.font = { bold: true };
	header.alignment = { wrapText: true, vertical: 'top' };
	header.commit();

	let finished = false;
	let count = 0;
	let pending: ExportRow[] = [];

	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				// Loop until the zip has produced bytes: a pull that enqueues nothing is not called again.
				while (chunks.length === 0 && !ended) {
					if (failed) throw failed;
					if (!finished) {
						if (pending.length === 0) {
							// Reading a batch is one turn of the event loop, writing each slice of it another.
							pending = next();
							count += pending.length;
							if (pending.length > 0) {
								await yieldToEventLoop();
								continue;
							}
						}
						if (pending.length === 0) {
							finished = true;
							sheet.commit();
							await workbook.commit();
							if (!ended) await new Promise((resolve) => out.once('end', resolve));
							onDone?.(count);
						} else {
							for (const row of pending.splice(0, XLSX_SLICE)) sheet.addRow(sheetRow(columns, row)).commit();
						}
					}
					await yieldToEventLoop();
				}
				if (chunks.length) controller.enqueue(new Uint8Array(Buffer.concat(chunks.splice(0))));
				else controller.close();
			},
			cancel() {
				out.destroy();
			}
		},
		{ highWaterMark: 1 }
	);
}
