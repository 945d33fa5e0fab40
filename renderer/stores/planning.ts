/** Resets the stores of areas, actions and judgements when another library is opened. */
import { useActionsStore } from './actions.ts';
import { useAssessmentStore } from './assessment.ts';
import { useExcerptsStore } from './excerpts.ts';
import { useReadinessStore } from './readiness.ts';
import { useViewStore } from './view.ts';

export function resetPlanningStores() {
  useViewStore.getState().reset();
  useAssessmentStore.getState().reset();
  useReadinessStore.getState().reset();
  useActionsStore.getState().reset();
  useExcerptsStore.getState().reset();
}
