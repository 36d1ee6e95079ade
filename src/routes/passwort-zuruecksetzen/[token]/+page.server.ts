import { fail } from '@sveltejs/kit';
import { errorText, messages } from '$lib/i18n';
import { peekToken, resetPassword } from '$lib/server/auth/accounts.service';
import { getDb } from '$lib/server/db';
import { fieldTexts, readForm, serviceCtx } from '$lib/server/http';
import { resetSchema } from '$lib/validation/account';
import { parseForm } from '$lib/validation/common';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const found = peekToken(getDb(), params.token, 'reset_password');
	return { tokenError: found.ok ? null : errorText(messages(locals.locale), found.reason) };
};

export const actions: Actions = {
	default: async (event) => {
		const data = await readForm(event);
		const parsed = parseForm(resetSchema, data, ['password']);
		if (!parsed.ok) return fail(400, { errors: fieldTexts(event, parsed.errors) });
		const result = await resetPassword(
			getDb(),
			event.params.token,
			parsed.value.password,
			serviceCtx(event).origin
		);
		if (!result.ok) {
			const text = errorText(messages(event.locals.locale), result.reason);
			return fail(400, {
				errors: result.field ? { [result.field]: text } : {},
				error: result.field ? undefined : text
			});
		}
		return { done: true };
	}
};
