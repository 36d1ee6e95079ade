// How audit entries are shown: labels with fallbacks, action groups, the before/after difference.
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/lib/i18n';
import {
	actionGroup,
	actionLabel,
	auditDiff,
	entityTypeLabel,
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
