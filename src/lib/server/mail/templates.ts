// Builds the plain-text and HTML parts of every mail from the message catalogue.
import { messages, type Locale } from '../../i18n';
import type { Mail } from './transport';

function escapeHtml(s: string) {
	return s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);
}

/** A mail with a greeting, paragraphs, an optional link and the signature. */
export function composeMail(
	to: string,
	locale: Locale,
	subject: string,
	name: string,
	paragraphs: string[],
	link?: string,
	/** Paragraphs after the link (e.g. "if this was not you …"), so the link follows its sentence. */
	after: string[] = []
): Mail {
	const m = messages(locale).mail;
	const greeting = m.greeting(name);
	const text = [
		greeting,
		'',
		...paragraphs.flatMap((p) => [p, '']),
		...(link ? [link, ''] : []),
		...after.flatMap((p) => [p, '']),
		m.signature
	].join('\n');
	const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : ''}
${after.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p>${escapeHtml(m.signature)}</p>
</body></html>`;
	return { to, subject, text, html };
}

export const mails = {
	verify: (to: string, locale: Locale, name: string, link: string) => {
		const m = messages(locale).mail;
		return composeMail(to, locale, m.verifySubject, name, [m.verifyBody], link);
	},
	accountExists: (to: string, locale: Locale, name: string, resetLink: string) => {
		const m = messages(locale).mail;
		return composeMail(to, locale, m.existsSubject, name, [m.existsBody], resetLink, [m.ignore]);
	},
	reset: (to: string, locale: Locale, name: string, link: string) => {
		const m = messages(locale).mail;
		return composeMail(to, locale, m.resetSubject, name, [m.resetBody], link, [m.ignore]);
	},
	emailChange: (to: string, locale: Locale, name: string, link: string) => {
		const m = messages(locale).mail;
		return composeMail(to, locale, m.emailChangeSubject, name, [m.emailChangeBody], link, [m.ignore]);
	},
	emailChanged: (to: string, locale: Locale, name: string, newEmail: string) => {
		const m = messages(locale).mail;
		return composeMail(to, locale, m.emailChangedSubject, name, [m.emailChangedBody(newEmail)]);
	},
	passwordChanged: (to: string, locale: Locale, name: string, resetLink: string) => {
		const m = messages(locale).mail;
		return composeMail(to, locale, m.passwordChangedSubject, name, [m.passwordChangedBody], resetLink);
	},
	emailTaken: (to: string, locale: Locale, name: string) => {
		const m = messages(locale).mail;
		return composeMail(to, locale, m.emailTakenSubject, name, [m.emailTakenBody, m.ignore]);
	}
};
