import { z } from 'zod';
import {
  actionCreateInput,
  actionListInput,
  actionRestoreInput,
  actionUpdateInput,
  applyPresetInput,
  importActionsInput,
  setStatusesInput,
  stocktakeRecordInput,
  trackerSource,
  type Action,
  type ActionStatus,
  type ImportResult,
  type StatusPreset,
  type Stocktake,
  type TrackerPreview,
} from '../schemas/actions.ts';
import { byId, none } from './common.ts';

export const actionInputs = {
  'actions/list': actionListInput,
  'actions/create': actionCreateInput,
  'actions/update': actionUpdateInput,
  'actions/delete': byId,
  'actions/restore': actionRestoreInput,
  'actions/statuses': none,
  'actions/setStatuses': setStatusesInput,
  'actions/applyPreset': applyPresetInput,
  'actions/previewImport': z.object({ source: trackerSource }),
  'actions/import': importActionsInput,
  'stocktakes/list': none,
  'stocktakes/record': stocktakeRecordInput,
  'stocktakes/delete': byId,
} as const;

export type ActionInputs = typeof actionInputs;

export interface ActionOutputs {
  /** In register order of areas, then each area's order. */
  'actions/list': Action[];
  'actions/create': Action;
  'actions/update': Action;
  /** `restore` is what actions/restore takes to undo. */
  'actions/delete': { removed: Action; restore: z.input<typeof actionRestoreInput>['action'] };
  'actions/restore': Action;
  'actions/statuses': { statuses: ActionStatus[]; presets: readonly StatusPreset[] };
  'actions/setStatuses': ActionStatus[];
  'actions/applyPreset': ActionStatus[];
  'actions/previewImport': TrackerPreview;
  'actions/import': ImportResult;
  /** Newest first, each compared with the one before it. */
  'stocktakes/list': Stocktake[];
  'stocktakes/record': Stocktake;
  'stocktakes/delete': { id: string };
}
