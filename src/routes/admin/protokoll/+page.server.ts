// The audit log for admins: filter by actor, action, entity and date range; keyset pages of 50.
import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/http';
import { getDb } from '$lib/server/db';
import { auditActions, auditActors, auditEntityTypes, listAudit } from '$lib/server/admin/queries';
import { parseAuditCursor } from '$lib/server/admin/input';
import { ACTOR_DELETED, ACTOR_SYSTEM, auditQuery, parseAuditFilters } from './filters';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const params = event.url.searchParams;
	const actions = auditActions(db);
	const entityTypes = auditEntityTypes(db);
	const actors = auditActors(db);
	const filters = parseAuditFilters(params, {
		actions,
		entityTypes,
		actorIds: actors.map((a) => a.id)
	});
	const v = filters.values;
	const before = parseAuditCursor(params.get('vor'));
	// A filter the form refused (a bad date, "von" after "bis") shows no entries rather than all of them.
	const refused = Object.values(filters.errors ?? {}).some(Boolean);
	const page = refused
		? { entries: [], next: null }
		: listAudit(db, {
				action: v.action || undefined,
				entityType: v.entityType || undefined,
				entityId: v.entityId || undefined,
				actorId: v.actor && v.actor !== ACTOR_DELETED && v.actor !== ACTOR_SYSTEM ? v.actor : undefined,
				actorKind: v.actor === ACTOR_DELETED ? 'deleted' : v.actor === ACTOR_SYSTEM ? 'system' : undefined,
				from: filters.from,
				to: filters.to,
				before
			});
	const filtered = Object.values(v).some(Boolean);
	return {
		actions,
		entityTypes,
		actors,
		values: v,
		errors: filters.errors,
		filtered,
		entries: page.entries,
		nextQuery: page.next !== null ? auditQuery(filters, page.next) : null,
		firstQuery: before !== null ? auditQuery(filters, null) : null
	};
};
