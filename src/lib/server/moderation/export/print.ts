// The printable Abwägungstabelle: a standalone HTML page streamed batch by batch (a Svelte page would
// render all 50,000 rows in one synchronous call). Landscape A4, the header row repeated on every page,
// rows not split across pages, no site navigation. Every text is escaped; the only style is one inline
// <style> element allowed by its hash in the page's own Content-Security-Policy.
import { createHash } from 'node:crypto';
import type { Messages } from '../../../i18n';
import { formatDate, formatDateTime } from '../../../i18n/format';
import {
	changeText,
	channelText,
	kindText,
	paragraphText,
	rejectionText,
	stateText,
	verdictText
} from './columns';
import { shortId, type AudiencePolicy, type ExportAudience, type ExportRow, type Handling } from './model';

const STYLE = `
@page { size: A4 landscape; margin: 10mm; }
body { font-family: "Fira Sans", system-ui, sans-serif; font-size: 10pt; line-height: 1.35; color: #111; background: #fff; margin: 1rem; }
h1 { font-size: 1.4rem; margin: 0 0 0.25rem; }
.meta { margin: 0 0 1rem; }
.tools { margin: 0 0 1rem; padding: 0.5rem 0.75rem; border: 1px solid #767676; }
.tools p { margin: 0.25rem 0; }
a { color: #0b4f8a; }
a:focus-visible { outline: 3px solid #111; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding: 0 0 0.25rem; }
th, td { border: 1px solid #767676; padding: 3px 5px; vertical-align: top; text-align: left; }
thead th { background: #e6e6e6; }
tbody th { font-weight: normal; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.nr { font-weight: 600; white-space: nowrap; }
.verdict { font-weight: 600; display: block; }
.muted { color: #444; }
ul { margin: 0; padding-left: 1rem; }
@media print {
	body { margin: 0; font-size: 8pt; }
	.tools { display: none; }
	thead { display: table-header-group; }
	tr { break-inside: avoid; page-break-inside: avoid; }
	a { color: inherit; text-decoration: none; }
}`;

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** The page's own policy: nothing but the one style element and same-site images. */
export const PRINT_CSP = [
	`default-src 'none'`,
	`style-src 'sha256-${STYLE_HASH}'`,
	`img-src 'self'`,
	`base-uri 'none'`,
	`form-action 'none'`,
	`frame-ancestors 'none'`
].join('; ');

export const PRINT_CONTENT_TYPE = 'text/html; charset=utf-8';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);

export interface PrintMeta {
	processTitle: string;
	siteName: string;
	backHref: string;
	generatedAt: Date;
}

