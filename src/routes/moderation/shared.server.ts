// Form parsing shared by the moderation pages: the selected items and the versions the moderator
// saw, messages for service reasons, and the results of the actions that work on a selection.
import { fail, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { REJECTION_REASONS, type RejectionReason } from '$lib/server/moderation/netiquette';
import { decideMany, type DecisionTarget } from '$lib/server/moderation/review.service';
import { assignItems, markDuplicates, tagItems, untagItems } from '$lib/server/moderation/triage.service';
import { addToPackage } from '$lib/server/moderation/packages.service';
import { byShortNumber } from '$lib/server/moderation/queue-items.queries';
import type { SessionUser } from '$lib/server/auth/session';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);
const UUID_IN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
export const str = (x: FormDataEntryValue | null) => (typeof x === 'string' ? x : '');

/**
 * The items an action is for: the row button's `one`, else the checked `ids`; each with the version
 * (updated_at) shown on the page, from the `seen` fields ("<id>:<ms>").
 */
export function targetsOf(data: FormData): DecisionTarget[] {
	const seen = new Map<string, number>();
	for (const v of data.getAll('seen')) {
		const [id, ms] = str(v).split(':');
		const n = Number(ms);
		if (isUuid(id) && Number.isSafeInteger(n) && n > 0) seen.set(id, n);
	}
	const one = str(data.get('one'));
	const ids = isUuid(one) ? [one] : data.getAll('ids').map(str).filter(isUuid);
	return [...new Set(ids)].slice(0, 500).map((id) => ({ id, seen: seen.get(id) }));
}

export function reasonText(locale: string, reason: string): string {
	const m = messages(locale);
	return (m.review.errors as Record<string, string>)[reason] ?? m.errors.invalid;
}

/** Result of an action for the page: a message (success or error) and, on errors, what was typed. */
export type ActionMessage = { ok: boolean; message: string; values?: Record<string, string> };

