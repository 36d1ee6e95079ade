// Input schemas of the administration pages (valibot). Messages are error codes or keys the route maps
// to texts; nothing here knows about HTTP.
import * as v from 'valibot';
import { cleanText } from '../../validation/common';
import { ACTOR_TYPES, ROLES, type Role } from '../db/schema';

export const MAX_SEARCH = 100;
export const MAX_ORGANISATION_NAME = 200;
export const MAX_INVITATION_NOTE = 200;

const uuid = v.pipe(v.string(), v.uuid());

/** A route or form id (our ids are UUIDs), lower-cased; null when malformed. */
export function parseId(raw: unknown): string | null {
	const r = v.safeParse(uuid, raw);
	return r.success ? r.output.toLowerCase() : null;
}

/** The search term of the account list: cleaned and cut to a sane length, never an error. */
export function parseSearch(raw: string | null): string {
	return cleanText(raw ?? '')
		.replace(/\s+/g, ' ')
		.slice(0, MAX_SEARCH);
}

export function parseRole(raw: unknown): Role | undefined {
	const r = v.safeParse(v.picklist(ROLES), raw);
	return r.success ? r.output : undefined;
}

/** `?vor=<id>` of the audit log; null when missing or malformed. */
export function parseAuditCursor(raw: string | null): number | null {
	if (!raw || !/^\d{1,15}$/.test(raw)) return null;
	const n = Number(raw);
	return Number.isSafeInteger(n) && n > 0 ? n : null;
}

export const roleFormSchema = v.object({
	role: v.picklist(ROLES, 'invalid')
});

export const organisationSchema = v.object({
	name: v.pipe(
		v.string('required'),
		v.transform((s) => cleanText(s).replace(/\s+/g, ' ')),
		v.nonEmpty('required'),
		v.maxLength(MAX_ORGANISATION_NAME, 'name_too_long')
	),
	actorType: v.picklist(ACTOR_TYPES, 'actor_type_required')
});

export const invitationSchema = v.object({
	note: v.optional(
		v.pipe(
			v.string(),
			v.transform((s: string) => cleanText(s)),
			v.maxLength(MAX_INVITATION_NOTE, 'note_too_long'),
			v.transform((s) => (s === '' ? null : s))
		),
		''
	)
});

export const invitationIdSchema = v.object({
	invitationId: v.pipe(v.string('invalid'), v.uuid('invalid'))
});
