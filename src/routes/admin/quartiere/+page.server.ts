// /admin/quartiere: the current quarters, and the import of official boundaries in four steps
// (upload → properties → Stadtbezirke → preview and replace). The checked upload waits in memory under
// a token (see lib/server/geo/import-store.ts); the step is in the URL (?import=…&schritt=…), so every
// step is a plain GET page that survives a reload and works without JavaScript.
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/http';
import { getDb } from '$lib/server/db';
import { messages, type Locale } from '$lib/i18n';
import { listQuarters, quarterIndex } from '$lib/server/geo/quarters';
import { outlineSvg } from '$lib/server/geo/outline-svg';
import {
	guessBezirkProperty,
	guessNameProperty,
	nameFeatures,
	parseGeoJsonImport,
	type ImportError
} from '$lib/server/geo/geojson-import';
import {
	dropPendingImport,
	getPendingImport,
	importSizeLimit,
	MULTIPART_SLACK,
	storePendingImport
} from '$lib/server/geo/import-store';
import {
	analyseImport,
	currentBezirkByDistrict,
	planOf,
	replaceQuarters,
	stadtbezirkOptions
} from '$lib/server/geo/import.service';

const PAGE = '/admin/quartiere';

function sizeText(bytes: number, locale: Locale) {
	const mb = bytes / (1024 * 1024);
	return `${new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(mb)} MB`;
}

function errorTexts(locale: Locale, errors: ImportError[], total = errors.length): string[] {
	const t = messages(locale).quarters.admin;
	const out = errors.map((e) => {
		const text = t.errors[e.code];
		if (e.feature !== undefined) return `${t.feature(e.feature, e.label)}: ${text}`;
		return e.code === 'crs_not_wgs84' && e.label ? `${text} (${e.label})` : text;
	});
	if (total > errors.length) out.push(t.more(total - errors.length));
	return out;
}

function examples(values: string[]): string {
	const distinct = [...new Set(values.map((v) => v.trim()).filter(Boolean))].slice(0, 3);
	return distinct.map((v) => (v.length > 30 ? `${v.slice(0, 29)}…` : v)).join(', ');
}

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'admin');
	const db = getDb();
	const locale = event.locals.locale;
	const quarters = listQuarters(db);
	const index = quarterIndex(db);
	const base = {
		quarters,
		currentOutline: outlineSvg(
			index.map((d) => ({ name: d.district, group: d.stadtbezirk, geometry: d.geometry }))
		),
		sizeLimit: sizeText(importSizeLimit(), locale),
		sizeLimitBytes: importSizeLimit(),
		notice: ((): { kind: 'replaced'; counts: number[] } | { kind: 'cancelled' } | null => {
			const replaced = event.url.searchParams.get('ersetzt');
			if (replaced && /^\d+(-\d+){3}$/.test(replaced))
				return { kind: 'replaced', counts: replaced.split('-').map(Number) };
			if (event.url.searchParams.has('abgebrochen')) return { kind: 'cancelled' };
			return null;
		})()
	};
	const token = event.url.searchParams.get('import');
	if (!token) return { ...base, wizard: null };
	const p = getPendingImport(token, user.id);
	if (!p) return { ...base, wizard: { step: 'expired' as const } };

	const file = { token, fileName: p.fileName, features: p.parsed.features.length, skipped: p.parsed.skipped };
	const options = stadtbezirkOptions(db);
	const wanted = event.url.searchParams.get('schritt');
	const plan = planOf(p);
	if (wanted === 'vorschau' && plan) {
		const a = analyseImport(db, plan);
		return {
			...base,
			wizard: {
				step: 'preview' as const,
				...file,
				rows: a.rows,
				removed: a.removed.map((r) => ({ name: r.name, references: r.references })),
				blocked: a.blocked,
				unknownBezirke: a.unknownBezirke,
				counts: a.counts,
				points: a.points,
				outline: outlineSvg(
					plan.items.map((i) => ({ name: i.name, group: i.stadtbezirk, geometry: i.geometry }))
				),
				groups: options
			}
		};
	}
	if ((wanted === 'zuordnung' || wanted === 'vorschau') && p.names) {
		return {
			...base,
			wizard: {
				step: 'assign' as const,
				...file,
				options,
				rows: p.names.map((name, i) => ({
					index: i,
					number: p.parsed.features[i].number,
					name,
					value: p.assignments?.[i] ?? ''
				}))
			}
		};
	}
	const nameProperty = p.nameProperty ?? guessNameProperty(p.parsed) ?? '';
	return {
		...base,
		wizard: {
			step: 'properties' as const,
			...file,
			keys: p.parsed.propertyKeys.map((key) => ({
				key,
				examples: examples(p.parsed.features.map((f) => f.properties[key] ?? ''))
			})),
			nameProperty,
			bezirkProperty: p.bezirkProperty ?? guessBezirkProperty(p.parsed, options, nameProperty) ?? ''
		}
	};
};

