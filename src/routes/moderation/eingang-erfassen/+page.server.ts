// Offline input: moderators enter letters, e-mails, phone calls and notes from on-site events.
import { fail, redirect } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireRole, readForm } from '$lib/server/http';
import { berlinToday, enterOffline, OFFLINE_CHANNELS } from '$lib/server/moderation/offline.service';
import {
	categoryList,
	currentChapters,
	districtList,
	processList
} from '$lib/server/moderation/queue-options.queries';
import { blocksOfChapters } from '$lib/server/modules/document/queries';
import { keepValues } from '$lib/validation/common';
import { str } from '../shared.server';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = [
	'processId',
	'channel',
	'receivedAt',
	'sender',
	'body',
	'chapterId',
	'paragraph',
	'districtId',
	'categoryId'
];

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderation');
	const db = getDb();
	const processes = processList(db);
	const wanted = event.url.searchParams.get('verfahren');
	const process = processes.find((p) => p.id === wanted) ?? processes[0] ?? null;
	if (!process) return { processes, process: null };
	const chapters = currentChapters(db, process.id);
	const blocks = blocksOfChapters(
		db,
		chapters.map((c) => c.id)
	);
	return {
		processes,
		process,
		channels: OFFLINE_CHANNELS,
		today: berlinToday(),
		chapters: chapters.map((c) => ({
			...c,
			paragraphs: (blocks.get(c.id) ?? [])
				.filter((b) => b.kind !== 'h')
				.map((b, i) => ({
					anchor: b.anchor,
					label: `${i + 1}: ${b.text.length > 80 ? `${b.text.slice(0, 80)} …` : b.text}`
				}))
		})),
		districts: districtList(db),
		categories: categoryList(db, process.id)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'moderation');
		const m = messages(event.locals.locale);
		const data = await readForm(event);
		const processId = str(data.get('processId'));
		const values = keepValues(data, FIELDS);
		if (!processList(getDb()).some((p) => p.id === processId))
			return fail(400, { values, errors: {}, error: m.errors.invalid });
		const r = enterOffline(getDb(), user.id, processId, {
			channel: data.get('channel'),
			receivedAt: data.get('receivedAt'),
			sender: data.get('sender'),
			body: data.get('body'),
			chapterId: data.get('chapterId'),
			paragraph: data.get('paragraph'),
			districtId: data.get('districtId'),
			categoryId: data.get('categoryId')
		});
		if (!r.ok) {
			const errors: Record<string, string> = {};
			for (const [k, code] of Object.entries(r.errors ?? {}))
				errors[k] = (m.review.errors as Record<string, string>)[code] ?? m.errors.invalid;
			return fail(400, { values, errors, error: Object.values(errors)[0] ?? m.errors.invalid });
		}
		redirect(303, `/moderation/beitrag/${r.id}?erfasst=1`);
	}
};
