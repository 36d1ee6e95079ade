import * as v from 'valibot';
import { displayName, email, staffDisplayName } from './common';

export const MIN_PASSWORD = 10;

export const newPassword = v.pipe(
	v.string('required'),
	v.nonEmpty('required'),
	v.minLength(MIN_PASSWORD, 'password_short'),
	v.maxLength(256, 'password_long')
);

export const signUpSchema = v.object({
	displayName,
	email,
	password: newPassword,
	privacy: v.literal('on', 'privacy_required')
});

export const loginSchema = v.object({
	email,
	password: v.pipe(v.string('required'), v.nonEmpty('required'), v.maxLength(256, 'password_long'))
});

export const emailOnlySchema = v.object({ email });

export const resetSchema = v.object({ password: newPassword });

export const changePasswordSchema = v.object({
	currentPassword: v.pipe(v.string('required'), v.nonEmpty('required'), v.maxLength(256, 'password_long')),
	password: newPassword
});

export const changeEmailSchema = v.object({
	email,
	currentPassword: v.pipe(v.string('required'), v.nonEmpty('required'), v.maxLength(256, 'password_long'))
});

export const profileSchema = v.object({
	displayName,
	locale: v.picklist(['de', 'en'], 'invalid')
});

/** Staff (moderation, Begleitgremium, administration) may name their accounts after their role. */
export const staffProfileSchema = v.object({
	displayName: staffDisplayName,
	locale: v.picklist(['de', 'en'], 'invalid')
});

export const deleteAccountSchema = v.object({
	currentPassword: v.pipe(v.string('required'), v.nonEmpty('required'), v.maxLength(256, 'password_long')),
	confirm: v.literal('on', 'confirm_required')
});
