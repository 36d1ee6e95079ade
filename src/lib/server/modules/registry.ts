// The module types a process can contain. Each type is defined in code – its flags and its public
// route – so a new kind of participation is a new folder plus one entry here.
import type { Conn } from '../db';
import type { ModuleType } from '../db/schema';
import { documentModule } from './document/definition';
import { mapModule } from './map/definition';

export const FLAGS = ['commenting', 'supporting', 'pinning', 'cards', 'voting'] as const;
export type Flag = (typeof FLAGS)[number];

export interface ModuleDefinition {
	type: ModuleType;
	/** Flags a phase can switch on for a module of this type. */
	flags: readonly Flag[];
	/** The public path of a module, for links from the process page. */
	path(processSlug: string, moduleSlug: string): string;
	/** Runs in the transaction that creates a module of this type (e.g. the map's default categories). */
	setUp?(tx: Conn, actorId: string | null, moduleId: string): void;
}

const registry = new Map<ModuleType, ModuleDefinition>([
	[documentModule.type, documentModule],
	[mapModule.type, mapModule]
]);

export function moduleDefinition(type: ModuleType): ModuleDefinition | undefined {
	return registry.get(type);
}

export function registeredModuleTypes(): ModuleDefinition[] {
	return [...registry.values()];
}
