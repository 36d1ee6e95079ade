import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const u = locals.user;
	return {
		locale: locals.locale,
		user: u
			? {
					id: u.id,
					displayName: u.displayName,
					emailVerified: u.emailVerified,
					roles: u.roles,
					organisation: u.organisation
				}
			: null
	};
};
