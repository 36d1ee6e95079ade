import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/http';
import { messages } from '$lib/i18n';
import { nextChapterPosition } from '$lib/server/modules/document/documents.service';
import { editorContext, previewAction, saveAction } from '../chapter.server';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const { db, process, mod, draft, base, limits } = editorContext(event);
	return {
		process: { id: process.id, title: process.title },
		module: { id: mod.id, title: mod.title },
		base,
		draft: draft ? { id: draft.id, label: draft.label } : null,
		values: {
			number: '',
			title: '',
			key: '',
			position: draft ? String(nextChapterPosition(db, draft.id)) : '1',
			markdown: ''
		},
		limits
	};
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'admin');
		const { draft, base } = editorContext(event);
		if (!draft)
			return fail(409, {
				form: 'chapter',
				error: messages(event.locals.locale).adminProcess.chapter.noDraft
			});
		const result = await saveAction(event, user.id, draft.id);
		if (!result.ok) return result.failure;
		redirect(303, `${base}/kapitel/${result.chapterId}?gespeichert=1`);
	},

	preview: async (event) => {
		requireRole(event, 'admin');
		editorContext(event);
		return previewAction(event);
	}
};
