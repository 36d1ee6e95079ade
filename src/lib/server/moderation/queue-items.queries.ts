// Queue rows: a contribution with what moderators need to see at a glance – author, chapter,
// district, category, photo state, assignee, package and tags – for a list of ids, in two queries
// (one join, one for the tags) whatever the number of ids.
import type { DB } from '../db';

export interface QueueItem {
	id: string;
	processId: string;
	moduleId: string | null;
	kind: 'comment' | 'pin' | 'card' | 'offline';
	state: 'pending' | 'published' | 'rejected' | 'withdrawn';
	body: string;
	createdAt: Date;
	updatedAt: Date;
	reviewed: boolean;
	rejectionReason: string | null;
	moderationMode: 'pre' | 'post';
	parentId: string | null;
	parentExcerpt: string | null;
	depth: number;
	channel: string;
	receivedAt: Date | null;
	senderName: string | null;
	openReports: number;
	hidden: boolean;
	duplicateOfId: string | null;
	packageId: string | null;
	packageTitle: string | null;
	anchor: string | null;
	authorName: string | null;
	authorDeleted: boolean;
	organisationName: string | null;
	chapterId: string | null;
	chapterNumber: string | null;
	chapterTitle: string | null;
	districtName: string | null;
	categoryLabel: string | null;
	categoryLabelEn: string | null;
	photoId: string | null;
	photoState: 'pending' | 'approved' | 'rejected' | null;
	assigneeId: string | null;
	assigneeName: string | null;
	moduleTitle: string | null;
	tags: { id: string; label: string }[];
}

/** What a row of the queue shows (QueueItemView); the list page sends only this to the browser. */
export type QueueRow = Pick<
	QueueItem,
	| 'id'
	| 'kind'
	| 'state'
	| 'body'
	| 'createdAt'
	| 'updatedAt'
	| 'reviewed'
	| 'openReports'
	| 'hidden'
	| 'tags'
> &
	Partial<Pick<QueueItem, (typeof ROW_OPTIONAL)[number]>>;

const ROW_OPTIONAL = [
	'parentId',
	'parentExcerpt',
	'channel',
	'receivedAt',
	'rejectionReason',
	'duplicateOfId',
	'packageTitle',
	'authorName',
	'organisationName',
	'chapterNumber',
	'chapterTitle',
	'districtName',
	'categoryLabel',
	'categoryLabelEn',
	'photoState',
	'assigneeName'
] as const satisfies readonly (keyof QueueItem)[];

/** A queue item cut to its row: the shown fields, empty ones left out. */
export function queueRow(i: QueueItem): QueueRow {
	const row: QueueRow = {
		id: i.id,
		kind: i.kind,
		state: i.state,
		body: i.body,
		createdAt: i.createdAt,
		updatedAt: i.updatedAt,
		reviewed: i.reviewed,
		openReports: i.openReports,
		hidden: i.hidden,
		tags: i.tags
	};
	const target = row as Record<string, unknown>;
	for (const k of ROW_OPTIONAL) if (i[k] !== null) target[k] = i[k];
	if (i.kind !== 'offline') delete target.channel; // "online": only offline input names its channel
	return row;
}

export const HYDRATE = `select c.id, c.process_id as processId, c.module_id as moduleId, c.kind, c.state, c.body, c.created_at as createdAt, c.updated_at as updatedAt,
	c.reviewed_at as reviewedAt, c.rejection_reason as rejectionReason, c.moderation_mode as moderationMode,
	c.parent_id as parentId, substr(p.body, 1, 160) as parentExcerpt, c.depth, c.channel,
	c.received_at as receivedAt, c.sender_name as senderName, c.open_reports as openReports, c.hidden,
	c.duplicate_of_id as duplicateOfId, c.package_id as packageId, tp.title as packageTitle, c.anchor,
	c.author_id as authorId, u.display_name as authorName, o.name as organisationName,
	c.chapter_id as chapterId, ch.number as chapterNumber, ch.title as chapterTitle, d.name as districtName,
	pc.label as categoryLabel, pc.label_en as categoryLabelEn, ph.id as photoId, ph.state as photoState,
	c.assignee_id as assigneeId, au.display_name as assigneeName, m.title as moduleTitle
from contributions c
left join contributions p on p.id = c.parent_id
left join users u on u.id = c.author_id
left join organisations o on o.id = c.organisation_id
left join chapters ch on ch.id = c.chapter_id
left join districts d on d.id = c.district_id
left join pin_categories pc on pc.id = c.category_id
left join photos ph on ph.contribution_id = c.id
left join users au on au.id = c.assignee_id
left join topic_packages tp on tp.id = c.package_id
left join modules m on m.id = c.module_id
where c.id in (select value from json_each(?))`;

