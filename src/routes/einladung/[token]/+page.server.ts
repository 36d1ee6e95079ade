import { fail, redirect } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { acceptInvitation, peekInvitation } from '$lib/server/auth/invitations.service';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const inv = peekInvitation(getDb(), params.token);
	return { organisationName: inv?.organisationName ?? null, token: params.token };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const result = acceptInvitation(getDb(), event.params.token, user.id);
		if (!result.ok) return fail(400, { error: messages(event.locals.locale).errors.invitation_invalid });
		redirect(303, '/konto?allianz=1');
	}
};
