// Open data of a process's pins: GeoJSON and CSV with every public pin (published, not hidden) – id,
// category (key and label), district, Stadtbezirk, point (if any), text, creation time, support count
// and the pin's address on this site. No personal data: no author, no organisation, no photo.
// Produced in keyset batches, so 20,000 pins stream without holding a statement open between chunks
// (one SQLite connection serves every request). Format notes: docs/concepts/map.md.
import { and, asc, eq, gt, or } from 'drizzle-orm';
import type { Conn } from '../../db';
import { contributions, districts, modules, pinCategories, stadtbezirke } from '../../db/schema';

const BATCH = 1000;

export interface OpenDataPin {
	id: string;
	module: string;
	category: string;
	categoryLabel: string;
	district: string;
	stadtbezirk: string;
	lat: number | null;
	lon: number | null;
	text: string;
	created: Date;
	supports: number;
}

function batch(conn: Conn, processId: string, after: { at: Date; id: string } | null) {
	return conn
		.select({
			id: contributions.id,
			module: modules.slug,
			category: pinCategories.key,
			categoryLabel: pinCategories.label,
			district: districts.name,
			stadtbezirk: stadtbezirke.name,
			lat: contributions.lat,
			lon: contributions.lon,
			text: contributions.body,
			created: contributions.createdAt,
			supports: contributions.supportCount
		})
		.from(contributions)
		.innerJoin(modules, eq(modules.id, contributions.moduleId))
		.innerJoin(pinCategories, eq(pinCategories.id, contributions.categoryId))
		.innerJoin(districts, eq(districts.id, contributions.districtId))
		.innerJoin(stadtbezirke, eq(stadtbezirke.id, districts.stadtbezirkId))
		.where(
			and(
				eq(contributions.processId, processId),
				eq(contributions.kind, 'pin'),
				eq(contributions.state, 'published'),
				eq(contributions.hidden, false),
				after
					? or(
							gt(contributions.createdAt, after.at),
							and(eq(contributions.createdAt, after.at), gt(contributions.id, after.id))
						)
					: undefined
			)
		)
		.orderBy(asc(contributions.createdAt), asc(contributions.id))
		.limit(BATCH)
		.all();
}

/** Every public pin of a process, oldest first, in batches (each batch is one short query). */
export function* publicPinBatches(conn: Conn, processId: string): Generator<OpenDataPin[]> {
	let after: { at: Date; id: string } | null = null;
	for (;;) {
		const rows = batch(conn, processId, after);
		if (rows.length === 0) return;
		yield rows;
		if (rows.length < BATCH) return;
		const last = rows[rows.length - 1];
		after = { at: last.created, id: last.id };
	}
}

const pinUrl = (origin: string, processSlug: string, p: OpenDataPin) =>
	`${origin}/verfahren/${processSlug}/${p.module}/hinweise/${p.id}`;

/** GeoJSON FeatureCollection (RFC 7946) in chunks; pins "ohne genauen Ort" have geometry null. */
export function* geojsonChunks(conn: Conn, processId: string, processSlug: string, origin: string) {
	yield '{"type":"FeatureCollection","features":[';
	let first = true;
	for (const rows of publicPinBatches(conn, processId)) {
		const parts = rows.map((p) =>
			JSON.stringify({
				type: 'Feature',
				id: p.id,
				geometry: p.lat === null || p.lon === null ? null : { type: 'Point', coordinates: [p.lon, p.lat] },
				properties: {
					id: p.id,
					category: p.category,
					category_label: p.categoryLabel,
					district: p.district,
					stadtbezirk: p.stadtbezirk,
					location: p.lat === null ? 'district' : 'point',
					text: p.text,
					created: p.created.toISOString(),
					supports: p.supports,
					url: pinUrl(origin, processSlug, p)
				}
			})
		);
		yield (first ? '' : ',') + parts.join(',');
		first = false;
	}
	yield ']}\n';
}

export const CSV_COLUMNS = [
	'id',
	'category',
	'category_label',
	'district',
	'stadtbezirk',
	'lat',
	'lon',
	'location',
	'text',
	'created',
	'supports',
	'url'
] as const;

/**
 * One CSV field after RFC 4180: quoted when it holds a comma, quote or line break (quotes doubled).
 * Text that a spreadsheet would run as a formula (starting with = + - @ or a tab) gets a leading
 * apostrophe, so opening the file never executes anything.
 */
export function csvField(value: string | number | null): string {
	if (value === null) return '';
	let s = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a UTF-8 byte order mark (Excel then reads the umlauts right), comma separated, CRLF lines. */
export function* csvChunks(conn: Conn, processId: string, processSlug: string, origin: string) {
	yield '\uFEFF' + CSV_COLUMNS.join(',') + '\r\n';
	for (const rows of publicPinBatches(conn, processId)) {
		yield rows
			.map(
				(p) =>
					[
						p.id,
						p.category,
						p.categoryLabel,
						p.district,
						p.stadtbezirk,
						p.lat,
						p.lon,
						p.lat === null ? 'district' : 'point',
						p.text,
						p.created.toISOString(),
						p.supports,
						pinUrl(origin, processSlug, p)
					]
						.map(csvField)
						.join(',') + '\r\n'
			)
			.join('');
	}
}
