// How audit entries are shown: labels with fallbacks, action groups, the before/after difference.
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/lib/i18n';
import {
	actionGroup,
	actionLabel,
	auditDiff,
	displayValue,
	entityTypeLabel,
	fieldLabel,
	groupedActions
} from '../../src/routes/admin/audit-view';

const m = messages('de');

describe('labels', () => {
	it('uses admin.actions, then the auditLog names, then the raw code', () => {
		expect(actionLabel(m, 'contribution.approved')).toBe('Beitrag freigegeben');
		expect(actionLabel(m, 'package.forwarded')).toBe('Themenpaket an das Begleitgremium weitergeleitet');
		expect(actionLabel(m, 'something.new')).toBe('something.new');
		expect(actionLabel(m, 'toString')).toBe('toString');
		expect(entityTypeLabel(m, 'contribution')).toBe('Beitrag');
		expect(entityTypeLabel(m, 'package')).toBe('Themenpaket');
		expect(entityTypeLabel(m, 'widget')).toBe('widget');
	});

	it('groups actions by their prefix, unknown ones under "Sonstige"', () => {
		expect(actionGroup('role.granted')).toBe('accounts');
		expect(actionGroup('contribution.reported')).toBe('moderation');
		expect(actionGroup('recommendation.recorded')).toBe('gremium');
		expect(actionGroup('quarters.imported')).toBe('map');
		expect(actionGroup('export.abwaegung')).toBe('exports');
		expect(actionGroup('weird')).toBe('other');
		const groups = groupedActions(m, ['weird', 'response.published', 'role.granted', 'role.revoked']);
		expect(groups.map((g) => g.label)).toEqual(['Konten und Rollen', 'Antworten der Verwaltung', 'Sonstige']);
		expect(groups[0].options.map((o) => o.label)).toEqual(['Rolle entzogen', 'Rolle vergeben']);
	});
});

describe('auditDiff', () => {
	it('lists only the changed keys of two objects', () => {
		const d = auditDiff(
			{ state: 'pending', title: 'A', n: 1 },
			{ state: 'published', title: 'A', n: 2, x: null }
		);
		expect(d).toEqual({
			kind: 'changed',
			lines: [
				{ key: 'state', before: 'pending', after: 'published' },
				{ key: 'n', before: '1', after: '2' }
			],
			unchanged: 2 // title, and x (null vs missing)
		});
	});

	it('shows all keys when only one side exists', () => {
		expect(auditDiff(null, { title: 'Neu', tags: ['a'] })).toEqual({
			kind: 'created',
			lines: [
				{ key: 'title', before: null, after: 'Neu' },
				{ key: 'tags', before: null, after: '["a"]' }
			],
			unchanged: 0
		});
		expect(auditDiff({ title: 'Alt' }, undefined)?.kind).toBe('removed');
	});

	it('gives up on values that are not objects', () => {
		expect(auditDiff('text', { a: 1 })).toBeNull();
		expect(auditDiff([1, 2], null)).toBeNull();
		expect(auditDiff(null, null)).toBeNull();
	});
});

describe('values for people', () => {
	const show = (key: string, v: unknown) => displayValue(m, 'de', key, v);

	it('names fields and coded values as the pages do, shortens ids and writes instants in Berlin time', () => {
		expect(fieldLabel(m, 'packageState')).toBe('Status des Themenpakets');
		expect(fieldLabel(m, 'somethingNew')).toBe('somethingNew');
		expect(fieldLabel(m, 'constructor')).toBe('constructor');
		expect(show('state', 'forwarded')).toBe('weitergeleitet');
		expect(show('state', 'pending')).toBe('wartet auf Freigabe');
		expect(show('verdict', 'partly')).toBe('teilweise übernommen');
		expect(show('role', 'allianz')).toBe(messages('de').account.roleNames.allianz);
		expect(show('title', 'forwarded')).toBe('forwarded');
		expect(show('packageId', '08b807a1-4b32-46bf-aa35-9988a10c97c1')).toBe('08b807a1');
		expect(show('publishedAt', '2026-11-21T21:25:22.023Z')).toBe('21.11.2026, 22:25 Uhr');
		expect(show('receivedAt', '2023-06-12')).toBe('12.06.2023');
		expect(show('published', false)).toBe('Nein');
		expect(show('notified', 1200)).toBe('1.200');
		expect(
			show('links', ['da3a7ca3-332d-41a5-8d9c-d3be4578267a', 'ffffffff-332d-41a5-8d9c-d3be4578267a'])
		).toBe('da3a7ca3, ffffffff');
		expect(show('audience', 'internal')).toBe('intern (Verwaltung und Moderation)');
		expect(show('audience', 'allianz')).toBe('Allianz für Wohnen');
		expect(show('assigneeId', null)).toBeNull();
		expect(show('keys', { a: 1 })).toBe('{"a":1}');
		expect(displayValue(messages('en'), 'en', 'state', 'draft')).toBe(
			messages('en').chain.packageStates.draft
		);
	});

	it('compares values as stored and shows them through the formatter', () => {
		const d = auditDiff({ state: 'draft', title: 'A' }, { state: 'forwarded', title: 'A' }, show);
		expect(d).toEqual({
			kind: 'changed',
			lines: [{ key: 'state', before: 'in Vorbereitung', after: 'weitergeleitet' }],
			unchanged: 1
		});
	});
});
