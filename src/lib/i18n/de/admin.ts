// Administration: users and roles, organisations and invitations, audit log.
export const admin = {
	title: 'Verwaltung'
};
