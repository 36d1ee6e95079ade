import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole, readForm } from '$lib/server/http';
import { getDb } from '$lib/server/db';
import { messages } from '$lib/i18n';
import { dateToBerlinLocal } from '$lib/datetime';
import { AUDIENCES, MODERATION_MODES } from '$lib/server/db/schema';
import { keepValues } from '$lib/validation/common';
import { parseId } from '$lib/server/admin/input';
import { phasesOfProcess } from '$lib/server/participation/admin-queries';
import { deletePhase, PHASE_LIMITS, updatePhase } from '$lib/server/participation/processes.service';
import { formInput, notFound, refused, routeProcess } from '../../../shared.server';

const FIELDS = ['title', 'description', 'startsAt', 'endsAt', 'audience', 'moderationMode'];

function routePhase(event: RequestEvent, processId: string) {
	const id = parseId((event.params as Record<string, string | undefined>).phaseId);
	const phase = id ? phasesOfProcess(getDb(), processId).find((p) => p.id === id) : undefined;
	if (!phase) notFound(event);
	return phase;
}

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const process = routeProcess(event);
	const phase = routePhase(event, process.id);
	return {
		process: { id: process.id, title: process.title },
		phase: {
			id: phase.id,
			title: phase.title,
			values: {
				title: phase.title,
				description: phase.description,
				// What the admin typed: Berlin wall-clock time for <input type="datetime-local">.
				startsAt: dateToBerlinLocal(phase.startsAt),
				endsAt: dateToBerlinLocal(phase.endsAt),
				audience: phase.audience,
				moderationMode: phase.moderationMode
			}
		},
		audiences: AUDIENCES,
		moderationModes: MODERATION_MODES,
		limits: PHASE_LIMITS
	};
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'admin');
		const process = routeProcess(event);
		const phase = routePhase(event, process.id);
		const t = messages(event.locals.locale).adminProcess;
		const data = await readForm(event);
		const result = updatePhase(getDb(), user.id, process.id, phase.id, formInput(data, FIELDS));
		if (!result.ok) return refused(event, 'phase', result, keepValues(data, FIELDS));
		return { form: 'phase', notice: result.changed ? t.phases.saved : t.process.unchanged };
	},

	delete: async (event) => {
		const user = requireRole(event, 'admin');
		const process = routeProcess(event);
		const phase = routePhase(event, process.id);
		const data = await readForm(event);
		if (data.get('confirm') !== 'on')
			return refused(event, 'delete', { reason: 'invalid', errors: { confirm: 'confirm_required' } });
		const result = deletePhase(getDb(), user.id, process.id, phase.id);
		if (!result.ok) return refused(event, 'delete', result);
		redirect(303, `/admin/verfahren/${process.id}?erledigt=phase#phasen`);
	}
};
