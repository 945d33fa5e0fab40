import type { Area } from '../../../shared/schemas/areas.ts';
import type { CitationView, Finding } from '../../../shared/schemas/assessment.ts';
import { messageOf } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { focusIfLost } from '../../components/focus.ts';
import { showToast } from '../../components/Toasts.tsx';
import { useAssessmentStore } from '../../stores/assessment.ts';
import { say } from '../../stores/status.ts';
import { useUiStore } from '../../stores/ui.ts';
import { sectionId } from './AreaPage.tsx';

export function citationText(c: CitationView): string {
  return c.quote ? `“${c.quote}”${c.page ? ` (page ${c.page})` : ''}, from ${c.title}` : c.title;
}

export function FindingsSection({ area, findings }: { area: Area; findings: Finding[] }) {
  const openDialog = useUiStore((s) => s.openDialog);
  const move = useAssessmentStore((s) => s.moveFinding);
  const remove = useAssessmentStore((s) => s.deleteFinding);
  const restore = useAssessmentStore((s) => s.restoreFinding);

  /** Moves a finding and keeps focus on it: on the same button, or the other one at the top or bottom. */
  const moveAndFocus = async (f: Finding, by: -1 | 1) => {
    await move(f.id, by);
    setTimeout(() => {
      const index = useAssessmentStore.getState().assessment?.findings.findIndex((x) => x.id === f.id) ?? -1;
      if (index < 0) return;
      const n = index + 1;
      const same = document.querySelector<HTMLButtonElement>(`[aria-label="Move ${by < 0 ? 'up' : 'down'}: finding ${n}"]`);
      const other = document.querySelector<HTMLButtonElement>(`[aria-label="Move ${by < 0 ? 'down' : 'up'}: finding ${n}"]`);
      (same && !same.disabled ? same : other)?.focus();
    }, 0);
  };

  const del = async (f: Finding, n: number) => {
    try {
      const snapshot = await remove(f.id);
      focusIfLost('#findings-heading'); // its Delete button went with it
      showToast({
        title: `Deleted finding ${n}`,
        description: `“${f.text.slice(0, 80)}${f.text.length > 80 ? '…' : ''}”`,
        action: { label: 'Undo', onAction: () => void restore(snapshot).catch((e: unknown) => say(messageOf(e))) },
      });
    } catch (e) {
      say(messageOf(e));
    }
  };

  return (
    <section className="area-block" id={sectionId('findings')} aria-labelledby="findings-heading">
      <div className="section-header">
        <h3 className="section-heading" id="findings-heading" tabIndex={-1} data-section-focus>
          Findings ({findings.length})
        </h3>
        <Button variant="secondary" size="small" onPress={() => openDialog({ kind: 'finding', areaId: area.id })}>
          Add a finding
        </Button>
      </div>
      {findings.length === 0 ? (
        <p className="quiet section-empty">
          No findings yet. A finding is a short statement of what has changed, with the evidence that shows it, as the
          revisit letter would write it. Mark what is still not good enough as “still to improve”.
        </p>
      ) : (
        <ol className="finding-list">
          {findings.map((f, i) => (
            <li key={f.id} className={`finding${f.stillToImprove ? ' finding-improve' : ''}`}>
              <div className="finding-main">
                <p className="finding-text">
                  {f.text}
                  {f.stillToImprove ? (
                    <>
                      {' '}
                      <span className="tone tone-amber">Still to improve</span>
                    </>
                  ) : null}
                </p>
                {f.citations.length > 0 ? (
                  <ul className="citation-list" aria-label={`Evidence cited by finding ${i + 1}`}>
                    {f.citations.map((c) => (
                      <li key={`${c.evidenceId}-${c.excerptId ?? ''}`}>{citationText(c)}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="finding-uncited">No evidence cited yet.</p>
                )}
              </div>
              <div className="finding-actions">
                <Button variant="quiet" size="small" aria-label={`Edit finding ${i + 1}`} onPress={() => openDialog({ kind: 'finding', areaId: area.id, findingId: f.id })}>
                  Edit
                </Button>
                <Button variant="quiet" size="small" aria-label={`Move up: finding ${i + 1}`} isDisabled={i === 0} onPress={() => void moveAndFocus(f, -1)}>
                  Move up
                </Button>
                <Button
                  variant="quiet"
                  size="small"
                  aria-label={`Move down: finding ${i + 1}`}
                  isDisabled={i === findings.length - 1}
                  onPress={() => void moveAndFocus(f, 1)}
                >
                  Move down
                </Button>
                <Button variant="quiet" size="small" aria-label={`Delete finding ${i + 1}`} onPress={() => void del(f, i + 1)}>
                  Delete
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
