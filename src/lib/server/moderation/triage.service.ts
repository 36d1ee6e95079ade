// Sorting the queue without deciding: tags (per process, created on the fly), who handles an item
// (assignee: a person with the moderation or admin role), duplicates, and photo decisions. Each action
// is one function and one transaction, works on one item or a selection, and is audited per item.
//
// Duplicates: marking an item as a duplicate of another keeps its own state (it stays public or
// pending as it was) and only links it to the original, so the Begleitgremium and the weighing table
// can treat them together; a moderator who does not want it public rejects it in addition (reason
// "Wiederholung eines Beitrags"). Links always point at the original: marking an original as a
// duplicate moves its own duplicates along, so there are no chains.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DB } from '../db';
import { contributions, contributionTags, photos, tags, userRoles, users } from '../db/schema';
import { audit } from '../audit';
import { contributionsChanged } from '../events';
import { decidePhoto } from '../modules/map/photos';
import { dropQueueCounts } from './queue-cache';

export type Result<T = object> = ({ ok: true } & T) | { ok: false; reason: string };

export const TAG_MAX = 60;

/** Trims and collapses spaces; null when empty or too long. */
export function cleanTagLabel(raw: unknown): string | null {
	const s = (typeof raw === 'string' ? raw : '').replace(/\s+/g, ' ').trim();
	return s && s.length <= TAG_MAX ? s : null;
}

function itemsOf(db: DB | Parameters<Parameters<DB['transaction']>[0]>[0], ids: string[]) {
	return ids.length
		? db
				.select({
					id: contributions.id,
					processId: contributions.processId,
					assigneeId: contributions.assigneeId
				})
				.from(contributions)
				.where(inArray(contributions.id, ids))
				.all()
		: [];
}

/**
 * Tags items with an existing tag (tagId) or a new one (label; an existing tag with the same label,
 * ignoring case, is reused). Only items of the tag's process are tagged.
 */
export function tagItems(
	db: DB,
	actorId: string,
	processId: string,
	ids: string[],
	tag: { tagId: string } | { label: string }
): Result<{ tagId: string; label: string; tagged: number }> {
	if (ids.length === 0) return { ok: false, reason: 'nothing_selected' };
	const r = db.transaction((tx) => {
		let tagId: string;
		let tagLabel: string;
		if ('tagId' in tag) {
			const t = tx
				.select()
				.from(tags)
				.where(and(eq(tags.id, tag.tagId), eq(tags.processId, processId)))
				.get();
			if (!t) return { ok: false as const, reason: 'tag_unknown' };
			tagId = t.id;
			tagLabel = t.label;
		} else {
			const label = cleanTagLabel(tag.label);
			if (!label) return { ok: false as const, reason: 'tag_invalid' };
			const existing = tx
				.select()
				.from(tags)
				.where(and(eq(tags.processId, processId), sql`lower(${tags.label}) = lower(${label})`))
				.get();
			tagLabel = existing?.label ?? label;
			if (existing) tagId = existing.id;
			else {
				tagId = tx.insert(tags).values({ processId, label }).returning({ id: tags.id }).get().id;
				audit(tx, {
					actorId,
					action: 'tag.created',
					entityType: 'tag',
					entityId: tagId,
					after: { label, processId }
				});
			}
		}
		let tagged = 0;
		for (const item of itemsOf(tx, ids)) {
			if (item.processId !== processId) continue;
			const res = tx
				.insert(contributionTags)
				.values({ contributionId: item.id, tagId })
				.onConflictDoNothing()
				.run();
			if (res.changes === 0) continue;
			tagged++;
			audit(tx, {
				actorId,
				action: 'contribution.tagged',
				entityType: 'contribution',
				entityId: item.id,
				after: { tagAdded: tagLabel }
			});
		}
		return { ok: true as const, tagId, label: tagLabel, tagged };
	});
	dropQueueCounts();
	return r;
}

export function untagItems(
	db: DB,
	actorId: string,
	ids: string[],
	tagId: string
): Result<{ untagged: number }> {
	if (ids.length === 0) return { ok: false, reason: 'nothing_selected' };
	const r = db.transaction((tx) => {
		const label = tx.select({ label: tags.label }).from(tags).where(eq(tags.id, tagId)).get()?.label;
		if (!label) return { ok: false as const, reason: 'tag_unknown' };
		let untagged = 0;
		for (const id of ids) {
			const res = tx
				.delete(contributionTags)
				.where(and(eq(contributionTags.contributionId, id), eq(contributionTags.tagId, tagId)))
				.run();
			if (res.changes === 0) continue;
			untagged++;
			audit(tx, {
				actorId,
				action: 'contribution.tagged',
				entityType: 'contribution',
				entityId: id,
				after: { tagRemoved: label }
			});
		}
		return { ok: true as const, untagged };
	});
	dropQueueCounts();
	return r;
}

/** People who may handle queue items: moderation and admin roles. */
export function moderators(db: DB) {
	return db
		.selectDistinct({ id: users.id, displayName: users.displayName })
		.from(userRoles)
		.innerJoin(users, eq(users.id, userRoles.userId))
		.where(inArray(userRoles.role, ['moderation', 'admin']))
		.orderBy(users.displayName)
		.all();
}

