// The demo's draft concept: a document module open for comments in the current phase, version 1 and
// version 2 (published one after the other, so comments of version 1 are carried over), and demo
// comments from citizens and an Allianz actor.
import { and, eq } from 'drizzle-orm';
import type { DB } from '../index';
import { chapters, contributions, modules, paragraphs, phaseModules } from '../schema';
import {
	createDocument,
	createDraftVersion,
	publishVersion,
	saveChapter
} from '../../modules/document/documents.service';
import { onPublished } from '../../modules/document/comments.service';
import { DEMO_COMMENTS, DEMO_VERSION_1, DEMO_VERSION_2, type DemoVersion } from './demo-document-content';

export const DEMO_DOCUMENT_MODULE_SLUG = 'entwurf';

const REASONS: Record<string, string> = {
	werbung: 'advertising',
	beleidigung: 'insult',
	'kein bezug zum thema': 'off_topic',
	diskriminierung: 'discrimination'
};

function rejection(text: string | undefined) {
	const code = REASONS[(text ?? '').trim().toLowerCase()];
	return code ?? `other: ${text ?? ''}`;
}

function fillVersion(db: DB, actorId: string | null, versionId: string, version: DemoVersion) {
	const existing = new Map(
		db
			.select({ id: chapters.id, key: chapters.key })
			.from(chapters)
			.where(eq(chapters.versionId, versionId))
			.all()
			.map((c) => [c.key, c.id])
	);
	version.chapters.forEach((c, i) => {
		const res = saveChapter(
			db,
			actorId,
			versionId,
			{ key: c.key, number: c.number, title: c.title, position: i + 1, markdown: c.markdown },
			existing.get(c.key)
		);
		if (!res.ok) throw new Error(`demo chapter ${c.key}: ${res.reason}`);
	});
}

function findAnchor(db: DB, versionId: string, key: string, startsWith: string | undefined) {
	const ch = db
		.select()
		.from(chapters)
		.where(and(eq(chapters.versionId, versionId), eq(chapters.key, key)))
		.get();
	if (!ch) throw new Error(`demo chapter ${key} missing`);
	if (!startsWith) return { chapterId: ch.id, anchor: null };
	const prefix = startsWith.replace(/[*_`]/g, '').trim();
	const p = db
		.select({ anchor: paragraphs.anchor, text: paragraphs.text })
		.from(paragraphs)
		.where(eq(paragraphs.chapterId, ch.id))
		.all()
		.find((b) => b.text.replace(/[*_`]/g, '').startsWith(prefix));
	if (!p) throw new Error(`demo paragraph "${startsWith}" in ${key} missing`);
	return { chapterId: ch.id, anchor: p.anchor };
}

export interface DemoDocumentInput {
	/** The demo administration: actor of the seeded admin work in the audit log. */
	adminId: string;
	processId: string;
	/** The phase in which the draft is open for comments. */
	openPhaseId: string;
	moderationMode: 'pre' | 'post';
	authors: Record<
		'buerger' | 'allianz' | 'citizen2' | 'citizen3',
		{ id: string; organisationId: string | null }
	>;
	/** Comments are dated between these two instants. */
	from: Date;
	to: Date;
}

export function seedDemoDocument(db: DB, input: DemoDocumentInput) {
	const mod = db
		.insert(modules)
		.values({
			processId: input.processId,
			type: 'document',
			slug: DEMO_DOCUMENT_MODULE_SLUG,
			title: 'Konzeptentwurf kommentieren',
			description:
				'Lesen Sie den Entwurf des neuen Handlungskonzepts Wohnen Kapitel für Kapitel und kommentieren Sie einzelne Absätze.',
			position: 1
		})
		.returning({ id: modules.id })
		.get();
	db.insert(phaseModules)
		.values({ phaseId: input.openPhaseId, moduleId: mod.id, flags: ['commenting', 'supporting'] })
		.run();

	const doc = createDocument(db, input.adminId, mod.id, 'Handlungskonzept Wohnen – Entwurf');
	if (!doc.ok) throw new Error(doc.reason);
	fillVersion(db, input.adminId, doc.versionId, DEMO_VERSION_1);
	const pub1 = publishVersion(db, input.adminId, doc.versionId, input.from);
	if (!pub1.ok) throw new Error(pub1.reason);

	const span = input.to.getTime() - input.from.getTime();
	const ids: string[] = [];
	const write = (versionId: string, version: 1 | 2) => {
		DEMO_COMMENTS.forEach((c, index) => {
			if (c.version !== version) return;
			const at = new Date(
				input.from.getTime() + Math.round((span * (index + 1)) / (DEMO_COMMENTS.length + 2))
			);
			const parent =
				c.replyTo !== undefined
					? db.select().from(contributions).where(eq(contributions.id, ids[c.replyTo])).get()
					: undefined;
			const place = parent
				? { chapterId: parent.chapterId!, anchor: parent.anchor }
				: findAnchor(db, versionId, c.chapterKey, c.paragraphStartsWith);
			const author = input.authors[c.author];
			const row = db
				.insert(contributions)
				.values({
					kind: 'comment',
					processId: input.processId,
					moduleId: mod.id,
					phaseId: input.openPhaseId,
					authorId: author.id,
					organisationId: author.organisationId,
					parentId: parent?.id ?? null,
					rootId: parent ? (parent.rootId ?? parent.id) : null,
					depth: parent ? parent.depth + 1 : 0,
					body: c.body,
					state: c.state,
					moderationMode: input.moderationMode,
					reviewedAt: c.state === 'pending' ? null : at,
					rejectionReason: c.state === 'rejected' ? rejection(c.rejectionReason) : null,
					versionId,
					chapterId: place.chapterId,
					anchor: place.anchor,
					anchorState: 'original',
					originalVersionId: versionId,
					originalChapterId: place.chapterId,
					originalAnchor: place.anchor,
					createdAt: at,
					updatedAt: at,
					publishedAt: c.state === 'published' ? at : null
				})
				.returning()
				.get();
			ids[index] = row.id;
			if (row.state === 'published') onPublished(db, row.id, row.parentId, input.processId, row.body);
		});
	};
	write(doc.versionId, 1);

	const draft = createDraftVersion(db, input.adminId, doc.documentId);
	if (!draft.ok) throw new Error(draft.reason);
	fillVersion(db, input.adminId, draft.versionId, DEMO_VERSION_2);
	const middle = new Date(input.from.getTime() + span / 2);
	const pub2 = publishVersion(db, input.adminId, draft.versionId, middle);
	if (!pub2.ok) throw new Error(pub2.reason);
	write(draft.versionId, 2);
	return { moduleId: mod.id, documentId: doc.documentId, ...pub2 };
}
