// The public results of a process: every handled input whose response is published, with the response,
// the Begleitgremium's recommendation and the changed paragraphs; filters in the query string (GET form,
// works without JS), keyset pages. Public data only: no internal comments, e-mail addresses or senders.
import { error } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { hasRole } from '$lib/server/http';
import { processBySlug } from '$lib/server/participation/queries';
import {
	parseResultsFilter,
	resultCounts,
	resultFilterOptions,
	resultsPage
} from '$lib/server/review/results';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals, url }) => {
	const db = getDb();
	// Admins may preview an unpublished process, as on the process page.
	const process = processBySlug(db, params.slug, { includeUnpublished: hasRole(locals.user, 'admin') });
	if (!process) error(404, messages(locals.locale).errors.not_found);
	const options = resultFilterOptions(db, process.id);
	const filter = parseResultsFilter(url.searchParams, options);
	const cursor = url.searchParams.get('nach');
	const page = resultsPage(db, process.id, filter, cursor);
	return {
		process: { slug: process.slug, title: process.title },
		options,
		filter,
		counts: resultCounts(db, process.id, filter),
		items: page.items.map((i) => ({
			id: i.id,
			kind: i.kind,
			channel: i.channel,
			body: i.body,
			createdAt: i.createdAt,
			authorName: i.authorName,
			organisationName: i.organisationName,
			moduleSlug: i.moduleSlug,
			chapterNumber: i.chapterNumber,
			chapterTitle: i.chapterTitle,
			paragraphNumber: i.paragraphNumber,
			districtName: i.districtName,
			categoryLabel: locals.locale === 'en' && i.categoryLabelEn ? i.categoryLabelEn : i.categoryLabel,
			packageTitle: i.packageTitle,
			recommendation: i.recommendationVerdict
				? { verdict: i.recommendationVerdict, reason: i.recommendationReason ?? '' }
				: null,
			response: {
				verdict: i.responseVerdict!,
				reason: i.responseReason ?? '',
				publishedAt: i.responsePublishedAt!
			},
			links: i.links.map((l) => ({
				href: l.href,
				versionLabel: l.versionLabel,
				chapterNumber: l.chapterNumber,
				number: l.number
			}))
		})),
		nextCursor: page.nextCursor,
		paged: !!cursor
	};
};
