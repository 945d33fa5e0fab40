import { isAbsolute } from 'node:path';
import type { ExportInputs } from '../../../shared/api/export.ts';
import { todayIso } from '../../../shared/format.ts';
import { CoreError } from '../errors.ts';
import type { HandlersFor } from '../handler.ts';
import type { Session } from '../session.ts';
import { renderHtml } from './html.ts';
import { buildPack, type ExportOptions } from './model.ts';
import { writeAtomically } from './write.ts';
import { writeZip } from './zip.ts';

const packFor = (s: Session, options: ExportOptions) => buildPack(s.requireLibrary().db, options, todayIso(s.now));

export const exportHandlers: HandlersFor<ExportInputs> = {
  'export/preview': (input, s) => renderHtml(packFor(s, input.options)),
  'export/write': async (input, s) => {
    if (!isAbsolute(input.path)) throw new CoreError('invalid-input', 'path: must be a full path to the file to write.');
    const lib = s.requireLibrary();
    const pack = packFor(s, input.options);
    const html = renderHtml(pack);
    if (input.format === 'zip') await writeZip(pack, html, lib.store, input.path);
    else await writeAtomically(input.path, () => html);
    return { path: input.path, exhibits: pack.exhibits.length, withheld: pack.withheld };
  },
};
