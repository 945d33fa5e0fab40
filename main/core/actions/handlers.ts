import type { ActionInputs } from '../../../shared/api/actions.ts';
import { statusPresets } from '../../../shared/schemas/actions.ts';
import { todayIso } from '../../../shared/format.ts';
import type { HandlersFor } from '../handler.ts';
import { createAction, deleteAction, listActions, restoreAction, updateAction } from './actions.ts';
import { applyPreset, listStatuses, setStatuses } from './statuses.ts';
import { deleteStocktake, listStocktakes, recordStocktake } from './stocktakes.ts';
import { importTracker, previewTracker } from './tracker-import.ts';

export const actionHandlers: HandlersFor<ActionInputs> = {
  'actions/list': (input, s) => listActions(s.requireLibrary().db, input.areaId, todayIso(s.now)),
  'actions/create': (input, s) => createAction(s.requireLibrary().db, input, s.now, todayIso(s.now)),
  'actions/update': (input, s) => updateAction(s.requireLibrary().db, input, s.now, todayIso(s.now)),
  'actions/delete': (input, s) => deleteAction(s.requireLibrary().db, input.id, todayIso(s.now)),
  'actions/restore': (input, s) => restoreAction(s.requireLibrary().db, input.action, s.now, todayIso(s.now)),
  'actions/statuses': (_, s) => ({ statuses: listStatuses(s.requireLibrary().db), presets: statusPresets }),
  'actions/setStatuses': (input, s) => setStatuses(s.requireLibrary().db, input),
  'actions/applyPreset': (input, s) => applyPreset(s.requireLibrary().db, input.preset, input.replacements),
  'actions/previewImport': (input, s) => previewTracker(s, input.source),
  'actions/import': async (input, s) => {
    const result = await importTracker(s, input);
    s.env.emit('library/changed', { reason: 'actions-imported' });
    return result;
  },
  'stocktakes/list': (_, s) => listStocktakes(s.requireLibrary().db),
  'stocktakes/record': (input, s) => recordStocktake(s.requireLibrary().db, input, s.now, s.info().details.userName),
  'stocktakes/delete': (input, s) => deleteStocktake(s.requireLibrary().db, input.id),
};
