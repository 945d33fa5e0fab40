import { areaCreateInput, areaMoveInput, areaUpdateInput, letterInput, type Area, type AreaDependents, type LetterProposals } from '../schemas/areas.ts';
import { byId, none } from './common.ts';

export const areaInputs = {
  'areas/list': none,
  'areas/create': areaCreateInput,
  'areas/update': areaUpdateInput,
  'areas/move': areaMoveInput,
  'areas/delete': byId,
  'areas/dependents': byId,
  'areas/proposeFromLetter': letterInput,
} as const;

export type AreaInputs = typeof areaInputs;

export interface AreaOutputs {
  'areas/list': Area[];
  'areas/create': Area;
  'areas/update': Area;
  'areas/move': Area[];
  'areas/delete': { id: string; unlinkedEvidence: number; actionsRemoved: number; findingsRemoved: number; judgementRemoved: boolean };
  /** What deleting the area would remove: for the confirmation ("3 actions, a judgement…"). */
  'areas/dependents': AreaDependents;
  /** Proposes areas of concern from a pasted inspection or revisit letter; adds nothing. */
  'areas/proposeFromLetter': LetterProposals;
}
