// "Barriere melden": validation, storage in accessibility_feedback and the mail to the accessibility contact.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
	MAX_MESSAGE,
	MAX_PAGE_URL,
	parseFeedback,
	purgeFeedback,
	submitFeedback
} from '../../src/lib/server/accessibility/feedback.service';
import { hit, resetAllLimits } from '../../src/lib/server/auth/rate-limit';
import { openDatabase, type DB } from '../../src/lib/server/db';
import { accessibilityFeedback } from '../../src/lib/server/db/schema';
import { allMails } from '../factories/outbox';

const CONTACT = 'barrierefreiheit-test@stadt.invalid';
let dir: string;
let outbox: string;
let db: DB;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'a11y-feedback-'));
	outbox = join(dir, 'outbox');
	process.env.OUTBOX_PATH = outbox;
	process.env.ACCESSIBILITY_CONTACT = CONTACT;
	delete process.env.SMTP_URL;
	db = openDatabase(join(dir, 'test.db'));
});

afterAll(() => {
	db.$client.close();
	rmSync(dir, { recursive: true, force: true });
	delete process.env.ACCESSIBILITY_CONTACT;
});

beforeEach(() => {
	db.delete(accessibilityFeedback).run();
	rmSync(outbox, { recursive: true, force: true });
});

const rows = () => db.select().from(accessibilityFeedback).all();
const emlCount = () => {
	try {
		return readdirSync(outbox).filter((f) => f.endsWith('.eml')).length;
	} catch {
		return 0;
	}
};

describe('valid reports', () => {
	it('stores all fields and mails the accessibility contact', async () => {
		const result = await submitFeedback(
			{ db },
			{
				pageUrl: '  https://beteiligung.example/verfahren/wohnen#karte  ',
				message:
					'Die Karte lässt sich nicht mit der Tastatur bedienen.\r\n\r\nZweiter Absatz: Fokus unsichtbar.',
				contactEmail: '  Anna.Muster@Example.org '
			}
		);
		expect(result).toEqual({ ok: true });

		const [row, ...rest] = rows();
		expect(rest).toHaveLength(0);
		expect(row.pageUrl).toBe('https://beteiligung.example/verfahren/wohnen#karte');
		expect(row.message).toBe(
			'Die Karte lässt sich nicht mit der Tastatur bedienen.\n\nZweiter Absatz: Fokus unsichtbar.'
		);
		expect(row.contactEmail).toBe('anna.muster@example.org');
		expect(row.createdAt).toBeInstanceOf(Date);

		expect(emlCount()).toBe(1);
		const [mail] = allMails(outbox);
		expect(mail.to).toContain(CONTACT);
		expect(mail.subject).toContain('Barriere');
		expect(mail.text).toContain('Die Karte lässt sich nicht mit der Tastatur bedienen.');
		expect(mail.text).toContain('Zweiter Absatz: Fokus unsichtbar.');
		expect(mail.text).toContain('https://beteiligung.example/verfahren/wohnen#karte');
		expect(mail.text).toContain('anna.muster@example.org');
		expect(mail.html).toContain('<p>Zweiter Absatz: Fokus unsichtbar.</p>');
	});

	it('accepts a description alone; optional fields are stored as null', async () => {
		const form = new FormData();
		form.set('message', 'Der Kontrast der Schaltflächen ist zu gering.');
		form.set('pageUrl', '   ');
		form.set('contactEmail', '');
		expect(await submitFeedback({ db }, form)).toEqual({ ok: true });
		const [row] = rows();
		expect(row.pageUrl).toBeNull();
		expect(row.contactEmail).toBeNull();
		expect(emlCount()).toBe(1);
		expect(allMails(outbox)[0].text).toContain('(keine Angabe)');
	});

	it('accepts exactly 5,000 characters, counting a browser line break (\\r\\n) once', async () => {
		const message = 'a'.repeat(MAX_MESSAGE - 3) + '\r\nbc';
		expect(await submitFeedback({ db }, { message })).toEqual({ ok: true });
		expect(rows()[0].message).toHaveLength(MAX_MESSAGE);
	});

	it('removes control characters and keeps harmless angle brackets', async () => {
		const message = 'Kontrast\u0000 ist < 4,5:1 und das Symbol <3 fehlt\u0007.';
		expect(await submitFeedback({ db }, { message })).toEqual({ ok: true });
		expect(rows()[0].message).toBe('Kontrast ist < 4,5:1 und das Symbol <3 fehlt.');
	});

	it('escapes the text in the HTML part of the mail', async () => {
		expect(await submitFeedback({ db }, { message: 'Tom & Jerry sagen: "a < b"' })).toEqual({ ok: true });
		const [mail] = allMails(outbox);
		expect(mail.html).toContain('Tom &amp; Jerry sagen: &quot;a &lt; b&quot;');
	});
});

