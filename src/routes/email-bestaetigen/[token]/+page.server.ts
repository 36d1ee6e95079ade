// The link in the mail opens this page; the address is confirmed by a POST, so mail scanners that
// prefetch links cannot use the single-use token up.
import { fail } from '@sveltejs/kit';
import { errorText, messages } from '$lib/i18n';
import { peekToken, verifyEmail } from '$lib/server/auth/accounts.service';
import { getDb } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const found = peekToken(getDb(), params.token, 'verify_email');
	return { tokenError: found.ok ? null : errorText(messages(locals.locale), found.reason) };
};

export const actions: Actions = {
	default: async (event) => {
		const result = verifyEmail(getDb(), event.params.token);
		if (!result.ok) return fail(400, { error: errorText(messages(event.locals.locale), result.reason) });
		return { done: true, signedIn: event.locals.user?.id === result.userId };
	}
};
