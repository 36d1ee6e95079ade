// Reads the Abwägungstabelle in keyset batches, so a 50,000-row export never holds the event loop for
// long (the stream yields between batches) and never runs one query per row.
//
// Per batch: (1) the next ids in (created_at, id) order – one indexed stream per state (index
// contributions_process_queue_idx or contributions_process_kind_idx on (process_id[, kind], state,
// created_at, id)), merged here, because an IN over several states cannot be read in that order from the
// index; (2) one query for those rows with every 1:1 join (author, organisation, assignee, district,
// category, package, own and package recommendation/response); (3) tags and linked paragraphs for the
// whole batch with json_each lists; (4) chapters and their paragraph numbers, cached for the whole export.
// Internal comments are never read here.
import type { DB } from '../../db';
import type { Channel, ContributionState, Verdict } from '../../db/schema';
import {
	POLICIES,
	type ExportAudience,
	type ExportFilters,
	type ExportKind,
	type ExportRow,
	type Handling,
	type LinkedChange
} from './model';

/** Rows per batch: ~5 ms of work on a small server, so requests in between wait little. */
export const BATCH_SIZE = 250;

interface IdRow {
	id: string;
	createdAt: number;
}

/** The queue's own views and filters (internal exports only): SQL terms over `c`. */
function queueTerms(filters: ExportFilters): string[] {
	const t: string[] = [];
	if (filters.view === 'review')
		t.push(`(c.state = 'pending' or c.reviewed_at is null or c.open_reports > 0
			or exists (select 1 from photos ph where ph.contribution_id = c.id and ph.state = 'pending'))`);
	if (filters.view === 'unreviewed') t.push('c.reviewed_at is null');
	if (filters.reported) t.push('c.open_reports > 0');
	if (filters.assignee === 'none') t.push('c.assignee_id is null');
	else if (filters.assignee) t.push('c.assignee_id = @assignee');
	return t;
}

export function idStreamSql(filters: ExportFilters, publicOnly: boolean): string {
	const where = ['c.process_id = @processId', 'c.state = @state'];
	if (filters.kind === 'comment') where.push(`c.kind = 'comment'`, 'c.parent_id is null');
	else if (filters.kind === 'reply') where.push(`c.kind = 'comment'`, 'c.parent_id is not null');
	else if (filters.kind) where.push('c.kind = @kind');
	if (publicOnly)
		where.push(
			'c.hidden = 0',
			// As moderation/visibility.ts publicAncestry: a reply only under a public parent and root.
			`(c.parent_id is null or exists (select 1 from contributions vp
				where vp.id = c.parent_id and vp.state = 'published' and vp.hidden = 0))`,
			`(c.root_id is null or exists (select 1 from contributions vr
				where vr.id = c.root_id and vr.state = 'published' and vr.hidden = 0))`
		);
	if (filters.districtId) where.push('c.district_id = @districtId');
	if (filters.categoryId) where.push('c.category_id = @categoryId');
	if (filters.packageId === 'none') where.push('c.package_id is null');
	else if (filters.packageId) where.push('c.package_id = @packageId');
	if (filters.chapterId) where.push('(c.chapter_id = @chapterId or c.original_chapter_id = @chapterId)');
	if (!publicOnly) where.push(...queueTerms(filters));
	if (filters.moduleId) where.push('c.module_id = @moduleId');
	if (filters.phaseId) where.push('c.phase_id = @phaseId');
	if (filters.tagId)
		where.push(
			'exists (select 1 from contribution_tags ct where ct.contribution_id = c.id and ct.tag_id = @tagId)'
		);
	where.push('(c.created_at, c.id) > (@afterAt, @afterId)');
	return `select c.id, c.created_at as createdAt from contributions c where ${where.join(' and ')}
		order by c.created_at, c.id limit @limit`;
}

