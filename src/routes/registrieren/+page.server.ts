import { fail, redirect } from '@sveltejs/kit';
import { messages, errorText } from '$lib/i18n';
import { signUp } from '$lib/server/auth/accounts.service';
import { peekInvitation } from '$lib/server/auth/invitations.service';
import { hit } from '$lib/server/auth/rate-limit';
import { getDb } from '$lib/server/db';
import { clientKey, fieldTexts, rateLimited, serviceCtx, readForm } from '$lib/server/http';
import { signUpSchema } from '$lib/validation/account';
import { keepValues, parseForm } from '$lib/validation/common';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, '/konto');
	const invitation = url.searchParams.get('einladung') ?? '';
	const inv = invitation ? peekInvitation(getDb(), invitation) : null;
	return { invitation: inv ? invitation : '', organisationName: inv?.organisationName ?? null };
};

export const actions: Actions = {
	default: async (event) => {
		const data = await readForm(event);
		const values = keepValues(data, ['displayName', 'email', 'invitation']);
		values.privacy = data.get('privacy') === 'on' ? 'on' : '';
		const parsed = parseForm(signUpSchema, data, ['displayName', 'email', 'password', 'privacy']);
		if (!parsed.ok) return fail(400, { values, errors: fieldTexts(event, parsed.errors) });
		const limit = await hit(['signupPerClient', clientKey(event)]);
		if (!limit.ok) return rateLimited(event, limit, values);
		const invitationToken = values.invitation || undefined;
		const result = await signUp(serviceCtx(event), { ...parsed.value, invitationToken });
		if (!result.ok) {
			const text = errorText(messages(event.locals.locale), result.reason);
			return fail(400, {
				values,
				errors: result.field ? { [result.field]: text } : {},
				error: result.field ? undefined : text
			});
		}
		return { done: true };
	}
};
