/** The dialogs of areas, actions and judgements, opened through the one dialog slot in ui.ts. */
import type { PlanningDialogState } from '../../stores/ui.ts';
import { ImportTrackerDialog } from '../actions/ImportTrackerDialog.tsx';
import { StatusesDialog } from '../actions/StatusesDialog.tsx';
import { StocktakesDialog } from '../actions/StocktakesDialog.tsx';
import { ActionDialog } from '../actions/ActionDialog.tsx';
import { FindingDialog } from './FindingDialog.tsx';
import { LetterDialog } from './LetterDialog.tsx';
import { SettingsDialog } from './SettingsDialog.tsx';

export function PlanningDialogs({ dialog, onClose }: { dialog: PlanningDialogState; onClose: () => void }) {
  switch (dialog.kind) {
    case 'letter':
      return <LetterDialog onClose={onClose} />;
    case 'action-statuses':
      return <StatusesDialog onClose={onClose} />;
    case 'import-actions':
      return <ImportTrackerDialog onClose={onClose} areaId={dialog.areaId ?? null} />;
    case 'stocktakes':
      return <StocktakesDialog onClose={onClose} />;
    case 'assessment-settings':
      return <SettingsDialog onClose={onClose} />;
    case 'finding':
      return <FindingDialog onClose={onClose} areaId={dialog.areaId} findingId={dialog.findingId ?? null} citeEvidenceId={dialog.citeEvidenceId ?? null} />;
    case 'action':
      return <ActionDialog onClose={onClose} areaId={dialog.areaId} actionId={dialog.actionId ?? null} />;
    default: {
      const never: never = dialog;
      return never;
    }
  }
}