export function printParts(
	audience: ExportAudience,
	policy: AudiencePolicy,
	m: Messages,
	locale: 'de' | 'en',
	meta: PrintMeta
) {
	const t = m.export;
	const p = t.print;
	// Contributions and reasons are written in German; mark them when the page is in English.
	const textLang = locale === 'de' ? '' : ' lang="de"';
	const showStatus = policy.states.length > 1 || policy.moderationNotes || policy.tags;
	const headers = [
		p.input,
		p.reference,
		t.columns.text,
		showStatus ? p.handling : t.columns.package,
		t.columns.recommendation,
		t.columns.response,
		t.columns.changes,
		...(policy.personalData ? [p.person] : [])
	];
	const title = p.title(meta.processTitle);
	const badge = audience === 'internal' ? p.internal : audience === 'gremium' ? p.gremium : p.public;

	const lines = (...items: (string | false | null | undefined)[]) =>
		items.filter((x): x is string => !!x).join('<br>');
	const handling = (h: Handling | null, extra = '') =>
		h
			? `<span class="verdict">${escapeHtml(verdictText(t, h))}</span><span class="text"${textLang}>${escapeHtml(h.reason)}</span>${extra}`
			: '';

	function row(r: ExportRow): string {
		const input = lines(
			`<span class="nr">${escapeHtml(t.columns.number)} ${shortId(r.id)}</span>`,
			escapeHtml(`${kindText(t, r)} · ${channelText(t, r)}`),
			formatDate(r.date, locale),
			r.replyToId && escapeHtml(`${t.columns.replyTo} ${shortId(r.replyToId)}`)
		);
		const place = r.district ? (r.stadtbezirk ? `${r.district} (${r.stadtbezirk})` : r.district) : null;
		const reference = lines(
			r.chapter &&
				escapeHtml(
					`${r.versionNumber ? t.versionShort(r.versionNumber) + ', ' : ''}${r.chapter}, ${paragraphText(t, r)}`
				),
			place && escapeHtml(place),
			r.category && escapeHtml(r.category)
		);
		const text = `<span class="text"${textLang}>${escapeHtml(r.text)}</span>${
			r.supportCount ? `<br><span class="muted">${escapeHtml(p.supports(r.supportCount))}</span>` : ''
		}`;
		const status = showStatus
			? lines(
					policy.states.length > 1 && escapeHtml(stateText(t, r)),
					r.rejectionReason && escapeHtml(rejectionText(m, r.rejectionReason)),
					r.duplicateOfId && escapeHtml(`${t.columns.duplicateOf} ${shortId(r.duplicateOfId)}`),
					r.packageTitle && escapeHtml(`${t.columns.package}: ${r.packageTitle}`),
					r.tags.length > 0 && escapeHtml(`${t.columns.tags}: ${r.tags.join(', ')}`)
				)
			: escapeHtml(r.packageTitle ?? '');
		const unpublished =
			r.response && !r.response.publishedAt
				? `<br><span class="muted">(${escapeHtml(t.notPublished)})</span>`
				: '';
		const changes = r.changes.length
			? `<ul>${r.changes.map((c) => `<li${textLang}>${escapeHtml(changeText(t, c))}</li>`).join('')}</ul>`
			: '';
		const person = policy.personalData
			? `<td>${lines(
					r.authorDeleted ? escapeHtml(m.common.deletedAccount) : r.author && escapeHtml(r.author),
					r.organisation && escapeHtml(r.organisation),
					r.sender && escapeHtml(`${t.columns.sender}: ${r.sender}`),
					r.assignee && escapeHtml(`${t.columns.assignee}: ${r.assignee}`)
				)}</td>`
			: '';
		return `<tr><th scope="row">${input}</th><td>${reference}</td><td>${text}</td><td>${status}</td><td>${handling(
			r.recommendation
		)}</td><td>${handling(r.response, unpublished)}</td><td>${changes}</td>${person}</tr>\n`;
	}

	return {
		start: () =>
			`<!doctype html>\n<html lang="${locale}">\n<head>\n<meta charset="utf-8">\n` +
			`<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
			(audience === 'public' ? '' : `<meta name="robots" content="noindex">\n`) +
			`<title>${escapeHtml(title)} – ${escapeHtml(meta.siteName)}</title>\n` +
			`<link rel="icon" href="/favicon.svg">\n<style>${STYLE}</style>\n</head>\n<body>\n` +
			`<header class="tools"><p><a href="${escapeHtml(meta.backHref)}">← ${escapeHtml(p.back)}</a></p>` +
			`<p>${escapeHtml(p.hint)}</p></header>\n<main>\n<h1>${escapeHtml(title)}</h1>\n` +
			`<p class="meta">${escapeHtml(p.generated(formatDateTime(meta.generatedAt, locale)))} · ${escapeHtml(badge)}</p>\n` +
			`<table>\n<caption>${escapeHtml(p.caption)}</caption>\n<thead><tr>${headers
				.map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
				.join('')}</tr></thead>\n<tbody>\n`,
		rows: (rows: ExportRow[]) => rows.map(row).join(''),
		end: (count: number) =>
			`</tbody>\n</table>\n<p>${escapeHtml(count === 0 ? p.empty : p.count(count))}</p>\n</main>\n</body>\n</html>\n`
	};
}
