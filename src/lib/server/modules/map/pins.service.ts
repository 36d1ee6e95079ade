// Pins on the quarter map: create one (a point, or only a district: "ohne genauen Ort"), with category,
// text and an optional photo; edit or withdraw one's own pending pin; comment on pins (threaded like
// chapter comments, in the same contributions table) and support pins and their comments once per
// person. The district is always computed here from the point, never taken from the client. Same phase
// rules and moderation modes as comments; every pin enters the review queue through its state.
import { and, eq, sql } from 'drizzle-orm';
import type { Conn, DB } from '../../db';
import { contributions, districts, pinCategories, supports } from '../../db/schema';
import type { SessionUser } from '../../auth/session';
import { canContribute, isModerator, type Denial } from '../../participation/permissions';
import { contributionsChanged } from '../../events';
import { indexText } from '../../search';
import { locateDistrict, validatePoint } from '../../geo/quarters';
import { checkBody, onPublished } from '../document/comments.service';
import { mapModuleById, modulePhases } from './context';
import { checkPinText } from './input';
import { insertPhoto, preparePhoto, type PreparedPhoto } from './photos';

/** Replies to pins: pin 0, comment 1, reply to a comment 2. */
export const MAX_PIN_THREAD_DEPTH = 2;

export type PinField = 'body' | 'category' | 'location' | 'photo';
export type Failure = {
	ok: false;
	reason: string;
	field?: PinField;
	/** Every field error at once (reason codes), so a form shows them together. */
	errors?: Partial<Record<PinField, string>>;
	phase?: { startsAt: Date; endsAt: Date };
};
export type Result<T = object> = ({ ok: true } & T) | Failure;

export interface PinInput {
	moduleId: string;
	categoryKey: string;
	body: string;
	/** The point from the map (strings from a form, or numbers); empty for "ohne genauen Ort". */
	lat?: unknown;
	lon?: unknown;
	/** The district chosen without the map (its slug); used only when no point is given. */
	districtSlug?: string | null;
	nonce?: string | null;
	photo?: { bytes: Uint8Array; alt?: string } | null;
}

const validNonce = (n: string | null | undefined) => (n && /^[A-Za-z0-9-]{8,64}$/.test(n) ? n : null);
const denied = (r: { reason: Denial; phase?: { startsAt: Date; endsAt: Date } }): Failure => ({
	ok: false,
	reason: r.reason,
	phase: r.phase
});

function activeCategory(conn: Conn, moduleId: string, key: string): Result<{ id: string }> {
	const c = conn
		.select({ id: pinCategories.id, archived: pinCategories.archived })
		.from(pinCategories)
		.where(and(eq(pinCategories.moduleId, moduleId), eq(pinCategories.key, key)))
		.get();
	if (!c) return { ok: false, reason: 'category_unknown', field: 'category' };
	if (c.archived) return { ok: false, reason: 'category_archived', field: 'category' };
	return { ok: true, id: c.id };
}

/** Where the pin is: the point's district (server-side lookup), or the chosen district without a point. */
export function resolveLocation(
	conn: Conn,
	input: Pick<PinInput, 'lat' | 'lon' | 'districtSlug'>
): Result<{ lat: number | null; lon: number | null; districtId: string }> {
	const given = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
	if (given(input.lat) || given(input.lon)) {
		const p = validatePoint(input.lat, input.lon);
		if (!p.ok) return { ok: false, reason: 'coordinates_invalid', field: 'location' };
		const where = locateDistrict(conn, p.lat, p.lon);
		if (!where) return { ok: false, reason: 'outside_city', field: 'location' };
		return { ok: true, lat: p.lat, lon: p.lon, districtId: where.districtId };
	}
	const slug = (input.districtSlug ?? '').trim();
	if (!slug) return { ok: false, reason: 'location_required', field: 'location' };
	const d =
		slug.length <= 100 &&
		conn.select({ id: districts.id }).from(districts).where(eq(districts.slug, slug)).get();
	if (!d) return { ok: false, reason: 'district_unknown', field: 'location' };
	return { ok: true, lat: null, lon: null, districtId: d.id };
}

