// Admin work on the participation timeline: processes, their phases, the committee schedule
// (Beratungsfolge), the modules of a process and which of them each phase opens with which flags.
// Input arrives as form strings (or typed values from tests and scripts) and is checked here with
// valibot, so every caller gets the same rules. Each action is one transaction with its audit entry;
// every check runs before the first write, so a refused action leaves nothing behind.
import * as v from 'valibot';
import { and, asc, eq, inArray, max, ne, sql } from 'drizzle-orm';
import type { DB, Tx } from '../db';
import {
	AUDIENCES,
	chapters,
	committeeMeetings,
	COMPETENCES,
	contributions,
	documents,
	documentVersions,
	MODERATION_MODES,
	MODULE_TYPES,
	modules,
	phaseModules,
	phases,
	processes
} from '../db/schema';
import { audit } from '../audit';
import { removeFromIndex } from '../search';
import { FLAGS, moduleDefinition, type Flag } from '../modules/registry';
import { readBerlinLocal } from '../../datetime';
import { cleanText, type FieldErrors } from '../../validation/common';

export type Result<T = object> = ({ ok: true } & T) | { ok: false; reason: string; errors?: FieldErrors };
/** Raw input of a form: field name → typed string (or a typed value from tests and scripts). */
export type Input = Record<string, unknown>;

export const PROCESS_LIMITS = { title: 200, slug: 80, summary: 500, description: 10_000 } as const;
export const PHASE_LIMITS = { title: 200, description: 2_000 } as const;
export const MEETING_LIMITS = { committee: 200, note: 500 } as const;
export const MODULE_LIMITS = { title: 200, slug: 80, description: 2_000 } as const;

/** Lower-case letters, digits and single hyphens between them: safe in addresses. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// ---- input schemas (messages are error codes; `max:N` means "at most N characters") -------------

const line = (max: number) =>
	v.pipe(
		v.string('required'),
		v.transform((s) => cleanText(s).replace(/\s+/g, ' ')),
		v.nonEmpty('required'),
		v.maxLength(max, `max:${max}`)
	);

const optionalText = (max: number) =>
	v.optional(
		v.pipe(
			v.string(),
			v.transform((s: string) => cleanText(s)),
			v.maxLength(max, `max:${max}`)
		),
		''
	);

export const slug = (max: number) =>
	v.pipe(
		v.string('required'),
		v.transform((s) => s.trim().toLowerCase()),
		v.nonEmpty('required'),
		v.maxLength(max, `max:${max}`),
		v.regex(SLUG_PATTERN, 'slug_invalid')
	);

const checkbox = v.pipe(
	v.optional(v.union([v.boolean(), v.string()]), false),
	v.transform((x) => x === true || x === 'on' || x === 'true' || x === '1')
);

/** "2023-05-25T09:00" (datetime-local) or "25.05.2023 09:00", Berlin wall-clock time → UTC instant. */
export function readBerlinDateTime(raw: string): Date | 'invalid' | 'dst_gap' {
	const s = raw.trim();
	const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2}):(\d{2})(?:\s*Uhr)?$/.exec(s);
	if (de) {
		const pad = (x: string) => x.padStart(2, '0');
		return readBerlinLocal(`${de[3]}-${pad(de[2])}-${pad(de[1])}T${pad(de[4])}:${de[5]}`);
	}
	return /T|\s/.test(s) ? readBerlinLocal(s) : 'invalid';
}

export function parseBerlinDateTime(raw: string): Date | null {
	const r = readBerlinDateTime(raw);
	return r instanceof Date ? r : null;
}

const berlinDateTime = v.pipe(
	v.union([v.date(), v.string()], 'required'),
	v.rawTransform(({ dataset, addIssue, NEVER }) => {
		const value = dataset.value;
		if (value instanceof Date) {
			if (Number.isNaN(value.getTime())) {
				addIssue({ message: 'datetime_invalid' });
				return NEVER;
			}
			return value;
		}
		if (value.trim() === '') {
			addIssue({ message: 'required' });
			return NEVER;
		}
		const date = readBerlinDateTime(value);
		if (!(date instanceof Date)) {
			addIssue({ message: date === 'dst_gap' ? 'datetime_dst_gap' : 'datetime_invalid' });
			return NEVER;
		}
		return date;
	})
);

