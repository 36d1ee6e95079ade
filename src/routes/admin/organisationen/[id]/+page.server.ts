import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole, serviceCtx, readForm } from '$lib/server/http';
import { getDb } from '$lib/server/db';
import { messages, errorText } from '$lib/i18n';
import { keepValues, parseForm } from '$lib/validation/common';
import { invitationBelongsTo, organisationById, organisationMembers } from '$lib/server/admin/queries';
import { invitationIdSchema, invitationSchema, MAX_INVITATION_NOTE, parseId } from '$lib/server/admin/input';
import { createInvitation, listInvitations, revokeInvitation } from '$lib/server/auth/invitations.service';

/** The organisation of the route, or 404 for a malformed or unknown id. */
function organisation(event: RequestEvent) {
	const id = parseId(event.params.id);
	const org = id ? organisationById(getDb(), id) : null;
	if (!org) error(404, messages(event.locals.locale).errors.not_found);
	return org;
}

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const org = organisation(event);
	const db = getDb();
	const now = Date.now();
	return {
		organisation: org,
		members: organisationMembers(db, org.id).map((u) => ({
			id: u.id,
			displayName: u.displayName,
			email: u.email,
			verified: u.emailVerifiedAt !== null,
			roles: u.roles
		})),
		invitations: listInvitations(db, org.id).map((inv) => ({
			...inv,
			status: inv.usedAt
				? ('used' as const)
				: inv.expiresAt.getTime() <= now
					? ('expired' as const)
					: ('open' as const)
		})),
		maxNote: MAX_INVITATION_NOTE
	};
};

export const actions: Actions = {
	invite: async (event) => {
		const user = requireRole(event, 'admin');
		const org = organisation(event);
		const m = messages(event.locals.locale);
		const data = await readForm(event);
		const parsed = parseForm(invitationSchema, data, ['note']);
		if (!parsed.ok) {
			const code = parsed.errors.note;
			const text = code === 'note_too_long' ? m.admin.organisation.noteTooLong : errorText(m, code);
			return fail(400, { values: keepValues(data, ['note']), errors: { note: text } });
		}
		const result = createInvitation(getDb(), user.id, org.id, parsed.value.note);
		if (!result.ok) error(404, m.errors.not_found);
		// The token exists only in this response: the database keeps its hash.
		return {
			invitation: {
				link: `${serviceCtx(event).origin}/einladung/${result.token}`,
				expiresAt: result.expiresAt
			}
		};
	},

	revoke: async (event) => {
		const user = requireRole(event, 'admin');
		const org = organisation(event);
		const m = messages(event.locals.locale);
		const parsed = parseForm(invitationIdSchema, await readForm(event), ['invitationId']);
		if (!parsed.ok) return fail(400, { revokeError: m.errors.invalid });
		const invitationId = parsed.value.invitationId.toLowerCase();
		const db = getDb();
		if (!invitationBelongsTo(db, invitationId, org.id)) error(404, m.errors.not_found);
		const result = revokeInvitation(db, user.id, invitationId);
		if (!result.ok) return fail(409, { revokeError: m.admin.organisation.revokeFailed });
		return { revoked: true };
	}
};
