import { fail, redirect } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { login } from '$lib/server/auth/accounts.service';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { hit, refund, reset } from '$lib/server/auth/rate-limit';
import { createSession } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { clientKey, fieldTexts, rateLimited, safeNext, readForm } from '$lib/server/http';
import { loginSchema } from '$lib/validation/account';
import { keepValues, parseForm } from '$lib/validation/common';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = safeNext(url.searchParams.get('next'), '/konto');
	if (locals.user) redirect(303, next);
	return { next, loggedOut: url.searchParams.has('abgemeldet') };
};

export const actions: Actions = {
	default: async (event) => {
		const data = await readForm(event);
		const values = keepValues(data, ['email', 'next']);
		const parsed = parseForm(loginSchema, data, ['email', 'password']);
		if (!parsed.ok) return fail(400, { values, errors: fieldTexts(event, parsed.errors) });
		const { email, password } = parsed.value;
		const client = clientKey(event);
		// Every attempt counts as a failure of this client until the password proved right: counting
		// only after the (slow) password check would let a burst of parallel guesses pass the limit.
		const limit = await hit(
			['loginFailuresPerClient', client],
			['loginAttemptsPerClient', client],
			['loginPerAccountClient', `${email}|${client}`],
			['loginPerAccount', email]
		);
		if (!limit.ok) return rateLimited(event, limit, values);
		const db = getDb();
		const result = await login(db, email, password);
		if (!result.ok)
			return fail(400, { values, errors: {}, error: messages(event.locals.locale).errors.login_failed });
		await refund('loginFailuresPerClient', client);
		await reset('loginPerAccountClient', `${email}|${client}`);
		const { token, session } = createSession(db, result.userId);
		setSessionCookie(event, token, session.expiresAt);
		redirect(303, safeNext(values.next, '/konto'));
	}
};
