// Topic packages (Themenpakete): moderation groups related published input under a title and a
// summary and forwards the package to the Begleitgremium (draft → forwarded). Rules:
// - An item belongs to at most one package. Only published items can be packed (the Gremium reviews
//   curated input). Adding an item that sits in another draft package moves it; items of a package
//   that was already forwarded stay there (the Gremium may have discussed them).
// - A forwarded package still accepts items and edits (late input of the same topic); every change
//   is audited, so the Gremium can see what came later.
// - Only a draft can be deleted; its items' package_id is cleared first (NO ACTION foreign key).
// - Once the administration's response is published (state answered), the package is the public record
//   of how its items were handled: its title, summary and items are fixed.
// - Titles are unique within a process (without regard to case): the queue's package choice shows titles.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DB, Tx } from '../db';
import { contributions, topicPackages } from '../db/schema';
import { audit } from '../audit';
import { dropQueueCounts } from './queue-cache';

export type Result<T = object> = ({ ok: true } & T) | { ok: false; reason: string; field?: string };

export const PACKAGE_TITLE_MAX = 200;
export const PACKAGE_SUMMARY_MAX = 5000;

function clean(raw: unknown, max: number, multiline = false) {
	const s = typeof raw === 'string' ? raw : '';
	const t = (
		multiline ? s.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n') : s.replace(/\s+/g, ' ')
	).trim();
	return t.length > max ? null : t;
}

export interface PackageInput {
	title: unknown;
	summary?: unknown;
}

function checkInput(input: PackageInput): Result<{ title: string; summary: string }> {
	const title = clean(input.title, PACKAGE_TITLE_MAX);
	if (title === null) return { ok: false, reason: 'package_title_too_long', field: 'title' };
	if (!title) return { ok: false, reason: 'package_title_required', field: 'title' };
	const summary = clean(input.summary ?? '', PACKAGE_SUMMARY_MAX, true);
	if (summary === null) return { ok: false, reason: 'package_summary_too_long', field: 'summary' };
	return { ok: true, title, summary };
}

/** A package of this process with this title (without regard to case), other than `except`. */
function titleTaken(tx: Tx, processId: string, title: string, except = '') {
	return (
		tx.get<{ id: string } | undefined>(
			sql`select id from topic_packages where process_id = ${processId} and title = ${title} collate nocase and id != ${except} limit 1`
		) !== undefined
	);
}

class NothingAdded extends Error {}

function createIn(tx: Tx, actorId: string, processId: string, title: string, summary: string, now: Date) {
	const id = tx
		.insert(topicPackages)
		.values({ processId, title, summary, createdBy: actorId, createdAt: now, updatedAt: now })
		.returning({ id: topicPackages.id })
		.get().id;
	audit(tx, {
		actorId,
		action: 'package.created',
		entityType: 'topic_package',
		entityId: id,
		after: { title, summary, processId }
	});
	return id;
}

export function createPackage(
	db: DB,
	actorId: string,
	processId: string,
	input: PackageInput,
	now = new Date()
): Result<{ id: string }> {
	const v = checkInput(input);
	if (!v.ok) return v;
	const r = db.transaction((tx) => {
		if (titleTaken(tx, processId, v.title))
			return { ok: false as const, reason: 'package_title_taken', field: 'title' };
		return { ok: true as const, id: createIn(tx, actorId, processId, v.title, v.summary, now) };
	});
	dropQueueCounts(); // the queue's package choices
	return r;
}

