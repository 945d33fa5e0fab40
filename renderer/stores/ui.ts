import { create } from 'zustand';

/** Which dialog is open. One at a time; each names what it acts on. */
export type DialogState =
  | { kind: 'new-area' }
  | { kind: 'edit-area'; areaId: string }
  | { kind: 'delete-area'; areaId: string }
  | { kind: 'new-evidence'; preset?: NewEvidencePreset }
  | { kind: 'delete-evidence'; evidenceId: string }
  | { kind: 'library-details' }
  | { kind: 'check' }
  | { kind: 'backup' }
  | { kind: 'restore' }
  | { kind: 'merge' }
  | { kind: 'export' }
  | { kind: 'import-series' }
  | { kind: 'import-survey' }
  | { kind: 'review-flagged'; importId?: string }
  | PlanningDialogState;

/** What a "new evidence item" dialog starts with (e.g. from a readiness gap: feedback from parents). */
export interface NewEvidencePreset {
  kind?: 'document' | 'data' | 'feedback' | 'case-study';
  voice?: 'parent-carer' | 'child-young-person' | 'practitioner' | null;
  areaId?: string;
  title?: string;
}

/** Dialogs of areas, actions and judgements (renderer/features/{assessment,actions,readiness,excerpts}). */
export type PlanningDialogState =
  | { kind: 'letter' }
  | { kind: 'action-statuses' }
  | { kind: 'import-actions'; areaId?: string }
  | { kind: 'stocktakes' }
  | { kind: 'assessment-settings' }
  | { kind: 'finding'; areaId: string; findingId?: string; citeEvidenceId?: string }
  | { kind: 'action'; areaId: string; actionId?: string };

const planningKinds: readonly string[] = ['letter', 'action-statuses', 'import-actions', 'stocktakes', 'assessment-settings', 'finding', 'action'];
export const isPlanningDialog = (d: DialogState): d is PlanningDialogState => planningKinds.includes(d.kind);

const WIDTHS_KEY = 'revisit-pane-widths';

function savedWidths(): { left: number; right: number } {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(WIDTHS_KEY);
    const v = raw ? (JSON.parse(raw) as { left?: unknown; right?: unknown }) : {};
    return {
      left: typeof v.left === 'number' ? v.left : 250,
      right: typeof v.right === 'number' ? v.right : 380,
    };
  } catch {
    return { left: 250, right: 380 };
  }
}

interface UiState {
  dialog: DialogState | null;
  /** Widths of the left and right panes, in pixels (remembered on this computer). */
  paneWidths: { left: number; right: number };
  setPaneWidth(pane: 'left' | 'right', width: number): void;
  openDialog(dialog: DialogState): void;
  closeDialog(): void;
  reset(): void;
}

export const useUiStore = create<UiState>()((set, get) => ({
  dialog: null,
  paneWidths: savedWidths(),
  setPaneWidth: (pane, width) => {
    const paneWidths = { ...get().paneWidths, [pane]: width };
    set({ paneWidths });
    try {
      localStorage.setItem(WIDTHS_KEY, JSON.stringify(paneWidths));
    } catch {
      // Not remembered; nothing else depends on it.
    }
  },
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  reset: () => set({ dialog: null }),
}));
