import type { Messages } from '../de';

export const adminProcess: Messages['adminProcess'] = {
	title: 'Manage processes'
};
