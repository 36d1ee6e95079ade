import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { hasRole } from '$lib/server/http';
import { documentModule, publicVersions, tableOfContents } from '$lib/server/modules/document/queries';
import { searchDocument } from '$lib/server/modules/document/search';
import { mapModuleBySlug } from '$lib/server/modules/map/context';
import { loadMapPage } from './map-page.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const { params, locals, url } = event;
	const db = getDb();
	// A module is a document or a map: each type renders its own page (see +page.svelte).
	const map = mapModuleBySlug(db, params.slug, params.modul, hasRole(locals.user, 'admin'));
	if (map) return loadMapPage(event, db, map);
	const doc = documentModule(db, params.slug, params.modul, hasRole(locals.user, 'admin'));
	if (!doc) error(404, messages(locals.locale).errors.not_found);
	const versions = publicVersions(db, doc.documentId);
	const current = versions.find((v) => v.state === 'published');
	const toc = current ? tableOfContents(db, current.id) : [];

	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const results = q && current ? searchDocument(db, doc, current.id, q) : [];
	return {
		type: 'document' as const,
		doc,
		toc,
		current: current ? { number: current.number, label: current.label } : null,
		versions: versions.map((v) => ({
			number: v.number,
			label: v.label,
			state: v.state,
			publishedAt: v.publishedAt
		})),
		q,
		results
	};
};