/** A calendar date: "2023-10-24" (<input type="date">) or "24.10.2023" → "2023-10-24". */
export function parsePlainDate(raw: string): string | null {
	const s = raw.trim();
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
	const parts = iso ? [iso[1], iso[2], iso[3]] : de ? [de[3], de[2], de[1]] : null;
	if (!parts) return null;
	const [y, m, d] = parts;
	const [yn, mn, dn] = [Number(y), Number(m), Number(d)];
	const check = new Date(Date.UTC(yn, mn - 1, dn));
	if (yn < 1970 || yn > 2200 || check.getUTCMonth() !== mn - 1 || check.getUTCDate() !== dn) return null;
	return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export const processSchema = v.object({
	title: line(PROCESS_LIMITS.title),
	slug: slug(PROCESS_LIMITS.slug),
	summary: optionalText(PROCESS_LIMITS.summary),
	description: optionalText(PROCESS_LIMITS.description),
	published: checkbox
});
export type ProcessValues = v.InferOutput<typeof processSchema>;

export const phaseSchema = v.pipe(
	v.object({
		title: line(PHASE_LIMITS.title),
		description: optionalText(PHASE_LIMITS.description),
		startsAt: berlinDateTime,
		endsAt: berlinDateTime,
		audience: v.picklist(AUDIENCES, 'audience_required'),
		moderationMode: v.picklist(MODERATION_MODES, 'moderation_required')
	}),
	v.forward(
		v.partialCheck(
			[['startsAt'], ['endsAt']],
			(i) => i.endsAt.getTime() > i.startsAt.getTime(),
			'ends_before_start'
		),
		['endsAt']
	)
);
export type PhaseValues = v.InferOutput<typeof phaseSchema>;

export const meetingSchema = v.object({
	meetingDate: v.pipe(
		v.string('required'),
		v.transform((s) => s.trim()),
		v.nonEmpty('required'),
		v.rawTransform(({ dataset, addIssue, NEVER }) => {
			const date = parsePlainDate(dataset.value);
			if (!date) {
				addIssue({ message: 'date_invalid' });
				return NEVER;
			}
			return date;
		})
	),
	committee: line(MEETING_LIMITS.committee),
	competence: v.picklist(COMPETENCES, 'competence_required'),
	note: optionalText(MEETING_LIMITS.note)
});
export type MeetingValues = v.InferOutput<typeof meetingSchema>;

/** Pages of a process that share the address space of its modules (/verfahren/<slug>/<page>). */
export const RESERVED_MODULE_SLUGS: ReadonlySet<string> = new Set(['ergebnisse']);

const moduleFields = {
	slug: v.pipe(
		slug(MODULE_LIMITS.slug),
		v.check((s) => !RESERVED_MODULE_SLUGS.has(s), 'slug_reserved')
	),
	title: line(MODULE_LIMITS.title),
	description: optionalText(MODULE_LIMITS.description)
};
export const moduleCreateSchema = v.object({
	type: v.picklist(MODULE_TYPES, 'type_required'),
	...moduleFields
});
export const moduleUpdateSchema = v.object(moduleFields);

function parse<T extends v.GenericSchema>(
	schema: T,
	input: Input
): { ok: true; value: v.InferOutput<T> } | { ok: false; reason: 'invalid'; errors: FieldErrors } {
	const result = v.safeParse(schema, input);
	if (result.success) return { ok: true, value: result.output };
	const errors: FieldErrors = {};
	for (const issue of result.issues) {
		const key = issue.path?.[0]?.key;
		if (typeof key === 'string' && !errors[key]) errors[key] = issue.message;
	}
	return { ok: false, reason: 'invalid', errors };
}

const notFound = { ok: false as const, reason: 'not_found' };
const fieldError = (field: string, code: string) => ({
	ok: false as const,
	reason: 'invalid',
	errors: { [field]: code }
});

/** The fields that differ, as before/after snapshots for the audit log. */
function changes<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
	const b: Record<string, unknown> = {};
	const a: Record<string, unknown> = {};
	for (const [k, value] of Object.entries(after)) {
		const old = before[k];
		const same =
			old instanceof Date && value instanceof Date ? old.getTime() === value.getTime() : old === value;
		if (!same) {
			b[k] = old instanceof Date ? old.toISOString() : old;
			a[k] = value instanceof Date ? value.toISOString() : value;
		}
	}
	return { before: b, after: a, changed: Object.keys(a).length > 0 };
}

// ---- processes ------------------------------------------------------------------------------------