/** Assigns items to a moderator, or (null) to nobody. */
export function assignItems(
	db: DB,
	actorId: string,
	ids: string[],
	assigneeId: string | null
): Result<{ changed: number }> {
	if (ids.length === 0) return { ok: false, reason: 'nothing_selected' };
	if (assigneeId && !moderators(db).some((m) => m.id === assigneeId))
		return { ok: false, reason: 'assignee_invalid' };
	const r = db.transaction((tx) => {
		let changed = 0;
		for (const item of itemsOf(tx, ids)) {
			if (item.assigneeId === assigneeId) continue;
			tx.update(contributions).set({ assigneeId }).where(eq(contributions.id, item.id)).run();
			changed++;
			audit(tx, {
				actorId,
				action: 'contribution.assigned',
				entityType: 'contribution',
				entityId: item.id,
				before: { assigneeId: item.assigneeId },
				after: { assigneeId }
			});
		}
		return { ok: true as const, changed };
	});
	dropQueueCounts();
	return r;
}

/** Marks items as duplicates of `originalId` (same process), or (originalId null) removes the mark. */
export function markDuplicates(
	db: DB,
	actorId: string,
	ids: string[],
	originalId: string | null
): Result<{ changed: number }> {
	if (ids.length === 0) return { ok: false, reason: 'nothing_selected' };
	const r = db.transaction((tx) => {
		let target: string | null = null;
		if (originalId) {
			const o = tx
				.select({
					id: contributions.id,
					processId: contributions.processId,
					duplicateOfId: contributions.duplicateOfId
				})
				.from(contributions)
				.where(eq(contributions.id, originalId))
				.get();
			if (!o) return { ok: false as const, reason: 'duplicate_unknown' };
			// Always link to the original itself, never to another duplicate.
			target = o.duplicateOfId ?? o.id;
			const items = tx
				.select({
					id: contributions.id,
					processId: contributions.processId,
					duplicateOfId: contributions.duplicateOfId
				})
				.from(contributions)
				.where(inArray(contributions.id, ids))
				.all();
			if (items.some((i) => i.processId !== o.processId))
				return { ok: false as const, reason: 'duplicate_other_process' };
			if (items.some((i) => i.id === target))
				// Named directly, or through one of its own duplicates (which stands for it).
				return { ok: false as const, reason: target === originalId ? 'duplicate_self' : 'duplicate_of_own' };
			let changed = 0;
			for (const i of items) {
				if (i.duplicateOfId !== target) {
					tx.update(contributions).set({ duplicateOfId: target }).where(eq(contributions.id, i.id)).run();
					changed++;
					audit(tx, {
						actorId,
						action: 'contribution.duplicate',
						entityType: 'contribution',
						entityId: i.id,
						before: { duplicateOfId: i.duplicateOfId },
						after: { duplicateOfId: target }
					});
				}
				// Its own duplicates now point at the original too.
				tx.update(contributions)
					.set({ duplicateOfId: target })
					.where(eq(contributions.duplicateOfId, i.id))
					.run();
			}
			return { ok: true as const, changed };
		}
		let changed = 0;
		for (const i of tx
			.select({ id: contributions.id, duplicateOfId: contributions.duplicateOfId })
			.from(contributions)
			.where(inArray(contributions.id, ids))
			.all()) {
			if (!i.duplicateOfId) continue;
			tx.update(contributions).set({ duplicateOfId: null }).where(eq(contributions.id, i.id)).run();
			changed++;
			audit(tx, {
				actorId,
				action: 'contribution.duplicate',
				entityType: 'contribution',
				entityId: i.id,
				before: { duplicateOfId: i.duplicateOfId },
				after: { duplicateOfId: null }
			});
		}
		return { ok: true as const, changed };
	});
	dropQueueCounts();
	return r;
}

/** Approves or rejects a pin's photo (map module's decidePhoto, audited there) in one transaction. */
export function decidePinPhoto(
	db: DB,
	actorId: string,
	photoId: string,
	decision: 'approved' | 'rejected',
	/** The item the moderator is looking at: the photo must be its own. */
	contributionId?: string
): Result<{ moduleId: string | null }> {
	const r = db.transaction((tx) => {
		if (contributionId) {
			const own = tx
				.select({ id: photos.id })
				.from(photos)
				.where(and(eq(photos.id, photoId), eq(photos.contributionId, contributionId)))
				.get();
			if (!own) return { ok: false as const, reason: 'not_found' };
		}
		const res = decidePhoto(tx, actorId, photoId, decision);
		if (!res.ok) return res;
		const c = tx
			.select({ moduleId: contributions.moduleId })
			.from(contributions)
			.where(sql`${contributions.id} = (select contribution_id from photos where id = ${photoId})`)
			.get();
		return { ok: true as const, moduleId: c?.moduleId ?? null };
	});
	if (r.ok) {
		dropQueueCounts();
		contributionsChanged(r.moduleId);
	}
	return r;
}
