import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole, readForm } from '$lib/server/http';
import { getDb } from '$lib/server/db';
import { ACTOR_TYPES } from '$lib/server/db/schema';
import { messages, errorText } from '$lib/i18n';
import { keepValues, parseForm } from '$lib/validation/common';
import { listOrganisationsWithCounts } from '$lib/server/admin/queries';
import { MAX_ORGANISATION_NAME, organisationSchema } from '$lib/server/admin/input';
import { createOrganisation } from '$lib/server/auth/invitations.service';

const FIELDS = ['name', 'actorType'];

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return {
		organisations: listOrganisationsWithCounts(getDb()),
		actorTypes: ACTOR_TYPES,
		maxName: MAX_ORGANISATION_NAME
	};
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, 'admin');
		const m = messages(event.locals.locale);
		const data = await readForm(event);
		const values = keepValues(data, FIELDS);
		const parsed = parseForm(organisationSchema, data, FIELDS);
		if (!parsed.ok) {
			const texts: Record<string, string> = {
				name_too_long: m.admin.organisations.nameTooLong,
				actor_type_required: m.admin.organisations.actorTypeRequired
			};
			const errors: Record<string, string> = {};
			for (const [field, code] of Object.entries(parsed.errors))
				if (code) errors[field] = texts[code] ?? errorText(m, code);
			return fail(400, { values, errors });
		}
		const result = createOrganisation(getDb(), user.id, parsed.value);
		if (!result.ok) {
			const errors: Record<string, string> = { name: m.admin.organisations.exists };
			return fail(409, { values, errors });
		}
		return {
			created: { id: result.organisation.id, name: result.organisation.name }
		};
	}
};
