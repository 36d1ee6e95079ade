// The moderation area: where links back to the queue lead (the last queue view, remembered by the
// queue page in a cookie). Each page checks the role itself.
import { QUEUE_VIEW_COOKIE, queueHrefFrom } from '$lib/server/moderation/queue-filter';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ cookies }) => ({
	queueHref: queueHrefFrom(cookies.get(QUEUE_VIEW_COOKIE))
});