/** Creates a pin with its optional photo in one transaction. A repeated submit (same nonce) creates nothing. */
export async function createPin(
	db: DB,
	user: SessionUser,
	input: PinInput,
	now = new Date()
): Promise<Result<{ id: string; state: string; duplicate?: boolean; photo: boolean }>> {
	const ctx = mapModuleById(db, input.moduleId);
	if (!ctx || !ctx.processPublished) return { ok: false, reason: 'not_found' };
	const may = canContribute(user, modulePhases(db, ctx.moduleId), 'pinning', now);
	if (!may.ok) return denied(may);
	const text = checkPinText(input.body);
	const category = activeCategory(db, ctx.moduleId, input.categoryKey ?? '');
	const place = resolveLocation(db, input);
	if (!place.ok || !category.ok || !text.ok) {
		const failures = [place, category, text.ok ? text : { ...text, field: 'body' as const }].filter(
			(r): r is Failure => !r.ok
		);
		const errors = Object.fromEntries(failures.map((f) => [f.field, f.reason]));
		return { ...failures[0], errors };
	}
	let photo: PreparedPhoto | null = null;
	if (input.photo && input.photo.bytes.byteLength > 0) {
		const prepared = await preparePhoto(input.photo.bytes, input.photo.alt ?? '');
		if (!prepared.ok) return { ok: false, reason: prepared.reason, field: 'photo' };
		photo = prepared.photo;
	}
	const nonce = validNonce(input.nonce);
	const mode = isModerator(user) ? 'post' : (may.phase?.moderationMode ?? 'pre');
	const state = mode === 'post' ? 'published' : 'pending';

	const result = db.transaction((tx) => {
		if (nonce) {
			const dup = tx
				.select({ id: contributions.id, state: contributions.state })
				.from(contributions)
				.where(and(eq(contributions.authorId, user.id), eq(contributions.clientNonce, nonce)))
				.get();
			if (dup) return { ok: true as const, id: dup.id, state: dup.state, duplicate: true, photo: false };
		}
		const row = tx
			.insert(contributions)
			.values({
				kind: 'pin',
				processId: ctx.processId,
				moduleId: ctx.moduleId,
				phaseId: may.phase?.id ?? null,
				authorId: user.id,
				organisationId: user.organisation?.id ?? null,
				body: text.body,
				state,
				moderationMode: mode,
				lat: place.lat,
				lon: place.lon,
				districtId: place.districtId,
				categoryId: category.id,
				clientNonce: nonce,
				// Staff posts need no review of their own (a photo still waits for one).
				reviewedAt: isModerator(user) ? now : null,
				reviewedBy: isModerator(user) ? user.id : null,
				createdAt: now,
				updatedAt: now,
				publishedAt: state === 'published' ? now : null
			})
			.returning({ id: contributions.id })
			.get();
		if (photo) insertPhoto(tx, row.id, photo, now);
		if (state === 'published') indexText(tx, 'pin', row.id, ctx.processId, text.body);
		return { ok: true as const, id: row.id, state, photo: !!photo };
	});
	// Also for pending pins: the review queue's cached counts follow the same signal.
	if (result.ok && !result.duplicate) contributionsChanged(ctx.moduleId);
	return result;
}

function ownPending(conn: Conn, user: SessionUser, id: string) {
	const c = conn.select().from(contributions).where(eq(contributions.id, id)).get();
	if (!c || c.kind !== 'pin' || c.authorId !== user.id) return { ok: false as const, reason: 'not_found' };
	if (c.state !== 'pending') return { ok: false as const, reason: 'not_editable' };
	return { ok: true as const, c };
}

/** The author changes text and category of a pin that was not reviewed yet. */
export function editPin(
	db: DB,
	user: SessionUser,
	id: string,
	input: { body: string; categoryKey: string },
	now = new Date()
): Result {
	const text = checkPinText(input.body);
	if (!text.ok) return { ok: false, reason: text.reason, field: 'body' };
	return db.transaction((tx) => {
		const own = ownPending(tx, user, id);
		if (!own.ok) return own;
		const category = tx
			.select({ id: pinCategories.id, archived: pinCategories.archived })
			.from(pinCategories)
			.where(and(eq(pinCategories.moduleId, own.c.moduleId!), eq(pinCategories.key, input.categoryKey ?? '')))
			.get();
		if (!category) return { ok: false as const, reason: 'category_unknown', field: 'category' as const };
		// The current category may stay even when it was archived since.
		if (category.archived && category.id !== own.c.categoryId)
			return { ok: false as const, reason: 'category_archived', field: 'category' as const };
		const categoryId = category.id;
		const res = tx
			.update(contributions)
			.set({ body: text.body, categoryId, updatedAt: now })
			.where(and(eq(contributions.id, id), eq(contributions.state, 'pending')))
			.run();
		return res.changes === 1 ? { ok: true as const } : { ok: false as const, reason: 'not_editable' };
	});
}

/** The author withdraws a pin that was not reviewed yet (it never was public: no cache to drop). */
export function withdrawPin(db: DB, user: SessionUser, id: string, now = new Date()): Result {
	return db.transaction((tx) => {
		const own = ownPending(tx, user, id);
		if (!own.ok) return own;
		const res = tx
			.update(contributions)
			.set({ state: 'withdrawn', updatedAt: now })
			.where(and(eq(contributions.id, id), eq(contributions.state, 'pending')))
			.run();
		return res.changes === 1 ? { ok: true as const } : { ok: false as const, reason: 'not_editable' };
	});
}