export const DETAIL_SQL = `
select c.id, c.kind, c.parent_id as parentId, c.channel, c.created_at as createdAt, c.received_at as receivedAt,
	c.body, c.state, c.rejection_reason as rejectionReason, c.support_count as supportCount,
	c.sender_name as senderName, c.duplicate_of_id as duplicateOfId, c.author_id as authorId,
	c.chapter_id as chapterId, c.anchor, c.original_chapter_id as originalChapterId,
	c.original_anchor as originalAnchor,
	u.display_name as authorName, o.name as organisationName, a.display_name as assigneeName,
	d.name as districtName, sb.name as stadtbezirkName, pc.label as categoryLabel,
	pc.label_en as categoryLabelEn, tp.title as packageTitle, tp.state as packageState,
	r1.verdict as ownRecVerdict, r1.reason as ownRecReason,
	r2.verdict as pkgRecVerdict, r2.reason as pkgRecReason,
	s1.id as ownRespId, s1.verdict as ownRespVerdict, s1.reason as ownRespReason, s1.published_at as ownRespPublishedAt,
	s2.id as pkgRespId, s2.verdict as pkgRespVerdict, s2.reason as pkgRespReason, s2.published_at as pkgRespPublishedAt
from contributions c
left join users u on u.id = c.author_id
left join organisations o on o.id = c.organisation_id
left join users a on a.id = c.assignee_id
left join districts d on d.id = c.district_id
left join stadtbezirke sb on sb.id = d.stadtbezirk_id
left join pin_categories pc on pc.id = c.category_id
left join topic_packages tp on tp.id = c.package_id
left join recommendations r1 on r1.contribution_id = c.id
left join recommendations r2 on r2.package_id = c.package_id
left join responses s1 on s1.contribution_id = c.id
left join responses s2 on s2.package_id = c.package_id
where c.id in (select value from json_each(@ids))`;

interface DetailRow {
	id: string;
	kind: 'comment' | 'pin' | 'card' | 'offline';
	parentId: string | null;
	channel: Channel;
	createdAt: number;
	receivedAt: number | null;
	body: string;
	state: ContributionState;
	rejectionReason: string | null;
	supportCount: number;
	senderName: string | null;
	duplicateOfId: string | null;
	authorId: string | null;
	chapterId: string | null;
	anchor: string | null;
	originalChapterId: string | null;
	originalAnchor: string | null;
	authorName: string | null;
	organisationName: string | null;
	assigneeName: string | null;
	districtName: string | null;
	stadtbezirkName: string | null;
	categoryLabel: string | null;
	categoryLabelEn: string | null;
	packageTitle: string | null;
	packageState: string | null;
	ownRecVerdict: Verdict | null;
	ownRecReason: string | null;
	pkgRecVerdict: Verdict | null;
	pkgRecReason: string | null;
	ownRespId: string | null;
	ownRespVerdict: Verdict | null;
	ownRespReason: string | null;
	ownRespPublishedAt: number | null;
	pkgRespId: string | null;
	pkgRespVerdict: Verdict | null;
	pkgRespReason: string | null;
	pkgRespPublishedAt: number | null;
}

const TAGS_SQL = `select ct.contribution_id as contributionId, t.label from contribution_tags ct
	join tags t on t.id = ct.tag_id
	where ct.contribution_id in (select value from json_each(@ids)) order by t.label`;

const LINKS_SQL = `select rl.response_id as responseId, p.chapter_id as chapterId, p.anchor
	from response_links rl join paragraphs p on p.id = rl.paragraph_id
	where rl.response_id in (select value from json_each(@ids)) order by rl.response_id, rl.position`;

const CHAPTERS_SQL = `select ch.id, ch.number, ch.title, v.number as versionNumber
	from chapters ch join document_versions v on v.id = ch.version_id
	where ch.id in (select value from json_each(@ids))`;

const PARAGRAPHS_SQL = `select chapter_id as chapterId, anchor, kind, text from paragraphs
	where chapter_id in (select value from json_each(@ids)) order by chapter_id, position`;

interface ChapterInfo {
	label: string;
	versionNumber: number;
	paragraphs: Map<string, { number: number | null; text: string }>;
}

/** Chapters with their numbered paragraphs, loaded once per export for the chapters it meets. */
class ChapterCache {
	#map = new Map<string, ChapterInfo>();
	constructor(private db: DB) {}

	load(ids: Iterable<string>) {
		const missing = [...new Set(ids)].filter((id) => !this.#map.has(id));
		if (missing.length === 0) return;
		const json = JSON.stringify(missing);
		const chapters = this.db.$client.prepare(CHAPTERS_SQL).all({ ids: json }) as {
			id: string;
			number: string;
			title: string;
			versionNumber: number;
		}[];
		for (const c of chapters)
			this.#map.set(c.id, {
				label: `${c.number} ${c.title}`.trim(),
				versionNumber: c.versionNumber,
				paragraphs: new Map()
			});
		const paragraphs = this.db.$client.prepare(PARAGRAPHS_SQL).all({ ids: json }) as {
			chapterId: string;
			anchor: string;
			kind: string;
			text: string;
		}[];
		let current = '';
		let n = 0;
		for (const p of paragraphs) {
			if (p.chapterId !== current) {
				current = p.chapterId;
				n = 0;
			}
			// Numbered as on the chapter page: every block but headings.
			this.#map.get(p.chapterId)?.paragraphs.set(p.anchor, {
				number: p.kind === 'h' ? null : ++n,
				text: p.text
			});
		}
	}

	get(id: string | null): ChapterInfo | undefined {
		return id ? this.#map.get(id) : undefined;
	}
}