/** The selection actions of the queue, the item page and the package page. */
export function selectionActions(processIdOf: (event: RequestEvent, data: FormData) => string | null) {
	const run = async (
		event: RequestEvent,
		user: SessionUser,
		act: (data: FormData, targets: DecisionTarget[], m: ReturnType<typeof messages>) => ActionMessage
	) => {
		const m = messages(event.locals.locale);
		let data: FormData;
		try {
			data = await event.request.formData();
		} catch {
			return fail(400, { ok: false, message: m.errors.invalid });
		}
		const targets = targetsOf(data);
		if (targets.length === 0)
			return fail(400, { ok: false, message: m.review.errors.nothing_selected, values: typed(data) });
		const r = act(data, targets, m);
		// Refused: the rows stay checked (the queue page is a plain form, nothing else remembers them).
		return r.ok
			? r
			: fail(r.message === m.review.conflict ? 409 : 400, { ...r, selected: targets.map((t) => t.id) });
	};
	const note = (d: FormData) => str(d.get('note')).slice(0, 1000);
	/** The free-text fields of the action bar, to give them back with a refusal. */
	const typed = (d: FormData) => ({
		note: note(d),
		newTag: str(d.get('newTag')).slice(0, 60),
		newPackage: str(d.get('newPackage')).slice(0, 200),
		originalId: str(d.get('originalId')).slice(0, 300)
	});

	return {
		approve: (event: RequestEvent, user: SessionUser) =>
			run(event, user, (_d, targets, m) => {
				const r = decideMany(getDb(), user.id, targets, { kind: 'approve' });
				if (!r.ok) return { ok: false, message: reasonText(event.locals.locale, r.reason) };
				return decisionMessage(m, 'approved', r, targets.length);
			}),
		reject: (event: RequestEvent, user: SessionUser) =>
			run(event, user, (d, targets, m) => {
				const reason = str(d.get('reason'));
				if (!(REJECTION_REASONS as readonly string[]).includes(reason))
					return { ok: false, message: m.review.reasonRequired, values: { note: note(d) } };
				const r = decideMany(getDb(), user.id, targets, {
					kind: 'reject',
					reason: reason as RejectionReason,
					note: note(d)
				});
				if (!r.ok) return { ok: false, message: reasonText(event.locals.locale, r.reason) };
				return decisionMessage(m, 'rejected', r, targets.length);
			}),
		tag: (event: RequestEvent, user: SessionUser) =>
			run(event, user, (d, targets, m) => {
				const processId = processIdOf(event, d);
				if (!processId) return { ok: false, message: m.errors.invalid };
				const tagId = str(d.get('tagId'));
				const label = str(d.get('newTag'));
				const r = tagItems(
					getDb(),
					user.id,
					processId,
					targets.map((t) => t.id),
					label.trim() ? { label } : isUuid(tagId) ? { tagId } : { label: '' }
				);
				if (!r.ok)
					return { ok: false, message: reasonText(event.locals.locale, r.reason), values: { newTag: label } };
				return { ok: true, message: m.review.done.tagged(r.tagged, r.label) };
			}),
		untag: (event: RequestEvent, user: SessionUser) =>
			run(event, user, (d, targets, m) => {
				const tagId = str(d.get('untagId') || d.get('tagId'));
				if (!isUuid(tagId)) return { ok: false, message: m.review.errors.tag_choose };
				const r = untagItems(
					getDb(),
					user.id,
					targets.map((t) => t.id),
					tagId
				);
				if (!r.ok) return { ok: false, message: reasonText(event.locals.locale, r.reason) };
				return { ok: true, message: m.review.done.untagged(r.untagged) };
			}),
		assign: (event: RequestEvent, user: SessionUser) =>
			run(event, user, (d, targets, m) => {
				const v = str(d.get('assignee'));
				const assignee = v === 'me' ? user.id : v === 'none' || v === '' ? null : isUuid(v) ? v : undefined;
				if (assignee === undefined) return { ok: false, message: m.review.errors.assignee_invalid };
				const r = assignItems(
					getDb(),
					user.id,
					targets.map((t) => t.id),
					assignee
				);
				if (!r.ok) return { ok: false, message: reasonText(event.locals.locale, r.reason) };
				return { ok: true, message: m.review.done.assigned(r.changed) };
			}),
		duplicate: (event: RequestEvent, user: SessionUser) =>
			run(event, user, (d, targets, m) => {
				// The number, a pasted link of the item page (…/moderation/beitrag/<number>), or the short
				// "Nr." of the exports (its first 8 characters).
				const raw = str(d.get('originalId')).trim().slice(0, 300);
				const short = /^(?:nr\.?\s*)?([0-9a-f]{8})$/i.exec(raw)?.[1]?.toLowerCase();
				const byShort = short ? byShortNumber(getDb(), short, targets[0].id) : 'none';
				const found =
					UUID_IN.exec(raw.toLowerCase())?.[0] ??
					(byShort === 'none' || byShort === 'ambiguous' ? null : byShort);
				if (!found)
					return {
						ok: false,
						message:
							byShort === 'ambiguous'
								? m.review.errors.duplicate_ambiguous
								: m.review.errors.duplicate_unknown,
						values: { originalId: raw }
					};
				const r = markDuplicates(
					getDb(),
					user.id,
					targets.map((t) => t.id),
					found
				);
				if (!r.ok)
					return {
						ok: false,
						message: reasonText(event.locals.locale, r.reason),
						values: { originalId: raw }
					};
				return { ok: true, message: m.review.done.duplicates(r.changed) };
			}),
		unduplicate: (event: RequestEvent, user: SessionUser) =>
			run(event, user, (_d, targets, m) => {
				const r = markDuplicates(
					getDb(),
					user.id,
					targets.map((t) => t.id),
					null
				);
				if (!r.ok) return { ok: false, message: reasonText(event.locals.locale, r.reason) };
				return { ok: true, message: m.review.done.unduplicated };
			}),
		pack: (event: RequestEvent, user: SessionUser) =>
			run(event, user, (d, targets, m) => {
				const processId = processIdOf(event, d);
				if (!processId) return { ok: false, message: m.errors.invalid };
				const packageId = str(d.get('packageId'));
				const title = str(d.get('newPackage'));
				const target = title.trim() ? { title } : isUuid(packageId) ? { packageId } : null;
				if (!target) return { ok: false, message: m.review.errors.package_choose };
				const r = addToPackage(
					getDb(),
					user.id,
					processId,
					target,
					targets.map((t) => t.id)
				);
				if (!r.ok)
					return {
						ok: false,
						message: reasonText(event.locals.locale, r.reason),
						values: { newPackage: title }
					};
				const skipped = r.results.length - r.added;
				return {
					ok: true,
					message: [m.review.done.packed(r.added, r.title), skipped ? m.review.done.packSkipped(skipped) : '']
						.filter(Boolean)
						.join(', '),
					packageId: r.packageId
				} as ActionMessage;
			})
	};
}

function decisionMessage(
	m: ReturnType<typeof messages>,
	kind: 'approved' | 'rejected',
	r: { done: number; conflicts: number; already: number; missing: number },
	total: number
): ActionMessage {
	// A single item that someone else decided meanwhile: the conflict text, as an error.
	if (total === 1 && r.conflicts === 1) return { ok: false, message: m.review.conflict };
	if (r.done === 0 && r.already > 0 && r.conflicts === 0 && r.missing === 0)
		return { ok: false, message: m.review.done.alreadyAll(r.already, kind) };
	const parts = [kind === 'approved' ? m.review.done.approved(r.done) : m.review.done.rejected(r.done)];
	if (r.already) parts.push(m.review.done.already(r.already));
	if (r.conflicts) parts.push(m.review.done.conflicts(r.conflicts));
	if (r.missing) parts.push(m.review.done.missing(r.missing));
	return {
		ok: r.done > 0 || total === 0,
		message: parts.join(', ') + (r.conflicts ? `. ${m.review.conflictSome}` : '')
	};
}