export const TAGS = `select ct.contribution_id as contributionId, t.id, t.label from contribution_tags ct
join tags t on t.id = ct.tag_id where ct.contribution_id in (select value from json_each(?)) order by t.label`;

type RawItem = Omit<
	QueueItem,
	'createdAt' | 'updatedAt' | 'receivedAt' | 'reviewed' | 'hidden' | 'tags' | 'authorDeleted'
> & {
	createdAt: number;
	updatedAt: number;
	receivedAt: number | null;
	reviewedAt: number | null;
	hidden: number;
	authorId: string | null;
};

/** Full queue rows for ids (any order in, the given order out); two queries whatever the count. */
export function hydrate(db: DB, ids: string[]): QueueItem[] {
	if (ids.length === 0) return [];
	const json = JSON.stringify(ids);
	const rows = db.$client.prepare(HYDRATE).all(json) as RawItem[];
	const tags = db.$client.prepare(TAGS).all(json) as { contributionId: string; id: string; label: string }[];
	const tagsOf = new Map<string, { id: string; label: string }[]>();
	for (const t of tags) {
		const list = tagsOf.get(t.contributionId);
		if (list) list.push({ id: t.id, label: t.label });
		else tagsOf.set(t.contributionId, [{ id: t.id, label: t.label }]);
	}
	const byId = new Map(rows.map((r) => [r.id, r]));
	const items: QueueItem[] = [];
	for (const id of ids) {
		const r = byId.get(id);
		if (!r) continue;
		items.push({
			id: r.id,
			processId: r.processId,
			moduleId: r.moduleId,
			kind: r.kind,
			state: r.state,
			body: r.body,
			rejectionReason: r.rejectionReason,
			moderationMode: r.moderationMode,
			parentId: r.parentId,
			parentExcerpt: r.parentExcerpt,
			depth: r.depth,
			channel: r.channel,
			senderName: r.senderName,
			openReports: r.openReports,
			duplicateOfId: r.duplicateOfId,
			packageId: r.packageId,
			packageTitle: r.packageTitle,
			anchor: r.anchor,
			authorName: r.authorName,
			organisationName: r.organisationName,
			chapterId: r.chapterId,
			chapterNumber: r.chapterNumber,
			chapterTitle: r.chapterTitle,
			districtName: r.districtName,
			categoryLabel: r.categoryLabel,
			categoryLabelEn: r.categoryLabelEn,
			photoId: r.photoId,
			photoState: r.photoState,
			assigneeId: r.assigneeId,
			assigneeName: r.assigneeName,
			moduleTitle: r.moduleTitle,
			createdAt: new Date(r.createdAt),
			updatedAt: new Date(r.updatedAt),
			receivedAt: r.receivedAt === null ? null : new Date(r.receivedAt),
			reviewed: r.reviewedAt !== null,
			hidden: r.hidden === 1,
			authorDeleted: r.kind !== 'offline' && r.authorId === null,
			tags: tagsOf.get(r.id) ?? []
		});
	}
	return items;
}

/**
 * The contribution whose id starts with these 8 hex characters (the "Nr." of the exports), in the process
 * of the contribution `near`: its id, 'none', or 'ambiguous' when several share them. A range on the
 * primary key.
 */
export function byShortNumber(db: DB, short: string, near: string): string | 'none' | 'ambiguous' {
	const rows = db.$client
		.prepare(
			`select c.id from contributions c where c.id >= ? and c.id < ?
			and c.process_id = (select process_id from contributions where id = ?) limit 2`
		)
		.pluck()
		.all(short, `${short}~`, near) as string[];
	return rows.length === 1 ? rows[0] : rows.length === 0 ? 'none' : 'ambiguous';
}
