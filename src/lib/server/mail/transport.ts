// Sends mail through SMTP_URL, or, without it, writes each mail as an .eml file into the outbox folder
// (./data/outbox by default) so a developer or a test can open it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { config } from '../config';

export interface Mail {
	to: string;
	subject: string;
	text: string;
	html: string;
}

let smtp: Transporter | undefined;
let smtpUrl: string | undefined;
let file: Transporter | undefined;
let announced = false;

function transporter(): { kind: 'smtp' | 'file'; t: Transporter } {
	const url = config.smtpUrl;
	if (url) {
		if (!smtp || smtpUrl !== url) {
			smtp = nodemailer.createTransport(url);
			smtpUrl = url;
		}
		return { kind: 'smtp', t: smtp };
	}
	file ??= nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
	return { kind: 'file', t: file };
}

/** Sends one mail. Never throws: a failed mail is logged, the action that caused it stays done. */
export async function sendMail(mail: Mail): Promise<boolean> {
	const { kind, t } = transporter();
	try {
		const info = await t.sendMail({ from: config.mailFrom, ...mail });
		if (kind === 'file') {
			const dir = config.outboxPath;
			mkdirSync(dir, { recursive: true });
			const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomUUID().slice(0, 8)}.eml`;
			writeFileSync(join(dir, name), (info as unknown as { message: Buffer }).message);
			if (!announced) {
				console.log(`[mail] SMTP_URL ist nicht gesetzt: E-Mails werden als .eml-Dateien in ${dir} abgelegt.`);
				announced = true;
			}
		}
		return true;
	} catch (err) {
		console.error('[mail] Versand fehlgeschlagen:', (err as Error).message);
		return false;
	}
}
