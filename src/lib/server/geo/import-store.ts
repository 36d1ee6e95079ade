// Uploaded boundary files between the upload and the confirmation ("Ersetzen"), held in memory under a
// random token for 30 minutes, never on disk. Why memory and not a hidden form field: the checked file
// can be several MB and would have to travel to the browser and back on every step (through the body
// size limit) and be checked again each time, since the browser could change it. The app runs as one
// Node process (SQLite, in-memory rate limits), so a map is enough; a restart only means uploading
// again. Each admin has at most one pending import, and at most MAX_PENDING exist at once. Also here:
// the size limit of the upload.
import { randomBytes } from 'node:crypto';
import { MAX_IMPORT_BYTES, type ParsedImport } from './geojson-import';

export const PENDING_TTL_MS = 30 * 60 * 1000;
export const MAX_PENDING = 5;

export interface PendingImport {
	token: string;
	userId: string;
	fileName: string;
	createdAt: number;
	parsed: ParsedImport;
	/** Set in the second step. */
	nameProperty?: string;
	bezirkProperty?: string;
	names?: string[];
	/** Stadtbezirk per feature, after the second or third step (null: not chosen yet). */
	assignments?: (string | null)[];
}

const pending = new Map<string, PendingImport>();

function sweep(now: number) {
	for (const [token, entry] of pending) if (now - entry.createdAt > PENDING_TTL_MS) pending.delete(token);
}

/** Keeps a checked upload; replaces the admin's earlier one. Returns the token for the next steps. */
export function storePendingImport(userId: string, fileName: string, parsed: ParsedImport, now = Date.now()) {
	sweep(now);
	for (const [token, entry] of pending) if (entry.userId === userId) pending.delete(token);
	while (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value as string);
	const token = randomBytes(18).toString('base64url');
	pending.set(token, { token, userId, fileName, createdAt: now, parsed });
	return token;
}

/** The pending import of this token if it belongs to this admin and has not expired. */
export function getPendingImport(token: unknown, userId: string, now = Date.now()): PendingImport | null {
	sweep(now);
	if (typeof token !== 'string' || token.length > 64) return null;
	const entry = pending.get(token);
	return entry && entry.userId === userId ? entry : null;
}

export function dropPendingImport(token: string) {
	pending.delete(token);
}

/**
 * The largest file the upload accepts: 10 MB, or less when the server's BODY_SIZE_LIMIT (adapter-node,
 * default 512K; `npm start` sets 6M) is lower – minus room for the multipart envelope – so a too large
 * file always gets our message instead of the adapter's.
 */
export function importSizeLimit(env: Record<string, string | undefined> = process.env): number {
	// Parsed like adapter-node does (K, M, G suffixes; "Infinity").
	const raw = env.BODY_SIZE_LIMIT ?? '512K';
	const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[raw.slice(-1).toUpperCase()] ?? 1;
	const body = Number(unit !== 1 ? raw.slice(0, -1) : raw) * unit;
	if (Number.isNaN(body)) return MAX_IMPORT_BYTES;
	return Math.max(0, Math.min(MAX_IMPORT_BYTES, body - MULTIPART_SLACK));
}

/** Bytes a multipart request adds around the file (boundaries, headers, the other fields). */
export const MULTIPART_SLACK = 16 * 1024;
