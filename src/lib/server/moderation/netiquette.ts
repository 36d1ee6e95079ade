// Reasons moderation may give for not publishing a contribution (from the Netiquette).
export const REJECTION_REASONS = [
	'insult',
	'discrimination',
	'advertising',
	'off_topic',
	'personal_data',
	'illegal',
	'duplicate',
	'other'
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** The reason code and the moderator's note ("<code>: <note>" in rejection_reason), split for display. */
export function splitRejection(value: string | null): { reason: RejectionReason | null; note: string } {
	if (!value) return { reason: null, note: '' };
	const i = value.indexOf(':');
	const code = (i === -1 ? value : value.slice(0, i)) as RejectionReason;
	return {
		reason: REJECTION_REASONS.includes(code) ? code : 'other',
		note: i === -1 ? '' : value.slice(i + 1).trim()
	};
}
