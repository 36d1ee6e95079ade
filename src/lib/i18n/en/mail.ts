import type { Messages } from '../de';

export const mail: Messages['mail'] = {
	greeting: (name) => `Hello ${name},`,
	signature: 'Your online housing participation team',
	ignore: 'If this was not you, you can ignore this e-mail.',
	verifySubject: 'Please confirm your e-mail address',
	verifyBody:
		'thank you for signing up for the online housing participation. Please confirm your e-mail address with this link (valid for 24 hours):',
	existsSubject: 'Sign-up with your e-mail address',
	existsBody:
		'someone tried to create a new account with your e-mail address. You already have an account. If you forgot your password, you can set a new one here:',
	resetSubject: 'Set a new password',
	resetBody: 'You requested a new password. Use this link to set it (valid for 2 hours):',
	emailChangeSubject: 'Confirm new e-mail address',
	emailChangeBody:
		'You want to use this address for your account at the online housing participation. Please confirm with this link (valid for 24 hours):',
	emailChangedSubject: 'Your e-mail address was changed',
	emailChangedBody: (newEmail) =>
		`the e-mail address of your account was changed to ${newEmail}. If this was not you, please reply to this e-mail.`,
	passwordChangedSubject: 'Your password was changed',
	passwordChangedBody:
		'the password of your account on the housing participation platform was just changed. All sign-ins on other devices were ended. If this was not you, please set a new password right away:',
	emailTakenSubject: 'Your e-mail address was entered for another account',
	emailTakenBody:
		'someone wanted to use this e-mail address for an account. An account already exists for this address, so nothing was changed.'
};
