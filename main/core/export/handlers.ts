import { isAbsolute } from 'node:path';
import { Readable } from 'node:stream';
import type { ExportInputs } from '../../../shared/api/export.ts';
import { todayIso } from '../../../shared/format.ts';
import { CoreError } from '../errors.ts';
import type { HandlersFor } from '../handler.ts';
import { newId } from '../ids.ts';
import type { Session } from '../session.ts';
import { renderDocx } from './docx.ts';
import { renderHtml } from './html.ts';
import { defaultExportPath } from './fileName.ts';
import { cancelJob, startJob, stopIfCancelled } from './jobs.ts';
import { buildPack, type ExportOptions } from './model.ts';
import { renderPdf } from './pdf.ts';
import { writeAtomically } from './write.ts';
import { writeZip } from './zip.ts';

const packFor = (s: Session, options: ExportOptions) => buildPack(s.requireLibrary().db, options, todayIso(s.now));

export const exportHandlers: HandlersFor<ExportInputs> = {
  'export/preview': (input, s) => renderHtml(packFor(s, input.options)),
  'export/write': async (input, s) => {
    if (input.path !== undefined && !isAbsolute(input.path)) throw new CoreError('invalid-input', 'path: must be a full path to the file to write.');
    const lib = s.requireLibrary();
    const pack = packFor(s, input.options);
    // No path given (the web host, the app's own Exports folder): a dated name beside the library.
    const path = input.path ?? defaultExportPath(s.env.dataRoot, pack.localArea, todayIso(s.now), input.format);
    const jobId = input.jobId ?? newId();
    const { signal, end } = startJob(s, jobId);
    const check = () => stopIfCancelled(signal);
    try {
      const html = renderHtml(pack);
      if (input.format === 'zip') {
        // Progress counts the exhibit files streamed; the rendering steps come first, at 0 done.
        const total = pack.exhibits.reduce((n, e) => n + e.files.length, 0);
        const progress = (done: number, label: string) => s.env.emit('export/progress', { jobId, done, total, label });
        progress(0, 'Making the PDF…');
        const pdf = await renderPdf(pack);
        check();
        progress(0, 'Making the Word document…');
        const docx = await renderDocx(pack);
        check();
        const documents = [
          { path: 'pack.pdf', bytes: pdf },
          { path: 'pack.docx', bytes: docx },
        ];
        await writeZip(pack, html, lib.store, path, documents, { signal, onFile: (entry, done) => progress(done, `${entry.exhibit.ref}: ${entry.storedName}`) });
      } else if (input.format === 'pdf' || input.format === 'docx') {
        const bytes = input.format === 'pdf' ? await renderPdf(pack) : await renderDocx(pack);
        check();
        await writeAtomically(path, () => Readable.from([bytes]), check);
      } else await writeAtomically(path, () => html, check);
    } finally {
      end();
    }
    return { path, exhibits: pack.exhibits.length, withheld: pack.withheld };
  },
  'export/cancel': (input, s) => ({ cancelled: cancelJob(s, input.jobId) }),
};
