import type { EvidenceInputs } from '../../../shared/api/evidence.ts';
import type { HandlersFor } from '../handler.ts';
import { indexUnreadFiles } from '../ingest/index-files.ts';
import { attachStaged, removeEvidence, removeFile, removeManyEvidence } from './attach.ts';
import { createEvidence, getEvidence, listEvidence, removeLink, setLink, updateEvidence } from './evidence.ts';

export const evidenceHandlers: HandlersFor<EvidenceInputs> = {
  'evidence/list': (input, s) => listEvidence(s.requireLibrary().db, input),
  'evidence/get': (input, s) => getEvidence(s.requireLibrary().db, input.id),
  'evidence/create': (input, s) => createEvidence(s.requireLibrary().db, input, s.now, s.info().details.userName),
  'evidence/update': (input, s) => updateEvidence(s.requireLibrary().db, input, s.now),
  'evidence/delete': (input, s) => removeEvidence(s.requireLibrary(), input.id),
  'evidence/deleteMany': (input, s) => {
    const r = removeManyEvidence(s.requireLibrary(), input.ids);
    s.env.emit('library/changed', { reason: 'evidence' });
    return r;
  },
  'evidence/addFile': (input, s) => {
    const item = attachStaged(s.requireLibrary(), s.stagingOf(input.uploadId), input.evidenceId, input.uploadId, input.name, s.now);
    // Its text is read in the background, so the file is searchable shortly after.
    indexUnreadFiles(s).catch((e: unknown) => s.env.logger.error('reading an attached file failed', { error: String(e) }));
    return item;
  },
  'evidence/removeFile': (input, s) => removeFile(s.requireLibrary(), input.evidenceId, input.fileId, s.now),
  'files/stage': async (input, s) => {
    const staged = await s.stage(input.bytes);
    return { uploadId: staged.uploadId, size: staged.size, sha256: staged.sha256 };
  },

  'links/set': (input, s) => setLink(s.requireLibrary().db, input, s.now),
  'links/remove': (input, s) => removeLink(s.requireLibrary().db, input.evidenceId, input.areaId),
};
