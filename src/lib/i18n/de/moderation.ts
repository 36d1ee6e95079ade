// Moderation of contributions.
export const moderation = {
	title: 'Moderation',
	intro:
		'Hier prüfen Sie neue Beiträge und ordnen Kommentare zu, die in einer neuen Fassung ihren Absatz verloren haben.',
	pendingTitle: (n: number) => `Warten auf Freigabe (${n})`,
	pendingEmpty: 'Keine Beiträge warten auf Freigabe.',
	unmatchedTitle: (n: number) => `Nicht zugeordnete Kommentare (${n})`,
	unmatchedEmpty: 'Alle Kommentare sind einem Absatz zugeordnet.',
	chapter: 'Kapitel',
	approve: 'Freigeben',
	reject: 'Nicht veröffentlichen',
	reason: 'Grund nach Netiquette',
	chooseReason: 'Bitte wählen',
	note: 'Erläuterung für die Person (optional)',
	reasonRequired: 'Bitte wählen Sie einen Grund aus der Netiquette.',
	attach: 'Zuordnen',
	attachTo: 'Absatz in der aktuellen Fassung',
	wholeChapter: 'Ganzes Kapitel',
	approved: 'Der Beitrag ist freigegeben.',
	rejected: 'Der Beitrag wird nicht veröffentlicht. Die Person sieht den Grund.',
	attached: 'Der Kommentar ist zugeordnet.',
	openQueue: 'Moderation',
	openQueueText: 'Neue Beiträge prüfen und zuordnen'
};
