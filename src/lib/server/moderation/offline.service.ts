// Input that arrived another way – letters, e-mails, notes from on-site events, phone calls – entered
// by moderation. It becomes a contribution of kind 'offline', published and reviewed at once (a
// moderator wrote it down), attached to a chapter or paragraph of the current version, or to a
// district, or to nothing, optionally with a category. The sender is personal data: it is kept for
// moderation only and never shown publicly or exported publicly; the public sees the text.
import { and, eq, gte, lte, ne } from 'drizzle-orm';
import type { DB } from '../db';
import {
	chapters,
	contributions,
	districts,
	documents,
	documentVersions,
	modules,
	paragraphs,
	phases,
	pinCategories,
	CHANNELS,
	type Channel
} from '../db/schema';
import { audit } from '../audit';
import { contributionsChanged } from '../events';
import { indexText } from '../search';
import { berlinLocalToDate, dateToBerlinLocal } from '../../datetime';
import { cleanText } from '../../validation/common';
import { dropQueueCounts } from './queue-cache';

export const OFFLINE_CHANNELS = CHANNELS.filter((c) => c !== 'online') as Exclude<Channel, 'online'>[];
export const OFFLINE_BODY_MAX = 5000;
export const SENDER_MAX = 200;

export type FieldErrors = Partial<
	Record<'channel' | 'receivedAt' | 'sender' | 'body' | 'place' | 'category', string>
>;
export type Result = { ok: true; id: string } | { ok: false; reason: string; errors?: FieldErrors };

export interface OfflineInput {
	channel: unknown;
	/** "YYYY-MM-DD" (Berlin date). */
	receivedAt: unknown;
	sender?: unknown;
	body: unknown;
	chapterId?: unknown;
	/** "<chapterId>:<anchor>" from the paragraph select, or an anchor of chapterId. */
	paragraph?: unknown;
	districtId?: unknown;
	categoryId?: unknown;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Today in Berlin as "YYYY-MM-DD". */
export function berlinToday(now = new Date()) {
	return dateToBerlinLocal(now).slice(0, 10);
}

export function enterOffline(
	db: DB,
	actorId: string,
	processId: string,
	input: OfflineInput,
	now = new Date()
): Result {
	const errors: FieldErrors = {};
	const channel = str(input.channel);
	if (!(OFFLINE_CHANNELS as string[]).includes(channel)) errors.channel = 'offline_channel_required';
	const date = str(input.receivedAt);
	const received = /^\d{4}-\d{2}-\d{2}$/.test(date) ? berlinLocalToDate(date) : null;
	if (!received) errors.receivedAt = 'offline_date_invalid';
	else if (date > berlinToday(now)) errors.receivedAt = 'offline_date_future';
	const sender = cleanText(input.sender).replace(/\s+/g, ' ');
	if (sender.length > SENDER_MAX) errors.sender = 'offline_sender_too_long';
	const body = cleanText(input.body);
	if (!body) errors.body = 'offline_body_required';
	else if (body.length > OFFLINE_BODY_MAX) errors.body = 'offline_body_too_long';

	// Where it belongs: a chapter (and paragraph) of the current version, or a district, or nothing.
	let chapterId = str(input.chapterId) || null;
	let anchor: string | null = null;
	const para = str(input.paragraph);
	if (para) {
		const i = para.indexOf(':');
		const pc = i === -1 ? chapterId : para.slice(0, i);
		if (chapterId && pc !== chapterId) errors.place = 'offline_paragraph_mismatch';
		chapterId = pc;
		anchor = i === -1 ? para : para.slice(i + 1);
	}
	const districtId = str(input.districtId) || null;
	if (chapterId && districtId) errors.place = 'offline_place_both';
	let place: { moduleId: string; versionId: string } | null = null;
	if (chapterId && !errors.place) {
		const ch = db
			.select({ moduleId: modules.id, versionId: chapters.versionId })
			.from(chapters)
			.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
			.innerJoin(documents, eq(documents.id, documentVersions.documentId))
			.innerJoin(modules, eq(modules.id, documents.moduleId))
			.where(
				and(
					eq(chapters.id, chapterId),
					eq(modules.processId, processId),
					eq(documentVersions.state, 'published')
				)
			)
			.get();
		if (!ch) errors.place = 'offline_chapter_unknown';
		else if (
			anchor &&
			!db
				.select({ a: paragraphs.anchor })
				.from(paragraphs)
				.where(
					and(eq(paragraphs.chapterId, chapterId), eq(paragraphs.anchor, anchor), ne(paragraphs.kind, 'h'))
				)
				.get()
		)
			errors.place = 'unknown_paragraph';
		else place = ch;
	}
	if (
		districtId &&
		!db.select({ id: districts.id }).from(districts).where(eq(districts.id, districtId)).get()
	)
		errors.place = 'offline_district_unknown';
	const categoryId = str(input.categoryId) || null;
	let categoryModule: string | null = null;
	if (categoryId) {
		const cat = db
			.select({ moduleId: pinCategories.moduleId })
			.from(pinCategories)
			.innerJoin(modules, eq(modules.id, pinCategories.moduleId))
			.where(
				and(
					eq(pinCategories.id, categoryId),
					eq(modules.processId, processId),
					eq(pinCategories.archived, false)
				)
			)
			.get();
		if (!cat) errors.category = 'offline_category_unknown';
		else categoryModule = cat.moduleId;
	}
	if (Object.keys(errors).length) return { ok: false, reason: 'invalid', errors };

	const result = db.transaction((tx) => {
		// The phase it belongs to: the one whose window contains the day it arrived.
		const phase = tx
			.select({ id: phases.id })
			.from(phases)
			.where(
				and(eq(phases.processId, processId), lte(phases.startsAt, received!), gte(phases.endsAt, received!))
			)
			.get();
		const row = tx
			.insert(contributions)
			.values({
				kind: 'offline',
				processId,
				moduleId: place?.moduleId ?? categoryModule,
				phaseId: phase?.id ?? null,
				authorId: null,
				body,
				state: 'published',
				moderationMode: 'post',
				reviewedAt: now,
				reviewedBy: actorId,
				versionId: place?.versionId ?? null,
				chapterId: place ? chapterId : null,
				anchor: place ? anchor : null,
				anchorState: place ? 'original' : null,
				originalVersionId: place?.versionId ?? null,
				originalChapterId: place ? chapterId : null,
				originalAnchor: place ? anchor : null,
				districtId,
				categoryId,
				channel: channel as Channel,
				receivedAt: received,
				senderName: sender || null,
				createdAt: now,
				updatedAt: now,
				publishedAt: now
			})
			.returning({ id: contributions.id, moduleId: contributions.moduleId })
			.get();
		indexText(tx, 'offline', row.id, processId, body);
		audit(tx, {
			actorId,
			action: 'contribution.offline_created',
			entityType: 'contribution',
			entityId: row.id,
			// The sender is personal data: the audit log records that there was one, not who.
			after: {
				channel,
				receivedAt: date,
				chapterId: place ? chapterId : null,
				anchor,
				districtId,
				categoryId,
				sender: !!sender
			}
		});
		return row;
	});
	dropQueueCounts();
	contributionsChanged(result.moduleId);
	return { ok: true, id: result.id };
}
