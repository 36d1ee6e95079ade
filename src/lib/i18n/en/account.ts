import type { Messages } from '../de';

export const account: Messages['account'] = {
	title: 'My account',
	profile: 'Profile',
	displayName: 'Display name',
	language: 'Language for e-mails and pages',
	languages: { de: 'Deutsch', en: 'English' },
	profileSaved: 'Your profile has been saved.',
	roles: 'Your roles',
	noRoles: 'Citizen (no special roles)',
	roleNames: {
		admin: 'Administration',
		moderation: 'Moderation',
		gremium: 'Advisory committee',
		allianz: 'Alliance for Housing'
	},
	organisation: 'Organisation',
	emailTitle: 'Change e-mail address',
	currentEmail: 'Current address',
	newEmail: 'New e-mail address',
	currentPassword: 'Current password',
	emailChangeSent:
		'We have sent a confirmation link to the new address. The change applies once you have opened it.',
	emailSubmit: 'Send confirmation link',
	passwordTitle: 'Change password',
	newPassword: 'New password',
	passwordSubmit: 'Change password',
	passwordChanged: 'Your password has been changed. Other sessions were ended.',
	handledAs: (verdict: string) => `The administration has handled your contribution: ${verdict}.`,
	openContribution: 'Open the contribution',
	contributionsTitle: 'My contributions',
	noContributions: 'You have not written any contributions yet.',
	dataTitle: 'My data',
	dataIntro:
		'You can download all data we store about your account as a file (JSON format, Art. 15 and 20 GDPR).',
	dataDownload: 'Download my data',
	deleteTitle: 'Delete account',
	deleteIntro:
		'If you delete your account, we remove your e-mail address, password and display name. Your contributions remain part of the participation but are shown as “deleted account”. This cannot be undone.',
	deleteConfirm: 'Yes, I want to delete my account permanently.',
	deleteSubmit: 'Delete account permanently',
	deleted: 'Your account has been deleted. Your contributions remain anonymously.',
	verified: 'confirmed',
	unverified: 'not yet confirmed'
};
