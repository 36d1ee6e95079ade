// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Session, SessionUser } from '$lib/server/auth/session';
import type { Locale } from '$lib/i18n';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
			locale: Locale;
		}
		interface Error {
			message: string;
			id?: string;
		}
		interface PageData {
			locale: Locale;
		}
	}
}

export {};
