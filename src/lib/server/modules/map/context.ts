// Resolves a map module (by process and module slug, or by id) and a pin to what pages and permission
// checks need: module, process and whether it is published. The phases of a module come from the
// shared modulePhases (document/context.ts), which is not document-specific.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Conn, DB } from '../../db';
import { contributions, modules, processes } from '../../db/schema';
export { modulePhases, type ModulePhase } from '../document/context';

const columns = {
	processId: processes.id,
	processSlug: processes.slug,
	processTitle: processes.title,
	processPublished: processes.published,
	moduleId: modules.id,
	moduleSlug: modules.slug,
	moduleTitle: modules.title,
	moduleDescription: modules.description
};

export function mapModuleBySlug(
	conn: Conn,
	processSlug: string,
	moduleSlug: string,
	includeUnpublished = false
) {
	const row = conn
		.select(columns)
		.from(modules)
		.innerJoin(processes, eq(processes.id, modules.processId))
		.where(and(eq(processes.slug, processSlug), eq(modules.slug, moduleSlug), eq(modules.type, 'map')))
		.get();
	if (!row || (!row.processPublished && !includeUnpublished)) return null;
	return row;
}

export type MapModule = NonNullable<ReturnType<typeof mapModuleBySlug>>;

export function mapModuleById(conn: Conn, moduleId: string) {
	return (
		conn
			.select(columns)
			.from(modules)
			.innerJoin(processes, eq(processes.id, modules.processId))
			.where(and(eq(modules.id, moduleId), eq(modules.type, 'map')))
			.get() ?? null
	);
}

/** The first map module of a process (the pins API and open data default to it). */
export function mapModulesOfProcess(conn: Conn, processSlug: string) {
	return conn
		.select(columns)
		.from(modules)
		.innerJoin(processes, eq(processes.id, modules.processId))
		.where(and(eq(processes.slug, processSlug), eq(modules.type, 'map')))
		.orderBy(modules.position)
		.all();
}

/** Where a contribution of a map module lives: its module and process, for links and permissions. */
export function contributionPlace(conn: Conn, id: string) {
	return (
		conn
			.select({
				id: contributions.id,
				kind: contributions.kind,
				rootId: contributions.rootId,
				parentId: contributions.parentId,
				...columns
			})
			.from(contributions)
			.innerJoin(modules, eq(modules.id, contributions.moduleId))
			.innerJoin(processes, eq(processes.id, modules.processId))
			.where(and(eq(contributions.id, id), eq(modules.type, 'map')))
			.get() ?? null
	);
}

/**
 * The page of a contribution of a map module: a pin's own page, or the pin page of a comment on a pin
 * (at the comment). Null for contributions of other modules. The pin page checks who may see it.
 */
export function mapContributionPath(conn: Conn, id: string): string | null {
	const c = contributionPlace(conn, id);
	if (!c) return null;
	const base = `/verfahren/${c.processSlug}/${c.moduleSlug}/hinweise`;
	if (c.kind === 'pin') return `${base}/${c.id}`;
	return c.rootId ? `${base}/${c.rootId}#k-${c.id}` : null;
}

function prepareApiLookup(db: DB) {
	return db
		.select({ ...columns, position: modules.position })
		.from(modules)
		.innerJoin(processes, eq(processes.id, modules.processId))
		.where(and(eq(processes.slug, sql.placeholder('slug')), eq(modules.type, 'map')))
		.orderBy(asc(modules.position))
		.prepare();
}
const apiLookups = new WeakMap<DB, ReturnType<typeof prepareApiLookup>>();

/**
 * The map module the pins API and the open data answer for: the named one, or the process's first map
 * module. One prepared statement (the pins API is the busiest endpoint of the map).
 */
export function mapModuleForApi(
	db: DB,
	processSlug: string,
	moduleSlug: string | null,
	includeUnpublished: boolean
) {
	let stmt = apiLookups.get(db);
	if (!stmt) apiLookups.set(db, (stmt = prepareApiLookup(db)));
	const rows = stmt.all({ slug: processSlug });
	const row = moduleSlug ? rows.find((r) => r.moduleSlug === moduleSlug) : rows[0];
	if (!row || (!row.processPublished && !includeUnpublished)) return null;
	return row;
}
