import { fail } from '@sveltejs/kit';
import { requestPasswordReset } from '$lib/server/auth/accounts.service';
import { hit } from '$lib/server/auth/rate-limit';
import { clientKey, fieldTexts, rateLimited, serviceCtx, readForm } from '$lib/server/http';
import { emailOnlySchema } from '$lib/validation/account';
import { keepValues, parseForm } from '$lib/validation/common';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const data = await readForm(event);
		const values = keepValues(data, ['email']);
		const parsed = parseForm(emailOnlySchema, data, ['email']);
		if (!parsed.ok) return fail(400, { values, errors: fieldTexts(event, parsed.errors) });
		const limit = await hit(['resetPerClient', clientKey(event)], ['resetPerAccount', parsed.value.email]);
		if (!limit.ok) return rateLimited(event, limit, values);
		await requestPasswordReset(serviceCtx(event), parsed.value.email);
		return { done: true };
	}
};
