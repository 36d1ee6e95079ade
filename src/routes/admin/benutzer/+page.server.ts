import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/http';
import { getDb } from '$lib/server/db';
import { ROLES } from '$lib/server/db/schema';
import { formatUserCursor, listUsers, parseUserCursor } from '$lib/server/admin/queries';
import { parseRole, parseSearch } from '$lib/server/admin/input';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const params = event.url.searchParams;
	const q = parseSearch(params.get('q'));
	const role = parseRole(params.get('rolle'));
	const after = parseUserCursor(params.get('nach'));
	const page = listUsers(getDb(), { q, role, after });

	/** The query string of another page of this list, with the same filters. */
	const query = (cursor: string | null) => {
		const p = new URLSearchParams();
		if (q) p.set('q', q);
		if (role) p.set('rolle', role);
		if (cursor) p.set('nach', cursor);
		return p.toString();
	};

	return {
		q,
		role: role ?? '',
		allRoles: ROLES,
		users: page.users.map((u) => ({
			id: u.id,
			displayName: u.displayName,
			email: u.email,
			verified: u.emailVerifiedAt !== null,
			organisationName: u.organisationName,
			roles: u.roles,
			createdAt: u.createdAt
		})),
		nextQuery: page.next ? query(formatUserCursor(page.next)) : null,
		firstQuery: after ? query(null) : null
	};
};
