import { fail } from '@sveltejs/kit';
import { errorText, messages } from '$lib/i18n';
import { confirmEmailChange, peekToken } from '$lib/server/auth/accounts.service';
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
		const result = await confirmEmailChange(getDb(), event.params.token);
		if (!result.ok) return fail(400, { error: errorText(messages(event.locals.locale), result.reason) });
		return { done: true };
	}
};
