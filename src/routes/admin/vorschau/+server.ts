// Live preview of the chapter editor: Markdown in (form-encoded POST), the rendered and sanitised HTML
// out as JSON. Admins only; same-origin only (checked here as well, whatever the content type).
import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { messages } from '$lib/i18n';
import { requireRole, readForm } from '$lib/server/http';
import { cleanText } from '$lib/validation/common';
import { CHAPTER_LIMITS } from '$lib/server/modules/document/documents.service';
import { renderChapter } from '$lib/server/modules/document/markdown';

const NO_STORE = { 'cache-control': 'no-store' };

export const POST: RequestHandler = async (event) => {
	const m = messages(event.locals.locale);
	// A fetch gets a status, not the login page a redirect would give it.
	if (!event.locals.user) error(401, m.errors.forbidden);
	requireRole(event, 'admin');
	if (event.request.headers.get('origin') !== event.url.origin) error(403, m.errors.forbidden);
	const data = await readForm(event).catch(() => null);
	const raw = data?.get('markdown');
	if (typeof raw !== 'string') error(400, m.errors.invalid);
	const markdown = cleanText(raw.replace(/\r\n?/g, '\n'));
	if (markdown.length > CHAPTER_LIMITS.markdown)
		return json(
			{ error: m.adminProcess.errors.tooLong(CHAPTER_LIMITS.markdown) },
			{ status: 413, headers: NO_STORE }
		);
	return json({ html: renderChapter(markdown).html }, { headers: NO_STORE });
};
