// Helpers shared by routes: the acting user, permission guards, the client key for rate limits, and
// the context services need. Services never import @sveltejs/kit; routes do, through these helpers.
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { messages, errorText } from '../i18n';
import { config } from './config';
import { getDb } from './db';
import type { Role } from './db/schema';
import type { SessionUser } from './auth/session';
import type { Ctx } from './auth/accounts.service';
import type { LimitResult } from './auth/rate-limit';

export function serviceCtx(event: RequestEvent): Ctx {
	return { db: getDb(), origin: config.origin ?? event.url.origin, locale: event.locals.locale };
}

/** The signed-in user, or a redirect to the login page that comes back here afterwards. */
export function requireUser(event: RequestEvent): SessionUser {
	const user = event.locals.user;
	if (!user) redirect(303, `/anmelden?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	return user;
}

export function hasRole(user: SessionUser | null, ...roles: Role[]): boolean {
	return !!user && user.roles.some((r) => r === 'admin' || roles.includes(r));
}

/** The signed-in user with one of the roles (admins pass every check); 403 otherwise. */
export function requireRole(event: RequestEvent, ...roles: Role[]): SessionUser {
	const user = requireUser(event);
	if (!hasRole(user, ...roles)) error(403, messages(event.locals.locale).errors.forbidden);
	return user;
}

/** Key for per-client rate limits: the client address as adapter-node reports it (see README, proxy). */
export function clientKey(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

/** A 429 form failure with the German (or English) wait message, keeping the typed values. */
export function rateLimited<E extends Record<string, unknown>>(
	event: RequestEvent,
	result: Extract<LimitResult, { ok: false }>,
	values: Record<string, string> = {},
	extra?: E
) {
	const m = messages(event.locals.locale);
	const error = m.errors.rate_limited(Math.max(1, Math.ceil(result.retryAfterSeconds / 60)));
	return fail(429, { ...(extra ?? ({} as E)), values, error });
}

/** Maps field error codes to texts in the request's language. */
export function fieldTexts(event: RequestEvent, errors: Record<string, string | undefined>) {
	const m = messages(event.locals.locale);
	const out: Record<string, string> = {};
	for (const [k, code] of Object.entries(errors)) if (code) out[k] = errorText(m, code);
	return out;
}

/** A safe local redirect target from user input: a path on this site only, never another host. */
export function safeNext(value: unknown, fallback = '/'): string {
	if (typeof value !== 'string' || !value.startsWith('/') || value.length > 500) return fallback;
	// Browsers drop tabs and newlines and read backslashes as slashes: refuse all of them.
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f\\\s]/.test(value)) return fallback;
	try {
		const url = new URL(value, 'http://same.invalid');
		if (url.origin !== 'http://same.invalid') return fallback;
		return url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
}

/** The submitted form, or a 400 page with a clear message when the body is not a readable form. */
export async function readForm(event: RequestEvent): Promise<FormData> {
	try {
		return await event.request.formData();
	} catch {
		error(400, messages(event.locals.locale).errors.invalid);
	}
}
