// The chapter editor's server side, shared by /kapitel/neu and /kapitel/[chapterId]: input checks, the
// draft being edited, saving through the document service, and the preview that renders but saves nothing.
import { readForm } from '$lib/server/http';
import { fail, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { cleanText, keepValues, parseForm } from '$lib/validation/common';
import { documentOfModule } from '$lib/server/participation/admin-queries';
import { slug } from '$lib/server/participation/processes.service';
import { CHAPTER_LIMITS, saveChapter, versionsOf } from '$lib/server/modules/document/documents.service';
import { renderChapter } from '$lib/server/modules/document/markdown';
import { errorTexts, notFound, refused, routeModule, routeProcess } from '../../../../shared.server';

export const MAX_KEY = 80;
/**
 * Chapter keys share the address space of a module with its fixed one-segment pages, which SvelteKit
 * matches before a chapter key: the document's changes (/…/aenderungen) and the map's form (/…/neu).
 */
export const RESERVED_KEYS = ['aenderungen', 'neu'];
export const FIELDS = ['number', 'title', 'key', 'position', 'markdown'];

/** Textareas send CRLF; one newline per line keeps lengths and stored text as typed. */
const normaliseMarkdown = (s: string) => cleanText(s.replace(/\r\n?/g, '\n'));

const line = (max: number) =>
	v.pipe(
		v.string('required'),
		v.transform((s) => cleanText(s).replace(/\s+/g, ' ')),
		v.nonEmpty('required'),
		v.maxLength(max, `max:${max}`)
	);

const markdown = v.pipe(
	v.string('required'),
	v.transform(normaliseMarkdown),
	v.nonEmpty('required'),
	v.maxLength(CHAPTER_LIMITS.markdown, `max:${CHAPTER_LIMITS.markdown}`)
);

export const chapterSchema = v.object({
	number: line(CHAPTER_LIMITS.number),
	title: line(CHAPTER_LIMITS.title),
	key: v.pipe(
		slug(MAX_KEY),
		v.check((k) => !RESERVED_KEYS.includes(k), 'key_reserved')
	),
	position: v.pipe(
		v.string('required'),
		v.transform((s) => s.trim()),
		v.nonEmpty('required'),
		v.regex(/^\d{1,4}$/, 'position_invalid'),
		v.transform(Number),
		v.minValue(1, 'position_invalid')
	),
	markdown
});

const previewSchema = v.object({
	markdown: v.optional(
		v.pipe(
			v.string(),
			v.transform(normaliseMarkdown),
			v.maxLength(CHAPTER_LIMITS.markdown, `max:${CHAPTER_LIMITS.markdown}`)
		),
		''
	)
});

/** The typed values to show again; the text in full (keepValues would cut it at 10,000 characters). */
export function chapterValues(data: FormData): Record<string, string> {
	const values = keepValues(data, FIELDS);
	const text = data.get('markdown');
	if (typeof text === 'string') values.markdown = text;
	return values;
}

/** Process, document module, its document and versions; 404 when the module is not a document module. */
export function editorContext(event: RequestEvent) {
	const process = routeProcess(event);
	const mod = routeModule(event, process.id);
	const db = getDb();
	const doc = mod.type === 'document' ? documentOfModule(db, mod.id) : null;
	if (!doc) notFound(event);
	const versions = versionsOf(db, doc.id);
	const draft = versions.find((x) => x.state === 'draft') ?? null;
	return {
		db,
		process,
		mod,
		doc,
		draft,
		base: `/admin/verfahren/${process.id}/module/${mod.id}`,
		limits: { ...CHAPTER_LIMITS, key: MAX_KEY }
	};
}

/** Saves a chapter of the draft (new when chapterId is absent); the service renders and sanitises. */
export async function saveAction(
	event: RequestEvent,
	actorId: string,
	versionId: string,
	chapterId?: string
) {
	const m = messages(event.locals.locale);
	const data = await readForm(event);
	const values = chapterValues(data);
	const parsed = parseForm(chapterSchema, data, FIELDS);
	// After a refusal the preview shows the typed text (when it is not too long to render).
	const preview = () => {
		const text = normaliseMarkdown(values.markdown ?? '');
		return text.length <= CHAPTER_LIMITS.markdown ? renderChapter(text).html : undefined;
	};
	if (!parsed.ok)
		return {
			ok: false as const,
			failure: fail(400, {
				form: 'chapter',
				values,
				errors: errorTexts(m, parsed.errors),
				preview: preview()
			})
		};
	const result = saveChapter(getDb(), actorId, versionId, parsed.value, chapterId);
	if (!result.ok) {
		const failure =
			result.reason === 'chapter_key_taken'
				? fail(400, {
						form: 'chapter',
						values,
						errors: errorTexts(m, { key: 'chapter_key_taken' }),
						preview: preview()
					})
				: refused(event, 'chapter', result, values);
		return { ok: false as const, failure };
	}
	return { ok: true as const, chapterId: result.chapterId };
}

/** Renders the typed text for the preview without saving anything; keeps every typed value. */
export async function previewAction(event: RequestEvent) {
	const m = messages(event.locals.locale);
	const data = await readForm(event);
	const values = chapterValues(data);
	const parsed = parseForm(previewSchema, data, ['markdown']);
	if (!parsed.ok) return fail(400, { form: 'chapter', values, errors: errorTexts(m, parsed.errors) });
	// Sanitised HTML (marked + sanitize-html allow list), safe to show with {@html}.
	return { form: 'chapter', values, preview: renderChapter(parsed.value.markdown).html };
}
