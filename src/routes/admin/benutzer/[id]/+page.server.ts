import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole, readForm } from '$lib/server/http';
import { getDb } from '$lib/server/db';
import { ROLES } from '$lib/server/db/schema';
import { messages, errorText } from '$lib/i18n';
import { parseForm } from '$lib/validation/common';
import { USER_HISTORY_LIMIT, userAuditHistory, userDetail } from '$lib/server/admin/queries';
import { parseId, roleFormSchema } from '$lib/server/admin/input';
import { grantRole, revokeRole } from '$lib/server/auth/roles.service';

function userId(event: RequestEvent): string {
	const id = parseId(event.params.id);
	if (!id) error(404, messages(event.locals.locale).errors.not_found);
	return id;
}

export const load: PageServerLoad = (event) => {
	const me = requireRole(event, 'admin');
	const id = userId(event);
	const db = getDb();
	const user = userDetail(db, id);
	if (!user) error(404, messages(event.locals.locale).errors.not_found);
	return {
		account: {
			id: user.id,
			displayName: user.displayName,
			email: user.email,
			verified: user.emailVerifiedAt !== null,
			locale: user.locale,
			createdAt: user.createdAt,
			organisationId: user.organisationId,
			organisationName: user.organisationName
		},
		isSelf: user.id === me.id,
		roles: ROLES.map((role) => {
			const held = user.roles.find((r) => r.role === role);
			return {
				role,
				held: !!held,
				grantedAt: held?.grantedAt ?? null,
				grantedByName: held?.grantedByName ?? null
			};
		}),
		history: userAuditHistory(db, id),
		historyLimit: USER_HISTORY_LIMIT
	};
};

async function change(event: RequestEvent, kind: 'grant' | 'revoke') {
	const me = requireRole(event, 'admin');
	const id = userId(event);
	const m = messages(event.locals.locale);
	const parsed = parseForm(roleFormSchema, await readForm(event), ['role']);
	if (!parsed.ok) return fail(400, { error: m.errors.invalid });
	const role = parsed.value.role;
	const db = getDb();
	const result = kind === 'grant' ? grantRole(db, me.id, id, role) : revokeRole(db, me.id, id, role);
	if (!result.ok) {
		if (result.reason === 'unknown_user') error(404, m.errors.not_found);
		return fail(409, { error: errorText(m, result.reason), role });
	}
	// Whoever takes the admin role from themselves cannot see this page any more.
	if (kind === 'revoke' && result.changed && role === 'admin' && id === me.id) {
		const staff = me.roles.some((r) => r === 'moderation' || r === 'gremium');
		redirect(303, staff ? '/admin' : '/');
	}
	const roleName = m.account.roleNames[role];
	return {
		role,
		message: !result.changed
			? m.admin.user.unchanged
			: kind === 'grant'
				? m.admin.user.granted(roleName)
				: m.admin.user.revoked(roleName)
	};
}

export const actions: Actions = {
	grant: (event) => change(event, 'grant'),
	revoke: (event) => change(event, 'revoke')
};
