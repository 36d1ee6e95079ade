// What a person typed, chose or ticked before the page became interactive. While Svelte hydrates a
// server-rendered page it sets every form control to the value the server rendered, so text typed on
// a slow connection would silently disappear (and a login would be sent without its password). The
// root layout remembers the changed controls before the page is hydrated and puts them back after.

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type Kept =
	| { el: HTMLSelectElement; selected: boolean[] }
	| { el: HTMLInputElement; checked: boolean }
	| { el: HTMLInputElement | HTMLTextAreaElement; value: string };

const UNTYPED = new Set(['hidden', 'file', 'submit', 'button', 'reset', 'image']);

function changed(el: Control): Kept | null {
	if (el instanceof HTMLSelectElement) {
		const options = Array.from(el.options);
		return options.some((o) => o.selected !== o.defaultSelected)
			? { el, selected: options.map((o) => o.selected) }
			: null;
	}
	if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio'))
		return el.checked !== el.defaultChecked ? { el, checked: el.checked } : null;
	if (el instanceof HTMLInputElement && UNTYPED.has(el.type)) return null;
	return el.value !== el.defaultValue ? { el, value: el.value } : null;
}

/** Notes the controls a person has changed; the returned function restores those that hydration reset. */
export function rememberEarlyInput(root: ParentNode = document): () => void {
	const kept: Kept[] = [];
	for (const el of root.querySelectorAll<Control>('input, textarea, select')) {
		const k = changed(el);
		if (k) kept.push(k);
	}
	return () => {
		for (const k of kept) {
			if (!k.el.isConnected) continue;
			let restored = false;
			if ('selected' in k) {
				Array.from(k.el.options).forEach((o, i) => {
					if (o.selected !== k.selected[i]) {
						o.selected = k.selected[i];
						restored = true;
					}
				});
			} else if ('checked' in k) {
				if (k.el.checked !== k.checked) {
					k.el.checked = k.checked;
					restored = true;
				}
			} else if (k.el.value !== k.value) {
				k.el.value = k.value;
				restored = true;
			}
			// Bound state (bind:value, bind:checked) and listeners learn of the restored value.
			if (restored) {
				k.el.dispatchEvent(new Event('input', { bubbles: true }));
				k.el.dispatchEvent(new Event('change', { bubbles: true }));
			}
		}
	};
}
