import type { Messages } from '../de';

export const admin: Messages['admin'] = {
	title: 'Administration',
	intro: 'Choose a section. You only see the sections your roles allow you to use.',
	sectionsLabel: 'Sections of the administration',
	noSections: 'There are currently no sections here for your roles.',
	backToOverview: 'Back to the administration',
	sections: {
		users: {
			title: 'User accounts',
			description: 'Search accounts, grant and revoke roles.'
		},
		organisations: {
			title: 'Organisations and invitations',
			description: 'Add organisations of the Alliance for Housing and create invitation links.'
		},
		audit: {
			title: 'Audit log',
			description: 'See who changed what and when.'
		}
	},

	users: {
		title: 'User accounts',
		filterTitle: 'Search accounts',
		search: 'Display name or e-mail address',
		searchHint: 'Part of the name or address is enough. Upper and lower case do not matter.',
		role: 'Role',
		allRoles: 'All roles',
		submit: 'Search',
		reset: 'Reset search',
		caption: 'User accounts, newest first',
		captionFiltered: 'Matching user accounts, newest first',
		displayName: 'Display name',
		email: 'E-mail address',
		verified: 'E-mail confirmed',
		organisation: 'Organisation',
		roles: 'Roles',
		created: 'Created on',
		none: 'No accounts found.',
		noRoles: 'none',
		noOrganisation: '–'
	},

	user: {
		back: 'Back to the user accounts',
		accountTitle: 'Account',
		displayName: 'Display name',
		email: 'E-mail address',
		emailStatus: 'E-mail address status',
		organisation: 'Organisation',
		noOrganisation: 'none',
		language: 'Language',
		created: 'Created on',
		ownAccount: 'This is your own account.',
		rolesTitle: 'Roles',
		rolesIntro:
			'Each role is granted or revoked on its own. Every change is recorded in the audit log and takes effect immediately.',
		rolesCaption: 'Roles of this account',
		role: 'Role',
		meaning: 'Meaning',
		status: 'Status',
		has: 'granted',
		hasNot: 'not granted',
		grantedInfo: (date: string, by: string | null) => (by ? `since ${date}, by ${by}` : `since ${date}`),
		grant: 'Grant',
		revoke: 'Revoke',
		roleButtonHidden: (role: string, name: string) => `: role “${role}” for ${name}`,
		granted: (role: string) => `The role “${role}” has been granted.`,
		revoked: (role: string) => `The role “${role}” has been revoked.`,
		unchanged: 'Nothing was changed; the role was already set that way.',
		historyTitle: 'Audit log for this account',
		historyCaption: 'Changes to this account, newest first',
		historyLimit: (n: number) => `At most the ${n} newest entries are shown.`,
		roleDescriptions: {
			admin: 'May do everything: manage processes, content, organisations, accounts and roles.',
			moderation: 'Reviews contributions, groups them and forwards them to the advisory committee.',
			gremium: 'Reads forwarded topic packages and records recommendations.',
			allianz: 'Takes part in the workshops of the Alliance for Housing; belongs to an organisation.'
		}
	},

	organisations: {
		title: 'Organisations',
		caption: 'Organisations of the Alliance for Housing',
		name: 'Name',
		actorType: 'Type of organisation',
		members: 'Members',
		created: 'Created on',
		none: 'There are no organisations yet.',
		createTitle: 'Add an organisation',
		nameHint: 'At most 200 characters.',
		choose: 'Please choose',
		submit: 'Add organisation',
		createdOk: (name: string) => `The organisation “${name}” has been added.`,
		toCreated: 'Go to the new organisation',
		exists: 'An organisation with this name already exists.',
		actorTypeRequired: 'Please choose the type of organisation.',
		nameTooLong: 'The name may be at most 200 characters long.'
	},

	organisation: {
		actorType: 'Type of organisation',
		created: 'Created on',
		back: 'Back to the organisations',
		membersTitle: 'Members',
		membersCaption: 'Members of this organisation',
		noMembers: 'This organisation has no members yet.',
		invitationsTitle: 'Invitations',
		invitationsIntro:
			'With an invitation link a person can create an account (or sign in) and becomes a member of this organisation with the role “Alliance for Housing”. Each link works once and for 14 days.',
		invitationsCaption: 'Invitation links of this organisation, newest first',
		noInvitations: 'No invitation links have been created for this organisation yet.',
		note: 'Note',
		noteHint:
			'For example whom you send the link to. Only visible to the administration, at most 200 characters.',
		noNote: '–',
		createdAt: 'Created on',
		expiresAt: 'Valid until',
		status: 'Status',
		statusOpen: 'open',
		statusExpired: 'expired or revoked',
		statusUsed: (name: string, date: string) => `used by ${name} on ${date}`,
		createInvitation: 'Create invitation link',
		linkCreatedTitle: 'The invitation link has been created.',
		linkLabel: 'Invitation link',
		linkHint: (date: string) =>
			`Copy the link now and send it to the person you invite. It is shown only this once and is valid until ${date} (14 days).`,
		revoke: 'Revoke',
		revokeHidden: (created: string, note: string | null) =>
			note ? `: invitation of ${created} (${note})` : `: invitation of ${created}`,
		revoked: 'The invitation link has been revoked and can no longer be used.',
		revokeFailed: 'This invitation link has already been used and can no longer be revoked.',
		noteTooLong: 'The note may be at most 200 characters long.'
	},

	audit: {
		title: 'Audit log',
		intro: 'All changes to accounts, roles, organisations and invitations, newest first.',
		filterTitle: 'Filter entries',
		action: 'Action',
		allActions: 'All actions',
		entityType: 'Concerns',
		allEntityTypes: 'All types',
		submit: 'Filter',
		reset: 'Reset filters',
		caption: 'Audit log entries, newest first',
		time: 'Time',
		actor: 'Who',
		entity: 'Concerns',
		details: 'Details',
		showDetails: 'Show details',
		showDetailsHidden: (id: number) => ` of entry ${id}`,
		before: 'Before',
		after: 'After',
		noDetails: '–',
		none: 'No entries found.',
		system: 'System'
	},

	actorTypes: {
		housing_company: 'Housing company',
		cooperative: 'Cooperative',
		developer: 'Project developer',
		bank: 'Bank',
		tenants_association: "Tenants' association",
		social_organisation: 'Social organisation',
		politics: 'Politics',
		other: 'Other'
	},

	actions: {
		'role.granted': 'Role granted',
		'role.revoked': 'Role revoked',
		'organisation.created': 'Organisation added',
		'invitation.created': 'Invitation link created',
		'invitation.revoked': 'Invitation link revoked',
		'account.deleted': 'Account deleted',
		'process.created': 'Process created',
		'process.updated': 'Process changed',
		'phase.created': 'Phase created',
		'phase.updated': 'Phase changed',
		'phase.deleted': 'Phase deleted',
		'phase.moved': 'Phase moved',
		'phase.modules_updated': 'Modules of the phase changed',
		'meeting.created': 'Committee meeting created',
		'meeting.updated': 'Committee meeting changed',
		'meeting.deleted': 'Committee meeting deleted',
		'module.created': 'Module created',
		'module.updated': 'Module changed',
		'module.deleted': 'Module deleted',
		'document.created': 'Document created',
		'document.version_created': 'New version created',
		'document.version_published': 'Version published',
		'chapter.created': 'Chapter created',
		'chapter.updated': 'Chapter changed',
		'chapter.deleted': 'Chapter deleted',
		'contribution.approved': 'Contribution approved',
		'contribution.rejected': 'Contribution not published',
		'comment.attached': 'Comment assigned'
	},

	entityTypes: {
		user: 'Account',
		organisation: 'Organisation',
		invitation: 'Invitation',
		process: 'Process',
		phase: 'Phase',
		committee_meeting: 'Committee meeting',
		module: 'Module',
		document: 'Document',
		document_version: 'Version',
		chapter: 'Chapter',
		contribution: 'Contribution'
	}
};
