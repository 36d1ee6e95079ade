// The queue's URL filters (malformed values fall back to defaults) and the similarity query.
import { describe, expect, it } from 'vitest';
import { filterQuery, parseQueueFilter } from '../../src/lib/server/moderation/queue-filter';
import { similarityQuery } from '../../src/lib/server/moderation/similar.queries';

const P = '11111111-2222-4333-8444-555555555555';
const T = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

describe('queue filter', () => {
	it('reads known values and ignores malformed ones', () => {
		const f = parseQueueFilter(
			new URLSearchParams({
				verfahren: 'nope',
				status: 'pending',
				art: 'reply',
				schlagwort: T,
				quartier: "1' or 1=1",
				zustaendig: 'me',
				paket: 'none',
				gemeldet: '1',
				nach: `1700000000000_${T}`
			}),
			P
		);
		expect(f).toMatchObject({
			processId: P,
			state: 'pending',
			kind: 'reply',
			tagId: T,
			districtId: null,
			assignee: 'me',
			packageId: 'none',
			reported: true,
			cursor: `1700000000000_${T}`
		});
		expect(parseQueueFilter(new URLSearchParams({ status: 'drop table', nach: '1_x' }), P)).toMatchObject({
			state: 'review',
			cursor: null
		});
	});

	it('writes a filter back as a short query string', () => {
		const f = parseQueueFilter(new URLSearchParams({ status: 'all', art: 'pin' }), P);
		expect(filterQuery(f)).toBe(`?verfahren=${P}&status=all&art=pin`);
		expect(filterQuery({ processId: P, state: 'review' })).toBe(`?verfahren=${P}`);
		expect(filterQuery(f, { state: 'review', kind: null, reported: true })).toBe(
			`?verfahren=${P}&gemeldet=1`
		);
	});
});

describe('similarity query', () => {
	it('ORs the distinctive stems and leaves out common words', () => {
		const q = similarityQuery(
			'Die Mieten in Bochum sind für Familien zu hoch, und es gibt zu wenig Wohnungen.'
		);
		expect(q).toContain(' OR ');
		expect(q).toMatch(/"famili"/);
		expect(q).toMatch(/"wohnung"/);
		expect(q).not.toMatch(/"bochum"|"und"|"sind"/);
		expect(similarityQuery('und die der')).toBeNull();
	});
});
