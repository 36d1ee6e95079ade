import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/http';
import { messages } from '$lib/i18n';
import { sectionsFor } from '$lib/server/admin/sections';

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'moderation', 'gremium');
	return { sections: sectionsFor(user.roles, messages(event.locals.locale)) };
};
