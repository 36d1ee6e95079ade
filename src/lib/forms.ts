// Progressive enhancement for forms: disables the submit buttons while a request runs (no double
// submits), keeps what was typed on failure, and moves focus to the first field with an error.
import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';
import { invalidateAll } from '$app/navigation';

export function focusFirstError(form: HTMLFormElement) {
	// An error summary (an alert listing links to the fields) first, as it names every error; else the
	// first invalid field; else any alert.
	const alerts = Array.from(document.querySelectorAll<HTMLElement>('[role="alert"][tabindex="-1"]'));
	const target =
		alerts.find((a) => a.querySelector('a[href^="#"]')) ??
		form.querySelector<HTMLElement>('[aria-invalid="true"]') ??
		alerts[0];
	target?.focus();
}

/** The element the address's #fragment names, if any. */
function fragmentTarget(): HTMLElement | null {
	if (!location.hash) return null;
	try {
		return document.getElementById(decodeURIComponent(location.hash.slice(1)));
	} catch {
		return null; // a malformed escape in the address
	}
}

export const submitOnce: SubmitFunction = ({ formElement, submitter }) => {
	// Disabling the focused button drops the focus to <body>; remember where it was to put it back.
	const focused = document.activeElement as HTMLElement | null;
	const buttons = formElement.querySelectorAll<HTMLButtonElement>(
		'button[type="submit"], button:not([type])'
	);
	buttons.forEach((b) => (b.disabled = true));
	submitter?.setAttribute('aria-busy', 'true');
	return async ({ update, result }) => {
		await update({ reset: result.type === 'success', invalidateAll: true });
		// A conflict means the stored state moved on (someone else saved): show it, next to the kept input.
		if (result.type === 'failure' && result.status === 409) await invalidateAll();
		buttons.forEach((b) => (b.disabled = false));
		submitter?.removeAttribute('aria-busy');
		await tick();
		if (result.type === 'failure') {
			focusFirstError(formElement);
			return;
		}
		// Focus stays where the person was: the same control, or the form's first button if the control
		// was replaced – unless something else took it (a message focuses itself). SvelteKit moves the
		// focus to the address's #fragment after a successful action, a moment later: whatever held the
		// focus then (the control or the message) gets it back, or the next Tab would jump to the
		// fragment (e.g. #kommentare).
		const lost = () => {
			const active = document.activeElement;
			return active === document.body || active === null || active === fragmentTarget();
		};
		if (lost()) {
			const target = focused?.isConnected
				? focused
				: formElement.isConnected
					? formElement.querySelector<HTMLElement>('button')
					: null;
			target?.focus();
		}
		const holder = document.activeElement;
		setTimeout(() => {
			if (lost() && holder instanceof HTMLElement && holder.isConnected) holder.focus();
		}, 0);
	};
};

type FormResult =
	{ values?: Record<string, string>; errors?: Record<string, string>; error?: string } | null | undefined;

/** The typed values a failed action sent back (so the form shows them again). */
export function formValues(form: unknown): Record<string, string> {
	return ((form as FormResult)?.values ?? {}) as Record<string, string>;
}

/** Field errors of a failed action, by field name. */
export function formErrors(form: unknown): Record<string, string> {
	return ((form as FormResult)?.errors ?? {}) as Record<string, string>;
}