export interface ExportReader {
	/** The next batch in (created_at, id) order; empty when the export is complete. */
	next(): ExportRow[];
	/** Rows returned so far. */
	readonly count: number;
}

/**
 * A reader over the Abwägungstabelle of one process for one audience. Each next() runs a fixed number
 * of indexed queries (ids, details, tags, links, new chapters) whatever the batch size.
 */
export function exportReader(
	db: DB,
	processId: string,
	audience: ExportAudience,
	filters: ExportFilters = {},
	batchSize = BATCH_SIZE
): ExportReader {
	const policy = POLICIES[audience];
	// The queue's views narrow an internal export only (others never filter by review data).
	// 'paket=none' too: what it leaves out would reveal that draft packages exist.
	if (audience !== 'internal')
		filters = {
			...filters,
			view: undefined,
			reported: undefined,
			assignee: undefined,
			packageId: filters.packageId === 'none' ? undefined : filters.packageId
		};
	const viewStates =
		filters.view === 'withdrawn'
			? [] // withdrawn input is no input any more: never exported
			: filters.view === 'unreviewed'
				? ['published']
				: filters.view === 'review'
					? ['pending', 'published']
					: null;
	const states = (
		filters.state ? policy.states.filter((s) => s === filters.state) : [...policy.states]
	).filter((s) => !viewStates || viewStates.includes(s));
	const idStmt = db.$client.prepare(idStreamSql(filters, policy.publicOnly));
	const params = {
		processId,
		kind: filters.kind && filters.kind !== 'reply' ? filters.kind : undefined,
		districtId: filters.districtId,
		categoryId: filters.categoryId,
		packageId: filters.packageId === 'none' ? undefined : filters.packageId,
		assignee: filters.assignee === 'none' ? undefined : filters.assignee,
		chapterId: filters.chapterId,
		moduleId: filters.moduleId,
		phaseId: filters.phaseId,
		tagId: filters.tagId
	};
	// Only the parameters the statement names may be passed to better-sqlite3.
	const bound = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
	const streams = states.map((state) => ({
		state,
		buf: [] as IdRow[],
		pos: 0,
		exhausted: false,
		after: { at: -1, id: '' }
	}));
	type Stream = (typeof streams)[number];

	const head = (s: Stream): IdRow | null => {
		if (s.pos >= s.buf.length) {
			if (s.exhausted) return null;
			s.buf = idStmt.all({
				...bound,
				state: s.state,
				afterAt: s.after.at,
				afterId: s.after.id,
				limit: batchSize
			}) as IdRow[];
			s.pos = 0;
			if (s.buf.length < batchSize) s.exhausted = true;
			const last = s.buf[s.buf.length - 1];
			if (!last) return null;
			s.after = { at: last.createdAt, id: last.id };
		}
		return s.buf[s.pos];
	};
	const before = (a: IdRow, b: IdRow) =>
		a.createdAt !== b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;

	/** Merges the per-state streams: the next n ids in (created_at, id) order. */
	function nextIds(n: number): string[] {
		const out: string[] = [];
		while (out.length < n) {
			let best: Stream | null = null;
			let bestRow: IdRow | null = null;
			for (const s of streams) {
				const h = head(s);
				if (h && (!bestRow || before(h, bestRow))) {
					best = s;
					bestRow = h;
				}
			}
			if (!best || !bestRow) break;
			out.push(bestRow.id);
			best.pos++;
		}
		return out;
	}

	const chapters = new ChapterCache(db);
	let count = 0;

	function next(): ExportRow[] {
		const ids = nextIds(batchSize);
		if (ids.length === 0) return [];
		const json = JSON.stringify(ids);
		const details = db.$client.prepare(DETAIL_SQL).all({ ids: json }) as DetailRow[];
		const byId = new Map(details.map((d) => [d.id, d]));

		const tags = new Map<string, string[]>();
		if (policy.tags)
			for (const t of db.$client.prepare(TAGS_SQL).all({ ids: json }) as {
				contributionId: string;
				label: string;
			}[]) {
				const list = tags.get(t.contributionId);
				if (list) list.push(t.label);
				else tags.set(t.contributionId, [t.label]);
			}

		// The handling each row shows, decided before the links are read (only shown responses count).
		const handling = new Map<string, ReturnType<typeof effectiveHandling>>();
		for (const d of details) handling.set(d.id, effectiveHandling(d, policy.unpublishedHandling));
		const responseIds = new Set<string>();
		for (const h of handling.values()) if (h.responseId) responseIds.add(h.responseId);
		const links = responseIds.size
			? (db.$client.prepare(LINKS_SQL).all({ ids: JSON.stringify([...responseIds]) }) as {
					responseId: string;
					chapterId: string;
					anchor: string;
				}[])
			: [];

		const chapterIds: string[] = [];
		for (const d of details) {
			const c = d.originalChapterId ?? d.chapterId;
			if (c) chapterIds.push(c);
		}
		for (const l of links) chapterIds.push(l.chapterId);
		chapters.load(chapterIds);

		const changesOf = new Map<string, LinkedChange[]>();
		for (const l of links) {
			const ch = chapters.get(l.chapterId);
			if (!ch) continue;
			const p = ch.paragraphs.get(l.anchor);
			const change: LinkedChange = {
				versionNumber: ch.versionNumber,
				chapter: ch.label,
				paragraphNumber: p?.number ?? null,
				anchor: l.anchor,
				text: p?.text ?? ''
			};
			const list = changesOf.get(l.responseId);
			if (list) list.push(change);
			else changesOf.set(l.responseId, [change]);
		}

		const rows: ExportRow[] = [];
		for (const id of ids) {
			const d = byId.get(id);
			if (!d) continue; // deleted between the two queries
			const h = handling.get(id)!;
			const chapterId = d.originalChapterId ?? d.chapterId;
			const anchor = d.originalChapterId ? d.originalAnchor : d.anchor;
			const ch = chapters.get(chapterId);
			const para = ch && anchor ? ch.paragraphs.get(anchor) : undefined;
			const kind: ExportKind = d.kind === 'comment' && d.parentId ? 'reply' : d.kind;
			rows.push({
				id: d.id,
				kind,
				channel: d.channel,
				date: new Date(d.kind === 'offline' && d.receivedAt ? d.receivedAt : d.createdAt),
				versionNumber: ch?.versionNumber ?? null,
				chapter: ch?.label ?? null,
				paragraphNumber: para?.number ?? null,
				anchor: anchor && !para?.number ? anchor : null,
				district: d.districtName,
				stadtbezirk: d.stadtbezirkName,
				category: d.categoryLabel,
				text: d.body,
				state: d.state,
				replyToId: d.parentId,
				// Packages moderation has not forwarded are not named outside moderation.
				packageTitle: policy.draftPackages || d.packageState !== 'draft' ? d.packageTitle : null,
				recommendation: h.recommendation,
				response: h.response,
				changes: h.responseId ? (changesOf.get(h.responseId) ?? []) : [],
				supportCount: d.supportCount,
				rejectionReason: policy.moderationNotes ? d.rejectionReason : null,
				duplicateOfId: policy.moderationNotes ? d.duplicateOfId : null,
				tags: policy.tags ? (tags.get(id) ?? []) : [],
				author: policy.personalData && d.kind !== 'offline' ? d.authorName : null,
				authorDeleted: policy.personalData && d.kind !== 'offline' && !d.authorId,
				organisation: policy.personalData ? d.organisationName : null,
				sender: policy.personalData ? d.senderName : null,
				assignee: policy.personalData ? d.assigneeName : null
			});
		}
		count += rows.length;
		return rows;
	}

	return {
		next,
		get count() {
			return count;
		}
	};
}

