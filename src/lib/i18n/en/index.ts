import type { Messages } from '../de';
import { account } from './account';
import { admin } from './admin';
import { auth } from './auth';
import { common, errorPage, errors, home, nav, process } from './core';
import { legal } from './legal';
import { document } from './document';
import { moderation } from './moderation';
import { adminProcess } from './adminProcess';
import { mail } from './mail';
import { map } from './map';
import { quarters } from './quarters';
import { exportTable } from './export';
import { auditLog } from './auditLog';
import { chain } from './chain';
import { review } from './review';

export const en: Messages = {
	chain,
	review,
	export: exportTable,
	auditLog,
	map,
	common,
	nav,
	errors,
	errorPage,
	home,
	process,
	auth,
	account,
	mail,
	legal,
	admin,
	document,
	moderation,
	adminProcess,
	quarters
};
