import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { requireRole, readForm } from '$lib/server/http';
import { getDb } from '$lib/server/db';
import { messages } from '$lib/i18n';
import { cleanText, keepValues, parseForm } from '$lib/validation/common';
import { parseId } from '$lib/server/admin/input';
import {
	chapterCounts,
	chapterOfModule,
	chaptersOfVersion,
	documentOfModule,
	modulesOfProcess
} from '$lib/server/participation/admin-queries';
import { deleteModule, MODULE_LIMITS, updateModule } from '$lib/server/participation/processes.service';
import {
	createDocument,
	createDraftVersion,
	deleteChapter,
	publishVersion,
	versionsOf
} from '$lib/server/modules/document/documents.service';
import { errorTexts, formInput, notFound, refused, routeModule, routeProcess } from '../../../shared.server';
import { mapActions, mapSection } from './map-categories.server';

const MODULE_FIELDS = ['slug', 'title', 'description'];
const MAX_DOCUMENT_TITLE = 200;

const documentSchema = v.object({
	title: v.pipe(
		v.string('required'),
		v.transform((s) => cleanText(s).replace(/\s+/g, ' ')),
		v.nonEmpty('required'),
		v.maxLength(MAX_DOCUMENT_TITLE, `max:${MAX_DOCUMENT_TITLE}`)
	)
});

function context(event: RequestEvent) {
	const process = routeProcess(event);
	const mod = routeModule(event, process.id);
	return { process, mod, db: getDb() };
}

/** The document of a document module with its versions; the draft (if any) is the one being edited. */
function documentState(event: RequestEvent) {
	const { process, mod, db } = context(event);
	const doc = mod.type === 'document' ? documentOfModule(db, mod.id) : null;
	const versions = doc ? versionsOf(db, doc.id) : [];
	const draft = versions.find((x) => x.state === 'draft') ?? null;
	return { process, mod, db, doc, versions, draft };
}

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const { process, mod, db, doc, versions, draft } = documentState(event);
	const counts = doc ? chapterCounts(db, doc.id) : new Map<string, number>();
	const wanted = Number(event.url.searchParams.get('fassung'));
	const shown = versions.find((x) => x.number === wanted) ?? draft ?? versions.at(-1) ?? null;
	const contributions = modulesOfProcess(db, process.id).find((x) => x.id === mod.id)?.contributions ?? 0;
	return {
		process: { id: process.id, title: process.title, slug: process.slug },
		module: {
			id: mod.id,
			type: mod.type,
			title: mod.title,
			slug: mod.slug,
			contributions,
			values: { slug: mod.slug, title: mod.title, description: mod.description }
		},
		document: doc ? { id: doc.id, title: doc.title } : null,
		versions: versions.map((x) => ({
			id: x.id,
			number: x.number,
			label: x.label,
			state: x.state,
			publishedAt: x.publishedAt,
			chapters: counts.get(x.id) ?? 0
		})),
		hasDraft: !!draft,
		shown: shown
			? {
					id: shown.id,
					number: shown.number,
					label: shown.label,
					state: shown.state,
					chapters: chaptersOfVersion(db, shown.id)
				}
			: null,
		limits: { module: MODULE_LIMITS, documentTitle: MAX_DOCUMENT_TITLE },
		map: mod.type === 'map' ? mapSection(mod.id) : null
	};
};

export const actions: Actions = {
	...mapActions,
	saveModule: async (event) => {
		const user = requireRole(event, 'admin');
		const { process, mod, db } = context(event);
		const t = messages(event.locals.locale).adminProcess;
		const data = await readForm(event);
		const result = updateModule(db, user.id, process.id, mod.id, formInput(data, MODULE_FIELDS));
		if (!result.ok) return refused(event, 'module', result, keepValues(data, MODULE_FIELDS));
		return { form: 'module', notice: result.changed ? t.modules.saved : t.process.unchanged };
	},

	deleteModule: async (event) => {
		const user = requireRole(event, 'admin');
		const { process, mod, db } = context(event);
		const data = await readForm(event);
		if (data.get('confirm') !== 'on')
			return refused(event, 'delete', { reason: 'invalid', errors: { confirm: 'confirm_required' } });
		const result = deleteModule(db, user.id, process.id, mod.id);
		if (!result.ok) return refused(event, 'delete', result);
		redirect(303, `/admin/verfahren/${process.id}?erledigt=modul#module`);
	},

	createDocument: async (event) => {
		const user = requireRole(event, 'admin');
		const { mod, db } = context(event);
		const m = messages(event.locals.locale);
		const data = await readForm(event);
		const parsed = parseForm(documentSchema, data, ['title']);
		if (!parsed.ok)
			return fail(400, {
				form: 'document',
				values: keepValues(data, ['title']),
				errors: errorTexts(m, parsed.errors)
			});
		const result = createDocument(db, user.id, mod.id, parsed.value.title);
		if (!result.ok) return refused(event, 'document', result, keepValues(data, ['title']));
		return { form: 'document', notice: m.adminProcess.document.created };
	},

	newVersion: async (event) => {
		const user = requireRole(event, 'admin');
		const { doc, db } = documentState(event);
		if (!doc) notFound(event);
		const result = createDraftVersion(db, user.id, doc.id);
		if (!result.ok) return refused(event, 'versions', result);
		const label = versionsOf(db, doc.id).find((x) => x.id === result.versionId)?.label ?? '';
		return {
			form: 'versions',
			notice: messages(event.locals.locale).adminProcess.document.versionCreated(label)
		};
	},

	publish: async (event) => {
		const user = requireRole(event, 'admin');
		const { draft, db } = documentState(event);
		const data = await readForm(event);
		// The form names the draft it was shown for, so a stale page cannot publish another one.
		if (!draft || parseId(data.get('versionId')) !== draft.id)
			return refused(event, 'publish', { reason: 'version_frozen' });
		const result = publishVersion(db, user.id, draft.id);
		if (!result.ok) return refused(event, 'publish', result);
		return {
			form: 'publish',
			published: { number: draft.number, carried: result.carried, unmatched: result.unmatched }
		};
	},

	/** Two steps without JavaScript: the first click asks, the second (with confirm=yes) deletes. */
	deleteChapter: async (event) => {
		const user = requireRole(event, 'admin');
		const { mod, db } = context(event);
		const m = messages(event.locals.locale);
		const data = await readForm(event);
		const chapterId = parseId(data.get('chapterId'));
		const chapter = chapterId ? chapterOfModule(db, mod.id, chapterId) : null;
		if (!chapter) notFound(event);
		if (chapter.versionState !== 'draft') return refused(event, 'chapters', { reason: 'version_frozen' });
		if (data.get('confirm') !== 'yes')
			return {
				form: 'chapters',
				confirmChapter: { id: chapter.id, name: `${chapter.number} ${chapter.title}` }
			};
		const result = deleteChapter(db, user.id, chapter.id);
		if (!result.ok) return refused(event, 'chapters', result);
		return { form: 'chapters', notice: m.adminProcess.document.chapterDeleted };
	}
};