/**
 * The item's own recommendation and response override its package's. Without `unpublished`, both are
 * shown only once the response is published (the public account of how input was handled).
 */
function effectiveHandling(d: DetailRow, unpublished: boolean) {
	const recommendation: Handling | null = d.ownRecVerdict
		? { verdict: d.ownRecVerdict, reason: d.ownRecReason ?? '', own: true }
		: d.pkgRecVerdict
			? { verdict: d.pkgRecVerdict, reason: d.pkgRecReason ?? '', own: false }
			: null;
	const response = d.ownRespId
		? {
				id: d.ownRespId,
				verdict: d.ownRespVerdict!,
				reason: d.ownRespReason ?? '',
				own: true,
				publishedAt: d.ownRespPublishedAt == null ? null : new Date(d.ownRespPublishedAt)
			}
		: d.pkgRespId
			? {
					id: d.pkgRespId,
					verdict: d.pkgRespVerdict!,
					reason: d.pkgRespReason ?? '',
					own: false,
					publishedAt: d.pkgRespPublishedAt == null ? null : new Date(d.pkgRespPublishedAt)
				}
			: null;
	if (!unpublished && !response?.publishedAt)
		return { recommendation: null, response: null, responseId: null };
	if (!response) return { recommendation, response: null, responseId: null };
	const { id, ...shown } = response;
	return { recommendation, response: shown, responseId: id };
}
