// Administration of processes, phases, the committee schedule, modules and their per-phase flags,
// against a fresh SQLite file with the real migrations.
import { describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { freshDb, makeUser } from '../factories/db';
import {
	auditLog,
	committeeMeetings,
	contributions,
	modules,
	phaseModules,
	phases,
	processes
} from '../../src/lib/server/db/schema';
import {
	createMeeting,
	createModule,
	createPhase,
	createProcess,
	deleteMeeting,
	deleteModule,
	deletePhase,
	movePhase,
	parseBerlinDateTime,
	readBerlinDateTime,
	setPhaseModules,
	updateMeeting,
	updateModule,
	updatePhase,
	updateProcess
} from '../../src/lib/server/participation/processes.service';
import {
	listProcesses,
	modulesOfProcess,
	phaseModulesOfProcess,
	phasesOfProcess
} from '../../src/lib/server/participation/admin-queries';
import { createDocument, saveChapter } from '../../src/lib/server/modules/document/documents.service';
import { categoriesOf, DEFAULT_CATEGORIES } from '../../src/lib/server/modules/map/categories.service';

const { db } = freshDb();
const admin = makeUser(db, { roles: ['admin'] });

function auditOf(entityId: string) {
	return db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(asc(auditLog.id)).all();
}
const auditCount = () => db.select().from(auditLog).all().length;

function newProcess(slug: string, extra: Record<string, unknown> = {}) {
	const r = createProcess(db, admin.id, { title: `Verfahren ${slug}`, slug, ...extra });
	if (!r.ok) throw new Error(`createProcess failed: ${JSON.stringify(r)}`);
	return r.processId;
}

const phaseInput = (over: Record<string, unknown> = {}) => ({
	title: 'Online-Beteiligung',
	description: '',
	startsAt: '2023-05-08T09:00',
	endsAt: '2023-05-29T18:00',
	audience: 'public',
	moderationMode: 'pre',
	...over
});

describe('processes', () => {
	it('creates a process from form strings, cleaned, and audits it', () => {
		const r = createProcess(db, admin.id, {
			title: '  Fortschreibung   Handlungskonzept Wohnen ',
			slug: ' Handlungskonzept-Wohnen ',
			summary: 'Kurz.',
			description: 'Absatz 1\n\nAbsatz 2',
			published: 'on'
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const row = db.select().from(processes).where(eq(processes.id, r.processId)).get()!;
		expect(row).toMatchObject({
			title: 'Fortschreibung Handlungskonzept Wohnen',
			slug: 'handlungskonzept-wohnen',
			description: 'Absatz 1\n\nAbsatz 2',
			published: true
		});
		const entries = auditOf(r.processId);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ action: 'process.created', entityType: 'process', actorId: admin.id });
		expect(listProcesses(db).find((p) => p.id === r.processId)).toMatchObject({
			phaseCount: 0,
			published: true
		});
	});

	it('refuses a slug that is taken, malformed or too long, and overlong fields, writing nothing', () => {
		const before = auditCount();
		const n = db.select().from(processes).all().length;
		expect(createProcess(db, admin.id, { title: 'Anderes', slug: 'handlungskonzept-wohnen' })).toEqual({
			ok: false,
			reason: 'invalid',
			errors: { slug: 'slug_taken' }
		});
		// The title names a process in lists and selects: a second one of the same title is refused.
		expect(
			createProcess(db, admin.id, { title: 'fortschreibung handlungskonzept wohnen', slug: 'zweites' })
		).toEqual({ ok: false, reason: 'invalid', errors: { title: 'title_taken' } });
		for (const slug of ['mit leerzeichen', 'ümlaut', '-vorne', 'hinten-', 'a--b', 'x'.repeat(81), ''])
			expect(createProcess(db, admin.id, { title: 'T', slug })).toMatchObject({
				ok: false,
				reason: 'invalid',
				errors: { slug: expect.any(String) }
			});
		const r = createProcess(db, admin.id, {
			title: 'x'.repeat(201),
			slug: 'neu',
			summary: 's'.repeat(501),
			description: 'd'.repeat(10_001)
		});
		expect(r).toEqual({
			ok: false,
			reason: 'invalid',
			errors: { title: 'max:200', summary: 'max:500', description: 'max:10000' }
		});
		expect(createProcess(db, admin.id, { title: '   ', slug: 'neu' })).toMatchObject({
			errors: { title: 'required' }
		});
		expect(db.select().from(processes).all()).toHaveLength(n);
		expect(auditCount()).toBe(before);
	});

	it('edits a process, refuses another process’s slug, keeps its own, audits only changes', () => {
		const a = newProcess('verfahren-a');
		newProcess('verfahren-b');
		expect(updateProcess(db, admin.id, a, { title: 'A', slug: 'verfahren-b' })).toMatchObject({
			ok: false,
			errors: { slug: 'slug_taken' }
		});
		const r = updateProcess(db, admin.id, a, {
			title: 'Neuer Titel',
			slug: 'verfahren-a',
			summary: 'Neu',
			published: 'on'
		});
		expect(r).toEqual({ ok: true, changed: true });
		const row = db.select().from(processes).where(eq(processes.id, a)).get()!;
		expect(row).toMatchObject({ title: 'Neuer Titel', summary: 'Neu', published: true });
		const last = auditOf(a).at(-1)!;
		expect(last.action).toBe('process.updated');
		expect(last.before).toEqual({ title: 'Verfahren verfahren-a', summary: '', published: false });
		expect(last.after).toEqual({ title: 'Neuer Titel', summary: 'Neu', published: true });
		// Unchecked checkbox = not published; an unchanged save writes no audit entry.
		expect(
			updateProcess(db, admin.id, a, { title: 'Neuer Titel', slug: 'verfahren-a', summary: 'Neu' })
		).toEqual({ ok: true, changed: true });
		const count = auditOf(a).length;
		expect(
			updateProcess(db, admin.id, a, { title: 'Neuer Titel', slug: 'verfahren-a', summary: 'Neu' })
		).toEqual({ ok: true, changed: false });
		expect(auditOf(a)).toHaveLength(count);
		expect(updateProcess(db, admin.id, crypto.randomUUID(), { title: 'X', slug: 'x' })).toEqual({
			ok: false,
			reason: 'not_found'
		});
	});
});

describe('phases', () => {
	const processId = newProcess('phasen');

	it('stores Berlin wall-clock times as the right UTC instants (summer and winter time)', () => {
		const r = createPhase(
			db,
			admin.id,
			processId,
			phaseInput({ startsAt: '2023-05-25T09:00', endsAt: '2023-12-01T18:30' })
		);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const row = db.select().from(phases).where(eq(phases.id, r.phaseId)).get()!;
		expect(row.startsAt.toISOString()).toBe('2023-05-25T07:00:00.000Z'); // CEST, UTC+2
		expect(row.endsAt.toISOString()).toBe('2023-12-01T17:30:00.000Z'); // CET, UTC+1
		expect(row.position).toBe(1);
		const entry = auditOf(r.phaseId)[0];
		expect(entry).toMatchObject({ action: 'phase.created', entityType: 'phase' });
		expect(entry.after).toMatchObject({ startsAt: '2023-05-25T07:00:00.000Z', processId });
	});

	it('accepts the German notation too', () => {
		expect(parseBerlinDateTime('25.05.2023, 09:00 Uhr')?.toISOString()).toBe('2023-05-25T07:00:00.000Z');
		expect(parseBerlinDateTime('5.1.2024 9:30')?.toISOString()).toBe('2024-01-05T08:30:00.000Z');
		expect(parseBerlinDateTime('2023-02-30T09:00')).toBeNull();
		expect(parseBerlinDateTime('morgen')).toBeNull();
	});

	it('refuses the hour skipped when summer time begins and reads the doubled October hour as summer time', () => {
		expect(readBerlinDateTime('31.03.2024, 02:30 Uhr')).toBe('dst_gap');
		expect(readBerlinDateTime('2024-03-31T02:00')).toBe('dst_gap');
		expect(parseBerlinDateTime('2024-03-31T03:00')?.toISOString()).toBe('2024-03-31T01:00:00.000Z');
		expect(parseBerlinDateTime('2024-03-31T01:59')?.toISOString()).toBe('2024-03-31T00:59:00.000Z');
		expect(parseBerlinDateTime('2024-10-27T02:30')?.toISOString()).toBe('2024-10-27T00:30:00.000Z');
		expect(parseBerlinDateTime('2024-10-27T03:00')?.toISOString()).toBe('2024-10-27T02:00:00.000Z');
		expect(
			createPhase(
				db,
				admin.id,
				processId,
				phaseInput({ startsAt: '2024-03-31T02:15', endsAt: '2024-04-30T18:00' })
			)
		).toEqual({ ok: false, reason: 'invalid', errors: { startsAt: 'datetime_dst_gap' } });
	});

	it('refuses an end before (or at) the start, bad dates and bad choices, writing nothing', () => {
		const before = auditCount();
		const n = phasesOfProcess(db, processId).length;
		expect(
			createPhase(
				db,
				admin.id,
				processId,
				phaseInput({ startsAt: '2023-05-25T09:00', endsAt: '2023-05-25T08:59' })
			)
		).toEqual({
			ok: false,
			reason: 'invalid',
			errors: { endsAt: 'ends_before_start' }
		});
		expect(
			createPhase(
				db,
				admin.id,
				processId,
				phaseInput({ startsAt: '2023-05-25T09:00', endsAt: '2023-05-25T09:00' })
			)
		).toMatchObject({
			errors: { endsAt: 'ends_before_start' }
		});
		expect(
			createPhase(
				db,
				admin.id,
				processId,
				phaseInput({ startsAt: 'gestern', endsAt: '', audience: 'alle', moderationMode: 'nie' })
			)
		).toEqual({
			ok: false,
			reason: 'invalid',
			errors: {
				startsAt: 'datetime_invalid',
				endsAt: 'required',
				audience: 'audience_required',
				moderationMode: 'moderation_required'
			}
		});
		expect(createPhase(db, admin.id, crypto.randomUUID(), phaseInput())).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(phasesOfProcess(db, processId)).toHaveLength(n);
		expect(auditCount()).toBe(before);
	});

	it('edits a phase (end before start refused there too), reorders and deletes with renumbering', () => {
		const ids = ['Zweite', 'Dritte'].map((title) => {
			const r = createPhase(
				db,
				admin.id,
				processId,
				phaseInput({ title, audience: 'allianz', moderationMode: 'post' })
			);
			if (!r.ok) throw new Error('phase');
			return r.phaseId;
		});
		const [first] = phasesOfProcess(db, processId);
		expect(phasesOfProcess(db, processId).map((p) => p.position)).toEqual([1, 2, 3]);
		expect(listProcesses(db).find((p) => p.id === processId)?.phaseCount).toBe(3);

		expect(
			updatePhase(
				db,
				admin.id,
				processId,
				ids[0],
				phaseInput({ startsAt: '2023-06-01T10:00', endsAt: '2023-05-01T10:00' })
			)
		).toMatchObject({
			ok: false,
			errors: { endsAt: 'ends_before_start' }
		});
		expect(
			updatePhase(
				db,
				admin.id,
				processId,
				ids[0],
				phaseInput({
					title: 'Werkstatt',
					audience: 'gremium',
					startsAt: '2023-09-12T17:00',
					endsAt: '2023-09-12T20:00'
				})
			)
		).toEqual({
			ok: true,
			changed: true
		});
		const edited = db.select().from(phases).where(eq(phases.id, ids[0])).get()!;
		expect(edited).toMatchObject({ title: 'Werkstatt', audience: 'gremium', moderationMode: 'pre' });
		expect(edited.startsAt.toISOString()).toBe('2023-09-12T15:00:00.000Z');
		expect(auditOf(ids[0]).at(-1)).toMatchObject({ action: 'phase.updated' });
		// Another process cannot be reached through this one.
		const other = newProcess('anderes-phasen');
		expect(updatePhase(db, admin.id, other, ids[0], phaseInput())).toEqual({
			ok: false,
			reason: 'not_found'
		});

		expect(movePhase(db, admin.id, processId, ids[1], 'up')).toEqual({ ok: true, moved: true });
		expect(phasesOfProcess(db, processId).map((p) => p.id)).toEqual([first.id, ids[1], ids[0]]);
		expect(movePhase(db, admin.id, processId, first.id, 'up')).toEqual({ ok: true, moved: false });
		expect(auditOf(ids[1]).at(-1)).toMatchObject({
			action: 'phase.moved',
			before: { position: 3 },
			after: { position: 2 }
		});

		expect(deletePhase(db, admin.id, processId, ids[1])).toEqual({ ok: true });
		expect(phasesOfProcess(db, processId).map((p) => [p.id, p.position])).toEqual([
			[first.id, 1],
			[ids[0], 2]
		]);
		expect(auditOf(ids[1]).at(-1)).toMatchObject({ action: 'phase.deleted', before: { title: 'Dritte' } });
		expect(deletePhase(db, admin.id, processId, ids[1])).toEqual({ ok: false, reason: 'not_found' });
	});
});

describe('committee schedule', () => {
	const processId = newProcess('beratungsfolge');

	it('creates, edits and deletes meetings, with audit', () => {
		const r = createMeeting(db, admin.id, processId, {
			meetingDate: '2023-10-24',
			committee: 'Ausschuss für Planung und Grundstücke',
			competence: 'beratung',
			note: ''
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(
			db.select().from(committeeMeetings).where(eq(committeeMeetings.id, r.meetingId)).get()
		).toMatchObject({
			meetingDate: '2023-10-24',
			competence: 'beratung',
			processId
		});
		expect(
			updateMeeting(db, admin.id, processId, r.meetingId, {
				meetingDate: '09.11.2023',
				committee: 'Rat der Stadt',
				competence: 'beschluss',
				note: 'Sitzung 12'
			})
		).toEqual({
			ok: true,
			changed: true
		});
		expect(
			db.select().from(committeeMeetings).where(eq(committeeMeetings.id, r.meetingId)).get()
		).toMatchObject({
			meetingDate: '2023-11-09',
			committee: 'Rat der Stadt',
			competence: 'beschluss',
			note: 'Sitzung 12'
		});
		expect(deleteMeeting(db, admin.id, processId, r.meetingId)).toEqual({ ok: true });
		expect(
			db.select().from(committeeMeetings).where(eq(committeeMeetings.id, r.meetingId)).get()
		).toBeUndefined();
		expect(auditOf(r.meetingId).map((e) => e.action)).toEqual([
			'meeting.created',
			'meeting.updated',
			'meeting.deleted'
		]);
	});

	it('refuses impossible dates, unknown competences and overlong text', () => {
		const before = auditCount();
		expect(
			createMeeting(db, admin.id, processId, {
				meetingDate: '2023-02-30',
				committee: '',
				competence: 'abnicken',
				note: 'n'.repeat(501)
			})
		).toEqual({
			ok: false,
			reason: 'invalid',
			errors: {
				meetingDate: 'date_invalid',
				committee: 'required',
				competence: 'competence_required',
				note: 'max:500'
			}
		});
		expect(
			createMeeting(db, admin.id, processId, {
				meetingDate: '2023-10-24',
				committee: 'c'.repeat(201),
				competence: 'beschluss'
			})
		).toMatchObject({
			errors: { committee: 'max:200' }
		});
		expect(auditCount()).toBe(before);
	});
});

describe('modules and their flags per phase', () => {
	const processId = newProcess('module');
	const phaseIds = ['Eins', 'Zwei'].map((title) => {
		const r = createPhase(db, admin.id, processId, phaseInput({ title }));
		if (!r.ok) throw new Error('phase');
		return r.phaseId;
	});

	it('creates a map module with the eight default categories', () => {
		const r = createModule(db, admin.id, newProcess('map-defaults'), {
			type: 'map',
			slug: 'quartierskarte',
			title: 'Karte'
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(categoriesOf(db, r.moduleId).map((c) => c.key)).toEqual(DEFAULT_CATEGORIES.map((c) => c.key));
	});

	it('creates a module of a registered type only, with a slug unique in the process', () => {
		const r = createModule(db, admin.id, processId, {
			type: 'document',
			slug: 'konzeptentwurf',
			title: 'Konzeptentwurf',
			description: ''
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(auditOf(r.moduleId)[0]).toMatchObject({ action: 'module.created', entityType: 'module' });
		const before = auditCount();
		expect(
			createModule(db, admin.id, processId, { type: 'document', slug: 'konzeptentwurf', title: 'Zweiter' })
		).toMatchObject({ ok: false, errors: { slug: 'slug_taken' } });
		// The results page of the process has the address /verfahren/<slug>/ergebnisse.
		expect(
			createModule(db, admin.id, processId, { type: 'document', slug: 'Ergebnisse', title: 'Ergebnisse' })
		).toMatchObject({ ok: false, errors: { slug: 'slug_reserved' } });
		expect(
			createModule(db, admin.id, processId, { type: 'umfrage', slug: 'umfrage', title: 'Umfrage' })
		).toMatchObject({ ok: false, errors: { type: 'type_required' } });
		expect(auditCount()).toBe(before);
		// The same slug in another process is fine.
		expect(
			createModule(db, admin.id, newProcess('module-2'), {
				type: 'document',
				slug: 'konzeptentwurf',
				title: 'K'
			}).ok
		).toBe(true);
		expect(
			updateModule(db, admin.id, processId, r.moduleId, {
				slug: 'entwurf',
				title: 'Entwurf',
				description: 'Neu'
			})
		).toEqual({ ok: true, changed: true });
		expect(modulesOfProcess(db, processId)[0]).toMatchObject({
			slug: 'entwurf',
			title: 'Entwurf',
			type: 'document',
			contributions: 0
		});
	});

	it('opens a module in a phase with allowed flags and refuses others as a whole', () => {
		const [mod] = modulesOfProcess(db, processId);
		const second = createModule(db, admin.id, processId, {
			type: 'document',
			slug: 'zweites',
			title: 'Zweites'
		});
		if (!second.ok) throw new Error('module');

		const ok = setPhaseModules(db, admin.id, processId, phaseIds[0], [
			{ moduleId: mod.id, open: true, flags: ['supporting', 'commenting'] },
			{ moduleId: second.moduleId, open: true, flags: [] }
		]);
		expect(ok).toEqual({ ok: true, changed: true });
		const rows = () =>
			phaseModulesOfProcess(db, processId)
				.map((r) => ({ ...r }))
				.sort((a, b) => (a.phaseId + a.moduleId).localeCompare(b.phaseId + b.moduleId));
		const snapshot = rows();
		expect(
			db
				.select()
				.from(phaseModules)
				.where(and(eq(phaseModules.phaseId, phaseIds[0]), eq(phaseModules.moduleId, mod.id)))
				.get()?.flags
		).toEqual(['commenting', 'supporting']);
		const entry = auditOf(phaseIds[0]).at(-1)!;
		expect(entry).toMatchObject({
			action: 'phase.modules_updated',
			before: { [mod.id]: null, [second.moduleId]: null }
		});
		expect(entry.after).toEqual({ [mod.id]: ['commenting', 'supporting'], [second.moduleId]: [] });

		const before = auditCount();
		// "voting" is a workshop flag: the document type does not offer it. Nothing is written, not
		// even the valid change for the second module.
		expect(
			setPhaseModules(db, admin.id, processId, phaseIds[0], [
				{ moduleId: second.moduleId, open: false, flags: [] },
				{ moduleId: mod.id, open: true, flags: ['commenting', 'voting'] }
			])
		).toEqual({ ok: false, reason: 'invalid', errors: { [mod.id]: 'flag_not_allowed' } });
		expect(
			setPhaseModules(db, admin.id, processId, phaseIds[0], [
				{ moduleId: mod.id, open: true, flags: ['gibt-es-nicht'] }
			])
		).toMatchObject({ ok: false, errors: { [mod.id]: 'flag_not_allowed' } });
		expect(
			setPhaseModules(db, admin.id, processId, phaseIds[0], [
				{ moduleId: mod.id, open: false, flags: ['commenting'] }
			])
		).toMatchObject({
			ok: false,
			errors: { [mod.id]: 'flags_need_open' }
		});
		// A module of another process, or a phase of another process, is not found.
		const foreign = modulesOfProcess(db, processId).length;
		const otherProcess = newProcess('module-3');
		const otherModule = createModule(db, admin.id, otherProcess, {
			type: 'document',
			slug: 'fremd',
			title: 'Fremd'
		});
		if (!otherModule.ok) throw new Error('module');
		const afterSetup = auditCount();
		expect(
			setPhaseModules(db, admin.id, processId, phaseIds[0], [
				{ moduleId: otherModule.moduleId, open: true, flags: [] }
			])
		).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(setPhaseModules(db, admin.id, otherProcess, phaseIds[0], [])).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(modulesOfProcess(db, processId)).toHaveLength(foreign);
		expect(rows()).toEqual(snapshot);
		expect(auditCount()).toBe(afterSetup);
		expect(afterSetup - before).toBe(2); // only the setup above (process and module created)

		// Closing one module and changing flags of another in one save; an unchanged save writes nothing.
		expect(
			setPhaseModules(db, admin.id, processId, phaseIds[0], [
				{ moduleId: mod.id, open: true, flags: ['commenting'] },
				{ moduleId: second.moduleId, open: false, flags: [] }
			])
		).toEqual({ ok: true, changed: true });
		expect(rows().filter((r) => r.phaseId === phaseIds[0])).toEqual([
			{ phaseId: phaseIds[0], moduleId: mod.id, flags: ['commenting'] }
		]);
		const n = auditCount();
		expect(
			setPhaseModules(db, admin.id, processId, phaseIds[0], [
				{ moduleId: mod.id, open: true, flags: ['commenting'] }
			])
		).toEqual({
			ok: true,
			changed: false
		});
		expect(auditCount()).toBe(n);
		// The other phase is untouched.
		expect(rows().filter((r) => r.phaseId === phaseIds[1])).toEqual([]);
	});

	it('deletes a module with its document, but never one that has contributions', () => {
		const r = createModule(db, admin.id, processId, { type: 'document', slug: 'wegwerf', title: 'Wegwerf' });
		if (!r.ok) throw new Error('module');
		const doc = createDocument(db, admin.id, r.moduleId, 'Entwurf');
		if (!doc.ok) throw new Error('doc');
		const ch = saveChapter(db, admin.id, doc.versionId, {
			key: 'eins',
			number: '1',
			title: 'Eins',
			position: 1,
			markdown: 'Text.'
		});
		expect(ch.ok).toBe(true);
		setPhaseModules(db, admin.id, processId, phaseIds[1], [
			{ moduleId: r.moduleId, open: true, flags: ['commenting'] }
		]);

		const used = createModule(db, admin.id, processId, {
			type: 'document',
			slug: 'benutzt',
			title: 'Benutzt'
		});
		if (!used.ok) throw new Error('module');
		db.insert(contributions)
			.values({
				kind: 'comment',
				processId,
				moduleId: used.moduleId,
				body: 'Wichtig!',
				state: 'pending',
				moderationMode: 'pre',
				authorId: admin.id
			})
			.run();
		const before = auditCount();
		expect(modulesOfProcess(db, processId).find((x) => x.id === used.moduleId)?.contributions).toBe(1);
		expect(modulesOfProcess(db, processId).find((x) => x.id === r.moduleId)?.contributions).toBe(0);
		expect(deleteModule(db, admin.id, processId, used.moduleId)).toEqual({
			ok: false,
			reason: 'module_has_contributions'
		});
		expect(db.select().from(modules).where(eq(modules.id, used.moduleId)).get()).toBeDefined();
		expect(
			db.select().from(contributions).where(eq(contributions.moduleId, used.moduleId)).all()
		).toHaveLength(1);
		expect(auditCount()).toBe(before);

		expect(deleteModule(db, admin.id, processId, r.moduleId)).toEqual({ ok: true });
		expect(db.select().from(modules).where(eq(modules.id, r.moduleId)).get()).toBeUndefined();
		expect(db.select().from(phaseModules).where(eq(phaseModules.moduleId, r.moduleId)).all()).toEqual([]);
		expect(auditOf(r.moduleId).at(-1)).toMatchObject({
			action: 'module.deleted',
			before: { slug: 'wegwerf', chapters: 1 }
		});
	});
});

describe('transactions', () => {
	it('rolls back everything when a write fails midway', () => {
		const processId = newProcess('rollback');
		const before = auditCount();
		// A trigger makes the audit insert fail after the phase row was written in the same transaction.
		db.$client.exec(
			`create temp trigger fail_audit before insert on audit_log begin select raise(abort, 'audit down'); end`
		);
		try {
			expect(() => createPhase(db, admin.id, processId, phaseInput())).toThrow(/audit down/);
			expect(() =>
				createMeeting(db, admin.id, processId, {
					meetingDate: '2024-01-10',
					committee: 'Rat',
					competence: 'beschluss'
				})
			).toThrow(/audit down/);
		} finally {
			db.$client.exec('drop trigger fail_audit');
		}
		expect(phasesOfProcess(db, processId)).toEqual([]);
		expect(
			db.select().from(committeeMeetings).where(eq(committeeMeetings.processId, processId)).all()
		).toEqual([]);
		expect(auditCount()).toBe(before);
	});
});
