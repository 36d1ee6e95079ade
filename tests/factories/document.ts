// Builds a published process with a document module open for comments, for integration tests.
import type { DB } from '../../src/lib/server/db';
import { modules, phaseModules, phases, processes } from '../../src/lib/server/db/schema';
import {
	createDocument,
	publishVersion,
	saveChapter
} from '../../src/lib/server/modules/document/documents.service';
import type { SessionUser } from '../../src/lib/server/auth/session';

const DAY = 86_400_000;

export function makeDocument(
	db: DB,
	opts: {
		chapters?: { key: string; title: string; markdown: string }[];
		phase?: 'running' | 'closed' | 'planned';
		moderation?: 'pre' | 'post';
		audience?: 'public' | 'allianz' | 'gremium';
		flags?: string[];
	} = {}
) {
	const now = Date.now();
	const window =
		opts.phase === 'closed'
			? { startsAt: new Date(now - 10 * DAY), endsAt: new Date(now - DAY) }
			: opts.phase === 'planned'
				? { startsAt: new Date(now + DAY), endsAt: new Date(now + 10 * DAY) }
				: { startsAt: new Date(now - DAY), endsAt: new Date(now + DAY) };
	const slug = `p-${crypto.randomUUID().slice(0, 8)}`;
	const proc = db
		.insert(processes)
		.values({ slug, title: 'Testverfahren', published: true })
		.returning()
		.get();
	const phase = db
		.insert(phases)
		.values({
			processId: proc.id,
			position: 1,
			title: 'Phase',
			...window,
			audience: opts.audience ?? 'public',
			moderationMode: opts.moderation ?? 'pre'
		})
		.returning()
		.get();
	const mod = db
		.insert(modules)
		.values({ processId: proc.id, type: 'document', slug: 'entwurf', title: 'Entwurf', position: 1 })
		.returning()
		.get();
	db.insert(phaseModules)
		.values({ phaseId: phase.id, moduleId: mod.id, flags: opts.flags ?? ['commenting', 'supporting'] })
		.run();
	const doc = createDocument(db, null, mod.id, 'Entwurf');
	if (!doc.ok) throw new Error(doc.reason);
	const chapterIds: Record<string, string> = {};
	(
		opts.chapters ?? [
			{
				key: 'k1',
				title: 'Kapitel',
				markdown: 'Erster Absatz über Wohnungen in Bochum.\n\nZweiter Absatz über Grünflächen im Quartier.'
			}
		]
	).forEach((c, i) => {
		const r = saveChapter(db, null, doc.versionId, {
			key: c.key,
			number: String(i + 1),
			title: c.title,
			position: i + 1,
			markdown: c.markdown
		});
		if (!r.ok) throw new Error(r.reason);
		chapterIds[c.key] = r.chapterId;
	});
	const pub = publishVersion(db, null, doc.versionId);
	if (!pub.ok) throw new Error(pub.reason);
	return {
		process: proc,
		phase,
		module: mod,
		documentId: doc.documentId,
		versionId: doc.versionId,
		chapterIds
	};
}

export function sessionUser(
	user: { id: string; email: string; displayName: string },
	extra: Partial<SessionUser> = {}
): SessionUser {
	return {
		id: user.id,
		email: user.email,
		displayName: user.displayName,
		emailVerified: true,
		locale: 'de',
		roles: [],
		organisation: null,
		...extra
	};
}
