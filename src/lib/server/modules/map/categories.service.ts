// Pin categories of a map module, managed by admins: the eight defaults after seed 004, and adding,
// renaming, recolouring, reordering and archiving (archived categories keep their pins but take no new
// ones). Keys are stable once created: they are in URLs and in the open data. Every change is audited.
import { and, asc, eq, max } from 'drizzle-orm';
import type { Conn, DB } from '../../db';
import { modules, pinCategories } from '../../db/schema';
import { audit } from '../../audit';
import { slugify } from '../../geo/quarters';
import { cleanText, type FieldErrors } from '../../../validation/common';
import { contrastWithWhite, parseColor } from './input';

export type Result<T = object> = ({ ok: true } & T) | { ok: false; reason: string; errors?: FieldErrors };

export const MAX_CATEGORY_LABEL = 80;
export const MAX_CATEGORY_DESCRIPTION = 300;
/** Markers draw white on the category colour, so every colour needs 4.5:1 against white. */
export const MIN_CONTRAST = 4.5;

/** The categories of seed 004, in this order; colours chosen for 4.5:1 against white. */
export const DEFAULT_CATEGORIES = [
	{
		key: 'wohnraum',
		label: 'Wohnraum und Bezahlbarkeit',
		labelEn: 'Living space and affordability',
		color: '#a4262c'
	},
	{ key: 'gruen', label: 'Grün- und Freiflächen', labelEn: 'Green and open space', color: '#2e6b30' },
	{ key: 'internet', label: 'Schnelles Internet', labelEn: 'Fast internet', color: '#5b3d99' },
	{ key: 'nahversorgung', label: 'Nahversorgung', labelEn: 'Local supply', color: '#8f4f00' },
	{ key: 'oeffentlicher-raum', label: 'Öffentlicher Raum', labelEn: 'Public space', color: '#0b5394' },
	{ key: 'mobilitaet', label: 'Mobilität', labelEn: 'Mobility', color: '#005f73' },
	{ key: 'barrierefreiheit', label: 'Barrierefreiheit', labelEn: 'Accessibility', color: '#a3005f' },
	{ key: 'sonstiges', label: 'Sonstiges', labelEn: 'Other', color: '#4d4d4d' }
] as const;

export type CategoryRow = typeof pinCategories.$inferSelect;

/** All categories of a module in their order (archived ones too: the admin page and old pins need them). */
export function categoriesOf(conn: Conn, moduleId: string): CategoryRow[] {
	return conn
		.select()
		.from(pinCategories)
		.where(eq(pinCategories.moduleId, moduleId))
		.orderBy(asc(pinCategories.position))
		.all();
}

function isMapModule(conn: Conn, moduleId: string) {
	const m = conn.select({ type: modules.type }).from(modules).where(eq(modules.id, moduleId)).get();
	return m?.type === 'map';
}

function nextPosition(conn: Conn, moduleId: string) {
	const top = conn
		.select({ p: max(pinCategories.position) })
		.from(pinCategories)
		.where(eq(pinCategories.moduleId, moduleId))
		.get();
	return (top?.p ?? 0) + 1;
}

/** Adds those of the eight default categories the module does not have yet (by key). */
export function addDefaultCategories(
	db: DB,
	actorId: string | null,
	moduleId: string
): Result<{ added: number }> {
	return db.transaction((tx) => {
		if (!isMapModule(tx, moduleId)) return { ok: false as const, reason: 'not_found' };
		return { ok: true as const, added: insertDefaultCategories(tx, actorId, moduleId) };
	});
}

/** Inside the caller's transaction: the missing default categories, audited; returns how many. */
export function insertDefaultCategories(tx: Conn, actorId: string | null, moduleId: string): number {
	const have = new Set(categoriesOf(tx, moduleId).map((c) => c.key));
	let position = nextPosition(tx, moduleId);
	const added: string[] = [];
	for (const c of DEFAULT_CATEGORIES) {
		if (have.has(c.key)) continue;
		tx.insert(pinCategories)
			.values({ ...c, moduleId, position: position++ })
			.run();
		added.push(c.key);
	}
	if (added.length)
		audit(tx, {
			actorId,
			action: 'category.defaults_added',
			entityType: 'module',
			entityId: moduleId,
			after: { keys: added }
		});
	return added.length;
}

export interface CategoryInput {
	label?: unknown;
	labelEn?: unknown;
	description?: unknown;
	color?: unknown;
}

type CategoryValues = { label: string; labelEn: string; description: string; color: string };

/** Field checks shared by create and update; error codes per field. */
export function checkCategory(
	input: CategoryInput
): { ok: true; value: CategoryValues } | { ok: false; errors: FieldErrors } {
	const errors: FieldErrors = {};
	const label = cleanText(input.label).replace(/\s+/g, ' ');
	const labelEn = cleanText(input.labelEn).replace(/\s+/g, ' ');
	const description = cleanText(input.description);
	if (!label) errors.label = 'required';
	else if (label.length > MAX_CATEGORY_LABEL) errors.label = `max:${MAX_CATEGORY_LABEL}`;
	if (labelEn.length > MAX_CATEGORY_LABEL) errors.labelEn = `max:${MAX_CATEGORY_LABEL}`;
	if (description.length > MAX_CATEGORY_DESCRIPTION) errors.description = `max:${MAX_CATEGORY_DESCRIPTION}`;
	const color = parseColor(input.color);
	if (!color) errors.color = 'color_invalid';
	else if (contrastWithWhite(color) < MIN_CONTRAST) errors.color = 'color_contrast';
	if (Object.keys(errors).length) return { ok: false, errors };
	return { ok: true, value: { label, labelEn, description, color: color! } };
}

