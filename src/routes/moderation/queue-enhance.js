// Progressive enhancement of the review queue, which is served as plain HTML (csr = false):
// - "Alle auswählen" checks or unchecks every row, and follows when rows are checked one by one;
// - a form is sent once: a second click while the first request runs is ignored;
// - after an action the message (#ergebnis) has the focus, so screen readers read it first;
// - Enter in a field of the action bar sends the field's own group.
// Loaded as a file from 'self' (no inline script, so the CSP stays strict).
(function () {
	'use strict';
	/** @param {Document} doc */
	function setUp(doc) {
		const form = doc.querySelector('form[data-queue-form]');
		const box = doc.querySelector('[data-select-all]');
		if (form instanceof HTMLFormElement && box instanceof HTMLElement) {
			const all = box.querySelector('input');
			const rows = () => Array.from(form.querySelectorAll('input[name="ids"]'));
			const sync = () => {
				const list = rows();
				const checked = list.filter((i) => i instanceof HTMLInputElement && i.checked).length;
				if (all) {
					all.checked = list.length > 0 && checked === list.length;
					all.indeterminate = checked > 0 && checked < list.length;
				}
			};
			box.hidden = false;
			all?.addEventListener('change', () => {
				for (const i of rows()) if (i instanceof HTMLInputElement) i.checked = all.checked;
				sync();
			});
			form.addEventListener('change', (e) => {
				if (e.target instanceof HTMLInputElement && e.target.name === 'ids') sync();
			});
			sync();
		}
		// Enter in a field of the action bar sends that field's group (e.g. the new tag with "Schlagwort
		// hinzufügen"), never the form's first action; without this script Enter does nothing there.
		if (form instanceof HTMLFormElement)
			form.addEventListener('keydown', (e) => {
				const field = e.target;
				if (
					e.key !== 'Enter' ||
					e.isComposing ||
					!(field instanceof HTMLInputElement) ||
					field.type === 'checkbox'
				)
					return;
				const button = field.closest('.bulk__group')?.querySelector('button[type="submit"]');
				e.preventDefault();
				if (button instanceof HTMLButtonElement) form.requestSubmit(button);
			});
		for (const f of doc.querySelectorAll('form[data-queue-form]')) {
			f.addEventListener('submit', (e) => {
				if (f.getAttribute('aria-busy') === 'true') e.preventDefault();
				else {
					f.setAttribute('aria-busy', 'true');
					// A request stopped by the person (Esc, the stop button) never ends the page: free it again.
					setTimeout(() => f.removeAttribute('aria-busy'), 10000);
				}
			});
		}
		// Back/forward cache: a page restored after leaving it may be used again.
		window.addEventListener('pageshow', (e) => {
			if (e.persisted)
				for (const f of doc.querySelectorAll('form[aria-busy]')) f.removeAttribute('aria-busy');
		});
		// The message of an action (the page was opened at #ergebnis): focused now and again after the
		// browser's own scrolling to the fragment, which may take the focus away.
		const result = doc.getElementById('ergebnis');
		if (result) {
			result.focus();
			window.addEventListener('load', () => {
				if (doc.activeElement === doc.body) result.focus();
			});
		}
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => setUp(document));
	else setUp(document);
})();