/** The form of a step with its token, or a failure saying the upload expired. */
async function pending(event: RequestEvent) {
	const user = requireRole(event, 'admin');
	let data: FormData;
	try {
		data = await event.request.formData();
	} catch {
		return { user, fail: fail(400, { errors: [messages(event.locals.locale).errors.invalid] }) } as const;
	}
	const p = getPendingImport(data.get('token'), user.id);
	if (!p)
		return {
			user,
			fail: fail(410, { errors: [messages(event.locals.locale).quarters.admin.expired] })
		} as const;
	return { user, data, p } as const;
}

export const actions: Actions = {
	upload: async (event) => {
		const user = requireRole(event, 'admin');
		const locale = event.locals.locale;
		const t = messages(locale).quarters.admin;
		const limit = importSizeLimit();
		const tooLarge = () => fail(413, { step: 'upload', errors: [t.fileTooLarge(sizeText(limit, locale))] });
		// Refuse an oversized upload by its announced length, before reading or parsing anything.
		const announced = Number(event.request.headers.get('content-length') ?? '0');
		if (announced > limit + MULTIPART_SLACK) return tooLarge();
		let data: FormData;
		try {
			data = await event.request.formData();
		} catch (e) {
			// adapter-node stops reading beyond BODY_SIZE_LIMIT with a 413 error.
			if ((e as { status?: number }).status === 413) return tooLarge();
			return fail(400, { step: 'upload', errors: [messages(locale).errors.invalid] });
		}
		const file = data.get('file');
		if (!(file instanceof File) || file.size === 0 || !file.name)
			return fail(400, {
				step: 'upload',
				errors: [file instanceof File && file.name ? t.errors.file_empty : t.fileMissing]
			});
		if (file.size > limit) return tooLarge();
		const parsed = parseGeoJsonImport(await file.text());
		if (!parsed.ok)
			return fail(400, { step: 'upload', errors: errorTexts(locale, parsed.errors, parsed.total) });
		const fileName = file.name.replace(/^.*[\\/]/, '').slice(0, 120);
		const token = storePendingImport(user.id, fileName, parsed.value);
		redirect(303, `${PAGE}?import=${token}`);
	},

	properties: async (event) => {
		const r = await pending(event);
		if ('fail' in r) return r.fail;
		const { data, p } = r;
		const str = (k: string) => (typeof data.get(k) === 'string' ? (data.get(k) as string) : '');
		const nameProperty = str('nameProperty');
		const bezirkProperty = str('bezirkProperty');
		const db = getDb();
		const options = stadtbezirkOptions(db);
		const named = nameFeatures(
			p.parsed,
			nameProperty,
			p.parsed.propertyKeys.includes(bezirkProperty) ? bezirkProperty : undefined,
			options,
			currentBezirkByDistrict(db)
		);
		p.nameProperty = nameProperty;
		p.bezirkProperty = bezirkProperty;
		if (!named.ok)
			return fail(400, {
				step: 'properties',
				errors: errorTexts(event.locals.locale, named.errors, named.total)
			});
		p.names = named.value.names;
		p.assignments = named.value.proposed;
		const complete = p.assignments.every((a) => a !== null);
		redirect(303, `${PAGE}?import=${p.token}&schritt=${complete ? 'vorschau' : 'zuordnung'}`);
	},

	assign: async (event) => {
		const r = await pending(event);
		if ('fail' in r) return r.fail;
		const { data, p } = r;
		if (!p.names) redirect(303, `${PAGE}?import=${p.token}`);
		const options = new Set(stadtbezirkOptions(getDb()));
		p.assignments = p.names.map((_, i) => {
			const v = data.get(`b-${i}`);
			return typeof v === 'string' && options.has(v) ? v : null;
		});
		const missing = p.assignments.flatMap((a, i) => (a === null ? [i] : []));
		if (missing.length > 0)
			return fail(400, {
				step: 'assign',
				errors: [messages(event.locals.locale).quarters.admin.assignmentMissing],
				missing
			});
		redirect(303, `${PAGE}?import=${p.token}&schritt=vorschau`);
	},

	replace: async (event) => {
		const r = await pending(event);
		if ('fail' in r) return r.fail;
		const { user, data, p } = r;
		const t = messages(event.locals.locale).quarters.admin;
		const plan = planOf(p);
		if (!plan) redirect(303, `${PAGE}?import=${p.token}&schritt=zuordnung`);
		const result = replaceQuarters(getDb(), user.id, {
			...plan,
			approximate: data.get('approximate') === 'on'
		});
		if (!result.ok) {
			const error =
				result.reason === 'districts_in_use'
					? t.blocked(result.names.join(', '))
					: result.reason === 'stadtbezirk_unknown'
						? t.unknownBezirke(result.names.join(', '))
						: t.errors.no_polygons;
			return fail(409, { step: 'preview', errors: [error] });
		}
		dropPendingImport(p.token);
		const s = result.summary;
		redirect(303, `${PAGE}?ersetzt=${s.inserted}-${s.updated}-${s.deleted}-${s.pointsMoved}`);
	},

	cancel: async (event) => {
		const r = await pending(event);
		if ('fail' in r) redirect(303, PAGE);
		dropPendingImport(r.p.token);
		redirect(303, `${PAGE}?abgebrochen=1`);
	}
};
