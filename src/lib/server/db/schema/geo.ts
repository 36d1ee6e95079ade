// Quarters of the city and the categories of map pins. The 30 statistical districts are grouped into
// the 6 Stadtbezirke; their geometry is either the generated approximate demo geometry or official
// boundaries imported by an admin (GeoJSON). Both are city-wide, not per process.
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './helpers';
import { modules } from './modules';

export const stadtbezirke = sqliteTable(
	'stadtbezirke',
	{
		id: id(),
		name: text('name').notNull(),
		position: integer('position').notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('stadtbezirke_name_uq').on(t.name)]
);

/** GeoJSON MultiPolygon coordinates in WGS84: polygons → rings → [lon, lat]. */
export type MultiPolygonCoords = number[][][][];

export const districts = sqliteTable(
	'districts',
	{
		id: id(),
		stadtbezirkId: text('stadtbezirk_id')
			.notNull()
			.references(() => stadtbezirke.id, { onDelete: 'restrict' }),
		name: text('name').notNull(),
		/** URL segment of the district page. */
		slug: text('slug').notNull(),
		position: integer('position').notNull(),
		geometry: text('geometry', { mode: 'json' }).$type<MultiPolygonCoords>().notNull(),
		/** Bounding box of the geometry, for the point lookup's first filter. */
		minLat: real('min_lat').notNull(),
		minLon: real('min_lon').notNull(),
		maxLat: real('max_lat').notNull(),
		maxLon: real('max_lon').notNull(),
		/** A point inside the district (label position, pins "ohne genauen Ort" on the map). */
		labelLat: real('label_lat').notNull(),
		labelLon: real('label_lon').notNull(),
		/** True for the generated demo geometry: the UI labels it as approximate. */
		approximate: integer('approximate', { mode: 'boolean' }).notNull().default(true),
		/** Where the geometry came from (e.g. "Demo (Voronoi)" or the imported file's name). */
		source: text('source').notNull().default(''),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('districts_name_uq').on(t.name),
		uniqueIndex('districts_slug_uq').on(t.slug),
		index('districts_stadtbezirk_idx').on(t.stadtbezirkId, t.position)
	]
);

/** Categories of map pins, per map module, managed by admins. */
export const pinCategories = sqliteTable(
	'pin_categories',
	{
		id: id(),
		moduleId: text('module_id')
			.notNull()
			.references(() => modules.id, { onDelete: 'cascade' }),
		/** Stable key used in URLs and open data (e.g. "gruen"). */
		key: text('key').notNull(),
		label: text('label').notNull(),
		labelEn: text('label_en').notNull().default(''),
		description: text('description').notNull().default(''),
		/** Marker colour, #rrggbb. */
		color: text('color').notNull().default('#0b5394'),
		position: integer('position').notNull(),
		/** Archived categories keep their pins but take no new ones. */
		archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('pin_categories_module_key_uq').on(t.moduleId, t.key),
		index('pin_categories_module_idx').on(t.moduleId, t.position)
	]
);
