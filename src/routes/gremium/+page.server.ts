// The Begleitgremium's overview: the topic packages forwarded to it (never drafts). Gremium members and
// admins work here; moderation may read.
import { PACKAGE_STATES, type PackageState } from '$lib/server/db/schema';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/http';
import { forwardedPackages } from '$lib/server/review/queries';
import type { PageServerLoad } from './$types';

const STATES = PACKAGE_STATES.filter((s) => s !== 'draft');

export const load: PageServerLoad = (event) => {
	requireRole(event, 'gremium', 'moderation');
	const wanted = event.url.searchParams.get('stand');
	const state = (STATES as readonly string[]).includes(wanted ?? '') ? (wanted as PackageState) : null;
	return { packages: forwardedPackages(getDb(), state), state, states: STATES };
};
