// The document module: a draft concept in chapters that people comment on, down to single paragraphs.
import type { ModuleDefinition } from '../registry';

export const documentModule: ModuleDefinition = {
	type: 'document',
	flags: ['commenting', 'supporting'],
	path: (processSlug, moduleSlug) => `/verfahren/${processSlug}/${moduleSlug}`
};
