import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole, readForm } from '$lib/server/http';
import { messages } from '$lib/i18n';
import { parseId } from '$lib/server/admin/input';
import { chapterOfModule } from '$lib/server/participation/admin-queries';
import { deleteChapter } from '$lib/server/modules/document/documents.service';
import { notFound, refused } from '../../../../../shared.server';
import { editorContext, previewAction, saveAction } from '../chapter.server';

function chapterContext(event: RequestEvent) {
	const ctx = editorContext(event);
	const id = parseId((event.params as Record<string, string | undefined>).chapterId);
	const chapter = id ? chapterOfModule(ctx.db, ctx.mod.id, id) : null;
	if (!chapter) notFound(event);
	return { ...ctx, chapter, editable: chapter.versionState === 'draft' };
}

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const { process, mod, base, chapter, editable, limits } = chapterContext(event);
	return {
		process: { id: process.id, title: process.title },
		module: { id: mod.id, title: mod.title },
		base,
		chapter: {
			id: chapter.id,
			name: `${chapter.number} ${chapter.title}`,
			versionLabel: chapter.versionLabel,
			versionState: chapter.versionState
		},
		editable,
		values: {
			number: chapter.number,
			title: chapter.title,
			key: chapter.key,
			position: String(chapter.position),
			markdown: chapter.markdown
		},
		/** Rendered and sanitised when the chapter was saved (renderChapter). */
		preview: chapter.html,
		saved: event.url.searchParams.has('gespeichert'),
		limits
	};
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'admin');
		const { chapter, editable } = chapterContext(event);
		if (!editable) return refused(event, 'chapter', { reason: 'version_frozen' });
		const result = await saveAction(event, user.id, chapter.versionId, chapter.id);
		if (!result.ok) return result.failure;
		return { form: 'chapter', notice: messages(event.locals.locale).adminProcess.chapter.saved };
	},

	preview: async (event) => {
		requireRole(event, 'admin');
		chapterContext(event);
		return previewAction(event);
	},

	delete: async (event) => {
		const user = requireRole(event, 'admin');
		const { db, chapter, editable, base } = chapterContext(event);
		if (!editable) return refused(event, 'delete', { reason: 'version_frozen' });
		const data = await readForm(event);
		if (data.get('confirm') !== 'on')
			return refused(event, 'delete', { reason: 'invalid', errors: { confirm: 'confirm_required' } });
		const result = deleteChapter(db, user.id, chapter.id);
		if (!result.ok) return refused(event, 'delete', result);
		redirect(303, `${base}#kapitel`);
	}
};
