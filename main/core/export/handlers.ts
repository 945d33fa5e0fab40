import { statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { Readable } from 'node:stream';
import type { ExportInputs } from '../../../shared/api/export.ts';
import { todayIso } from '../../../shared/format.ts';
import { CoreError } from '../errors.ts';
import type { HandlersFor } from '../handler.ts';
import { newId } from '../ids.ts';
import type { Session } from '../session.ts';
import { defaultExportPath } from './fileName.ts';
import { cancelJob, startJob, stopIfCancelled } from './jobs.ts';
import type { ExportOptions } from './model.ts';
import { writeAtomically } from './write.ts';

// The pack's makers (pdfkit, docx, Observable Plot, linkedom…) are loaded when first asked
// for, so starting the app or the command line does not wait for them.
const makers = async () => {
  const [{ buildPack }, { renderHtml }, { renderPdf }, { renderDocx }, { writeZip, planEntries }] = await Promise.all([
    import('./model.ts'),
    import('./html.ts'),
    import('./pdf.ts'),
    import('./docx.ts'),
    import('./zip.ts'),
  ]);
  return { buildPack, renderHtml, renderPdf, renderDocx, writeZip, planEntries };
};

const packFor = async (s: Session, options: ExportOptions) => (await makers()).buildPack(s.requireLibrary().db, options, todayIso(s.now));

export const exportHandlers: HandlersFor<ExportInputs> = {
  'export/preview': async (input, s) => (await makers()).renderHtml(await packFor(s, input.options)),
  'export/write': async (input, s) => {
    if (input.path !== undefined && !isAbsolute(input.path)) throw new CoreError('invalid-input', 'path: must be a full path to the file to write.');
    if (input.path !== undefined && statSync(input.path, { throwIfNoEntry: false })?.isDirectory())
      throw new CoreError('invalid-input', `${input.path} is a folder; give the name of the file to write in it, such as ${join(input.path, `pack.${input.format}`)}.`);
    const lib = s.requireLibrary();
    const { renderHtml, renderPdf, renderDocx, writeZip, planEntries } = await makers();
    const pack = await packFor(s, input.options);
    // No path given (the web host, the app's own Exports folder): a dated name beside the library.
    const path = input.path ?? defaultExportPath(s.env.dataRoot, pack.localArea, todayIso(s.now), input.format);
    const jobId = input.jobId ?? newId();
    const { signal, end } = startJob(s, jobId);
    const check = () => stopIfCancelled(signal);
    try {
      const html = renderHtml(pack);
      if (input.format === 'zip') {
        // Progress counts the exhibit files streamed (tables made for the pack among them); the rendering steps come first, at 0 done.
        // Planned once, before the rendering: a missing exhibit file stops the export before that work.
        const entries = planEntries(pack, lib.store);
        const total = entries.length;
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
        await writeZip(pack, html, entries, path, documents, { signal, onFile: (entry, done) => progress(done, `${entry.exhibit.ref}: ${entry.storedName}`) });
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
