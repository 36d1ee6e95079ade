// Client side of the process administration forms: several forms share one page, so every action
// answers with `form` naming the form it belongs to, and each form shows only its own state.
import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';
import { focusFirstError } from '$lib/forms';

export interface FormState {
	form?: string;
	values?: Record<string, string>;
	errors?: Record<string, string>;
	/** A message for the whole form (no field to show it at). */
	error?: string;
	/** A success message. */
	notice?: string;
}

/** The state of one form on the page: the action result when it belongs to `key`, else nothing. */
export function stateFor(form: unknown, key: string): FormState {
	const f = (form ?? {}) as FormState;
	return f.form === key ? f : {};
}

/**
 * Like submitOnce, but keeps the form as it is after a success: edit forms then show the saved values
 * (a reset would bring back the values the page was first rendered with).
 */
export const saveInPlace: SubmitFunction = ({ formElement, submitter }) => {
	const buttons = formElement.querySelectorAll<HTMLButtonElement>(
		'button[type="submit"], button:not([type])'
	);
	buttons.forEach((b) => (b.disabled = true));
	submitter?.setAttribute('aria-busy', 'true');
	return async ({ update, result }) => {
		await update({ reset: false, invalidateAll: true });
		buttons.forEach((b) => (b.disabled = false));
		submitter?.removeAttribute('aria-busy');
		if (result.type === 'failure') {
			await tick();
			focusFirstError(formElement);
		}
	};
};
