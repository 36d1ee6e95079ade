import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/http';
import { getDb } from '$lib/server/db';
import { auditActions, auditEntityTypes, listAudit } from '$lib/server/admin/queries';
import { parseAuditCursor } from '$lib/server/admin/input';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const db = getDb();
	const params = event.url.searchParams;
	const actions = auditActions(db);
	const entityTypes = auditEntityTypes(db);
	// Filters only take values that occur in the log; anything else is ignored.
	const rawAction = params.get('aktion') ?? '';
	const rawType = params.get('typ') ?? '';
	const action = actions.includes(rawAction) ? rawAction : '';
	const entityType = entityTypes.includes(rawType) ? rawType : '';
	const before = parseAuditCursor(params.get('vor'));
	const page = listAudit(db, { action: action || undefined, entityType: entityType || undefined, before });

	/** The query string of another page of this list, with the same filters. */
	const query = (cursor: number | null) => {
		const p = new URLSearchParams();
		if (action) p.set('aktion', action);
		if (entityType) p.set('typ', entityType);
		if (cursor !== null) p.set('vor', String(cursor));
		return p.toString();
	};

	return {
		actions,
		entityTypes,
		action,
		entityType,
		entries: page.entries,
		nextQuery: page.next !== null ? query(page.next) : null,
		firstQuery: before !== null ? query(null) : null
	};
};
