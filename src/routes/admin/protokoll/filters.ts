// The filters of the audit log page from its query string. Values that do not occur in the log (actions,
// types, actors) are ignored; malformed dates are reported and ignored.
import { berlinLocalToDate } from '$lib/datetime';

export const MAX_ENTITY_ID = 100;
export const ACTOR_DELETED = 'geloescht';
export const ACTOR_SYSTEM = 'system';

export interface AuditFilterInput {
	action: string;
	entityType: string;
	entityId: string;
	/** An account id, ACTOR_DELETED, ACTOR_SYSTEM or ''. */
	actor: string;
	/** YYYY-MM-DD as typed (Berlin calendar days, both inclusive). */
	from: string;
	to: string;
}

export interface ParsedAuditFilters {
	values: AuditFilterInput;
	from: Date | null;
	/** The start of the day after `to`: the range is [from, to). */
	to: Date | null;
	errors: { from?: 'invalid'; to?: 'invalid' | 'range' };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The Berlin midnight that starts the day after `day` (YYYY-MM-DD). */
function dayAfter(day: string): Date | null {
	const start = berlinLocalToDate(day);
	if (!start) return null;
	const [y, m, d] = day.split('-').map(Number);
	const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
	return berlinLocalToDate(next);
}

export function parseAuditFilters(
	params: URLSearchParams,
	known: { actions: readonly string[]; entityTypes: readonly string[]; actorIds: readonly string[] }
): ParsedAuditFilters {
	const get = (k: string) => (params.get(k) ?? '').trim();
	const action = known.actions.includes(get('aktion')) ? get('aktion') : '';
	const entityType = known.entityTypes.includes(get('typ')) ? get('typ') : '';
	const entityId = get('kennung').slice(0, MAX_ENTITY_ID);
	const rawActor = get('wer');
	const actor =
		rawActor === ACTOR_DELETED || rawActor === ACTOR_SYSTEM || known.actorIds.includes(rawActor)
			? rawActor
			: '';
	const errors: ParsedAuditFilters['errors'] = {};
	const rawFrom = get('von');
	const rawTo = get('bis');
	const from = rawFrom ? (DAY.test(rawFrom) ? berlinLocalToDate(rawFrom) : null) : null;
	const to = rawTo ? (DAY.test(rawTo) ? dayAfter(rawTo) : null) : null;
	if (rawFrom && !from) errors.from = 'invalid';
	if (rawTo && !to) errors.to = 'invalid';
	if (from && to && to.getTime() <= from.getTime()) errors.to = 'range';
	return {
		values: { action, entityType, entityId, actor, from: rawFrom.slice(0, 10), to: rawTo.slice(0, 10) },
		from: errors.from ? null : from,
		to: errors.to ? null : to,
		errors
	};
}

/** The query string for these filters (only the valid ones) and an optional cursor. */
export function auditQuery(f: ParsedAuditFilters, cursor: number | null): string {
	const p = new URLSearchParams();
	const v = f.values;
	if (v.actor) p.set('wer', v.actor);
	if (v.action) p.set('aktion', v.action);
	if (v.entityType) p.set('typ', v.entityType);
	if (v.entityId) p.set('kennung', v.entityId);
	if (f.from) p.set('von', v.from);
	if (f.to) p.set('bis', v.to);
	if (cursor !== null) p.set('vor', String(cursor));
	return p.toString();
}
