import type { Messages } from '../de';

export const legal: Messages['legal'] = {
	impressumTitle: 'Legal notice',
	privacyTitle: 'Privacy',
	accessibilityTitle: 'Accessibility statement',
	easyTitle: 'Easy language'
};
