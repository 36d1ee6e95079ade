// Adds the "Kommentieren" control to every commentable block of a chapter's stored HTML. The HTML was
// sanitised when the chapter was saved; the controls are our own markup with escaped values only.
export interface ControlBlock {
	anchor: string;
	kind: string;
	number: number;
}

function escapeHtml(s: string) {
	return s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);
}

export function withCommentControls(
	html: string,
	blocks: ControlBlock[],
	counts: Record<string, number>,
	label: (number: number, count: number) => { text: string; hidden: string },
	href: (anchor: string) => string,
	/** The language of the labels: the text around them is German (lang="de"). */
	labelLang = 'de'
): string {
	const lang = labelLang === 'de' ? '' : ` lang="${escapeHtml(labelLang)}"`;
	const byAnchor = new Map(blocks.filter((b) => b.kind !== 'h').map((b) => [b.anchor, b]));
	return html.replace(
		/<(p|li|blockquote|tr)\b([^>]*)\bdata-block="(a-[a-z0-9]+)"([^>]*)>(\s*<t[dh]\b[^>]*>)?/g,
		(match, tag: string, _a, anchor: string, _b, cell?: string) => {
			const block = byAnchor.get(anchor);
			if (!block) return match;
			const count = counts[anchor] ?? 0;
			const { text, hidden } = label(block.number, count);
			const control =
				`<a class="block-comment${count ? ' block-comment--has' : ''}" href="${escapeHtml(href(anchor))}"${lang}>` +
				`${escapeHtml(text)}<span class="visually-hidden"> – ${escapeHtml(hidden)}</span></a>`;
			if (tag === 'tr') return cell ? match + control : match;
			return match + control;
		}
	);
}
