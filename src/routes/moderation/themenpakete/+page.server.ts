// Topic packages of a process: list with state and counts, and a form for a new package.
import { fail, redirect } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { requireRole, readForm } from '$lib/server/http';
import { createPackage } from '$lib/server/moderation/packages.service';
import { packagePage } from '$lib/server/moderation/packages.queries';
import { processList } from '$lib/server/moderation/queue-options.queries';
import { keepValues } from '$lib/validation/common';
import { reasonText, str } from '../shared.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderation');
	const db = getDb();
	const processes = processList(db);
	const wanted = event.url.searchParams.get('verfahren');
	const process = processes.find((p) => p.id === wanted) ?? processes[0] ?? null;
	const page = process
		? packagePage(db, process.id, event.url.searchParams.get('nach'))
		: { packages: [], nextCursor: null };
	return { processes, process, packages: page.packages, nextCursor: page.nextCursor };
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, 'moderation');
		const m = messages(event.locals.locale);
		const data = await readForm(event);
		const values = keepValues(data, ['title', 'summary']);
		const processId = str(data.get('processId'));
		if (!processList(getDb()).some((p) => p.id === processId))
			return fail(400, { values, errors: {}, error: m.errors.invalid });
		const r = createPackage(getDb(), user.id, processId, {
			title: data.get('title'),
			summary: data.get('summary')
		});
		if (!r.ok) {
			const text = reasonText(event.locals.locale, r.reason);
			return fail(400, { values, errors: { [r.field ?? 'title']: text }, error: text });
		}
		redirect(303, `/moderation/themenpakete/${r.id}?angelegt=1`);
	}
};