describe('invalid reports store nothing and send nothing', () => {
	const cases: [string, Record<string, string>, Record<string, string>][] = [
		['missing description', {}, { message: 'required' }],
		['empty description', { message: '' }, { message: 'required' }],
		['whitespace-only description', { message: ' \n\t \r\n ' }, { message: 'required' }],
		['description over 5,000 characters', { message: 'x'.repeat(MAX_MESSAGE + 1) }, { message: 'too_long' }],
		['HTML in the description', { message: 'Der Link <a href="x">hier</a> ist leer' }, { message: 'html' }],
		['script tag in the description', { message: '<script>alert(1)</script>' }, { message: 'html' }],
		['HTML comment in the description', { message: 'Text <!-- versteckt -->' }, { message: 'html' }],
		['malformed e-mail', { message: 'Barriere', contactEmail: 'anna@' }, { contactEmail: 'email_invalid' }],
		[
			'e-mail without @',
			{ message: 'Barriere', contactEmail: 'anna.example.org' },
			{ contactEmail: 'email_invalid' }
		],
		[
			'page over 500 characters',
			{ message: 'Barriere', pageUrl: 'p'.repeat(MAX_PAGE_URL + 1) },
			{ pageUrl: 'too_long' }
		],
		[
			'HTML in the page field',
			{ message: 'Barriere', pageUrl: '<img src=x onerror=alert(1)>' },
			{ pageUrl: 'html' }
		]
	];

	for (const [name, input, errors] of cases) {
		it(name, async () => {
			const result = await submitFeedback({ db }, input);
			expect(result).toEqual({ ok: false, errors });
			expect(rows()).toHaveLength(0);
			expect(emlCount()).toBe(0);
		});
	}

	it('reports every bad field at once', () => {
		expect(parseFeedback({ message: ' ', contactEmail: 'x@', pageUrl: '<b>Seite</b>' })).toEqual({
			ok: false,
			errors: { message: 'required', contactEmail: 'email_invalid', pageUrl: 'html' }
		});
	});
});

describe('rate limit and retention', () => {
	it('feedbackPerClient allows five reports an hour per client', async () => {
		resetAllLimits();
		for (let i = 0; i < 5; i++) expect(await hit(['feedbackPerClient', '203.0.113.7'])).toEqual({ ok: true });
		const sixth = await hit(['feedbackPerClient', '203.0.113.7']);
		expect(sixth.ok).toBe(false);
		expect(await hit(['feedbackPerClient', '203.0.113.8'])).toEqual({ ok: true });
		resetAllLimits();
	});

	it('purges reports older than twelve months', async () => {
		await submitFeedback({ db }, { message: 'alt' });
		await submitFeedback({ db }, { message: 'neu' });
		const old = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000);
		const [first] = rows().filter((r) => r.message === 'alt');
		db.$client
			.prepare('UPDATE accessibility_feedback SET created_at = ? WHERE id = ?')
			.run(old.getTime(), first.id);
		expect(purgeFeedback(db)).toBe(1);
		expect(rows().map((r) => r.message)).toEqual(['neu']);
	});
});
