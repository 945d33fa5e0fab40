import { areaCreateInput, areaMoveInput, areaUpdateInput, type Area } from '../schemas/areas.ts';
import { byId, none } from './common.ts';

export const areaInputs = {
  'areas/list': none,
  'areas/create': areaCreateInput,
  'areas/update': areaUpdateInput,
  'areas/move': areaMoveInput,
  'areas/delete': byId,
} as const;

export type AreaInputs = typeof areaInputs;

export interface AreaOutputs {
  'areas/list': Area[];
  'areas/create': Area;
  'areas/update': Area;
  'areas/move': Area[];
  'areas/delete': { id: string; unlinkedEvidence: number };
}
