// Reads for the export download page: the processes to choose from and the quarters for the filter.
import { asc, desc } from 'drizzle-orm';
import type { DB } from '../../db';
import { districts, processes } from '../../db/schema';

export function exportChoices(db: DB) {
	return {
		processes: db
			.select({
				id: processes.id,
				slug: processes.slug,
				title: processes.title,
				published: processes.published
			})
			.from(processes)
			.orderBy(desc(processes.createdAt))
			.all(),
		districts: db
			.select({ id: districts.id, name: districts.name })
			.from(districts)
			.orderBy(asc(districts.name))
			.all()
	};
}
