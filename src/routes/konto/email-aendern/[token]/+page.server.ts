import { fail } from '@sveltejs/kit';
import { errorText, messages } from '$lib/i18n';
import { confirmEmailChange, peekToken } from '$lib/server/auth/accounts.service';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { createSession } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const found = peekToken(getDb(), params.token, 'change_email');
	return {
		tokenError: found.ok ? null : errorText(messages(locals.locale), found.reason),
		newEmail: found.ok ? found.row.newEmail : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const db = getDb();
		const result = await confirmEmailChange(db, event.params.token);
		if (!result.ok) return fail(400, { error: errorText(messages(event.locals.locale), result.reason) });
		// The change ends every session of the account. The browser that confirms it stays signed in
		// when it was signed in to that account; elsewhere the page asks for a login with the new address.
		if (event.locals.user?.id === result.userId) {
			const { token, session } = createSession(db, result.userId);
			setSessionCookie(event, token, session.expiresAt);
			return { done: true, signedIn: true };
		}
		event.locals.user = null;
		event.locals.session = null;
		return { done: true, signedIn: false };
	}
};
