// What the export routes share: which version a role gets, and the Response around a started export.
// (Web-standard Response only; the routes themselves raise 403/404 with SvelteKit's error().)
import type { SessionUser } from '../../auth/session';
import { isGremium, isModerator } from '../../participation/permissions';
import type { ExportAudience } from './model';
import type { ExportResult } from './service';

/**
 * Moderation and admins get the internal version; the Begleitgremium its own version without personal
 * data; everybody else nothing (the route answers 403).
 */
export function internalAudienceFor(user: SessionUser | null): ExportAudience | null {
	if (isModerator(user)) return 'internal';
	if (isGremium(user)) return 'gremium';
	return null;
}

export function exportResponse(result: Extract<ExportResult, { ok: true }>): Response {
	return new Response(result.body, { status: 200, headers: result.headers });
}
