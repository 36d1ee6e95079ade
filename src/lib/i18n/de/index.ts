import { account } from './account';
import { admin } from './admin';
import { auth } from './auth';
import { common, errorPage, errors, home, nav, process } from './core';
import { legal } from './legal';
import { document } from './document';
import { moderation } from './moderation';
import { adminProcess } from './adminProcess';
import { mail } from './mail';

export const de = {
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
	adminProcess
};

export type Messages = typeof de;
