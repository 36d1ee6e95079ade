import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { hasRole } from '$lib/server/http';
import { diffChapters } from '$lib/server/modules/document/diff';
import {
	blocksOfChapters,
	documentModule,
	publicVersions,
	tableOfContents
} from '$lib/server/modules/document/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals, url }) => {
	const db = getDb();
	const m = messages(locals.locale);
	const doc = documentModule(db, params.slug, params.modul, hasRole(locals.user, 'admin'));
	if (!doc) error(404, m.errors.not_found);
	const versions = publicVersions(db, doc.documentId);
	if (versions.length < 2) error(404, m.errors.not_found);
	const pick = (param: string, fallback: number) => {
		const n = Number(url.searchParams.get(param));
		return versions.find((v) => v.number === n) ?? versions[fallback];
	};
	const to = pick('zu', versions.length - 1);
	let from = pick('von', versions.length - 2);
	if (from.number >= to.number) from = versions[Math.max(0, versions.indexOf(to) - 1)];
	const oldToc = tableOfContents(db, from.id);
	const newToc = tableOfContents(db, to.id);
	// Two queries for all blocks, whatever the number of chapters.
	const oldBlocks = blocksOfChapters(
		db,
		oldToc.map((c) => c.id)
	);
	const newBlocks = blocksOfChapters(
		db,
		newToc.map((c) => c.id)
	);
	const text = (list: { kind: string }[] | undefined) => (list ?? []).filter((b) => b.kind !== 'h');
	const chapters = newToc.map((c) => {
		const old = oldToc.find((o) => o.key === c.key);
		const blocks = diffChapters(
			text(old ? oldBlocks.get(old.id) : []) as Parameters<typeof diffChapters>[0],
			text(newBlocks.get(c.id)) as Parameters<typeof diffChapters>[1]
		);
		return {
			key: c.key,
			number: c.number,
			title: c.title,
			isNew: !old,
			blocks: blocks.filter((b) => b.kind !== 'same')
		};
	});
	const removed = oldToc
		.filter((o) => !newToc.some((c) => c.key === o.key))
		.map((o) => ({ key: o.key, number: o.number, title: o.title }));
	return {
		doc,
		from: { number: from.number, label: from.label },
		to: { number: to.number, label: to.label },
		versions: versions.map((v) => ({ number: v.number, label: v.label })),
		chapters,
		removed
	};
};
