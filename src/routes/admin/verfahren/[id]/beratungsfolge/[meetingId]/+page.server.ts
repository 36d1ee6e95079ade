import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole, readForm } from '$lib/server/http';
import { getDb } from '$lib/server/db';
import { messages } from '$lib/i18n';
import { COMPETENCES } from '$lib/server/db/schema';
import { keepValues } from '$lib/validation/common';
import { parseId } from '$lib/server/admin/input';
import { meetingsOfProcess } from '$lib/server/participation/admin-queries';
import { deleteMeeting, MEETING_LIMITS, updateMeeting } from '$lib/server/participation/processes.service';
import { formInput, notFound, refused, routeProcess } from '../../../shared.server';

const FIELDS = ['meetingDate', 'committee', 'competence', 'note'];

function routeMeeting(event: RequestEvent, processId: string) {
	const id = parseId((event.params as Record<string, string | undefined>).meetingId);
	const meeting = id ? meetingsOfProcess(getDb(), processId).find((x) => x.id === id) : undefined;
	if (!meeting) notFound(event);
	return meeting;
}

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const process = routeProcess(event);
	const meeting = routeMeeting(event, process.id);
	return {
		process: { id: process.id, title: process.title },
		meeting: {
			id: meeting.id,
			committee: meeting.committee,
			values: {
				meetingDate: meeting.meetingDate,
				committee: meeting.committee,
				competence: meeting.competence,
				note: meeting.note
			}
		},
		competences: COMPETENCES,
		limits: MEETING_LIMITS
	};
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'admin');
		const process = routeProcess(event);
		const meeting = routeMeeting(event, process.id);
		const t = messages(event.locals.locale).adminProcess;
		const data = await readForm(event);
		const result = updateMeeting(getDb(), user.id, process.id, meeting.id, formInput(data, FIELDS));
		if (!result.ok) return refused(event, 'meeting', result, keepValues(data, FIELDS));
		return { form: 'meeting', notice: result.changed ? t.meetings.saved : t.process.unchanged };
	},

	delete: async (event) => {
		const user = requireRole(event, 'admin');
		const process = routeProcess(event);
		const meeting = routeMeeting(event, process.id);
		const data = await readForm(event);
		if (data.get('confirm') !== 'on')
			return refused(event, 'delete', { reason: 'invalid', errors: { confirm: 'confirm_required' } });
		const result = deleteMeeting(getDb(), user.id, process.id, meeting.id);
		if (!result.ok) return refused(event, 'delete', result);
		redirect(303, `/admin/verfahren/${process.id}?erledigt=termin#beratungsfolge`);
	}
};
