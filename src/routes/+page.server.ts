import { getDb } from '$lib/server/db';
import { currentProcess, phasesOf, publishedProcesses } from '$lib/server/participation/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const db = getDb();
	const process = currentProcess(db);
	return {
		process,
		phases: process ? phasesOf(db, process.id) : [],
		others: publishedProcesses(db).filter((p) => p.slug !== process?.slug)
	};
};
