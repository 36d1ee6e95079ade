import type { Actions, PageServerLoad } from './$types';
import { requireRole, readForm } from '$lib/server/http';
import { getDb } from '$lib/server/db';
import { messages } from '$lib/i18n';
import { AUDIENCES, COMPETENCES, MODERATION_MODES } from '$lib/server/db/schema';
import { keepValues } from '$lib/validation/common';
import { parseId } from '$lib/server/admin/input';
import { moduleDefinition, registeredModuleTypes } from '$lib/server/modules/registry';
import {
	meetingsOfProcess,
	modulesOfProcess,
	phaseModulesOfProcess,
	phasesOfProcess
} from '$lib/server/participation/admin-queries';
import {
	createMeeting,
	createModule,
	createPhase,
	MEETING_LIMITS,
	MODULE_LIMITS,
	movePhase,
	PHASE_LIMITS,
	PROCESS_LIMITS,
	setPhaseModules,
	updateProcess,
	type PhaseModuleSetting
} from '$lib/server/participation/processes.service';
import { formInput, notFound, refused, routeProcess } from '../shared.server';

const PROCESS_FIELDS = ['title', 'slug', 'summary', 'description', 'published'];
const PHASE_FIELDS = ['title', 'description', 'startsAt', 'endsAt', 'audience', 'moderationMode'];
const MEETING_FIELDS = ['meetingDate', 'committee', 'competence', 'note'];
const MODULE_FIELDS = ['type', 'slug', 'title', 'description'];
/** ?erledigt=… after a delete on a sub-page. */
const DONE = ['phase', 'termin', 'modul'] as const;

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const process = routeProcess(event);
	const db = getDb();
	const done = event.url.searchParams.get('erledigt');
	return {
		process: {
			id: process.id,
			title: process.title,
			slug: process.slug,
			summary: process.summary,
			description: process.description,
			published: process.published
		},
		phases: phasesOfProcess(db, process.id).map((p) => ({
			id: p.id,
			title: p.title,
			position: p.position,
			startsAt: p.startsAt,
			endsAt: p.endsAt,
			audience: p.audience,
			moderationMode: p.moderationMode
		})),
		meetings: meetingsOfProcess(db, process.id),
		modules: modulesOfProcess(db, process.id).map((mod) => ({
			...mod,
			/** Flags a phase can switch on for this module (none for a type that is not registered). */
			flags: [...(moduleDefinition(mod.type)?.flags ?? [])] as string[]
		})),
		opened: phaseModulesOfProcess(db, process.id),
		moduleTypes: registeredModuleTypes().map((d) => d.type),
		audiences: AUDIENCES,
		moderationModes: MODERATION_MODES,
		competences: COMPETENCES,
		limits: { process: PROCESS_LIMITS, phase: PHASE_LIMITS, meeting: MEETING_LIMITS, module: MODULE_LIMITS },
		created: event.url.searchParams.has('neu'),
		done: DONE.find((d) => d === done) ?? null
	};
};

export const actions: Actions = {
	updateProcess: async (event) => {
		const user = requireRole(event, 'admin');
		const process = routeProcess(event);
		const t = messages(event.locals.locale).adminProcess;
		const data = await readForm(event);
		const result = updateProcess(getDb(), user.id, process.id, formInput(data, PROCESS_FIELDS));
		if (!result.ok) return refused(event, 'process', result, keepValues(data, PROCESS_FIELDS));
		return { form: 'process', notice: result.changed ? t.process.saved : t.process.unchanged };
	},

	createPhase: async (event) => {
		const user = requireRole(event, 'admin');
		const process = routeProcess(event);
		const t = messages(event.locals.locale).adminProcess;
		const data = await readForm(event);
		const result = createPhase(getDb(), user.id, process.id, formInput(data, PHASE_FIELDS));
		if (!result.ok) return refused(event, 'phase', result, keepValues(data, PHASE_FIELDS));
		return { form: 'phase', notice: t.phases.created };
	},

	movePhase: async (event) => {
		const user = requireRole(event, 'admin');
		const process = routeProcess(event);
		const t = messages(event.locals.locale).adminProcess;
		const data = await readForm(event);
		const phaseId = parseId(data.get('phaseId'));
		const direction = data.get('direction');
		if (!phaseId || (direction !== 'up' && direction !== 'down')) notFound(event);
		const result = movePhase(getDb(), user.id, process.id, phaseId, direction);
		if (!result.ok) return refused(event, 'move', result);
		return { form: 'move', notice: t.phases.moved };
	},

	createModule: async (event) => {
		const user = requireRole(event, 'admin');
		const process = routeProcess(event);
		const t = messages(event.locals.locale).adminProcess;
		const data = await readForm(event);
		const result = createModule(getDb(), user.id, process.id, formInput(data, MODULE_FIELDS));
		if (!result.ok) return refused(event, 'module', result, keepValues(data, MODULE_FIELDS));
		return { form: 'module', notice: t.modules.created };
	},

	/** One phase's column of the module × phase matrix. */
	savePhaseModules: async (event) => {
		const user = requireRole(event, 'admin');
		const process = routeProcess(event);
		const t = messages(event.locals.locale).adminProcess;
		const data = await readForm(event);
		const phaseId = parseId(data.get('phaseId'));
		if (!phaseId) notFound(event);
		const settings: PhaseModuleSetting[] = [];
		const values: Record<string, string> = {};
		for (const raw of data.getAll('moduleId')) {
			const moduleId = parseId(raw);
			if (!moduleId) notFound(event);
			const open = data.get(`open-${moduleId}`) === 'on';
			const flags = data.getAll(`flags-${moduleId}`).filter((f): f is string => typeof f === 'string');
			settings.push({ moduleId, open, flags });
			values[`open-${moduleId}`] = open ? 'on' : '';
			values[`flags-${moduleId}`] = flags.join(' ');
		}
		const db = getDb();
		const result = setPhaseModules(db, user.id, process.id, phaseId, settings);
		const form = `matrix-${phaseId}`;
		if (!result.ok) return refused(event, form, result, values);
		const phase = phasesOfProcess(db, process.id).find((p) => p.id === phaseId);
		return { form, notice: result.changed ? t.matrix.saved(phase?.title ?? '') : t.matrix.unchanged };
	},

	createMeeting: async (event) => {
		const user = requireRole(event, 'admin');
		const process = routeProcess(event);
		const t = messages(event.locals.locale).adminProcess;
		const data = await readForm(event);
		const result = createMeeting(getDb(), user.id, process.id, formInput(data, MEETING_FIELDS));
		if (!result.ok) return refused(event, 'meeting', result, keepValues(data, MEETING_FIELDS));
		return { form: 'meeting', notice: t.meetings.created };
	}
};
