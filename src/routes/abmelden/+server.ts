import { redirect } from '@sveltejs/kit';
import { invalidateSession } from '$lib/server/auth/session';
import { deleteSessionCookie } from '$lib/server/auth/cookies';
import { getDb } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) => {
	if (event.locals.session) invalidateSession(getDb(), event.locals.session.id);
	deleteSessionCookie(event);
	redirect(303, '/anmelden?abgemeldet=1');
};