function slugTaken(tx: Tx, slugValue: string, exceptId?: string) {
	return !!tx
		.select({ id: processes.id })
		.from(processes)
		.where(and(eq(processes.slug, slugValue), exceptId ? ne(processes.id, exceptId) : undefined))
		.get();
}

/** Another process has this title (case-insensitive): lists and selects could not tell them apart. */
function titleTaken(tx: Tx, title: string, exceptId?: string) {
	const wanted = title.toLocaleLowerCase('de');
	return tx
		.select({ id: processes.id, title: processes.title })
		.from(processes)
		.all()
		.some((p) => p.id !== exceptId && p.title.toLocaleLowerCase('de') === wanted);
}

export function createProcess(db: DB, actorId: string | null, input: Input): Result<{ processId: string }> {
	const parsed = parse(processSchema, input);
	if (!parsed.ok) return parsed;
	const value = parsed.value;
	return db.transaction((tx) => {
		if (slugTaken(tx, value.slug)) return fieldError('slug', 'slug_taken');
		if (titleTaken(tx, value.title)) return fieldError('title', 'title_taken');
		const row = tx.insert(processes).values(value).returning({ id: processes.id }).get();
		audit(tx, { actorId, action: 'process.created', entityType: 'process', entityId: row.id, after: value });
		return { ok: true as const, processId: row.id };
	});
}

export function updateProcess(
	db: DB,
	actorId: string | null,
	processId: string,
	input: Input
): Result<{ changed: boolean }> {
	const parsed = parse(processSchema, input);
	if (!parsed.ok) return parsed;
	const value = parsed.value;
	return db.transaction((tx) => {
		const before = tx.select().from(processes).where(eq(processes.id, processId)).get();
		if (!before) return notFound;
		if (slugTaken(tx, value.slug, processId)) return fieldError('slug', 'slug_taken');
		if (value.title !== before.title && titleTaken(tx, value.title, processId))
			return fieldError('title', 'title_taken');
		const diff = changes(before, value);
		if (!diff.changed) return { ok: true as const, changed: false };
		tx.update(processes)
			.set({ ...value, updatedAt: new Date() })
			.where(eq(processes.id, processId))
			.run();
		audit(tx, {
			actorId,
			action: 'process.updated',
			entityType: 'process',
			entityId: processId,
			before: diff.before,
			after: diff.after
		});
		return { ok: true as const, changed: true };
	});
}

// ---- phases ---------------------------------------------------------------------------------------

function phaseOf(tx: Tx, processId: string, phaseId: string) {
	return tx
		.select()
		.from(phases)
		.where(and(eq(phases.id, phaseId), eq(phases.processId, processId)))
		.get();
}

function processExists(tx: Tx, processId: string) {
	return !!tx.select({ id: processes.id }).from(processes).where(eq(processes.id, processId)).get();
}

/** Positions 1…n in the current order, so "up" and "down" always have a neighbour to swap with. */
function renumberPhases(tx: Tx, processId: string) {
	const rows = tx
		.select({ id: phases.id, position: phases.position })
		.from(phases)
		.where(eq(phases.processId, processId))
		.orderBy(asc(phases.position), asc(phases.startsAt))
		.all();
	rows.forEach((r, i) => {
		if (r.position !== i + 1)
			tx.update(phases)
				.set({ position: i + 1 })
				.where(eq(phases.id, r.id))
				.run();
	});
}

const phaseSnapshot = (p: PhaseValues) => ({
	...p,
	startsAt: p.startsAt.toISOString(),
	endsAt: p.endsAt.toISOString()
});

export function createPhase(
	db: DB,
	actorId: string | null,
	processId: string,
	input: Input
): Result<{ phaseId: string }> {
	const parsed = parse(phaseSchema, input);
	if (!parsed.ok) return parsed;
	const value = parsed.value;
	return db.transaction((tx) => {
		if (!processExists(tx, processId)) return notFound;
		const top = tx
			.select({ m: max(phases.position) })
			.from(phases)
			.where(eq(phases.processId, processId))
			.get();
		const row = tx
			.insert(phases)
			.values({ ...value, processId, position: (top?.m ?? 0) + 1 })
			.returning({ id: phases.id })
			.get();
		audit(tx, {
			actorId,
			action: 'phase.created',
			entityType: 'phase',
			entityId: row.id,
			after: { processId, ...phaseSnapshot(value) }
		});
		return { ok: true as const, phaseId: row.id };
	});
}

