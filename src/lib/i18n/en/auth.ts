import type { Messages } from '../de';

export const auth: Messages['auth'] = {
	signupTitle: 'Sign up',
	signupIntro:
		'With an account you can comment, reply and agree with contributions. All you need is a display name, an e-mail address and a password.',
	displayName: 'Display name',
	displayNameHint: 'Shown publicly with your contributions. It need not be your real name.',
	email: 'E-mail address',
	emailHint: 'Not published. We will send you a link to confirm it.',
	password: 'Password',
	passwordHint: 'At least 10 characters. A sentence of several words is safe and easy to remember.',
	privacyConsent: 'I have read the privacy notice and agree to the processing of my data.',
	privacyLink: 'Read the privacy notice',
	signupSubmit: 'Create account',
	signupDoneTitle: 'Please confirm your e-mail address',
	signupDone:
		'We have sent you an e-mail. Please click the link in it to confirm your account. The link is valid for 24 hours. Please also check your spam folder.',
	haveAccount: 'Already have an account?',
	noAccount: 'No account yet?',
	loginTitle: 'Log in',
	loginSubmit: 'Log in',
	forgotLink: 'Forgot your password?',
	forgotTitle: 'Forgot password',
	forgotIntro: 'Enter your e-mail address. We will send you a link to set a new password.',
	forgotSubmit: 'Request link',
	forgotDone:
		'If an account exists for this address, we have sent you an e-mail with a link. It is valid for 2 hours.',
	resetTitle: 'Set a new password',
	newPassword: 'New password',
	resetSubmit: 'Save password',
	resetDone: 'Your password has been changed. You can log in now.',
	verifyTitle: 'Confirm e-mail address',
	verifyIntro: 'Please confirm with one click that this e-mail address belongs to you.',
	verifySubmit: 'Confirm e-mail address',
	verifyDone: 'Thank you! Your e-mail address is confirmed.',
	verifyDoneLogin: 'You can log in now.',
	unverifiedBanner: 'Please confirm your e-mail address before you write contributions.',
	resendVerification: 'Send confirmation e-mail again',
	resent: 'We have sent you a new confirmation e-mail.',
	loggedOut: 'You are logged out.',
	emailChangeTitle: 'Confirm new e-mail address',
	emailChangeIntro: 'Please confirm that your account shall use this e-mail address from now on.',
	emailChangeSubmit: 'Confirm new address',
	emailChangeDone: 'Your new e-mail address has been saved.',
	emailChangeLogin:
		'For your security you have been logged out everywhere. Please log in with your new e-mail address.',
	invitationTitle: 'Invitation to the Alliance for Housing',
	invitationIntro: (org) =>
		`You have been invited to take part in the Bochum Alliance for Housing as an actor for “${org}”. Your contributions will be labelled with the organisation's name.`,
	invitationAccept: 'Accept invitation',
	invitationAcceptAs: (name) => `Accept the invitation with the account “${name}”`,
	invitationSwitch: (current, org) =>
		`Your account belongs to “${current}” at present. If you accept the invitation, you will speak for “${org}” from now on; your earlier contributions stay labelled with “${current}”.`,
	invitationSignup: 'Create a new account for the invitation',
	invitationLogin: 'Or log in with an existing account and open the link again afterwards.',
	invitationAccepted: (org) => `You are now a member of the Alliance for Housing (${org}).`
};
