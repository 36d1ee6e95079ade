// Routes served as plain HTML without hydration (`export const csr = false`). The root layout makes
// every in-app navigation to them a document load, so the browser never renders them client-side.
const DOCUMENT_ROUTES: ReadonlySet<string> = new Set(['/moderation']);

export function isDocumentRoute(routeId: string | null | undefined): boolean {
	return !!routeId && DOCUMENT_ROUTES.has(routeId);
}
