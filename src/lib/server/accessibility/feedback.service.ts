// "Barriere melden": the feedback mechanism of the accessibility statement (§ 10b Abs. 2 Nr. 2 BGG NRW,
// § 5 BITV NRW). Validates the form, stores one row in accessibility_feedback and mails it to the
// accessibility contact. No @sveltejs/kit here: the route does the rate limit and the HTTP answer.
import { lt } from 'drizzle-orm';
import * as v from 'valibot';
import { messages, type Locale } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { cleanText, email, parseForm, type FieldErrors } from '../../validation/common';
import { config } from '../config';
import type { DB } from '../db';
import { accessibilityFeedback } from '../db/schema';
import { composeMail } from '../mail/templates';
import { sendMail } from '../mail/transport';

export const FEEDBACK_FIELDS = ['pageUrl', 'message', 'contactEmail'] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];

export const MAX_PAGE_URL = 500;
export const MAX_MESSAGE = 5_000;
/** How long a report is kept (the privacy notice promises this; see purgeFeedback). */
export const FEEDBACK_RETENTION_DAYS = 365;

/**
 * Something that looks like markup: "<b>", "</p>", "<a href=…>", "<!-- … -->", "<!doctype …>".
 * A lone "<" as in "a < b" or "<3" is fine.
 */
const HTML_TAG = /<\s*\/?\s*[a-z!?][^>]*>/i;

/** cleanText plus one kind of line break: browsers send "\r\n", which would count twice against the limit. */
function clean(value: string) {
	return cleanText(value.replace(/\r\n?/g, '\n'));
}

const noHtml = v.check<string, string>((s) => !HTML_TAG.test(s), 'html');

/** An optional text: missing or blank gives undefined. */
const optionalText = (max: number) =>
	v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => clean(s).replace(/\s+/g, ' ')),
		v.maxLength(max, 'too_long'),
		noHtml,
		v.transform((s) => (s === '' ? undefined : s))
	);

export const feedbackSchema = v.object({
	pageUrl: optionalText(MAX_PAGE_URL),
	message: v.pipe(
		v.optional(v.string(), ''),
		v.transform(clean),
		v.nonEmpty('required'),
		v.maxLength(MAX_MESSAGE, 'too_long'),
		noHtml
	),
	contactEmail: v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.trim()),
		v.union([v.literal(''), email], 'email_invalid'),
		v.transform((s) => (s === '' ? undefined : s))
	)
});

export type FeedbackInput = v.InferOutput<typeof feedbackSchema>;
export type FeedbackErrors = FieldErrors<FeedbackField>;
export type FeedbackResult = { ok: true } | { ok: false; errors: FeedbackErrors };

export interface FeedbackCtx {
	db: DB;
}

function toFormData(input: FormData | Partial<Record<FeedbackField, string>>): FormData {
	if (input instanceof FormData) return input;
	const data = new FormData();
	for (const f of FEEDBACK_FIELDS) {
		const value = input[f];
		if (value !== undefined) data.set(f, value);
	}
	return data;
}

/** Checks the form. Error codes: required, too_long, html, email_invalid. */
export function parseFeedback(
	input: FormData | Partial<Record<FeedbackField, string>>
): { ok: true; value: FeedbackInput } | { ok: false; errors: FeedbackErrors } {
	const parsed = parseForm(feedbackSchema, toFormData(input), [...FEEDBACK_FIELDS]);
	return parsed.ok ? parsed : { ok: false, errors: parsed.errors as FeedbackErrors };
}

/** The mail to the accessibility contact. Always German: it goes to the city's own office. */
export function feedbackMail(to: string, input: FeedbackInput, receivedAt: Date) {
	const locale: Locale = 'de';
	const m = messages(locale).legal.feedbackMail;
	const paragraphs = [
		m.intro,
		`${m.page}: ${input.pageUrl ?? m.none}`,
		`${m.contact}: ${input.contactEmail ?? m.noContact}`,
		`${m.received}: ${formatDateTime(receivedAt, locale)}`,
		`${m.message}:`,
		...input.message
			.split('\n')
			.map((line) => line.trim())
			.filter(Boolean),
		m.storage
	];
	return composeMail(to, locale, m.subject, m.recipient, paragraphs);
}

/** Stores a checked report and mails it. The row is kept even if the mail fails (it is logged). */
export async function saveFeedback(
	ctx: FeedbackCtx,
	input: FeedbackInput
): Promise<{ ok: true; id: string }> {
	const row = ctx.db
		.insert(accessibilityFeedback)
		.values({
			pageUrl: input.pageUrl ?? null,
			message: input.message,
			contactEmail: input.contactEmail ?? null
		})
		.returning({ id: accessibilityFeedback.id, createdAt: accessibilityFeedback.createdAt })
		.get();
	await sendMail(feedbackMail(config.accessibilityContact, input, row.createdAt));
	return { ok: true, id: row.id };
}

/** Checks, stores and mails one report (for callers that need no rate limit between the steps). */
export async function submitFeedback(
	ctx: FeedbackCtx,
	input: FormData | Partial<Record<FeedbackField, string>>
): Promise<FeedbackResult> {
	const parsed = parseFeedback(input);
	if (!parsed.ok) return parsed;
	await saveFeedback(ctx, parsed.value);
	return { ok: true };
}

/** Deletes reports older than the retention period; returns how many. Meant for a daily job. */
export function purgeFeedback(db: DB, now = new Date(), days = FEEDBACK_RETENTION_DAYS): number {
	const before = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
	return db.delete(accessibilityFeedback).where(lt(accessibilityFeedback.createdAt, before)).run().changes;
}
