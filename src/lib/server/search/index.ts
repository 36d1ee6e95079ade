// Full-text search (SQLite FTS5) with German stemming: texts are reduced to Snowball stems before they
// are indexed, and so are query words, which then match as prefixes ("Wohnungen" finds "Wohnung",
// "Miet" finds "Mieten"). Tables: search_refs (what a row is) + search_index (FTS5), see drizzle/0002.
import snowball from 'snowball-stemmers';
import { sql } from 'drizzle-orm';
import type { Conn } from '../db';

const stemmer = snowball.newStemmer('german');

/** Chapters and published contributions by kind (pages that list only comments pass `kinds`). */
export type SearchKind = 'chapter' | 'comment' | 'pin' | 'offline' | 'card';

/** Lower-case words (letters and digits, Unicode-aware). */
export function words(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function stems(text: string): string {
	return words(text)
		.map((w) => stemmer.stem(w))
		.join(' ');
}

/** Adds or replaces the indexed text of one thing. */
export function indexText(db: Conn, kind: SearchKind, refId: string, processId: string, text: string) {
	removeFromIndex(db, kind, refId);
	const ref = db.get<{ rowid: number }>(
		sql`insert into search_refs (kind, ref_id, process_id) values (${kind}, ${refId}, ${processId}) returning rowid`
	);
	db.run(sql`insert into search_index (rowid, stems) values (${ref.rowid}, ${stems(text)})`);
}

export function removeFromIndex(db: Conn, kind: SearchKind, refId: string) {
	const ref = db.get<{ rowid: number } | undefined>(
		sql`select rowid from search_refs where kind = ${kind} and ref_id = ${refId}`
	);
	if (!ref) return;
	db.run(sql`delete from search_index where rowid = ${ref.rowid}`);
	db.run(sql`delete from search_refs where rowid = ${ref.rowid}`);
}

/** An FTS5 MATCH expression: every query word (as stem) must occur, as a prefix. Null for no words. */
export function matchExpression(query: string): string | null {
	const terms = words(query)
		.slice(0, 12)
		.map((w) => stemmer.stem(w))
		.filter((s) => s.length > 0)
		.map((s) => `"${s.replace(/"/g, '')}"*`);
	return terms.length ? terms.join(' ') : null;
}

export interface SearchHit {
	kind: SearchKind;
	refId: string;
	rank: number;
}

export function searchIndex(
	db: Conn,
	processId: string,
	query: string,
	limit = 50,
	kinds?: readonly SearchKind[]
): SearchHit[] {
	const match = matchExpression(query);
	if (!match) return [];
	const only = kinds?.length
		? sql` and r.kind in (${sql.join(
				kinds.map((k) => sql`${k}`),
				sql`, `
			)})`
		: sql``;
	return db.all<SearchHit>(sql`
		select r.kind as kind, r.ref_id as refId, search_index.rank as rank
		from search_index join search_refs r on r.rowid = search_index.rowid
		where search_index match ${match} and r.process_id = ${processId}${only}
		order by search_index.rank limit ${limit}`);
}

/** How many of the query's words occur in `text` (as stem prefixes, like the index matches them). */
export function matchedWords(text: string, query: string): number {
	const qStems = [...new Set(words(query).map((w) => stemmer.stem(w)))].filter((s) => s.length > 0);
	if (qStems.length === 0) return 0;
	const found = new Set<string>();
	for (const w of words(text)) {
		const s = stemmer.stem(w);
		for (const q of qStems) if (s.startsWith(q)) found.add(q);
		if (found.size === qStems.length) break;
	}
	return found.size;
}

/** A short excerpt of `text` around the first word that matches the query, for result lists. */
export function excerpt(text: string, query: string, size = 220): string {
	const qStems = words(query).map((w) => stemmer.stem(w));
	const re = /[\p{L}\p{N}]+/gu;
	let m: RegExpExecArray | null;
	let at = 0;
	while ((m = re.exec(text))) {
		const s = stemmer.stem(m[0].toLowerCase());
		if (qStems.some((q) => s.startsWith(q))) {
			at = m.index;
			break;
		}
	}
	let start = Math.max(0, at - Math.floor(size / 3));
	let end = Math.min(text.length, start + size);
	// Whole words only: move the cut points to the nearest space.
	if (start > 0) start = text.indexOf(' ', start) + 1 || start;
	if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
	const slice = text.slice(start, end).trim();
	return (start > 0 ? '… ' : '') + slice + (end < text.length ? ' …' : '');
}
