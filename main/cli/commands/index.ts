import type { Command } from '../context.ts';
import { areaCommands } from './areas.ts';
import { assessmentCommands } from './assessment.ts';
import { evidenceCommands } from './evidence.ts';
import { exportCommands } from './export.ts';
import { ingestCommands } from './ingest.ts';
import { libraryCommands } from './library.ts';

/** Every command; a feature adds its own file and one line here. */
export const commands: Command[] = [...libraryCommands, ...areaCommands, ...evidenceCommands, ...ingestCommands, ...assessmentCommands, ...exportCommands];
