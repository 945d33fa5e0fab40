import type { AssessmentInputs } from '../../../shared/api/assessment.ts';
import type { ExcerptInputs } from '../../../shared/api/excerpts.ts';
import { getArea } from '../areas/areas.ts';
import type { HandlersFor } from '../handler.ts';
import type { Session } from '../session.ts';
import { createExcerpt, deleteExcerpt, listExcerpts, restoreExcerpt, updateExcerpt } from './excerpts.ts';
import { createFinding, deleteFinding, listFindings, moveFinding, restoreFinding, updateFinding } from './findings.ts';
import type { Recorder } from './history.ts';
import { listHistory } from './history.ts';
import { getJudgement, judgeArea } from './judgements.ts';
import { getReview, setReview } from './review.ts';
import { getSettings, updateSettings, wordingPresetList } from './settings.ts';

/** Who and when, for the history: the library's user name and the session's clock. */
const by = (s: Session): Recorder => ({ who: s.info().details.userName, at: s.now.toISOString() });

export const assessmentHandlers: HandlersFor<AssessmentInputs> = {
  'assessment/settings': (_, s) => ({ ...getSettings(s.requireLibrary().db), presets: wordingPresetList }),
  'assessment/updateSettings': (input, s) => ({ ...updateSettings(s.requireLibrary().db, input), presets: wordingPresetList }),
  'assessment/get': (input, s) => {
    const db = s.requireLibrary().db;
    getArea(db, input.areaId);
    return {
      areaId: input.areaId,
      judgement: getJudgement(db, input.areaId),
      findings: listFindings(db, input.areaId),
      review: getReview(db, input.areaId),
      wording: getSettings(db).wording,
    };
  },
  'assessment/judge': (input, s) => {
    const db = s.requireLibrary().db;
    const judgement = judgeArea(db, input, by(s));
    return { area: getArea(db, input.areaId), judgement };
  },
  'assessment/setReview': (input, s) => setReview(s.requireLibrary().db, input, s.now),
  'assessment/history': (input, s) => {
    const db = s.requireLibrary().db;
    getArea(db, input.areaId);
    return listHistory(db, input.areaId, input.limit);
  },
  'findings/create': (input, s) => createFinding(s.requireLibrary().db, input, by(s)),
  'findings/update': (input, s) => updateFinding(s.requireLibrary().db, input, by(s)),
  'findings/move': (input, s) => moveFinding(s.requireLibrary().db, input.id, input.position, by(s)),
  'findings/delete': (input, s) => deleteFinding(s.requireLibrary().db, input.id, by(s)),
  'findings/restore': (input, s) => restoreFinding(s.requireLibrary().db, input.finding, by(s)),
};

export const excerptHandlers: HandlersFor<ExcerptInputs> = {
  'excerpts/list': (input, s) => listExcerpts(s.requireLibrary().db, input),
  'excerpts/create': (input, s) => createExcerpt(s.requireLibrary().db, input, s.now, s.info().details.userName),
  'excerpts/update': (input, s) => updateExcerpt(s.requireLibrary().db, input, s.now),
  'excerpts/delete': (input, s) => deleteExcerpt(s.requireLibrary().db, input.id),
  'excerpts/restore': (input, s) => restoreExcerpt(s.requireLibrary().db, input.excerpt, s.now),
};
