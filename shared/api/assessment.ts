import {
  findingCreateInput,
  findingMoveInput,
  findingSnapshot,
  findingUpdateInput,
  historyInput,
  judgeInput,
  reviewUpdateInput,
  settingsUpdateInput,
  type AreaAssessment,
  type AreaReview,
  type AssessmentSettings,
  type Finding,
  type FindingSnapshot,
  type HistoryEntry,
  type JudgementRecord,
} from '../schemas/assessment.ts';
import type { Area } from '../schemas/areas.ts';
import { z } from 'zod';
import { id } from '../schemas/common.ts';
import { byId, none } from './common.ts';

export const assessmentInputs = {
  'assessment/settings': none,
  'assessment/updateSettings': settingsUpdateInput,
  'assessment/get': z.object({ areaId: id }),
  'assessment/judge': judgeInput,
  'assessment/setReview': reviewUpdateInput,
  'assessment/history': historyInput,
  'findings/create': findingCreateInput,
  'findings/update': findingUpdateInput,
  'findings/move': findingMoveInput,
  'findings/delete': byId,
  'findings/restore': z.object({ finding: findingSnapshot }),
} as const;

export type AssessmentInputs = typeof assessmentInputs;

export interface AssessmentOutputs {
  'assessment/settings': AssessmentSettings & { presets: { id: string; name: string }[] };
  'assessment/updateSettings': AssessmentSettings & { presets: { id: string; name: string }[] };
  'assessment/get': AreaAssessment;
  'assessment/judge': { area: Area; judgement: JudgementRecord };
  'assessment/setReview': AreaReview;
  /** Newest first. */
  'assessment/history': HistoryEntry[];
  'findings/create': Finding;
  'findings/update': Finding;
  /** The area's findings in their new order. */
  'findings/move': Finding[];
  'findings/delete': { removed: FindingSnapshot };
  'findings/restore': Finding;
}