export function updatePackage(
	db: DB,
	actorId: string,
	id: string,
	input: PackageInput,
	now = new Date()
): Result {
	const v = checkInput(input);
	if (!v.ok) return v;
	const r = db.transaction((tx) => {
		const p = tx.select().from(topicPackages).where(eq(topicPackages.id, id)).get();
		if (!p) return { ok: false as const, reason: 'not_found' };
		if (p.title === v.title && p.summary === v.summary) return { ok: true as const };
		if (p.state === 'answered') return { ok: false as const, reason: 'package_answered' };
		if (titleTaken(tx, p.processId, v.title, p.id))
			return { ok: false as const, reason: 'package_title_taken', field: 'title' };
		tx.update(topicPackages)
			.set({ title: v.title, summary: v.summary, updatedAt: now })
			.where(eq(topicPackages.id, id))
			.run();
		audit(tx, {
			actorId,
			action: 'package.updated',
			entityType: 'topic_package',
			entityId: id,
			before: { title: p.title, summary: p.summary, state: p.state },
			after: { title: v.title, summary: v.summary }
		});
		return { ok: true as const };
	});
	dropQueueCounts();
	return r;
}

export type PackOutcome =
	'added' | 'already' | 'not_published' | 'in_forwarded_package' | 'other_process' | 'not_found';

export interface PackResult {
	packageId: string;
	title: string;
	created: boolean;
	results: { id: string; outcome: PackOutcome }[];
	added: number;
}

/**
 * Adds items to a package – an existing one (packageId) or a new one created in the same transaction
 * (title) – and reports per item what happened.
 */
export function addToPackage(
	db: DB,
	actorId: string,
	processId: string,
	target: { packageId: string } | { title: unknown; summary?: unknown },
	ids: string[],
	now = new Date()
): Result<PackResult> {
	if (ids.length === 0) return { ok: false, reason: 'nothing_selected' };
	let fresh: { title: string; summary: string } | null = null;
	if (!('packageId' in target)) {
		const v = checkInput(target);
		if (!v.ok) return v;
		fresh = v;
	}
	const run = () =>
		db.transaction((tx) => {
			let pkg;
			if (fresh) {
				if (titleTaken(tx, processId, fresh.title))
					return { ok: false as const, reason: 'package_title_taken', field: 'title' };
				const id = createIn(tx, actorId, processId, fresh.title, fresh.summary, now);
				pkg = tx.select().from(topicPackages).where(eq(topicPackages.id, id)).get()!;
			} else {
				pkg = tx
					.select()
					.from(topicPackages)
					.where(eq(topicPackages.id, (target as { packageId: string }).packageId))
					.get();
				if (!pkg || pkg.processId !== processId) return { ok: false as const, reason: 'not_found' };
				if (pkg.state === 'answered') return { ok: false as const, reason: 'package_answered' };
			}
			const items = tx.select().from(contributions).where(inArray(contributions.id, ids)).all();
			const current = new Map(
				items.filter((i) => i.packageId).length
					? tx
							.select({ id: topicPackages.id, state: topicPackages.state })
							.from(topicPackages)
							.where(
								inArray(
									topicPackages.id,
									items.map((i) => i.packageId).filter((x): x is string => !!x)
								)
							)
							.all()
							.map((p) => [p.id, p.state])
					: []
			);
			const results = [...new Set(ids)].map((id) => {
				const c = items.find((i) => i.id === id);
				let outcome: PackOutcome = 'added';
				if (!c) outcome = 'not_found';
				else if (c.processId !== pkg.processId) outcome = 'other_process';
				else if (c.packageId === pkg.id) outcome = 'already';
				else if (c.state !== 'published') outcome = 'not_published';
				else if (c.packageId && current.get(c.packageId) !== 'draft') outcome = 'in_forwarded_package';
				if (outcome === 'added' && c) {
					tx.update(contributions).set({ packageId: pkg.id }).where(eq(contributions.id, id)).run();
					audit(tx, {
						actorId,
						action: 'package.items_added',
						entityType: 'contribution',
						entityId: id,
						before: { packageId: c.packageId },
						after: { packageId: pkg.id, packageState: pkg.state }
					});
				}
				return { id, outcome };
			});
			// A new package that would stay empty is not created at all.
			if (fresh && !results.some((x) => x.outcome === 'added')) throw new NothingAdded();
			if (results.some((x) => x.outcome === 'added'))
				tx.update(topicPackages).set({ updatedAt: now }).where(eq(topicPackages.id, pkg.id)).run();
			return {
				ok: true as const,
				packageId: pkg.id,
				title: pkg.title,
				created: !!fresh,
				results,
				added: results.filter((x) => x.outcome === 'added').length
			};
		});
	let r: Result<PackResult>;
	try {
		r = run();
	} catch (e) {
		if (!(e instanceof NothingAdded)) throw e;
		r = { ok: false, reason: 'package_nothing_added' };
	}
	dropQueueCounts();
	return r;
}

