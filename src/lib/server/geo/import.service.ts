// Replacing the quarters with imported official boundaries: the preview (what is new, updated,
// removed; which pins move or fall outside every district) and the replacement itself in one
// transaction. Rules: a district whose name is in the file keeps its id and slug and gets the new
// geometry; new names are inserted; a district missing from the file is deleted only when, after the
// points were re-assigned, no contribution refers to it any more – otherwise nothing changes and the
// admin learns which districts are still in use. Every contribution with a point gets the district of
// the new geometry; a point outside all new districts keeps its old district.
import { and, asc, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Conn, DB } from '../db';
import { contributions, districts, stadtbezirke } from '../db/schema';
import { audit } from '../audit';
import { contributionsChanged } from '../events';
import { formatDate } from '../../i18n/format';
import { bboxContains, labelPoint, pointInMultiPolygon, type Bbox, type MultiPolygon } from './geometry';
import { STADTBEZIRK_NAMES, invalidateQuarters, slugify } from './quarters';
import type { PendingImport } from './import-store';

export interface ImportPlanItem {
	name: string;
	stadtbezirk: string;
	geometry: MultiPolygon;
	bbox: Bbox;
}

export interface ImportPlan {
	fileName: string;
	items: ImportPlanItem[];
	/** Marks the boundaries as approximate (not official), e.g. self-drawn ones; default false. */
	approximate?: boolean;
}

/** The Stadtbezirke an imported district can belong to: those in the database, else Bochum's six. */
export function stadtbezirkOptions(conn: Conn): string[] {
	const rows = conn
		.select({ name: stadtbezirke.name })
		.from(stadtbezirke)
		.orderBy(asc(stadtbezirke.position))
		.all();
	return rows.length > 0 ? rows.map((r) => r.name) : [...STADTBEZIRK_NAMES];
}

/** District name → name of its Stadtbezirk, for the current set (to prefill the mapping). */
export function currentBezirkByDistrict(conn: Conn): Map<string, string> {
	const rows = conn
		.select({ name: districts.name, bezirk: stadtbezirke.name })
		.from(districts)
		.innerJoin(stadtbezirke, eq(stadtbezirke.id, districts.stadtbezirkId))
		.all();
	return new Map(rows.map((r) => [r.name, r.bezirk]));
}

/** The plan of a pending import once every feature has a name and a Stadtbezirk; null before. */
export function planOf(p: PendingImport): ImportPlan | null {
	const { names, assignments } = p;
	if (!names || !assignments || assignments.some((a) => !a)) return null;
	return {
		fileName: p.fileName,
		items: p.parsed.features.map((f, i) => ({
			name: names[i],
			stadtbezirk: assignments[i]!,
			geometry: f.geometry,
			bbox: f.bbox
		}))
	};
}

export interface ImportAnalysis {
	rows: { name: string; stadtbezirk: string; status: 'new' | 'updated'; points: number }[];
	removed: { id: string; name: string; references: number }[];
	/** Districts missing from the file that contributions still refer to: the import is refused. */
	blocked: string[];
	/** Stadtbezirk names in the plan that are neither in the database nor Bochum's six. */
	unknownBezirke: string[];
	counts: { new: number; updated: number; removed: number };
	points: { total: number; outside: number; moved: number };
	/** Internal: per contribution with a point that changes district, the index of its new item. */
	moves: { id: string; item: number }[];
	existing: { id: string; name: string; slug: string; labelLat: number; labelLon: number }[];
}

/** Compares the plan with the current set and the contributions with a point (read-only). */
export function analyseImport(conn: Conn, plan: ImportPlan): ImportAnalysis {
	const existing = conn
		.select({
			id: districts.id,
			name: districts.name,
			slug: districts.slug,
			labelLat: districts.labelLat,
			labelLon: districts.labelLon
		})
		.from(districts)
		.all();
	const byName = new Map(existing.map((d) => [d.name, d]));
	const planned = new Set(plan.items.map((i) => i.name));
	const missing = existing.filter((d) => !planned.has(d.name));

	const pointRows = conn
		.select({
			id: contributions.id,
			lat: contributions.lat,
			lon: contributions.lon,
			districtId: contributions.districtId
		})
		.from(contributions)
		.where(and(isNotNull(contributions.lat), isNotNull(contributions.lon)))
		.all();
	const perItem = plan.items.map(() => 0);
	const leaving = new Map<string, number>(); // old district id → points that move elsewhere
	const moves: { id: string; item: number }[] = [];
	let outside = 0;
	for (const p of pointRows) {
		const lat = p.lat!;
		const lon = p.lon!;
		const item = plan.items.findIndex(
			(it) => bboxContains(it.bbox, lon, lat) && pointInMultiPolygon(lon, lat, it.geometry)
		);
		if (item < 0) {
			outside++;
			continue;
		}
		perItem[item]++;
		const targetId = byName.get(plan.items[item].name)?.id;
		if (targetId !== undefined && targetId === p.districtId) continue;
		moves.push({ id: p.id, item });
		if (p.districtId) leaving.set(p.districtId, (leaving.get(p.districtId) ?? 0) + 1);
	}

	const refs = new Map<string, number>();
	if (missing.length > 0)
		for (const r of conn
			.select({ districtId: contributions.districtId, n: count() })
			.from(contributions)
			.where(
				inArray(
					contributions.districtId,
					missing.map((d) => d.id)
				)
			)
			.groupBy(contributions.districtId)
			.all())
			refs.set(r.districtId!, r.n);
	const removed = missing.map((d) => ({
		id: d.id,
		name: d.name,
		references: (refs.get(d.id) ?? 0) - (leaving.get(d.id) ?? 0)
	}));
	const known = new Set([...stadtbezirkOptions(conn), ...STADTBEZIRK_NAMES]);
	const rows = plan.items.map((it, i) => ({
		name: it.name,
		stadtbezirk: it.stadtbezirk,
		status: byName.has(it.name) ? ('updated' as const) : ('new' as const),
		points: perItem[i]
	}));
	return {
		rows,
		removed,
		blocked: removed.filter((r) => r.references > 0).map((r) => r.name),
		unknownBezirke: [...new Set(plan.items.map((i) => i.stadtbezirk).filter((s) => !known.has(s)))],
		counts: {
			new: rows.filter((r) => r.status === 'new').length,
			updated: rows.filter((r) => r.status === 'updated').length,
			removed: removed.length
		},
		points: { total: pointRows.length, outside, moved: moves.length },
		moves,
		existing
	};
}

