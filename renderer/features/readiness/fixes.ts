/**
 * What each readiness gap's one-click fix does: open the area page at the right place,
 * open a dialog ready to fill in, or show the items concerned in the evidence library.
 */
import type { ReadinessGap } from '../../../shared/schemas/readiness.ts';
import { useAreasStore } from '../../stores/areas.ts';
import { useEvidenceStore, type OnlyItems } from '../../stores/evidence.ts';
import { say } from '../../stores/status.ts';
import { useUiStore } from '../../stores/ui.ts';
import { useViewStore } from '../../stores/view.ts';

export interface Fix {
  label: string;
  run: () => void;
}

/** Focuses a control by id once it has rendered (react-aria puts some ids on wrappers). */
function focusSoon(id: string, tries = 20) {
  const el = document.getElementById(id);
  const target = el && (el.matches('button, input, textarea, select') ? el : el.querySelector<HTMLElement>('button, input, textarea'));
  if (target) {
    target.scrollIntoView?.({ block: 'center' });
    target.focus();
  } else if (tries > 0) setTimeout(() => focusSoon(id, tries - 1), 100);
}

/** Shows an area's evidence in the library, selecting the first of `ids`. */
export async function showInLibrary(
  areaId: string,
  ids: string[],
  options: { oldestFirst?: boolean; focusId?: string; message?: string; only?: OnlyItems } = {},
) {
  const evidence = useEvidenceStore.getState();
  useViewStore.getState().show('evidence');
  evidence.setFilter('');
  if (options.oldestFirst) evidence.setSort({ column: 'asAt', direction: 'ascending' });
  await evidence.setScope({ type: 'area', areaId }, options.only ?? null);
  const first = ids[0];
  if (first) await useEvidenceStore.getState().select(first);
  if (options.message) say(options.message);
  if (options.focusId) focusSoon(options.focusId);
  else if (first) focusSoon('evidence-title');
}

export function fixesFor(gap: ReadinessGap): Fix[] {
  const code = useAreasStore.getState().areas.find((a) => a.id === gap.areaId)?.code ?? 'the area';
  const ui = useUiStore.getState();
  const view = useViewStore.getState();
  const newEvidence = (preset: NonNullable<Extract<Parameters<typeof ui.openDialog>[0], { kind: 'new-evidence' }>['preset']>) => () =>
    ui.openDialog({ kind: 'new-evidence', preset: { areaId: gap.areaId, ...preset } });
  switch (gap.type) {
    case 'no-evidence':
      return [{ label: `Add evidence for ${code}`, run: newEvidence({}) }];
    case 'one-kind-only':
      return [{ label: `Add another kind of evidence for ${code}`, run: newEvidence({ kind: gap.bucket === 'documents' ? 'data' : 'document' }) }];
    case 'no-family-voice':
      return [
        { label: `Add feedback from parents and carers for ${code}`, run: newEvidence({ kind: 'feedback', voice: 'parent-carer' }) },
        ...(gap.unattributedVoiceIds.length > 0
          ? [
              {
                label: `Say whose voice ${code}’s feedback gives`,
                run: () =>
                  void showInLibrary(gap.areaId, gap.unattributedVoiceIds, {
                    focusId: 'evidence-voice',
                    message: `${gap.unattributedVoiceIds.length} feedback item${gap.unattributedVoiceIds.length === 1 ? ' does' : 's do'} not say whose voice ${gap.unattributedVoiceIds.length === 1 ? 'it gives' : 'they give'}. Choose it under “Whose voice”.`,
                  }),
              },
            ]
          : []),
      ];
    case 'no-impact':
      return [
        {
          label: `Mark ${code}’s items that show impact`,
          run: () =>
            void showInLibrary(gap.areaId, gap.evidenceIds, {
              focusId: `strength-${gap.areaId}`,
              message: `Showing ${code}’s evidence: choose “Impact” under “What it shows” for items that made a difference.`,
            }),
        },
      ];
    case 'unanswered-counter-evidence':
      return [
        {
          label: `Answer it with a finding for ${code}`,
          run: () => {
            view.openArea(gap.areaId, 'findings');
            ui.openDialog({ kind: 'finding', areaId: gap.areaId, citeEvidenceId: gap.evidenceId });
          },
        },
      ];
    case 'stale-evidence':
      return [
        {
          label: `Show ${code}’s oldest evidence`,
          run: () => {
            const ids = gap.evidenceIds.slice(0, 1000);
            const items = `${ids.length} stale item${ids.length === 1 ? '' : 's'}`;
            void showInLibrary(gap.areaId, ids, {
              oldestFirst: true,
              only: { ids, label: `Showing ${items} for ${code}` },
              message: `Showing only ${code}’s ${items}, oldest first: ${ids.length === 1 ? 'it is' : 'they are'} older than the freshness limit. Choose “Show all” to see the rest.`,
            });
          },
        },
      ];
    case 'no-judgement':
      return [{ label: `Judge ${code}`, run: () => view.openArea(gap.areaId, 'judgement') }];
    case 'judgement-without-evidence':
      return [
        {
          label: `Cite evidence in ${code}’s findings`,
          run: () => {
            view.openArea(gap.areaId, 'findings');
            const first = gap.findingIds[0];
            ui.openDialog(first ? { kind: 'finding', areaId: gap.areaId, findingId: first } : { kind: 'finding', areaId: gap.areaId });
          },
        },
      ];
    case 'actions-past-due':
      return [{ label: `Show ${code}’s actions past due`, run: () => view.openArea(gap.areaId, 'actions') }];
    default: {
      const never: never = gap;
      return never;
    }
  }
}
