import type { Messages } from '../de';

export const admin: Messages['admin'] = {
	title: 'Administration'
};
