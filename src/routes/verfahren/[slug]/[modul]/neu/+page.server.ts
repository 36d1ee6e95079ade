// Setting a pin: the form (category, text, optional photo) with a point from the map or – without the
// map – a district ("ohne genauen Ort"). Everybody may open the page; only who may pin gets the form.
// On success: to the new pin's page (303), so a reload never sends the form twice.
import { fail, redirect } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { hit } from '$lib/server/auth/rate-limit';
import { rateLimited, requireUser } from '$lib/server/http';
import { validatePoint } from '$lib/server/geo/quarters';
import { canContribute } from '$lib/server/participation/permissions';
import { modulePhases } from '$lib/server/modules/map/context';
import { filterValue, MAX_PIN_TEXT } from '$lib/server/modules/map/input';
import { MAX_ALT, MAX_PHOTO_BYTES } from '$lib/server/modules/map/photos';
import { createPin } from '$lib/server/modules/map/pins.service';
import {
	categoryOptions,
	mapConfig,
	moduleInfo,
	quarterOptions,
	readOnlyText,
	resolveMap
} from '../map.server';
import { pinFailure } from '../pin-errors.server';
import { districtOutlines } from '$lib/server/modules/map/outlines';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const { db, mod } = resolveMap(event);
	const { url, locals } = event;
	const pinning = canContribute(locals.user, modulePhases(db, mod.moduleId), 'pinning');
	const point = validatePoint(url.searchParams.get('lat'), url.searchParams.get('lon'));
	const quarters = quarterOptions(db);
	return {
		map: moduleInfo(mod),
		categories: categoryOptions(db, mod.moduleId, locals.locale, true).map(
			({ key, label, description, color }) => ({
				key,
				label,
				description,
				color
			})
		),
		stadtbezirke: quarters.stadtbezirke.map((s) => ({
			name: s.name,
			districts: s.districts.map(({ slug, name }) => ({ slug, name }))
		})),
		initial: {
			lat: point.ok ? point.lat.toFixed(6) : '',
			lon: point.ok ? point.lon.toFixed(6) : '',
			quartier: filterValue(url.searchParams.get('quartier'))
		},
		canPin: pinning.ok,
		readOnly: readOnlyText(locals.locale, pinning),
		mapConfig: mapConfig(mod),
		outlines: districtOutlines(db),
		limits: { text: MAX_PIN_TEXT, alt: MAX_ALT, photoBytes: MAX_PHOTO_BYTES },
		nonce: crypto.randomUUID()
	};
};

const str = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const { db, mod } = resolveMap(event);
		const t = messages(event.locals.locale).map;
		let data: FormData;
		try {
			data = await event.request.formData();
		} catch {
			// Larger than BODY_SIZE_LIMIT (6 MB with npm start), or not a readable form: nothing arrived.
			return fail(413, { values: {}, errors: {}, error: t.errors.body_too_large, photoLost: true });
		}
		const values = {
			body: str(data.get('body')).slice(0, 5000),
			kategorie: str(data.get('kategorie')).slice(0, 100),
			quartier: str(data.get('quartier')).slice(0, 100),
			lat: str(data.get('lat')).slice(0, 40),
			lon: str(data.get('lon')).slice(0, 40),
			alt: str(data.get('alt')).slice(0, 1000)
		};
		const file = data.get('foto');
		const hasPhoto = file instanceof File && file.size > 0;
		const limit = await hit(['postPerAccount', user.id]);
		if (!limit.ok) return rateLimited(event, limit, values, { photoLost: hasPhoto });
		if (hasPhoto && file.size > MAX_PHOTO_BYTES)
			return pinFailure(event, { ok: false, reason: 'photo_too_large', field: 'photo' }, values, true);
		const result = await createPin(db, user, {
			moduleId: mod.moduleId,
			categoryKey: values.kategorie,
			body: values.body,
			lat: values.lat,
			lon: values.lon,
			districtSlug: values.quartier,
			nonce: str(data.get('nonce')),
			photo: hasPhoto ? { bytes: new Uint8Array(await file.arrayBuffer()), alt: values.alt } : null
		});
		if (!result.ok) return pinFailure(event, result, values, hasPhoto);
		const q = new URLSearchParams({ neu: result.state });
		if (result.photo) q.set('foto', '1');
		redirect(303, `/verfahren/${mod.processSlug}/${mod.moduleSlug}/hinweise/${result.id}?${q}`);
	}
};
