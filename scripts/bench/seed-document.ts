// Bench seed step for the document module, run with tsx after seed.js: it uses the app's own services
// (Markdown rendering with anchors, publishing), then bulk-inserts published comments on one chapter.
// Usage: tsx scripts/bench/seed-document.ts <db path> <comments>
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../src/lib/server/db';
import { modules, phaseModules, phases, processes, users, contributions } from '../../src/lib/server/db/schema';
import { createDocument, publishVersion, saveChapter } from '../../src/lib/server/modules/document/documents.service';
import { indexText } from '../../src/lib/server/search';
import { DEMO_VERSION_1 } from '../../src/lib/server/db/seed/demo-document-content';

export const BENCH_CHAPTER_KEY = 'quartiere';

const [dbPath, countArg] = process.argv.slice(2);
const count = Number(countArg ?? 1000);
const db = openDatabase(dbPath);
const proc = db.select().from(processes).where(eq(processes.published, true)).get();
if (!proc) throw new Error('bench seed: no process');
const phase = db.select().from(phases).where(eq(phases.processId, proc.id)).all().at(-1)!;
const mod = db
	.insert(modules)
	.values({ processId: proc.id, type: 'document', slug: 'entwurf', title: 'Konzeptentwurf kommentieren', position: 1 })
	.returning()
	.get();
db.insert(phaseModules).values({ phaseId: phase.id, moduleId: mod.id, flags: ['commenting', 'supporting'] }).run();
const doc = createDocument(db, null, mod.id, 'Handlungskonzept Wohnen – Entwurf');
if (!doc.ok) throw new Error(doc.reason);
let target = '';
DEMO_VERSION_1.chapters.forEach((c, i) => {
	const r = saveChapter(db, null, doc.versionId, { key: c.key, number: c.number, title: c.title, position: i + 1, markdown: c.markdown });
	if (!r.ok) throw new Error(r.reason);
	if (c.key === BENCH_CHAPTER_KEY) target = r.chapterId;
});
const pub = publishVersion(db, null, doc.versionId);
if (!pub.ok) throw new Error(pub.reason);
const anchors = db.$client.prepare(`select anchor from paragraphs where chapter_id = ? and kind != 'h' order by position`).all(target) as { anchor: string }[];
const authors = db.select({ id: users.id }).from(users).limit(500).all();
const start = Date.now() - 30 * 86_400_000;
db.transaction((tx) => {
	for (let i = 0; i < count; i++) {
		const at = new Date(start + i * 60_000);
		const onChapter = i % 7 === 0;
		const row = tx
			.insert(contributions)
			.values({
				kind: 'comment',
				processId: proc.id,
				moduleId: mod.id,
				phaseId: phase.id,
				authorId: authors[i % authors.length].id,
				body: `Kommentar ${i}: Im Quartier fehlen bezahlbare Wohnungen, Grünflächen und ein Supermarkt in der Nähe. Bitte prüfen Sie auch die Barrierefreiheit der Wege.`,
				state: 'published',
				moderationMode: 'pre',
				versionId: doc.versionId,
				chapterId: target,
				anchor: onChapter ? null : anchors[i % anchors.length].anchor,
				anchorState: 'original',
				originalVersionId: doc.versionId,
				originalChapterId: target,
				originalAnchor: onChapter ? null : anchors[i % anchors.length].anchor,
				supportCount: (i * 37) % 50,
				createdAt: at,
				updatedAt: at,
				publishedAt: at
			})
			.returning({ id: contributions.id, body: contributions.body })
			.get();
		indexText(tx, 'comment', row.id, proc.id, row.body);
	}
});
db.$client.close();
console.log(JSON.stringify({ chapterId: target, comments: count }));
