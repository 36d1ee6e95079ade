// Every request: session cookie → locals.user, language, security headers. At start: migrations and,
// in demo mode on an empty database, the Bochum demo.
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { purgeFeedback } from '$lib/server/accessibility/feedback.service';
import { config } from '$lib/server/config';
import { isEmpty, seedDemo, DEMO_ACCOUNTS } from '$lib/server/db/seed/demo';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { isLocale, negotiateLocale } from '$lib/i18n';
import { setSessionCookie, deleteSessionCookie, LANG_COOKIE } from '$lib/server/auth/cookies';
import { building } from '$app/environment';
import { startNotificationWorker } from '$lib/server/moderation/notifications';

const DAY = 24 * 60 * 60 * 1000;

export const init: ServerInit = async () => {
	const db = getDb(); // opens the file and applies the migrations in drizzle/
	// Retention promised in the privacy notice: barrier reports are deleted after 12 months.
	purgeFeedback(db);
	setInterval(() => purgeFeedback(getDb()), DAY).unref();
	// Mails to authors about their input (outbox, sent in the background every ~2 s).
	if (!building) startNotificationWorker(db, config.origin ?? `http://localhost:${process.env.PORT ?? 3000}`);
	// Loading exceljs takes up to a second of the event loop: do it at start, not in the first export.
	if (!building) await import('$lib/server/moderation/export/xlsx');
	if (!config.demo) return;
	if (isEmpty(db)) {
		await seedDemo(db, config.demoPassword);
		console.log('[demo] Leere Datenbank: Demo-Verfahren Bochum angelegt.');
	}
	console.log(
		`[demo] Demo-Konten: ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')} – Passwort: ${config.demoPassword}`
	);
};

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const result = validateSessionToken(getDb(), token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			// Only when the sliding expiry moved: a Set-Cookie on every answer would ride along on
			// public API answers (and a shared cache must never store a session cookie).
			if (result.renewed) setSessionCookie(event, token, result.session.expiresAt);
		} else {
			deleteSessionCookie(event);
		}
	}
	const langCookie = event.cookies.get(LANG_COOKIE);
	event.locals.locale = isLocale(langCookie)
		? langCookie
		: (event.locals.user?.locale ?? negotiateLocale(event.request.headers.get('accept-language')));

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
	const h = response.headers;
	h.set('X-Content-Type-Options', 'nosniff');
	h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	h.set('X-Frame-Options', 'DENY');
	h.set('Cross-Origin-Opener-Policy', 'same-origin');
	h.set(
		'Permissions-Policy',
		'camera=(), microphone=(), payment=(), usb=(), geolocation=(self), interest-cohort=()'
	);
	if (event.url.protocol === 'https:')
		h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	if (event.locals.user && !h.has('Cache-Control')) h.set('Cache-Control', 'private, no-store');
	// Whatever the route said: an answer that sets a cookie is for this browser only.
	if (h.has('Set-Cookie')) h.set('Cache-Control', 'private, no-store');
	return response;
};

export const handleError: HandleServerError = ({ error, status }) => {
	const id = crypto.randomUUID().slice(0, 8);
	if (status !== 404) console.error(`[error ${id}]`, error);
	return { message: status === 404 ? 'Nicht gefunden' : 'Interner Fehler', id };
};
