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
