// Cookie handling for the session and the language choice. HttpOnly, SameSite=Lax, Secure behind HTTPS.
import type { RequestEvent } from '@sveltejs/kit';
import { SESSION_COOKIE } from './session';

export const LANG_COOKIE = 'lang';

export function setSessionCookie(event: RequestEvent, token: string, expiresAt: Date) {
	event.cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		expires: expiresAt,
		path: '/'
	});
}

export function deleteSessionCookie(event: RequestEvent) {
	event.cookies.delete(SESSION_COOKIE, { path: '/', secure: event.url.protocol === 'https:' });
}

export function setLanguageCookie(event: RequestEvent, locale: string) {
	event.cookies.set(LANG_COOKIE, locale, {
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		maxAge: 60 * 60 * 24 * 365,
		path: '/'
	});
}
