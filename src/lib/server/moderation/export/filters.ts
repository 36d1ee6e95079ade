// The export's query string: the process (slug or id) and the optional filters of the review queue, with
// the queue's parameter names (moderation/queue-filter.ts), so the queue's query string can be passed on
// as it is. Malformed or unsupported values are ignored (the export then covers more rows – never more
// than the role may see).
import * as v from 'valibot';
import { EXPORT_KINDS, type ExportFilters } from './model';

export const EXPORT_STATES = ['pending', 'published', 'rejected'] as const;

const uuid = v.pipe(v.string(), v.uuid());
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,99}$/));

const pick = <T>(schema: v.GenericSchema<unknown, T>, raw: string | null): T | undefined => {
	const r = v.safeParse(schema, raw);
	return r.success ? r.output : undefined;
};

/** `?verfahren=<slug or id>` – the process to export; undefined when missing or malformed. */
export function parseProcessRef(params: URLSearchParams): string | undefined {
	const raw = params.get('verfahren');
	return pick(uuid, raw)?.toLowerCase() ?? pick(slug, raw);
}

const QUEUE_VIEWS = ['review', 'unreviewed', 'withdrawn'] as const;

/**
 * `art`, `status` (pending, published, rejected; the queue's views review, unreviewed and withdrawn;
 * "all" or anything else: no condition), `quartier`, `kategorie`, `paket` (or `none`), `kapitel`,
 * `modul`, `phase`, `schlagwort`, and the queue's `gemeldet=1` and `zustaendig` (an id, `none`, or `me` –
 * `userId` then stands for it); ids are UUIDs. The queue's own views apply to internal exports only.
 */
export function parseExportFilters(params: URLSearchParams, userId?: string): ExportFilters {
	const zustaendig = params.get('zustaendig');
	const filters: ExportFilters = {
		kind: pick(v.picklist(EXPORT_KINDS), params.get('art')),
		state: pick(v.picklist(EXPORT_STATES), params.get('status')),
		view: pick(v.picklist(QUEUE_VIEWS), params.get('status')),
		reported: params.get('gemeldet') === '1' ? true : undefined,
		assignee:
			zustaendig === 'none' ? 'none' : zustaendig === 'me' ? userId : pick(uuid, zustaendig)?.toLowerCase(),
		districtId: pick(uuid, params.get('quartier'))?.toLowerCase(),
		categoryId: pick(uuid, params.get('kategorie'))?.toLowerCase(),
		packageId: params.get('paket') === 'none' ? 'none' : pick(uuid, params.get('paket'))?.toLowerCase(),
		chapterId: pick(uuid, params.get('kapitel'))?.toLowerCase(),
		moduleId: pick(uuid, params.get('modul'))?.toLowerCase(),
		phaseId: pick(uuid, params.get('phase'))?.toLowerCase(),
		tagId: pick(uuid, params.get('schlagwort'))?.toLowerCase()
	};
	return Object.fromEntries(Object.entries(filters).filter(([, x]) => x !== undefined)) as ExportFilters;
}

/** The same filters as a query string (for links between the formats). */
export function filtersQuery(filters: ExportFilters): URLSearchParams {
	const p = new URLSearchParams();
	if (filters.kind) p.set('art', filters.kind);
	if (filters.state) p.set('status', filters.state);
	if (filters.districtId) p.set('quartier', filters.districtId);
	if (filters.categoryId) p.set('kategorie', filters.categoryId);
	if (filters.packageId) p.set('paket', filters.packageId);
	if (filters.view) p.set('status', filters.view);
	if (filters.reported) p.set('gemeldet', '1');
	if (filters.assignee) p.set('zustaendig', filters.assignee);
	if (filters.chapterId) p.set('kapitel', filters.chapterId);
	if (filters.moduleId) p.set('modul', filters.moduleId);
	if (filters.phaseId) p.set('phase', filters.phaseId);
	if (filters.tagId) p.set('schlagwort', filters.tagId);
	return p;
}
