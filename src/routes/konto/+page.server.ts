import { fail, redirect } from '@sveltejs/kit';
import { errorText, messages } from '$lib/i18n';
import {
	changePassword,
	deleteAccount,
	requestEmailChange,
	resendVerification,
	updateProfile
} from '$lib/server/auth/accounts.service';
import { deleteSessionCookie, setLanguageCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { hit } from '$lib/server/auth/rate-limit';
import { createSession } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { isGremium, isModerator } from '$lib/server/participation/permissions';
import { fieldTexts, rateLimited, requireUser, serviceCtx, readForm } from '$lib/server/http';
import {
	changeEmailSchema,
	changePasswordSchema,
	deleteAccountSchema,
	profileSchema,
	staffProfileSchema
} from '$lib/validation/account';
import { keepValues, parseForm } from '$lib/validation/common';
import type { RequestEvent } from '@sveltejs/kit';
import { contributionsOf } from '$lib/server/modules/document/queries';
import { handlingsFor } from '$lib/server/review/handling';
import { splitRejection } from '$lib/server/moderation/review.service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const db = getDb();
	const own = contributionsOf(db, user.id);
	// How each was handled, as the public sees it (one batch of queries for the whole list).
	const handled = handlingsFor(
		db,
		own.filter((c) => c.state === 'published').map((c) => c.id),
		{ publicOnly: true }
	);
	const contributions = own.map((c) => {
		const { reason, note } = splitRejection(c.rejectionReason);
		const h = handled.get(c.id);
		return {
			...c,
			rejectionReason: reason,
			rejectionNote: note,
			handling: h
				? {
						packageTitle: h.packageTitle,
						verdict: h.response?.publishedAt ? h.response.verdict : null
					}
				: null
		};
	});
	return {
		contributions,
		account: {
			email: user.email,
			displayName: user.displayName,
			locale: user.locale,
			emailVerified: user.emailVerified,
			roles: user.roles,
			organisation: user.organisation
		}
	};
};

function failWith(
	event: RequestEvent,
	form: string,
	values: Record<string, string>,
	reason: string,
	field?: string
) {
	const text = errorText(messages(event.locals.locale), reason);
	return fail(400, { form, values, errors: field ? { [field]: text } : {}, error: field ? undefined : text });
}

export const actions: Actions = {
	profile: async (event) => {
		const user = requireUser(event);
		const data = await readForm(event);
		const values = keepValues(data, ['displayName', 'locale']);
		const staff = isModerator(user) || isGremium(user);
		// Staff may name themselves after their role; anyone keeps a name chosen before the rules.
		const unchanged = String(data.get('displayName') ?? '').trim() === user.displayName;
		const parsed = parseForm(staff || unchanged ? staffProfileSchema : profileSchema, data, [
			'displayName',
			'locale'
		]);
		if (!parsed.ok) return fail(400, { form: 'profile', values, errors: fieldTexts(event, parsed.errors) });
		const saved = updateProfile(getDb(), user.id, parsed.value);
		if (!saved.ok)
			return fail(409, {
				form: 'profile',
				values,
				errors: fieldTexts(event, { displayName: saved.reason })
			});
		setLanguageCookie(event, parsed.value.locale);
		event.locals.locale = parsed.value.locale;
		return { form: 'profile', success: true };
	},
	resend: async (event) => {
		const user = requireUser(event);
		const limit = await hit(['verifyMailPerAccount', user.id]);
		if (!limit.ok) return rateLimited(event, limit, {}, { form: 'resend' });
		await resendVerification(serviceCtx(event), user.id);
		return { form: 'resend', success: true };
	},
	email: async (event) => {
		const user = requireUser(event);
		const data = await readForm(event);
		const values = keepValues(data, ['email']);
		const parsed = parseForm(changeEmailSchema, data, ['email', 'currentPassword']);
		if (!parsed.ok) return fail(400, { form: 'email', values, errors: fieldTexts(event, parsed.errors) });
		const limit = await hit(['verifyMailPerAccount', user.id]);
		if (!limit.ok) return rateLimited(event, limit, values, { form: 'email' });
		const result = await requestEmailChange(
			serviceCtx(event),
			user.id,
			parsed.value.email,
			parsed.value.currentPassword
		);
		if (!result.ok) return failWith(event, 'email', values, result.reason, result.field);
		return { form: 'email', success: true };
	},
	password: async (event) => {
		const user = requireUser(event);
		const data = await readForm(event);
		const parsed = parseForm(changePasswordSchema, data, ['currentPassword', 'password']);
		if (!parsed.ok)
			return fail(400, { form: 'password', values: {}, errors: fieldTexts(event, parsed.errors) });
		const db = getDb();
		const result = await changePassword(
			db,
			user.id,
			parsed.value.currentPassword,
			parsed.value.password,
			serviceCtx(event).origin
		);
		if (!result.ok) return failWith(event, 'password', {}, result.reason, result.field);
		// All sessions were ended; this browser gets a fresh one.
		const { token, session } = createSession(db, user.id);
		setSessionCookie(event, token, session.expiresAt);
		return { form: 'password', success: true };
	},
	delete: async (event) => {
		const user = requireUser(event);
		const data = await readForm(event);
		const parsed = parseForm(deleteAccountSchema, data, ['currentPassword', 'confirm']);
		if (!parsed.ok)
			return fail(400, { form: 'delete', values: {}, errors: fieldTexts(event, parsed.errors) });
		const result = await deleteAccount(getDb(), user.id, parsed.value.currentPassword);
		if (!result.ok) return failWith(event, 'delete', {}, result.reason, result.field);
		deleteSessionCookie(event);
		redirect(303, '/konto/geloescht');
	}
};
