// How audit entries are shown: names of actions and entity types (admin.actions first, then the
// auditLog namespace, else the raw code, so actions added later never break the page), the action
// groups of the filter, and the readable before/after difference.
import type { Locale, Messages } from '$lib/i18n';
import { formatDateTime, formatPlainDate } from '$lib/i18n/format';

const own = (names: Record<string, string>, code: string) =>
	Object.hasOwn(names, code) ? names[code] : undefined;

export function actionLabel(m: Messages, action: string): string {
	return own(m.admin.actions, action) ?? own(m.auditLog.actions, action) ?? action;
}

export function entityTypeLabel(m: Messages, type: string): string {
	return own(m.admin.entityTypes, type) ?? own(m.auditLog.entityTypes, type) ?? type;
}

export const ACTION_GROUPS = [
	'accounts',
	'processes',
	'documents',
	'moderation',
	'packages',
	'gremium',
	'responses',
	'map',
	'exports',
	'system',
	'other'
] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number];

/** The group of an action, by the part before the first dot. */
const GROUP_OF: Record<string, ActionGroup> = {
	role: 'accounts',
	account: 'accounts',
	user: 'accounts',
	organisation: 'accounts',
	invitation: 'accounts',
	process: 'processes',
	phase: 'processes',
	meeting: 'processes',
	module: 'processes',
	document: 'documents',
	chapter: 'documents',
	comment: 'documents',
	contribution: 'moderation',
	report: 'moderation',
	tag: 'moderation',
	offline: 'moderation',
	package: 'packages',
	recommendation: 'gremium',
	internal_comment: 'gremium',
	response: 'responses',
	notification: 'responses',
	pin: 'map',
	photo: 'map',
	quarters: 'map',
	district: 'map',
	category: 'map',
	export: 'exports',
	system: 'system',
	demo: 'system'
};

export function actionGroup(action: string): ActionGroup {
	const prefix = action.split('.', 1)[0];
	return Object.hasOwn(GROUP_OF, prefix) ? GROUP_OF[prefix] : 'other';
}

/** The actions of the log, grouped for an <optgroup> select and sorted by label within each group. */
export function groupedActions(m: Messages, actions: readonly string[]) {
	return ACTION_GROUPS.map((group) => ({
		group,
		label: m.auditLog.groups[group],
		options: actions
			.filter((a) => actionGroup(a) === group)
			.map((a) => ({ value: a, label: actionLabel(m, a) }))
			.sort((a, b) => a.label.localeCompare(b.label, 'de'))
	})).filter((g) => g.options.length > 0);
}

export interface DiffLine {
	key: string;
	before: string | null;
	after: string | null;
}

export interface AuditDiff {
	kind: 'changed' | 'created' | 'removed';
	lines: DiffLine[];
	unchanged: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as text: strings as they are, everything else as JSON; null and undefined as null. */
export function valueText(v: unknown): string | null {
	if (v === null || v === undefined) return null;
	return typeof v === 'string' ? v : JSON.stringify(v);
}

/** A field of an entry as the pages name it ("state" → "Status"); unknown fields by their key. */
export function fieldLabel(m: Messages, key: string): string {
	return own(m.auditLog.fields, key) ?? key;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Where the pages name the coded values of a field (a state, verdict, role …), first table first. */
const CODE_TABLES: Record<string, (m: Messages) => Record<string, string>[]> = {
	state: (m) => [m.chain.itemStates, m.chain.packageStates],
	packageState: (m) => [m.chain.packageStates],
	verdict: (m) => [m.chain.verdicts],
	role: (m) => [m.account.roleNames],
	// of a phase, or of an export
	audience: (m) => [m.process.audience, { internal: m.auditLog.internalAudience }],
	moderationMode: (m) => [m.process.moderation],
	channel: (m) => [m.chain.channels],
	kind: (m) => [m.chain.kinds],
	locale: (m) => [m.account.languages]
};

function codeLabel(m: Messages, key: string, code: string): string | undefined {
	const tables = Object.hasOwn(CODE_TABLES, key) ? CODE_TABLES[key](m) : [];
	for (const t of tables) {
		const label = own(t, code);
		if (label !== undefined) return label;
	}
	return undefined;
}

/**
 * A value for people: coded values named, instants in Berlin time, yes/no, ids shortened to the
 * 8 characters the log's id filter accepts, lists joined. Null for an empty value.
 */
export function displayValue(m: Messages, locale: Locale, key: string, v: unknown): string | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'boolean') return v ? m.common.yes : m.common.no;
	if (typeof v === 'number') return v.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB');
	if (typeof v === 'string') {
		if (UUID.test(v)) return v.slice(0, 8);
		if (ISO_INSTANT.test(v)) return formatDateTime(new Date(v), locale);
		if (ISO_DAY.test(v)) return formatPlainDate(v, locale);
		return codeLabel(m, key, v) ?? v;
	}
	if (Array.isArray(v)) return v.map((x) => displayValue(m, locale, key, x) ?? m.auditLog.empty).join(', ');
	return JSON.stringify(v);
}

/**
 * The keys that differ between before and after (both objects), or all keys of the one that exists.
 * Null when either side is something other than an object (then the raw values are shown). Values are
 * compared as stored and shown through `show` (raw text when it is not given).
 */
export function auditDiff(
	before: unknown,
	after: unknown,
	show: (key: string, value: unknown) => string | null = (_key, value) => valueText(value)
): AuditDiff | null {
	const hasBefore = before !== null && before !== undefined;
	const hasAfter = after !== null && after !== undefined;
	if ((hasBefore && !isRecord(before)) || (hasAfter && !isRecord(after))) return null;
	if (!hasBefore && !hasAfter) return null;
	const b = (hasBefore ? before : {}) as Record<string, unknown>;
	const a = (hasAfter ? after : {}) as Record<string, unknown>;
	const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
	const lines: DiffLine[] = [];
	let unchanged = 0;
	for (const key of keys) {
		if (hasBefore && hasAfter && valueText(b[key]) === valueText(a[key])) unchanged++;
		else lines.push({ key, before: show(key, b[key]), after: show(key, a[key]) });
	}
	return { kind: hasBefore && hasAfter ? 'changed' : hasAfter ? 'created' : 'removed', lines, unchanged };
}
