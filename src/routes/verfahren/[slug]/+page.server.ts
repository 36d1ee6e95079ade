import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { hasRole } from '$lib/server/http';
import { committeeScheduleOf, modulesOf, phasesOf, processBySlug } from '$lib/server/participation/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const db = getDb();
	// Admins may preview a process before it is published.
	const process = processBySlug(db, params.slug, { includeUnpublished: hasRole(locals.user, 'admin') });
	if (!process) error(404, messages(locals.locale).errors.not_found);
	return {
		process,
		phases: phasesOf(db, process.id),
		meetings: committeeScheduleOf(db, process.id),
		modules: modulesOf(db, process.id, process.slug)
	};
};
