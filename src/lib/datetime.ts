// Conversion between Europe/Berlin wall-clock times (what admins type and people read) and UTC instants.

const partsFormat = new Intl.DateTimeFormat('en-US', {
	timeZone: 'Europe/Berlin',
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

function berlinParts(utcMs: number) {
	const parts = partsFormat.formatToParts(new Date(utcMs));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	return {
		y: get('year'),
		mo: get('month'),
		d: get('day'),
		h: get('hour'),
		mi: get('minute'),
		s: get('second')
	};
}

/** Offset of Europe/Berlin from UTC at that instant, in minutes (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(utcMs: number): number {
	const p = berlinParts(utcMs);
	const asUtc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
	return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

/**
 * "2023-05-08T09:00" (or "2023-05-08", meaning 00:00) in Berlin time → the UTC instant; 'invalid' for
 * malformed or impossible values, 'dst_gap' for a wall-clock time skipped when summer time begins
 * (02:00–02:59 on the last Sunday of March). A time that occurs twice in October is the first (summer).
 */
export function readBerlinLocal(local: string): Date | 'invalid' | 'dst_gap' {
	const m = LOCAL_RE.exec(local.trim());
	if (!m) return 'invalid';
	const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number);
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || y < 1970 || y > 2200) return 'invalid';
	const naive = Date.UTC(y, mo - 1, d, h, mi);
	const check = new Date(naive);
	if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) return 'invalid';
	// Two passes settle the offset also right after a DST switch.
	let utc = naive - berlinOffsetMinutes(naive) * 60000;
	utc = naive - berlinOffsetMinutes(utc) * 60000;
	// The earlier of two readings in the October hour that occurs twice.
	const summer = naive - 120 * 60000;
	if (summer < utc && berlinOffsetMinutes(summer) === 120) utc = summer;
	const back = berlinParts(utc);
	if (back.h !== h || back.mi !== mi || back.d !== d) return 'dst_gap';
	return new Date(utc);
}

/** Like readBerlinLocal, with null for anything that is not a time on the Berlin clock. */
export function berlinLocalToDate(local: string): Date | null {
	const r = readBerlinLocal(local);
	return r instanceof Date ? r : null;
}

/** The UTC instant as "YYYY-MM-DDTHH:mm" in Berlin time, for <input type="datetime-local">. */
export function dateToBerlinLocal(date: Date | number): string {
	const p = berlinParts(new Date(date).getTime());
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${p.y}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}`;
}
