// The map module: citizens pin issues of their quarter (category, text, optional photo) on a map of the
// city, or choose a district when they cannot or do not want to use the map ("ohne genauen Ort").
import type { ModuleDefinition } from '../registry';
import { insertDefaultCategories } from './categories.service';

export const mapModule: ModuleDefinition = {
	type: 'map',
	flags: ['pinning', 'commenting', 'supporting'],
	path: (processSlug, moduleSlug) => `/verfahren/${processSlug}/${moduleSlug}`,
	// A new map is usable at once: it starts with the eight categories of seed 004.
	setUp: (tx, actorId, moduleId) => void insertDefaultCategories(tx, actorId, moduleId)
};
