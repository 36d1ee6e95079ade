// The map section of a module's admin page: the pin categories (add the defaults, create, rename,
// recolour, reorder, archive and restore) and how many photos wait for moderation. Every action checks
// the admin role itself and is audited by the service.
import { fail, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { readForm, requireRole } from '$lib/server/http';
import { parseId } from '$lib/server/admin/input';
import {
	addDefaultCategories,
	categoriesOf,
	createCategory,
	DEFAULT_CATEGORIES,
	MAX_CATEGORY_DESCRIPTION,
	MAX_CATEGORY_LABEL,
	moveCategory,
	setCategoryArchived,
	updateCategory
} from '$lib/server/modules/map/categories.service';
import { keepValues } from '$lib/validation/common';
import { errorTexts, formInput, refused, routeModule, routeProcess } from '../../../shared.server';

const FIELDS = ['label', 'labelEn', 'description', 'color'];

export function mapSection(moduleId: string) {
	const categories = categoriesOf(getDb(), moduleId);
	const keys = new Set(categories.map((c) => c.key));
	return {
		categories: categories.map((c) => ({
			id: c.id,
			key: c.key,
			label: c.label,
			labelEn: c.labelEn,
			description: c.description,
			color: c.color,
			archived: c.archived
		})),
		missingDefaults: DEFAULT_CATEGORIES.filter((c) => !keys.has(c.key)).length,
		limits: { label: MAX_CATEGORY_LABEL, description: MAX_CATEGORY_DESCRIPTION }
	};
}

function context(event: RequestEvent) {
	const user = requireRole(event, 'admin');
	const process = routeProcess(event);
	const mod = routeModule(event, process.id);
	return { user, mod, db: getDb(), t: messages(event.locals.locale).map.admin };
}

/** Field error texts: the map's own codes first, then the shared admin texts. */
function texts(event: RequestEvent, errors: Record<string, string | undefined>) {
	const m = messages(event.locals.locale);
	const own = m.map.admin.errors as Record<string, string>;
	const out = errorTexts(m, errors);
	for (const [k, code] of Object.entries(errors)) if (code && own[code]) out[k] = own[code];
	return out;
}

export const mapActions = {
	addDefaults: async (event: RequestEvent) => {
		const { user, mod, db, t } = context(event);
		const r = addDefaultCategories(db, user.id, mod.id);
		if (!r.ok) return refused(event, 'categories', r);
		return { form: 'categories', notice: t.defaultsAdded(r.added) };
	},
	createCategory: async (event: RequestEvent) => {
		const { user, mod, db, t } = context(event);
		const data = await readForm(event);
		const r = createCategory(db, user.id, mod.id, formInput(data, FIELDS));
		if (!r.ok) {
			if (!r.errors) return refused(event, 'category-new', r, keepValues(data, FIELDS));
			return fail(400, {
				form: 'category-new',
				values: keepValues(data, FIELDS),
				errors: texts(event, r.errors)
			});
		}
		return { form: 'category-new', notice: t.created };
	},
	updateCategory: async (event: RequestEvent) => {
		const { user, mod, db, t } = context(event);
		const data = await readForm(event);
		const id = parseId(data.get('categoryId')) ?? '';
		const key = `category-${id}`;
		const r = updateCategory(db, user.id, mod.id, id, formInput(data, FIELDS));
		if (!r.ok) {
			if (!r.errors) return refused(event, key, r, keepValues(data, FIELDS));
			return fail(400, { form: key, values: keepValues(data, FIELDS), errors: texts(event, r.errors) });
		}
		return { form: key, notice: r.changed ? t.saved : t.unchanged };
	},
	moveCategory: async (event: RequestEvent) => {
		const { user, mod, db, t } = context(event);
		const data = await readForm(event);
		const id = parseId(data.get('categoryId')) ?? '';
		const r = moveCategory(db, user.id, mod.id, id, data.get('direction') === 'up' ? -1 : 1);
		if (!r.ok) return refused(event, 'categories', r);
		return { form: 'categories', notice: t.moved };
	},
	archiveCategory: async (event: RequestEvent) => {
		const { user, mod, db, t } = context(event);
		const data = await readForm(event);
		const id = parseId(data.get('categoryId')) ?? '';
		const archived = data.get('archived') === 'yes';
		const r = setCategoryArchived(db, user.id, mod.id, id, archived);
		if (!r.ok) return refused(event, 'categories', r);
		return { form: 'categories', notice: archived ? t.archivedDone : t.restoredDone };
	}
};
