import type { IngestInputs } from '../../../shared/api/ingest.ts';
import type { HandlersFor } from '../handler.ts';
import { ingestDetails } from './details.ts';
import { ingestFor } from './service.ts';

export const ingestHandlers: HandlersFor<IngestInputs> = {
  'ingest/start': async (input, s) => {
    const job = await ingestFor(s).createJob(input);
    job.run().catch((e: unknown) => s.env.logger.error('import stopped unexpectedly', { error: String(e) }));
    return { jobId: job.id, total: job.total };
  },
  'ingest/run': async (input, s) => (await ingestFor(s).createJob(input)).run(),
  'ingest/cancel': (input, s) => ({ jobId: input.jobId, cancelled: ingestFor(s).job(input.jobId).cancel() }),
  'ingest/status': (input, s) => ingestFor(s).job(input.jobId).state(),
  'ingest/details': (input, s) => ingestDetails(s.requireLibrary().db, input.id),
};
