// Input checks of the map module that need no database: the map's bounding box and zoom from the pins
// API, the pin text, filter values and cursors. Pure functions (unit-tested); messages are error codes.
import { CITY_BBOX } from '../../geo/quarters';
import { cleanText } from '../../../validation/common';

export const MAX_PIN_TEXT = 1000;
/** Short text of a pin on the map (marker popup, cluster API). */
export const SHORT_TEXT = 140;
export const MAX_ZOOM = 20;

/** [west, south, east, north] in degrees. */
export type BboxTuple = [number, number, number, number];

const cityArea = (CITY_BBOX.maxLon - CITY_BBOX.minLon) * (CITY_BBOX.maxLat - CITY_BBOX.minLat);
/** A request may cover at most twice the city's bounding box (the map clamps its view to the city). */
export const MAX_BBOX_AREA = 2 * cityArea;

export type BboxReason = 'bbox_missing' | 'bbox_invalid' | 'bbox_inverted' | 'bbox_range' | 'bbox_too_large';

const NUMBER = /^[-+]?(\d{1,3}(\.\d{1,15})?|\.\d{1,15})$/;

/** "west,south,east,north": four plain decimal numbers, west < east, south < north, in range, not huge. */
export function parseBbox(
	raw: string | null | undefined,
	maxArea = MAX_BBOX_AREA
): { ok: true; bbox: BboxTuple } | { ok: false; reason: BboxReason } {
	if (raw === null || raw === undefined || raw.trim() === '') return { ok: false, reason: 'bbox_missing' };
	const parts = raw.split(',').map((p) => p.trim());
	if (parts.length !== 4 || !parts.every((p) => NUMBER.test(p))) return { ok: false, reason: 'bbox_invalid' };
	const [west, south, east, north] = parts.map(Number);
	if (![west, south, east, north].every(Number.isFinite)) return { ok: false, reason: 'bbox_invalid' };
	if (west < -180 || east > 180 || south < -90 || north > 90) return { ok: false, reason: 'bbox_range' };
	if (!(west < east) || !(south < north)) return { ok: false, reason: 'bbox_inverted' };
	if ((east - west) * (north - south) > maxArea) return { ok: false, reason: 'bbox_too_large' };
	return { ok: true, bbox: [west, south, east, north] };
}

/** An integer zoom level 0–20. */
export function parseZoom(raw: string | null | undefined): number | null {
	if (raw === null || raw === undefined || !/^\d{1,2}$/.test(raw.trim())) return null;
	const z = Number(raw.trim());
	return z >= 0 && z <= MAX_ZOOM ? z : null;
}

/** The pin text: control characters removed, trimmed, 1–1,000 characters. */
export function checkPinText(raw: unknown): { ok: true; body: string } | { ok: false; reason: string } {
	const body = cleanText(raw);
	if (!body) return { ok: false, reason: 'pin_empty' };
	if ([...body].length > MAX_PIN_TEXT) return { ok: false, reason: 'pin_too_long' };
	return { ok: true, body };
}

/** At most `max` characters, cut at a word boundary when one is near, with an ellipsis. */
export function shorten(text: string, max = SHORT_TEXT): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

/** A filter value from a URL (category key, district or Stadtbezirk slug); '' when absent or malformed. */
export function filterValue(raw: string | null | undefined): string {
	const v = (raw ?? '').trim();
	return /^[a-z0-9][a-z0-9-]{0,79}$/.test(v) ? v : '';
}

/** Keyset cursors "<number>_<uuid>" of the pin lists; null for anything malformed. */
export function parseCursor(cursor: string | null | undefined): { n: number; id: string } | null {
	if (!cursor) return null;
	const m = /^(\d{1,15})_([0-9a-f-]{36})$/.exec(cursor);
	return m ? { n: Number(m[1]), id: m[2] } : null;
}

/** The hex colour of a category (#rrggbb), normalised to lower case; null when malformed. */
export function parseColor(raw: unknown): string | null {
	const v = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
	return /^#[0-9a-f]{6}$/.test(v) ? v : null;
}

/** WCAG contrast ratio of a colour against white (marker text and the white marker border). */
export function contrastWithWhite(hex: string): number {
	const channel = (i: number) => {
		const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
	return 1.05 / (l + 0.05);
}
