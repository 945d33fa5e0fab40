import type { AreaInputs } from '../../../shared/api/areas.ts';
import type { HandlersFor } from '../handler.ts';
import { areaDependents, createArea, deleteArea, listAreas, moveArea, updateArea } from './areas.ts';
import { proposeAreasFromLetter } from './letter.ts';

export const areaHandlers: HandlersFor<AreaInputs> = {
  'areas/list': (_, s) => listAreas(s.requireLibrary().db),
  'areas/create': (input, s) => createArea(s.requireLibrary().db, input, s.now),
  'areas/update': (input, s) => updateArea(s.requireLibrary().db, input, s.now),
  'areas/move': (input, s) => moveArea(s.requireLibrary().db, input.id, input.position),
  'areas/delete': (input, s) => deleteArea(s.requireLibrary().db, input.id),
  'areas/dependents': (input, s) => areaDependents(s.requireLibrary().db, input.id),
  'areas/proposeFromLetter': (input, s) => proposeAreasFromLetter(input.text, listAreas(s.requireLibrary().db)),
};
