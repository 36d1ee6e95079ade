// Starts an export of the Abwägungstabelle: finds the process, writes the audit entry for internal and
// Gremium exports (who exported what), and returns the streamed body with its headers. The routes only
// check the role, parse the query and wrap the result in a Response.
import { and, eq, or } from 'drizzle-orm';
import type { DB } from '../../db';
import { processes } from '../../db/schema';
import { audit } from '../../audit';
import { messages, type Locale } from '../../../i18n';
import { columnsFor } from './columns';
import { CSV_CONTENT_TYPE, csvHeader, csvRows } from './csv';
import { berlinIsoDay } from './dates';
import { POLICIES, type ExportAudience, type ExportFilters, type ExportFormat } from './model';
import { PRINT_CONTENT_TYPE, PRINT_CSP, printParts } from './print';
import { exportReader, BATCH_SIZE } from './query';
import { textStream } from './stream';
import { XLSX_CONTENT_TYPE, xlsxStream } from './xlsx';

export interface ExportRequest {
	audience: ExportAudience;
	format: ExportFormat;
	/** The process's slug or id. */
	process: string;
	filters?: ExportFilters;
	locale: Locale;
	/** The acting account; null only for public exports. */
	actorId: string | null;
	/** Where the print page's "back" link goes. */
	backHref: string;
	now?: Date;
	batchSize?: number;
}

export type ExportResult =
	| { ok: true; body: ReadableStream<Uint8Array>; headers: Record<string, string>; filename: string | null }
	| { ok: false; reason: 'not_found' };

/**
 * `abwaegungstabelle-<slug>[-<version>]-<YYYY-MM-DD>.<ext>` (the date in Berlin). Versions with personal
 * data carry their audience in the name, so the internal file is not sent out by mistake.
 */
export function exportFilename(
	slug: string,
	format: 'csv' | 'xlsx',
	now: Date,
	audience: ExportAudience = 'public'
): string {
	const safe = slug.replace(/[^a-z0-9-]/gi, '-');
	const version = audience === 'public' ? '' : `-${audience === 'internal' ? 'intern' : audience}`;
	return `abwaegungstabelle-${safe}${version}-${berlinIsoDay(now)}.${format}`;
}

export function startExport(db: DB, req: ExportRequest): ExportResult {
	const now = req.now ?? new Date();
	const isPublic = req.audience === 'public';
	const process = db
		.select({ id: processes.id, slug: processes.slug, title: processes.title })
		.from(processes)
		.where(
			and(
				or(eq(processes.slug, req.process), eq(processes.id, req.process)),
				isPublic ? eq(processes.published, true) : undefined
			)
		)
		.get();
	if (!process) return { ok: false, reason: 'not_found' };
	const filters = req.filters ?? {};

	if (!isPublic)
		db.transaction((tx) =>
			audit(tx, {
				actorId: req.actorId,
				action: 'export.abwaegung',
				entityType: 'process',
				entityId: process.id,
				after: { audience: req.audience, format: req.format, filters }
			})
		);

	const policy = POLICIES[req.audience];
	const m = messages(req.locale);
	const reader = exportReader(db, process.id, req.audience, filters, req.batchSize ?? BATCH_SIZE);
	const next = () => reader.next();
	const headers: Record<string, string> = {
		'cache-control': isPublic && req.format !== 'print' ? 'public, max-age=60' : 'private, no-store'
	};
	if (!isPublic) headers['x-robots-tag'] = 'noindex';

	if (req.format === 'print') {
		const parts = printParts(req.audience, policy, m, req.locale, {
			processTitle: process.title,
			siteName: m.common.siteName,
			backHref: req.backHref,
			generatedAt: now
		});
		headers['content-type'] = PRINT_CONTENT_TYPE;
		headers['content-security-policy'] = PRINT_CSP;
		return { ok: true, body: textStream(next, parts), headers, filename: null };
	}

	const columns = columnsFor(policy, m, req.locale);
	const filename = exportFilename(process.slug, req.format, now, req.audience);
	headers['content-disposition'] = `attachment; filename="${filename}"`;
	if (req.format === 'csv') {
		headers['content-type'] = CSV_CONTENT_TYPE;
		const body = textStream(next, {
			start: () => csvHeader(columns),
			rows: (rows) => csvRows(columns, rows, req.locale),
			end: () => ''
		});
		return { ok: true, body, headers, filename };
	}
	headers['content-type'] = XLSX_CONTENT_TYPE;
	const body = xlsxStream(next, columns, {
		sheetName: m.export.sheetName,
		title: m.export.print.title(process.title),
		creator: m.common.siteName
	});
	return { ok: true, body, headers, filename };
}
