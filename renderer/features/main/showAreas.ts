import { useAreasStore } from '../../stores/areas.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { type AreaSection, useViewStore } from '../../stores/view.ts';

/**
 * Opens the area screen on the area chosen in the evidence library, else the one last shown,
 * else the first; with focus on its heading, or (focus null) left where it is.
 */
export function showAreas(focus: AreaSection | null = 'top') {
  const scope = useEvidenceStore.getState().scope;
  const last = useViewStore.getState().areaId;
  const first = useAreasStore.getState().areas[0]?.id;
  const id = scope.type === 'area' ? scope.areaId : (last ?? first);
  if (id) useViewStore.getState().openArea(id, focus);
  else useViewStore.getState().show('area');
}
