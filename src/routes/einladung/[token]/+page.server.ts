import { fail, redirect } from '@sveltejs/kit';
import { errorText, messages } from '$lib/i18n';
import { acceptInvitation, membership, peekInvitation } from '$lib/server/auth/invitations.service';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const db = getDb();
	const inv = peekInvitation(db, params.token);
	// A signed-in person is told before accepting whether she already belongs to this or another
	// organisation (accepting moves her; her earlier input keeps its old label).
	const member = inv && locals.user ? membership(db, locals.user.id) : null;
	return {
		organisationName: inv?.organisationName ?? null,
		token: params.token,
		alreadyMember: !!member && member.allianz && member.organisationId === inv?.organisationId,
		currentOrganisation:
			member && member.organisationId !== inv?.organisationId ? member.organisationName : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const result = acceptInvitation(getDb(), event.params.token, user.id);
		if (!result.ok) return fail(400, { error: errorText(messages(event.locals.locale), result.reason) });
		redirect(303, '/konto?allianz=1');
	}
};
