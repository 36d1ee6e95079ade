import { describe, expect, it } from 'vitest';
import { berlinLocalToDate, berlinOffsetMinutes, dateToBerlinLocal } from '../../src/lib/datetime';
import { formatDate, formatDateTime, formatPlainDate } from '../../src/lib/i18n/format';
import { phaseState } from '../../src/lib/phase-state';

describe('Europe/Berlin conversion', () => {
	it('knows winter and summer time', () => {
		expect(berlinOffsetMinutes(Date.UTC(2023, 0, 15))).toBe(60);
		expect(berlinOffsetMinutes(Date.UTC(2023, 6, 15))).toBe(120);
	});

	it('turns wall-clock times into instants and back', () => {
		expect(berlinLocalToDate('2023-05-25T00:00')!.toISOString()).toBe('2023-05-24T22:00:00.000Z');
		expect(berlinLocalToDate('2023-12-19T18:30')!.toISOString()).toBe('2023-12-19T17:30:00.000Z');
		expect(berlinLocalToDate('2023-12-19')!.toISOString()).toBe('2023-12-18T23:00:00.000Z');
		for (const local of ['2023-03-26T01:30', '2023-03-26T03:30', '2023-10-29T01:59', '2024-02-29T12:00'])
			expect(dateToBerlinLocal(berlinLocalToDate(local)!)).toBe(local);
	});

	it('refuses malformed and impossible dates', () => {
		for (const bad of [
			'',
			'morgen',
			'2023-02-30T10:00',
			'2023-13-01T00:00',
			'2023-01-01T24:00',
			'1900-01-01',
			'2023-1-1'
		])
			expect(berlinLocalToDate(bad), bad).toBeNull();
	});

	it('formats dates as people in Germany read them', () => {
		const d = new Date('2023-10-24T08:05:00Z');
		expect(formatDate(d)).toBe('24.10.2023');
		expect(formatDateTime(d)).toBe('24.10.2023, 10:05 Uhr');
		expect(formatDate(new Date('2023-06-15T22:30:00Z'))).toBe('16.06.2023'); // already the 16th in Berlin
		expect(formatPlainDate('2023-11-16')).toBe('16.11.2023');
	});
});

describe('phase state', () => {
	const phase = { startsAt: new Date('2023-05-25T00:00:00Z'), endsAt: new Date('2023-06-16T00:00:00Z') };
	it.each([
		['2023-05-24T23:59:59Z', 'planned'],
		['2023-05-25T00:00:00Z', 'running'],
		['2023-06-15T23:59:59Z', 'running'],
		['2023-06-16T00:00:00Z', 'closed']
	])('at %s it is %s', (now, state) => {
		expect(phaseState(phase, new Date(now))).toBe(state);
	});
});