export function updatePhase(
	db: DB,
	actorId: string | null,
	processId: string,
	phaseId: string,
	input: Input
): Result<{ changed: boolean }> {
	const parsed = parse(phaseSchema, input);
	if (!parsed.ok) return parsed;
	const value = parsed.value;
	return db.transaction((tx) => {
		const before = phaseOf(tx, processId, phaseId);
		if (!before) return notFound;
		const diff = changes(before, value);
		if (!diff.changed) return { ok: true as const, changed: false };
		tx.update(phases).set(value).where(eq(phases.id, phaseId)).run();
		audit(tx, {
			actorId,
			action: 'phase.updated',
			entityType: 'phase',
			entityId: phaseId,
			before: diff.before,
			after: diff.after
		});
		return { ok: true as const, changed: true };
	});
}

/** Deletes a phase; its module switches go with it, contributions written in it keep existing. */
export function deletePhase(db: DB, actorId: string | null, processId: string, phaseId: string): Result {
	return db.transaction((tx) => {
		const before = phaseOf(tx, processId, phaseId);
		if (!before) return notFound;
		const opened = tx.select().from(phaseModules).where(eq(phaseModules.phaseId, phaseId)).all();
		tx.delete(phases).where(eq(phases.id, phaseId)).run();
		renumberPhases(tx, processId);
		audit(tx, {
			actorId,
			action: 'phase.deleted',
			entityType: 'phase',
			entityId: phaseId,
			before: {
				processId,
				title: before.title,
				startsAt: before.startsAt.toISOString(),
				endsAt: before.endsAt.toISOString(),
				modules: opened.map((o) => ({ moduleId: o.moduleId, flags: o.flags }))
			}
		});
		return { ok: true as const };
	});
}

export function movePhase(
	db: DB,
	actorId: string | null,
	processId: string,
	phaseId: string,
	direction: 'up' | 'down'
): Result<{ moved: boolean }> {
	return db.transaction((tx) => {
		if (!phaseOf(tx, processId, phaseId)) return notFound;
		renumberPhases(tx, processId);
		const order = tx
			.select({ id: phases.id, position: phases.position })
			.from(phases)
			.where(eq(phases.processId, processId))
			.orderBy(asc(phases.position))
			.all();
		const i = order.findIndex((p) => p.id === phaseId);
		const j = direction === 'up' ? i - 1 : i + 1;
		if (j < 0 || j >= order.length) return { ok: true as const, moved: false };
		tx.update(phases).set({ position: order[j].position }).where(eq(phases.id, order[i].id)).run();
		tx.update(phases).set({ position: order[i].position }).where(eq(phases.id, order[j].id)).run();
		audit(tx, {
			actorId,
			action: 'phase.moved',
			entityType: 'phase',
			entityId: phaseId,
			before: { position: order[i].position },
			after: { position: order[j].position }
		});
		return { ok: true as const, moved: true };
	});
}

// ---- committee schedule ---------------------------------------------------------------------------

function meetingOf(tx: Tx, processId: string, meetingId: string) {
	return tx
		.select()
		.from(committeeMeetings)
		.where(and(eq(committeeMeetings.id, meetingId), eq(committeeMeetings.processId, processId)))
		.get();
}

export function createMeeting(
	db: DB,
	actorId: string | null,
	processId: string,
	input: Input
): Result<{ meetingId: string }> {
	const parsed = parse(meetingSchema, input);
	if (!parsed.ok) return parsed;
	const value = parsed.value;
	return db.transaction((tx) => {
		if (!processExists(tx, processId)) return notFound;
		const row = tx
			.insert(committeeMeetings)
			.values({ ...value, processId })
			.returning({ id: committeeMeetings.id })
			.get();
		audit(tx, {
			actorId,
			action: 'meeting.created',
			entityType: 'committee_meeting',
			entityId: row.id,
			after: { processId, ...value }
		});
		return { ok: true as const, meetingId: row.id };
	});
}