export type ReplaceResult =
	| {
			ok: true;
			summary: {
				inserted: number;
				updated: number;
				deleted: number;
				pointsMoved: number;
				pointsOutside: number;
			};
	  }
	| { ok: false; reason: 'empty' }
	| { ok: false; reason: 'districts_in_use'; names: string[] }
	| { ok: false; reason: 'stadtbezirk_unknown'; names: string[] };

const CHUNK = 500;

/** Replaces the current districts with the plan in one transaction (see the rules at the top). */
export function replaceQuarters(db: DB, actorId: string, plan: ImportPlan, now = new Date()): ReplaceResult {
	if (plan.items.length === 0) return { ok: false, reason: 'empty' };
	const source = `${plan.fileName.slice(0, 120)} (importiert am ${formatDate(now, 'de')})`;
	const result = db.transaction((tx): ReplaceResult => {
		const a = analyseImport(tx, plan);
		if (a.unknownBezirke.length > 0)
			return { ok: false, reason: 'stadtbezirk_unknown', names: a.unknownBezirke };
		if (a.blocked.length > 0) return { ok: false, reason: 'districts_in_use', names: a.blocked };

		// Bochum's six Stadtbezirke, when an empty database gets its first import.
		const bezirkIds = new Map(
			tx
				.select({ id: stadtbezirke.id, name: stadtbezirke.name })
				.from(stadtbezirke)
				.all()
				.map((s) => [s.name, s.id])
		);
		STADTBEZIRK_NAMES.forEach((name, i) => {
			if (bezirkIds.has(name) || !plan.items.some((it) => it.stadtbezirk === name)) return;
			const row = tx
				.insert(stadtbezirke)
				.values({ name, position: i + 1 })
				.returning({ id: stadtbezirke.id })
				.get();
			bezirkIds.set(name, row.id);
		});

		// Contributions still point at removed districts until they are re-assigned below.
		tx.run(sql`PRAGMA defer_foreign_keys = ON`);
		if (a.removed.length > 0)
			tx.delete(districts)
				.where(
					inArray(
						districts.id,
						a.removed.map((r) => r.id)
					)
				)
				.run();

		const byName = new Map(a.existing.map((d) => [d.name, d]));
		const removedIds = new Set(a.removed.map((r) => r.id));
		const slugs = new Set(a.existing.filter((d) => !removedIds.has(d.id)).map((d) => d.slug));
		const positions = new Map<string, number>();
		const itemIds: string[] = [];
		for (const it of plan.items) {
			const position = (positions.get(it.stadtbezirk) ?? 0) + 1;
			positions.set(it.stadtbezirk, position);
			const current = byName.get(it.name);
			// A label point still inside keeps its place: markers of pins without a point do not jump.
			const label =
				current && pointInMultiPolygon(current.labelLon, current.labelLat, it.geometry)
					? { lat: current.labelLat, lon: current.labelLon }
					: labelPoint(it.geometry);
			const values = {
				stadtbezirkId: bezirkIds.get(it.stadtbezirk)!,
				position,
				geometry: it.geometry,
				...it.bbox,
				labelLat: label.lat,
				labelLon: label.lon,
				approximate: plan.approximate === true,
				source,
				updatedAt: now
			};
			if (current) {
				tx.update(districts).set(values).where(eq(districts.id, current.id)).run();
				itemIds.push(current.id);
				continue;
			}
			const base = slugify(it.name) || 'bezirk';
			let slug = base;
			for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
			slugs.add(slug);
			const row = tx
				.insert(districts)
				.values({ ...values, name: it.name, slug, createdAt: now })
				.returning({ id: districts.id })
				.get();
			itemIds.push(row.id);
		}

		const byTarget = new Map<string, string[]>();
		for (const m of a.moves) {
			const target = itemIds[m.item];
			const list = byTarget.get(target) ?? [];
			list.push(m.id);
			byTarget.set(target, list);
		}
		for (const [target, ids] of byTarget)
			for (let i = 0; i < ids.length; i += CHUNK)
				tx.update(contributions)
					.set({ districtId: target })
					.where(inArray(contributions.id, ids.slice(i, i + CHUNK)))
					.run();

		const summary = {
			inserted: a.counts.new,
			updated: a.counts.updated,
			deleted: a.counts.removed,
			pointsMoved: a.points.moved,
			pointsOutside: a.points.outside
		};
		audit(tx, {
			actorId,
			action: 'quarters.imported',
			entityType: 'district',
			before: { districts: a.existing.length },
			after: {
				districts: plan.items.length,
				source,
				...summary,
				insertedNames: a.rows.filter((r) => r.status === 'new').map((r) => r.name),
				deletedNames: a.removed.map((r) => r.name)
			}
		});
		return { ok: true, summary };
	});
	if (result.ok) {
		invalidateQuarters();
		contributionsChanged(null);
	}
	return result;
}