/** A public pin of a map module (published, not hidden), or null. */
function publicPin(conn: Conn, pinId: string) {
	const pin = conn.select().from(contributions).where(eq(contributions.id, pinId)).get();
	if (!pin || pin.kind !== 'pin' || pin.state !== 'published' || pin.hidden || !pin.moduleId) return null;
	return pin;
}

export interface PinCommentInput {
	pinId: string;
	/** A published comment on the same pin to reply to; empty for a comment on the pin itself. */
	parentId?: string | null;
	body: string;
	nonce?: string | null;
}

/** A comment on a pin, or a reply to one of its comments (kind 'comment', no chapter). */
export function commentOnPin(
	db: DB,
	user: SessionUser,
	input: PinCommentInput,
	now = new Date()
): Result<{ id: string; state: string; duplicate?: boolean }> {
	const checked = checkBody(input.body);
	if (!checked.ok) return { ...checked, field: 'body' };
	const pin = publicPin(db, input.pinId);
	const ctx = pin ? mapModuleById(db, pin.moduleId!) : null;
	if (!pin || !ctx || !ctx.processPublished) return { ok: false, reason: 'not_found' };
	const may = canContribute(user, modulePhases(db, ctx.moduleId), 'commenting', now);
	if (!may.ok) return denied(may);
	const nonce = validNonce(input.nonce);
	const result = db.transaction((tx) => {
		if (nonce) {
			const dup = tx
				.select({ id: contributions.id, state: contributions.state })
				.from(contributions)
				.where(and(eq(contributions.authorId, user.id), eq(contributions.clientNonce, nonce)))
				.get();
			if (dup) return { ok: true as const, id: dup.id, state: dup.state, duplicate: true };
		}
		let parent: { id: string; depth: number } = pin;
		if (input.parentId && input.parentId !== pin.id) {
			const p = tx.select().from(contributions).where(eq(contributions.id, input.parentId)).get();
			if (!p || p.rootId !== pin.id || p.state !== 'published' || p.hidden)
				return { ok: false as const, reason: 'parent_invalid' };
			if (p.depth >= MAX_PIN_THREAD_DEPTH) return { ok: false as const, reason: 'max_depth' };
			parent = p;
		}
		const mode = isModerator(user) ? 'post' : (may.phase?.moderationMode ?? 'pre');
		const state = mode === 'post' ? 'published' : 'pending';
		const row = tx
			.insert(contributions)
			.values({
				kind: 'comment',
				processId: ctx.processId,
				moduleId: ctx.moduleId,
				phaseId: may.phase?.id ?? null,
				authorId: user.id,
				organisationId: user.organisation?.id ?? null,
				parentId: parent.id,
				rootId: pin.id,
				depth: parent.depth + 1,
				body: checked.body,
				state,
				moderationMode: mode,
				clientNonce: nonce,
				reviewedAt: isModerator(user) ? now : null,
				reviewedBy: isModerator(user) ? user.id : null,
				createdAt: now,
				updatedAt: now,
				publishedAt: state === 'published' ? now : null
			})
			.returning({ id: contributions.id })
			.get();
		if (state === 'published') onPublished(tx, row.id, parent.id, ctx.processId, checked.body);
		return { ok: true as const, id: row.id, state };
	});
	if (result.ok && !('duplicate' in result && result.duplicate)) contributionsChanged(ctx.moduleId);
	return result;
}

/** Adds (on) or withdraws (off) support for a pin or a comment on a pin. Once per person, not one's own. */
export function setPinSupport(
	db: DB,
	user: SessionUser,
	id: string,
	on: boolean,
	now = new Date()
): Result<{ count: number }> {
	const c = db.select().from(contributions).where(eq(contributions.id, id)).get();
	const ctx = c?.moduleId ? mapModuleById(db, c.moduleId) : null;
	if (!c || !ctx || c.state !== 'published' || c.hidden) return { ok: false, reason: 'not_found' };
	if (c.authorId === user.id) return { ok: false, reason: 'support_own' };
	const may = canContribute(user, modulePhases(db, ctx.moduleId), 'supporting', now);
	if (!may.ok) return denied(may);
	return db.transaction((tx) => {
		const res = on
			? tx.insert(supports).values({ contributionId: id, userId: user.id }).onConflictDoNothing().run()
			: tx
					.delete(supports)
					.where(and(eq(supports.contributionId, id), eq(supports.userId, user.id)))
					.run();
		if (res.changes === 0) return { ok: false as const, reason: on ? 'already_supported' : 'not_supported' };
		tx.update(contributions)
			.set({ supportCount: sql`max(${contributions.supportCount} ${on ? sql`+` : sql`-`} 1, 0)` })
			.where(eq(contributions.id, id))
			.run();
		const count = tx
			.select({ n: contributions.supportCount })
			.from(contributions)
			.where(eq(contributions.id, id))
			.get()!.n;
		return { ok: true as const, count };
	});
}