export function removeFromPackage(
	db: DB,
	actorId: string,
	packageId: string,
	itemId: string,
	now = new Date()
): Result {
	const r = db.transaction((tx) => {
		const pkg = tx.select().from(topicPackages).where(eq(topicPackages.id, packageId)).get();
		if (!pkg) return { ok: false as const, reason: 'not_found' };
		if (pkg.state === 'answered') return { ok: false as const, reason: 'package_answered' };
		const res = tx
			.update(contributions)
			.set({ packageId: null })
			.where(and(eq(contributions.id, itemId), eq(contributions.packageId, packageId)))
			.run();
		if (res.changes !== 1) return { ok: false as const, reason: 'conflict' };
		tx.update(topicPackages).set({ updatedAt: now }).where(eq(topicPackages.id, packageId)).run();
		audit(tx, {
			actorId,
			action: 'package.items_removed',
			entityType: 'contribution',
			entityId: itemId,
			before: { packageId, packageState: pkg.state },
			after: { packageId: null }
		});
		return { ok: true as const };
	});
	dropQueueCounts();
	return r;
}

/** draft → forwarded: the Begleitgremium sees it from now on. Needs at least one item. */
export function forwardPackage(db: DB, actorId: string, packageId: string, now = new Date()): Result {
	const r = db.transaction((tx) => {
		const pkg = tx.select().from(topicPackages).where(eq(topicPackages.id, packageId)).get();
		if (!pkg) return { ok: false as const, reason: 'not_found' };
		if (pkg.state !== 'draft') return { ok: false as const, reason: 'package_not_draft' };
		const item = tx
			.select({ id: contributions.id })
			.from(contributions)
			.where(eq(contributions.packageId, packageId))
			.limit(1)
			.get();
		if (!item) return { ok: false as const, reason: 'package_empty' };
		const res = tx
			.update(topicPackages)
			.set({ state: 'forwarded', forwardedAt: now, forwardedBy: actorId, updatedAt: now })
			.where(and(eq(topicPackages.id, packageId), eq(topicPackages.state, 'draft')))
			.run();
		if (res.changes !== 1) return { ok: false as const, reason: 'conflict' };
		audit(tx, {
			actorId,
			action: 'package.forwarded',
			entityType: 'topic_package',
			entityId: packageId,
			before: { state: 'draft' },
			after: { state: 'forwarded' }
		});
		return { ok: true as const };
	});
	dropQueueCounts();
	return r;
}

/** Deletes a draft package; its items go back to "no package". */
export function deletePackage(db: DB, actorId: string, packageId: string): Result {
	const r = db.transaction((tx) => {
		const pkg = tx.select().from(topicPackages).where(eq(topicPackages.id, packageId)).get();
		if (!pkg) return { ok: false as const, reason: 'not_found' };
		if (pkg.state !== 'draft') return { ok: false as const, reason: 'package_not_draft' };
		const items = tx
			.update(contributions)
			.set({ packageId: null })
			.where(eq(contributions.packageId, packageId))
			.returning({ id: contributions.id })
			.all();
		tx.delete(topicPackages).where(eq(topicPackages.id, packageId)).run();
		audit(tx, {
			actorId,
			action: 'package.deleted',
			entityType: 'topic_package',
			entityId: packageId,
			before: { title: pkg.title, summary: pkg.summary, items: items.map((i) => i.id) },
			after: null
		});
		return { ok: true as const };
	});
	dropQueueCounts();
	return r;
}
