import { AreaDialog, DeleteAreaDialog } from '../areas/AreaDialogs.tsx';
import { DeleteEvidenceDialog, NewEvidenceDialog } from '../evidence/EvidenceDialogs.tsx';
import { BackupDialog, CheckDialog, LibraryDetailsDialog, RestoreDialog } from '../library/LibraryDialogs.tsx';
import { MergeDialog } from '../library/MergeDialog.tsx';
import { useAreasStore } from '../../stores/areas.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { isPlanningDialog, useUiStore } from '../../stores/ui.ts';
import { PlanningDialogs } from '../assessment/PlanningDialogs.tsx';
import { ExportDialog } from '../export/ExportDialog.tsx';
import { ImportSeriesDialog } from '../series/ImportSeriesDialog.tsx';
import { ImportSurveyDialog } from '../feedback/ImportSurveyDialog.tsx';
import { ReviewFlaggedDialog } from '../feedback/ReviewFlaggedDialog.tsx';

/** The one open dialog, if any. */
export function Dialogs() {
  const dialog = useUiStore((s) => s.dialog);
  const close = useUiStore((s) => s.closeDialog);
  const areas = useAreasStore((s) => s.areas);
  const items = useEvidenceStore((s) => s.items);
  const selected = useEvidenceStore((s) => s.selected);
  if (!dialog) return null;
  if (isPlanningDialog(dialog)) return <PlanningDialogs dialog={dialog} onClose={close} />;
  switch (dialog.kind) {
    case 'new-area':
      return <AreaDialog onClose={close} />;
    case 'edit-area': {
      const area = areas.find((a) => a.id === dialog.areaId);
      return area ? <AreaDialog key={area.id} area={area} onClose={close} /> : null;
    }
    case 'delete-area': {
      const area = areas.find((a) => a.id === dialog.areaId);
      return area ? <DeleteAreaDialog area={area} onClose={close} /> : null;
    }
    case 'new-evidence':
      return <NewEvidenceDialog onClose={close} preset={dialog.preset} />;
    case 'delete-evidence': {
      const item = selected?.id === dialog.evidenceId ? selected : items.find((i) => i.id === dialog.evidenceId);
      return item ? <DeleteEvidenceDialog item={item} onClose={close} /> : null;
    }
    case 'library-details':
      return <LibraryDetailsDialog onClose={close} />;
    case 'check':
      return <CheckDialog onClose={close} />;
    case 'backup':
      return <BackupDialog onClose={close} />;
    case 'restore':
      return <RestoreDialog onClose={close} />;
    case 'merge':
      return <MergeDialog onClose={close} />;
    case 'export':
      return <ExportDialog onClose={close} />;
    case 'import-series':
      return <ImportSeriesDialog onClose={close} />;
    case 'import-survey':
      return <ImportSurveyDialog onClose={close} />;
    case 'review-flagged':
      return <ReviewFlaggedDialog onClose={close} importId={dialog.importId} />;
    default: {
      const never: never = dialog;
      return never;
    }
  }
}
