import { z } from 'zod';
import { id, isoDate } from '../schemas/common.ts';

/** What goes into the evidence pack. */
export const exportOptions = z
  .object({
    /** Which areas of concern, in the library's order; left out, every area. */
    areaIds: z.array(id).max(200).optional(),
    /** Items marked as personal data are left out unless this is set on purpose. */
    includePersonalData: z.boolean({ message: 'must be true or false' }).default(false),
    /** Marks every page "Draft". */
    draft: z.boolean({ message: 'must be true or false' }).default(false),
    /** The "as at" date written on the pack; left out, today. */
    asAt: isoDate.optional(),
  })
  .strict();

export const exportFormats = ['pdf', 'docx', 'html', 'zip'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportInputs = {
  'export/preview': z.object({ options: exportOptions.default({ includePersonalData: false, draft: false }) }),
  'export/write': z.object({
    format: z.enum(exportFormats, { message: 'must be pdf, docx, html or zip' }),
    /** Where to write the pack: an absolute path to a file; left out, a dated file in the Exports folder. */
    path: z.string().min(1, { message: 'must name a file' }).max(4096, { message: 'is too long' }).optional(),
    options: exportOptions.default({ includePersonalData: false, draft: false }),
    /** Chosen by the caller to follow 'export/progress' and to cancel the write with export/cancel. */
    jobId: id.optional(),
  }),
  /** Stops a pack being written: nothing is left at the target. */
  'export/cancel': z.object({ jobId: id }),
} as const;

export type ExportInputs = typeof exportInputs;

export interface ExportOutputs {
  /** The pack as one self-contained HTML document. */
  'export/preview': string;
  /** Where the pack was written and how many exhibits it lists. */
  'export/write': { path: string; exhibits: number; withheld: number };
  /** Whether a write with that job id was running and has been told to stop. */
  'export/cancel': { cancelled: boolean };
}
