// The sections of the administration overview (/admin). A later feature (moderation, Begleitgremium …)
// adds its entry here: where it lives, which roles may open it, and its title and description.
// Admins see every section. The page behind each link still checks the role itself.
import type { Messages } from '../../i18n';
import type { Role } from '../db/schema';

export interface AdminSection {
	href: string;
	/** Roles that may open the section; admins may always. */
	roles: readonly Role[];
	title: (m: Messages) => string;
	description: (m: Messages) => string;
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
	{
		href: '/moderation',
		roles: ['moderation'],
		title: (m) => m.moderation.openQueue,
		description: (m) => m.moderation.openQueueText
	},
	{
		href: '/gremium',
		roles: ['gremium', 'moderation'],
		title: (m) => m.chain.section.title,
		description: (m) => m.chain.section.description
	},
	{
		href: '/moderation/export',
		roles: ['moderation', 'gremium'],
		title: (m) => m.export.pageTitle,
		description: (m) => m.export.sectionDescription
	},
	{
		href: '/admin/verfahren',
		roles: ['admin'],
		title: (m) => m.adminProcess.section.title,
		description: (m) => m.adminProcess.section.description
	},
	{
		href: '/admin/benutzer',
		roles: ['admin'],
		title: (m) => m.admin.sections.users.title,
		description: (m) => m.admin.sections.users.description
	},
	{
		href: '/admin/organisationen',
		roles: ['admin'],
		title: (m) => m.admin.sections.organisations.title,
		description: (m) => m.admin.sections.organisations.description
	},
	{
		href: '/admin/quartiere',
		roles: ['admin'],
		title: (m) => m.quarters.admin.sectionTitle,
		description: (m) => m.quarters.admin.sectionDescription
	},
	{
		href: '/admin/protokoll',
		roles: ['admin'],
		title: (m) => m.admin.sections.audit.title,
		description: (m) => m.admin.sections.audit.description
	}
];

/** The sections a person with these roles may use, with texts in the page's language. */
export function sectionsFor(roles: readonly Role[], m: Messages) {
	const isAdmin = roles.includes('admin');
	return ADMIN_SECTIONS.filter((s) => isAdmin || s.roles.some((r) => roles.includes(r))).map((s) => ({
		href: s.href,
		title: s.title(m),
		description: s.description(m)
	}));
}
