// Similar input next to a queue item, so moderators can group it: SQLite FTS5 over the site's search
// index (German stems, bm25 ranking), restricted to the same process and to contributions (not
// chapters). The item's most telling words – its longest stems, without common words – are OR-ed, so
// texts sharing several of them rank first. Only published input is in the index, so suggestions are
// always public items; no external service is involved.
import { sql } from 'drizzle-orm';
import type { DB } from '../db';
import { stems } from '../search';
import { hydrate, type QueueItem } from './queue-items.queries';

export const SIMILAR_LIMIT = 5;
const MAX_TERMS = 12;

/** Stems of German function words and very common words of this domain that say little on their own. */
const STOP = new Set(
	stems(
		'aber alle allem allen aller alles also auch auf aus bei beim bin bis bitte dann damit dass dem den denn der des die dies diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer eines etwa etwas für gegen gibt habe haben hat hatte hier ich ihr ihre im in ist jetzt kann kein keine können machen man mehr mein meine mit muss müssen nach nicht noch nur oder ohne schon sehr sein seine sich sie sind so sollen sollte soll über um und uns unser unsere viel viele vom von vor war wäre warum was weil wenn werden wie wir wird wo würde zu zum zur zwischen bochum stadt'
	).split(' ')
);

/** The FTS5 query of a text: its distinctive stems (longest first), OR-ed; null when none. */
export function similarityQuery(text: string): string | null {
	const terms = [...new Set(stems(text).split(' '))]
		.filter((s) => s.length >= 4 && !STOP.has(s) && !/^\d+$/.test(s))
		.sort((a, b) => b.length - a.length)
		.slice(0, MAX_TERMS)
		.map((s) => `"${s.replace(/"/g, '')}"`);
	return terms.length ? terms.join(' OR ') : null;
}

export interface SimilarItem extends QueueItem {
	rank: number;
}

/** Up to five published contributions of the same process that resemble the text (best first). */
export function similarItems(
	db: DB,
	item: { id: string; processId: string; body: string },
	limit = SIMILAR_LIMIT
): SimilarItem[] {
	const match = similarityQuery(item.body);
	if (!match) return [];
	const hits = db.all<{ refId: string; rank: number }>(sql`
		select r.ref_id as refId, search_index.rank as rank
		from search_index join search_refs r on r.rowid = search_index.rowid
		where search_index match ${match} and r.process_id = ${item.processId}
			and r.kind in ('comment', 'pin', 'offline', 'card') and r.ref_id <> ${item.id}
		order by search_index.rank limit ${limit}`);
	const rank = new Map(hits.map((h) => [h.refId, h.rank]));
	return hydrate(
		db,
		hits.map((h) => h.refId)
	).map((i) => ({ ...i, rank: rank.get(i.id) ?? 0 }));
}
