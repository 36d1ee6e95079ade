// Photos of pins: checked by their content (not their name), re-encoded with sharp – turned upright by
// the EXIF orientation, at most 1600 px, WebP – so no metadata (GPS position, camera, owner) survives,
// plus a 320 px thumbnail. Photos are always pre-moderated: 'pending' until a moderator decides, even
// when the pin itself is public. Reading one checks who may see it (see photoAccess).
import sharp from 'sharp';
import { and, eq } from 'drizzle-orm';
import type { Conn } from '../../db';
import { contributions, photos, processes, type PhotoState } from '../../db/schema';
import { audit } from '../../audit';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTO_EDGE = 1600;
export const THUMB_EDGE = 320;
export const MAX_ALT = 300;
/** Decoding bombs: refuse anything above 50 megapixels before it is decoded. */
const MAX_INPUT_PIXELS = 50_000_000;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);

export interface PreparedPhoto {
	mime: 'image/webp';
	width: number;
	height: number;
	data: Buffer;
	thumb: Buffer;
	alt: string;
}

export type PhotoReason = 'photo_too_large' | 'photo_invalid' | 'photo_alt_too_long';

/**
 * Checks and re-encodes an uploaded image. The format is read from the bytes by sharp (a text file
 * named .jpg is refused); the output carries no metadata because sharp writes none unless asked to.
 */
export async function preparePhoto(
	bytes: Uint8Array,
	altRaw = ''
): Promise<{ ok: true; photo: PreparedPhoto } | { ok: false; reason: PhotoReason }> {
	if (bytes.byteLength > MAX_PHOTO_BYTES) return { ok: false, reason: 'photo_too_large' };
	const alt = altRaw.replace(/\s+/g, ' ').trim();
	if (alt.length > MAX_ALT) return { ok: false, reason: 'photo_alt_too_long' };
	const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' as const };
	try {
		const meta = await sharp(input, options).metadata();
		if (!meta.format || !ACCEPTED_FORMATS.has(meta.format) || !meta.width || !meta.height)
			return { ok: false, reason: 'photo_invalid' };
		const resize = (edge: number) =>
			sharp(input, options)
				.rotate() // honour EXIF orientation before the metadata is dropped
				.resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true });
		const { data, info } = await resize(MAX_PHOTO_EDGE)
			.webp({ quality: 80 })
			.toBuffer({ resolveWithObject: true });
		const thumb = await resize(THUMB_EDGE).webp({ quality: 70 }).toBuffer();
		return {
			ok: true,
			photo: { mime: 'image/webp', width: info.width, height: info.height, data, thumb, alt }
		};
	} catch {
		// Not an image sharp can read (or a broken one).
		return { ok: false, reason: 'photo_invalid' };
	}
}

/** Stores a prepared photo for a pin, pending (call inside the pin's transaction). */
export function insertPhoto(conn: Conn, contributionId: string, photo: PreparedPhoto, now = new Date()) {
	return conn
		.insert(photos)
		.values({
			contributionId,
			mime: photo.mime,
			width: photo.width,
			height: photo.height,
			bytes: photo.data.byteLength,
			data: photo.data,
			thumb: photo.thumb,
			alt: photo.alt,
			state: 'pending',
			createdAt: now
		})
		.returning({ id: photos.id })
		.get();
}

/**
 * A moderator approves or rejects a photo (audited). For the review queue: call inside its transaction.
 * Deciding again is allowed (an approved photo can be withdrawn later); the same decision twice is a
 * conflict, so two moderators deciding at once are told.
 */
export function decidePhoto(
	tx: Conn,
	moderatorId: string,
	photoId: string,
	decision: 'approved' | 'rejected',
	now = new Date()
): { ok: true } | { ok: false; reason: 'not_found' | 'conflict' } {
	const before = tx
		.select({ id: photos.id, state: photos.state, contributionId: photos.contributionId })
		.from(photos)
		.where(eq(photos.id, photoId))
		.get();
	if (!before) return { ok: false, reason: 'not_found' };
	if (before.state === decision) return { ok: false, reason: 'conflict' };
	const res = tx
		.update(photos)
		.set({ state: decision, reviewedAt: now, reviewedBy: moderatorId })
		.where(and(eq(photos.id, photoId), eq(photos.state, before.state)))
		.run();
	if (res.changes !== 1) return { ok: false, reason: 'conflict' };
	audit(tx, {
		actorId: moderatorId,
		action: decision === 'approved' ? 'photo.approved' : 'photo.rejected',
		entityType: 'photo',
		entityId: photoId,
		before: { state: before.state, contributionId: before.contributionId },
		after: { state: decision }
	});
	return { ok: true };
}

export interface PhotoViewer {
	id: string;
	isModerator: boolean;
}

/**
 * Who may see a photo: everybody when it is approved and its pin is public (published, not hidden, in a
 * published process) – then it may be cached; otherwise only its author and moderators, never cached.
 */
export function photoAccess(conn: Conn, photoId: string, viewer: PhotoViewer | null, thumb: boolean) {
	const row = conn
		.select({
			state: photos.state,
			mime: photos.mime,
			data: thumb ? photos.thumb : photos.data,
			authorId: contributions.authorId,
			pinState: contributions.state,
			hidden: contributions.hidden,
			processPublished: processes.published
		})
		.from(photos)
		.innerJoin(contributions, eq(contributions.id, photos.contributionId))
		.innerJoin(processes, eq(processes.id, contributions.processId))
		.where(eq(photos.id, photoId))
		.get();
	if (!row) return null;
	const isPublic =
		row.state === 'approved' && row.pinState === 'published' && !row.hidden && row.processPublished;
	const mayView = isPublic || viewer?.isModerator || (!!viewer && viewer.id === row.authorId);
	if (!mayView) return null;
	return { mime: row.mime, data: row.data, isPublic, state: row.state as PhotoState };
}
