// Where a contribution's own public page is: pins have theirs in the map module, everything else
// (comments, offline input, workshop cards) the common contribution page.
export function contributionHref(
	item: { id: string; kind: string; moduleSlug: string | null },
	processSlug: string
): string {
	return item.kind === 'pin' && item.moduleSlug
		? `/verfahren/${processSlug}/${item.moduleSlug}/hinweise/${item.id}`
		: `/beitraege/${item.id}`;
}
