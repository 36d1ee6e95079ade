// Calendar dates in Europe/Berlin for the export: spreadsheets have no time zones, so a date cell holds
// the Berlin calendar day (as midnight UTC, which Excel shows as that day), and file names use it too.
const dayParts = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Berlin',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** "2023-10-24" – the Berlin calendar day of the instant. */
export function berlinIsoDay(date: Date): string {
	return dayParts.format(date);
}

/** The Berlin calendar day of the instant as midnight UTC (for a date cell). */
export function berlinDay(date: Date): Date {
	return new Date(`${berlinIsoDay(date)}T00:00:00Z`);
}
