// Language switch: a plain form POST (works without JavaScript); the choice is kept in a cookie and,
// for signed-in users, in the account (for e-mails).
import { redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { isLocale } from '$lib/i18n';
import { setLanguageCookie } from '$lib/server/auth/cookies';
import { getDb } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { safeNext, readForm } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	const data = await readForm(event).catch(() => new FormData());
	const lang = data.get('lang');
	if (isLocale(lang)) {
		setLanguageCookie(event, lang);
		if (event.locals.user)
			getDb().update(users).set({ locale: lang }).where(eq(users.id, event.locals.user.id)).run();
	}
	redirect(303, safeNext(data.get('redirect')));
};
