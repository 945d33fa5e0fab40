import { isAbsolute } from 'node:path';
import { Readable } from 'node:stream';
import type { ExportInputs } from '../../../shared/api/export.ts';
import { todayIso } from '../../../shared/format.ts';
import { CoreError } from '../errors.ts';
import type { HandlersFor } from '../handler.ts';
import type { Session } from '../session.ts';
import { renderDocx } from './docx.ts';
import { renderHtml } from './html.ts';
import { defaultExportPath } from './fileName.ts';
import { buildPack, type ExportOptions } from './model.ts';
import { renderPdf } from './pdf.ts';
import { writeAtomically } from './write.ts';
import { renderDocuments, writeZip } from './zip.ts';

const packFor = (s: Session, options: ExportOptions) => buildPack(s.requireLibrary().db, options, todayIso(s.now));

export const exportHandlers: HandlersFor<ExportInputs> = {
  'export/preview': (input, s) => renderHtml(packFor(s, input.options)),
  'export/write': async (input, s) => {
    if (input.path !== undefined && !isAbsolute(input.path)) throw new CoreError('invalid-input', 'path: must be a full path to the file to write.');
    const lib = s.requireLibrary();
    const pack = packFor(s, input.options);
    // No path given (the web host, the app's own Exports folder): a dated name beside the library.
    const path = input.path ?? defaultExportPath(s.env.dataRoot, pack.localArea, todayIso(s.now), input.format);
    const html = renderHtml(pack);
    if (input.format === 'zip') await writeZip(pack, html, lib.store, path, await renderDocuments(pack));
    else if (input.format === 'pdf' || input.format === 'docx') {
      const bytes = input.format === 'pdf' ? await renderPdf(pack) : await renderDocx(pack);
      await writeAtomically(path, () => Readable.from([bytes]));
    } else await writeAtomically(path, () => html);
    return { path, exhibits: pack.exhibits.length, withheld: pack.withheld };
  },
};
