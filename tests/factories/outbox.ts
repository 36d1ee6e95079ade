// Reads the .eml files the app writes when SMTP_URL is not set (used by integration and e2e tests).
// A small MIME reader for what nodemailer writes: encoded-word headers, multipart/alternative,
// quoted-printable or base64 parts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReadMail {
	subject: string;
	text: string;
	html: string;
	to: string;
}

function decodeQP(s: string): string {
	const bytes: number[] = [];
	const src = s.replace(/=\r?\n/g, '');
	for (let i = 0; i < src.length; i++) {
		if (src[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(src.slice(i + 1, i + 3))) {
			bytes.push(parseInt(src.slice(i + 1, i + 3), 16));
			i += 2;
		} else bytes.push(...Buffer.from(src[i], 'utf8'));
	}
	return Buffer.from(bytes).toString('utf8');
}

function decodeWords(header: string): string {
	return header
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset, enc, text: string) =>
			enc.toUpperCase() === 'B'
				? Buffer.from(text, 'base64').toString('utf8')
				: decodeQP(text.replace(/_/g, ' '))
		);
}

function splitHead(raw: string): [Record<string, string>, string] {
	const idx = raw.search(/\r?\n\r?\n/);
	const head = raw.slice(0, idx).replace(/\r?\n[ \t]+/g, ' ');
	const body = raw.slice(idx).replace(/^\r?\n\r?\n/, '');
	const headers: Record<string, string> = {};
	for (const line of head.split(/\r?\n/)) {
		const c = line.indexOf(':');
		if (c > 0) headers[line.slice(0, c).toLowerCase()] = line.slice(c + 1).trim();
	}
	return [headers, body];
}

function decodeBody(headers: Record<string, string>, body: string): string {
	const enc = (headers['content-transfer-encoding'] ?? '').toLowerCase();
	if (enc === 'quoted-printable') return decodeQP(body);
	if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
	return body;
}

export function parseMail(raw: string): ReadMail {
	const [headers, body] = splitHead(raw);
	const out: ReadMail = {
		subject: decodeWords(headers.subject ?? ''),
		to: decodeWords(headers.to ?? ''),
		text: '',
		html: ''
	};
	const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
	const parts = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw];
	for (const part of parts) {
		const [h, b] = boundary ? splitHead(part.replace(/^\r?\n/, '')) : [headers, body];
		const type = (h['content-type'] ?? 'text/plain').toLowerCase();
		if (type.startsWith('text/plain')) out.text = decodeBody(h, b);
		else if (type.startsWith('text/html')) out.html = decodeBody(h, b);
	}
	return out;
}

export function allMails(outbox: string): ReadMail[] {
	if (!existsSync(outbox)) return [];
	return readdirSync(outbox)
		.filter((f) => f.endsWith('.eml'))
		.sort()
		.map((f) => parseMail(readFileSync(join(outbox, f), 'utf8')));
}

/** The newest mail to `to` (optionally with a subject part), waiting up to 5 s for it to arrive. */
export async function readOutbox(outbox: string, to: string, subjectIncludes?: string): Promise<ReadMail> {
	const deadline = Date.now() + 5000;
	for (;;) {
		const hit = allMails(outbox)
			.reverse()
			.find((m) => m.to.includes(to) && (!subjectIncludes || m.subject.includes(subjectIncludes)));
		if (hit) return hit;
		if (Date.now() > deadline) throw new Error(`no mail to ${to} in ${outbox}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}