export function updateMeeting(
	db: DB,
	actorId: string | null,
	processId: string,
	meetingId: string,
	input: Input
): Result<{ changed: boolean }> {
	const parsed = parse(meetingSchema, input);
	if (!parsed.ok) return parsed;
	const value = parsed.value;
	return db.transaction((tx) => {
		const before = meetingOf(tx, processId, meetingId);
		if (!before) return notFound;
		const diff = changes(before, value);
		if (!diff.changed) return { ok: true as const, changed: false };
		tx.update(committeeMeetings).set(value).where(eq(committeeMeetings.id, meetingId)).run();
		audit(tx, {
			actorId,
			action: 'meeting.updated',
			entityType: 'committee_meeting',
			entityId: meetingId,
			before: diff.before,
			after: diff.after
		});
		return { ok: true as const, changed: true };
	});
}

export function deleteMeeting(db: DB, actorId: string | null, processId: string, meetingId: string): Result {
	return db.transaction((tx) => {
		const before = meetingOf(tx, processId, meetingId);
		if (!before) return notFound;
		tx.delete(committeeMeetings).where(eq(committeeMeetings.id, meetingId)).run();
		const { meetingDate, committee, competence, note } = before;
		audit(tx, {
			actorId,
			action: 'meeting.deleted',
			entityType: 'committee_meeting',
			entityId: meetingId,
			before: { processId, meetingDate, committee, competence, note }
		});
		return { ok: true as const };
	});
}

// ---- modules --------------------------------------------------------------------------------------

function moduleOf(tx: Tx, processId: string, moduleId: string) {
	return tx
		.select()
		.from(modules)
		.where(and(eq(modules.id, moduleId), eq(modules.processId, processId)))
		.get();
}

function moduleSlugTaken(tx: Tx, processId: string, slugValue: string, exceptId?: string) {
	return !!tx
		.select({ id: modules.id })
		.from(modules)
		.where(
			and(
				eq(modules.processId, processId),
				eq(modules.slug, slugValue),
				exceptId ? ne(modules.id, exceptId) : undefined
			)
		)
		.get();
}

export function createModule(
	db: DB,
	actorId: string | null,
	processId: string,
	input: Input
): Result<{ moduleId: string }> {
	const parsed = parse(moduleCreateSchema, input);
	if (!parsed.ok) return parsed;
	const value = parsed.value;
	// Only types with a definition in the registry can be used: the others have no pages yet.
	if (!moduleDefinition(value.type)) return fieldError('type', 'type_required');
	return db.transaction((tx) => {
		if (!processExists(tx, processId)) return notFound;
		if (moduleSlugTaken(tx, processId, value.slug)) return fieldError('slug', 'slug_taken');
		const top = tx
			.select({ m: max(modules.position) })
			.from(modules)
			.where(eq(modules.processId, processId))
			.get();
		const row = tx
			.insert(modules)
			.values({ ...value, processId, position: (top?.m ?? 0) + 1 })
			.returning({ id: modules.id })
			.get();
		audit(tx, {
			actorId,
			action: 'module.created',
			entityType: 'module',
			entityId: row.id,
			after: { processId, ...value }
		});
		moduleDefinition(value.type)?.setUp?.(tx, actorId, row.id);
		return { ok: true as const, moduleId: row.id };
	});
}

/** Changes slug, title and description; the type of a module is fixed once it exists. */
export function updateModule(
	db: DB,
	actorId: string | null,
	processId: string,
	moduleId: string,
	input: Input
): Result<{ changed: boolean }> {
	const parsed = parse(moduleUpdateSchema, input);
	if (!parsed.ok) return parsed;
	const value = parsed.value;
	return db.transaction((tx) => {
		const before = moduleOf(tx, processId, moduleId);
		if (!before) return notFound;
		if (moduleSlugTaken(tx, processId, value.slug, moduleId)) return fieldError('slug', 'slug_taken');
		const diff = changes(before, value);
		if (!diff.changed) return { ok: true as const, changed: false };
		tx.update(modules).set(value).where(eq(modules.id, moduleId)).run();
		audit(tx, {
			actorId,
			action: 'module.updated',
			entityType: 'module',
			entityId: moduleId,
			before: diff.before,
			after: diff.after
		});
		return { ok: true as const, changed: true };
	});
}

/**
 * Deletes a module with its document, versions and chapters. Refused once anybody has contributed to
 * it: the database would delete those contributions with it, and what people wrote is never lost.
 */