export function createCategory(
	db: DB,
	actorId: string | null,
	moduleId: string,
	input: CategoryInput
): Result<{ categoryId: string; key: string }> {
	const checked = checkCategory(input);
	if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
	return db.transaction((tx) => {
		if (!isMapModule(tx, moduleId)) return { ok: false as const, reason: 'not_found' };
		const clash = nameTaken(tx, moduleId, checked.value);
		if (clash) return { ok: false as const, reason: 'invalid', errors: { [clash]: 'label_taken' } };
		const have = new Set(categoriesOf(tx, moduleId).map((c) => c.key));
		const base = slugify(checked.value.label).slice(0, 40) || 'kategorie';
		let key = base;
		for (let i = 2; have.has(key); i++) key = `${base}-${i}`;
		const row = tx
			.insert(pinCategories)
			.values({ ...checked.value, key, moduleId, position: nextPosition(tx, moduleId) })
			.returning({ id: pinCategories.id })
			.get();
		audit(tx, {
			actorId,
			action: 'category.created',
			entityType: 'pin_category',
			entityId: row.id,
			after: { moduleId, key, ...checked.value }
		});
		return { ok: true as const, categoryId: row.id, key };
	});
}

/**
 * Another category of the module already has this German or English name (the public filter could not
 * tell them apart). Returns the field that clashes.
 */
function nameTaken(
	conn: Conn,
	moduleId: string,
	value: { label: string; labelEn: string },
	exceptId?: string
): 'label' | 'labelEn' | null {
	const same = (a: string, b: string) => !!b && a.toLocaleLowerCase('de') === b.toLocaleLowerCase('de');
	const others = categoriesOf(conn, moduleId).filter((c) => c.id !== exceptId);
	if (others.some((c) => same(c.label, value.label))) return 'label';
	if (others.some((c) => same(c.labelEn ?? '', value.labelEn))) return 'labelEn';
	return null;
}

function categoryOf(conn: Conn, moduleId: string, categoryId: string) {
	return conn
		.select()
		.from(pinCategories)
		.where(and(eq(pinCategories.id, categoryId), eq(pinCategories.moduleId, moduleId)))
		.get();
}

/** Renames, recolours or redescribes a category; its key stays. */
export function updateCategory(
	db: DB,
	actorId: string | null,
	moduleId: string,
	categoryId: string,
	input: CategoryInput
): Result<{ changed: boolean }> {
	const checked = checkCategory(input);
	if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
	return db.transaction((tx) => {
		const before = categoryOf(tx, moduleId, categoryId);
		if (!before) return { ok: false as const, reason: 'not_found' };
		// Only a changed name is checked: a clash already in the data must not block a new colour.
		const v = checked.value;
		const clash = nameTaken(
			tx,
			moduleId,
			{
				label: v.label !== before.label ? v.label : '',
				labelEn: v.labelEn !== before.labelEn ? v.labelEn : ''
			},
			categoryId
		);
		if (clash) return { ok: false as const, reason: 'invalid', errors: { [clash]: 'label_taken' } };
		const keys = ['label', 'labelEn', 'description', 'color'] as const;
		const changed = keys.filter((k) => before[k] !== checked.value[k]);
		if (changed.length === 0) return { ok: true as const, changed: false };
		tx.update(pinCategories).set(checked.value).where(eq(pinCategories.id, categoryId)).run();
		audit(tx, {
			actorId,
			action: 'category.updated',
			entityType: 'pin_category',
			entityId: categoryId,
			before: Object.fromEntries(changed.map((k) => [k, before[k]])),
			after: Object.fromEntries(changed.map((k) => [k, checked.value[k]]))
		});
		return { ok: true as const, changed: true };
	});
}

/** Swaps the category with its neighbour above (-1) or below (+1). */
export function moveCategory(
	db: DB,
	actorId: string | null,
	moduleId: string,
	categoryId: string,
	direction: -1 | 1
): Result<{ moved: boolean }> {
	return db.transaction((tx) => {
		const list = categoriesOf(tx, moduleId);
		const i = list.findIndex((c) => c.id === categoryId);
		if (i === -1) return { ok: false as const, reason: 'not_found' };
		const j = i + direction;
		if (j < 0 || j >= list.length) return { ok: true as const, moved: false };
		const [a, b] = [list[i], list[j]];
		// Positions may have gaps or ties after imports; renumber the whole list while swapping.
		const order = list.map((c) => c.id);
		[order[i], order[j]] = [order[j], order[i]];
		order.forEach((id, k) =>
			tx
				.update(pinCategories)
				.set({ position: k + 1 })
				.where(eq(pinCategories.id, id))
				.run()
		);
		audit(tx, {
			actorId,
			action: 'category.moved',
			entityType: 'pin_category',
			entityId: a.id,
			before: { position: i + 1 },
			after: { position: j + 1, swappedWith: b.key }
		});
		return { ok: true as const, moved: true };
	});
}

/** Archives (no new pins; existing ones stay) or restores a category. */
export function setCategoryArchived(
	db: DB,
	actorId: string | null,
	moduleId: string,
	categoryId: string,
	archived: boolean
): Result<{ changed: boolean }> {
	return db.transaction((tx) => {
		const before = categoryOf(tx, moduleId, categoryId);
		if (!before) return { ok: false as const, reason: 'not_found' };
		if (before.archived === archived) return { ok: true as const, changed: false };
		tx.update(pinCategories).set({ archived }).where(eq(pinCategories.id, categoryId)).run();
		audit(tx, {
			actorId,
			action: archived ? 'category.archived' : 'category.restored',
			entityType: 'pin_category',
			entityId: categoryId,
			before: { archived: before.archived },
			after: { archived }
		});
		return { ok: true as const, changed: true };
	});
}
