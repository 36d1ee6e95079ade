import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole, readForm } from '$lib/server/http';
import { getDb } from '$lib/server/db';
import { keepValues } from '$lib/validation/common';
import { listProcesses } from '$lib/server/participation/admin-queries';
import { createProcess, PROCESS_LIMITS } from '$lib/server/participation/processes.service';
import { formInput, refused } from './shared.server';

const FIELDS = ['title', 'slug', 'summary', 'description', 'published'];

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return { processes: listProcesses(getDb()), limits: PROCESS_LIMITS };
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, 'admin');
		const data = await readForm(event);
		const result = createProcess(getDb(), user.id, formInput(data, FIELDS));
		if (!result.ok) return refused(event, 'process', result, keepValues(data, FIELDS));
		redirect(303, `/admin/verfahren/${result.processId}?neu=1`);
	}
};
