// Where a contribution is shown to the public and to its author (links in mails, moderation pages).
import type { ContributionKind } from '../db/schema';

/**
 * The public page of one contribution: a pin's own page in its map module, everything else under
 * /beitraege (with its handling and, for comments, the wording it refers to).
 */
export function contributionPath(
	kind: ContributionKind,
	id: string,
	place?: { processSlug: string | null; moduleSlug: string | null } | null
): string {
	if (kind === 'pin' && place?.processSlug && place.moduleSlug)
		return `/verfahren/${place.processSlug}/${place.moduleSlug}/hinweise/${id}`;
	return `/beitraege/${id}`;
}

/** A pin's photo (the route checks who may see it; moderators see every state). */
export function photoPath(photoId: string, thumb = false): string {
	return `/api/photos/${photoId}${thumb ? '?thumb=1' : ''}`;
}
