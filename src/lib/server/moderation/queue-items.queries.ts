// Queue rows: a contribution with what moderators need to see at a glance – author, chapter,
// district, category, photo state, assignee, package and tags – for a list of ids, in two queries
// (one join, one for the tags) whatever the number of ids.
import type { DB } from '../db';
import { prepared } from './queue-cache';

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
	const rows = prepared(db, HYDRATE).all(json) as RawItem[];
	const tags = prepared(db, TAGS).all(json) as { contributionId: string; id: string; label: string }[];
	const byId = new Map(rows.map((r) => [r.id, r]));
	return ids
		.map((id) => byId.get(id))
		.filter((r): r is RawItem => !!r)
		.map(({ reviewedAt, authorId, ...r }) => ({
			...r,
			createdAt: new Date(r.createdAt),
			updatedAt: new Date(r.updatedAt),
			receivedAt: r.receivedAt === null ? null : new Date(r.receivedAt),
			reviewed: reviewedAt !== null,
			hidden: r.hidden === 1,
			authorDeleted: r.kind !== 'offline' && authorId === null,
			tags: tags.filter((t) => t.contributionId === r.id).map(({ id, label }) => ({ id, label }))
		}));
}