export function deleteModule(db: DB, actorId: string | null, processId: string, moduleId: string): Result {
	return db.transaction((tx) => {
		const before = moduleOf(tx, processId, moduleId);
		if (!before) return notFound;
		const used = tx
			.select({ n: sql<number>`count(*)` })
			.from(contributions)
			.where(eq(contributions.moduleId, moduleId))
			.get();
		if ((used?.n ?? 0) > 0) return { ok: false as const, reason: 'module_has_contributions' };
		const chapterIds = tx
			.select({ id: chapters.id })
			.from(chapters)
			.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
			.innerJoin(documents, eq(documents.id, documentVersions.documentId))
			.where(eq(documents.moduleId, moduleId))
			.all();
		for (const c of chapterIds) removeFromIndex(tx, 'chapter', c.id);
		tx.delete(modules).where(eq(modules.id, moduleId)).run();
		audit(tx, {
			actorId,
			action: 'module.deleted',
			entityType: 'module',
			entityId: moduleId,
			before: {
				processId,
				type: before.type,
				slug: before.slug,
				title: before.title,
				chapters: chapterIds.length
			}
		});
		return { ok: true as const };
	});
}

// ---- which modules a phase opens, with which flags -------------------------------------------------

export interface PhaseModuleSetting {
	moduleId: string;
	/** Whether the phase opens the module (a phase_modules row exists). */
	open: boolean;
	flags: readonly string[];
}

/**
 * Sets, for one phase, which of the given modules it opens and with which flags. Modules not listed
 * stay as they are. Refused as a whole when a module is not part of the process, a flag is not
 * allowed for the module's type, or flags are set for a module the phase does not open.
 */
export function setPhaseModules(
	db: DB,
	actorId: string | null,
	processId: string,
	phaseId: string,
	settings: readonly PhaseModuleSetting[]
): Result<{ changed: boolean }> {
	return db.transaction((tx) => {
		if (!phaseOf(tx, processId, phaseId)) return notFound;
		const ids = [...new Set(settings.map((s) => s.moduleId))];
		if (ids.length !== settings.length) return { ok: false as const, reason: 'invalid' };
		const mods = ids.length
			? tx
					.select({ id: modules.id, type: modules.type })
					.from(modules)
					.where(and(eq(modules.processId, processId), inArray(modules.id, ids)))
					.all()
			: [];
		if (mods.length !== ids.length) return notFound;
		const typeOf = new Map(mods.map((m) => [m.id, m.type]));
		const errors: FieldErrors = {};
		const wanted = new Map<string, Flag[] | null>();
		for (const s of settings) {
			const allowed: readonly string[] = moduleDefinition(typeOf.get(s.moduleId)!)?.flags ?? [];
			const flags = [...new Set(s.flags)];
			if (flags.some((f) => !allowed.includes(f))) errors[s.moduleId] = 'flag_not_allowed';
			else if (!s.open && flags.length > 0) errors[s.moduleId] = 'flags_need_open';
			// Stored in the registry's order, so equal settings compare equal.
			wanted.set(s.moduleId, s.open ? FLAGS.filter((f) => flags.includes(f)) : null);
		}
		if (Object.keys(errors).length > 0) return { ok: false as const, reason: 'invalid', errors };

		const current = new Map(
			tx
				.select()
				.from(phaseModules)
				.where(eq(phaseModules.phaseId, phaseId))
				.all()
				.filter((r) => typeOf.has(r.moduleId))
				.map((r) => [r.moduleId, FLAGS.filter((f) => r.flags.includes(f)) as string[]])
		);
		const before: Record<string, string[] | null> = {};
		const after: Record<string, string[] | null> = {};
		for (const [moduleId, flags] of wanted) {
			const old = current.get(moduleId) ?? null;
			if (JSON.stringify(old) === JSON.stringify(flags)) continue;
			before[moduleId] = old;
			after[moduleId] = flags;
			if (flags === null) {
				tx.delete(phaseModules)
					.where(and(eq(phaseModules.phaseId, phaseId), eq(phaseModules.moduleId, moduleId)))
					.run();
			} else if (old === null) {
				tx.insert(phaseModules).values({ phaseId, moduleId, flags }).run();
			} else {
				tx.update(phaseModules)
					.set({ flags })
					.where(and(eq(phaseModules.phaseId, phaseId), eq(phaseModules.moduleId, moduleId)))
					.run();
			}
		}
		if (Object.keys(after).length === 0) return { ok: true as const, changed: false };
		audit(tx, {
			actorId,
			action: 'phase.modules_updated',
			entityType: 'phase',
			entityId: phaseId,
			before,
			after
		});
		return { ok: true as const, changed: true };
	});
}
