import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { libraryDetailsInput } from '../../../shared/schemas/library.ts';
import { areaCreateInput } from '../../../shared/schemas/areas.ts';
import { evidenceCreateInput, stance } from '../../../shared/schemas/evidence.ts';
import { createArea, findAreaByCode } from '../areas/areas.ts';
import { CoreError } from '../errors.ts';
import { attachStaged } from '../evidence/attach.ts';
import { createEvidence, setLink } from '../evidence/evidence.ts';
import { insertDetails } from '../library/details.ts';
import { Library } from '../library/library.ts';

const seedSchema = z.object({
  library: libraryDetailsInput,
  areas: z.array(areaCreateInput),
  evidence: z.array(
    evidenceCreateInput.extend({
      files: z.array(z.string()).default([]),
      links: z.array(z.object({ area: z.string(), stance: stance.default('supports'), note: z.string().default('') })).default([]),
    }),
  ),
});
export type Seed = z.output<typeof seedSchema>;

export function readSeed(exampleDir: string): Seed {
  try {
    return seedSchema.parse(JSON.parse(readFileSync(join(exampleDir, 'seed.json'), 'utf8')));
  } catch {
    throw new CoreError('internal', 'The example library that came with the app is missing or damaged. Reinstall Revisit Ready to get it back.');
  }
}

/** Builds a library at `target` from the shipped seed, through the same core functions the app uses. */
export async function buildExampleLibrary(exampleDir: string, target: string, now: Date): Promise<Library> {
  const seed = readSeed(exampleDir);
  const lib = Library.create(target, (db) => insertDetails(db, seed.library, now));
  try {
    for (const area of seed.areas) createArea(lib.db, area, now);
    for (const item of seed.evidence) {
      const { files, links, ...fields } = item;
      const created = createEvidence(lib.db, fields, now, seed.library.userName);
      for (const file of files) {
        const staged = await lib.store.staging.stageFile(join(exampleDir, file));
        attachStaged(lib, lib.store.staging, created.id, staged.uploadId, basename(file), now);
      }
      for (const link of links) {
        const area = findAreaByCode(lib.db, link.area);
        if (!area) throw new CoreError('internal', `The example library links to an unknown area ${link.area}.`);
        setLink(lib.db, { evidenceId: created.id, areaId: area.id, stance: link.stance, note: link.note }, now);
      }
    }
    return lib;
  } catch (e) {
    lib.close();
    throw e;
  }
}
