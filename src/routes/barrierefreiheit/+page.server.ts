import { fail } from '@sveltejs/kit';
import { errorText, messages, type Locale } from '$lib/i18n';
import { formatPlainDate } from '$lib/i18n/format';
import {
	FEEDBACK_FIELDS,
	parseFeedback,
	saveFeedback,
	type FeedbackErrors
} from '$lib/server/accessibility/feedback.service';
import { hit } from '$lib/server/auth/rate-limit';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { clientKey, rateLimited, readForm } from '$lib/server/http';
import { keepValues } from '$lib/validation/common';
import type { Actions, PageServerLoad } from './$types';

/** When the statement was made or last reviewed. Review at least once a year (§ 4 Abs. 4 BITV NRW). */
const STATEMENT_DATE = '2026-11-21';

export const load: PageServerLoad = ({ url, locals }) => ({
	origin: config.origin ?? url.origin,
	contact: config.accessibilityContact,
	statementDate: formatPlainDate(STATEMENT_DATE, locals.locale)
});

/** Field error codes → texts for this form (falls back to the general error texts). */
function errorTexts(locale: Locale, errors: FeedbackErrors): Record<string, string> {
	const m = messages(locale);
	const own = m.legal.accessibility.form.errors;
	const out: Record<string, string> = {};
	for (const [field, code] of Object.entries(errors)) {
		if (code) out[field] = own[field]?.[code] ?? errorText(m, code);
	}
	return out;
}

export const actions: Actions = {
	default: async (event) => {
		const data = await readForm(event);
		const values = keepValues(data, [...FEEDBACK_FIELDS]);
		const parsed = parseFeedback(data);
		if (!parsed.ok) return fail(400, { values, errors: errorTexts(event.locals.locale, parsed.errors) });
		const limit = await hit(['feedbackPerClient', clientKey(event)]);
		if (!limit.ok) return rateLimited(event, limit, values);
		await saveFeedback({ db: getDb() }, parsed.value);
		return { sent: true, answer: parsed.value.contactEmail !== undefined };
	}
};
