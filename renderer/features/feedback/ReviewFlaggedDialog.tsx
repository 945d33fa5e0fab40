/**
 * Answers flagged "possible personal data — review": each shown with its question and why
 * it was flagged, to mark as personal data (left out of exports) or not, one at a time or
 * ticked together. Either way the flag is cleared and the answer leaves the list.
 */
import { useCallback, useEffect, useState } from 'react';
import type { FlaggedFeedback } from '../../../shared/schemas/feedback.ts';
import { plural } from '../../../shared/format.ts';
import { api, messageOf } from '../../api/client.ts';
import { AppDialog, DialogActions } from '../../components/Dialog.tsx';
import { Button } from '../../components/Button.tsx';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { say } from '../../stores/status.ts';
import { reasonOf } from './labels.ts';
import { TickBox } from './TickBox.tsx';

/** The reason with the words that caused the flag in bold, where the reason quotes them (“…”). */
function Reason({ review }: { review: string }) {
  const reason = reasonOf(review);
  const text = reason.charAt(0).toUpperCase() + reason.slice(1);
  const parts = text.split(/(“[^”]*”|"[^"]*")/);
  return (
    <>
      {parts.map((p, i) =>
        /^[“"]/.test(p) ? (
          <strong key={i} className="flag-fragment">
            {p}
          </strong>
        ) : (
          <span key={i}>{p}</span>
        ),
      )}
    </>
  );
}

export function ReviewFlaggedDialog({ onClose, importId }: { onClose: () => void; importId?: string }) {
  const [items, setItems] = useState<FlaggedFeedback[] | null>(null);
  const [total, setTotal] = useState(0);
  const [reviewed, setReviewed] = useState(0);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const r = await api.call('feedback/flagged', importId ? { importId } : {});
      setItems(r.items);
      setTotal(r.total);
      setChosen((c) => new Set([...c].filter((id) => r.items.some((i) => i.id === id))));
    } catch (e) {
      setError(messageOf(e));
      setItems((i) => i ?? []);
    }
  }, [importId]);

  useEffect(() => {
    void load();
  }, [load]);

  const mark = async (ids: string[], personalData: boolean) => {
    if (ids.length === 0 || busy) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api.call('feedback/review', { ids, personalData });
      setReviewed((n) => n + r.reviewed);
      say(`Marked ${plural(r.reviewed, 'answer')} as ${personalData ? 'personal data' : 'not personal data'}.`);
      await load();
      const evidence = useEvidenceStore.getState();
      if (evidence.selectedId && ids.includes(evidence.selectedId)) void evidence.reloadSelected();
      void evidence.refresh();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const list = items ?? [];
  const allChosen = list.length > 0 && list.every((i) => chosen.has(i.id));
  const someChosen = list.some((i) => chosen.has(i.id));
  const chosenIds = list.filter((i) => chosen.has(i.id)).map((i) => i.id);
  const toggle = (id: string, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <AppDialog title="Review answers flagged as possible personal data" isOpen onClose={onClose} isBusy={busy} size="large">
      <p>
        These answers may name or identify a child, parent or member of staff. Mark each one: personal data is left out of
        exports unless you include it on purpose. Either way the flag is cleared.
      </p>
      <p className="review-counts" role="status" aria-live="polite">
        {items === null
          ? 'Loading…'
          : total === 0
            ? reviewed > 0
              ? `All reviewed: ${plural(reviewed, 'answer')} marked.`
              : ''
            : `${plural(total, 'answer')} left to review${reviewed > 0 ? `; ${reviewed.toLocaleString('en-GB')} reviewed` : ''}.${total > list.length ? ` Showing the first ${list.length.toLocaleString('en-GB')}.` : ''}`}
      </p>
      {error ? (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      {items !== null && list.length === 0 ? (
        <div className="empty review-empty">
          <p className="empty-title">Nothing left to review.</p>
        </div>
      ) : null}
      {list.length > 0 ? (
        <>
          <div className="review-bulk" role="group" aria-label="Ticked answers">
            <TickBox
              label="Tick all"
              isSelected={allChosen}
              isIndeterminate={someChosen && !allChosen}
              onChange={(on) => setChosen(on ? new Set(list.map((i) => i.id)) : new Set())}
            >
              Tick all
            </TickBox>
            <span className="review-bulk-count">{chosenIds.length.toLocaleString('en-GB')} ticked</span>
            <Button variant="secondary" size="small" isDisabled={busy || chosenIds.length === 0} onPress={() => void mark(chosenIds, true)}>
              Ticked are personal data
            </Button>
            <Button variant="secondary" size="small" isDisabled={busy || chosenIds.length === 0} onPress={() => void mark(chosenIds, false)}>
              Ticked are not personal data
            </Button>
          </div>
          <ul className="flagged-list" aria-label="Flagged answers">
            {list.map((f) => (
              <li key={f.id} className={`flagged${chosen.has(f.id) ? ' is-chosen' : ''}`}>
                <TickBox label={`Tick “${f.title}”`} isSelected={chosen.has(f.id)} onChange={(on) => toggle(f.id, on)} />
                <div className="flagged-main">
                  <blockquote className="flagged-quote">{f.quote}</blockquote>
                  {f.question ? <p className="flagged-question">Answer to: {f.question}</p> : null}
                  <p className="flagged-reason">
                    <span className="tone tone-amber">Flagged</span> <Reason review={f.review} />
                  </p>
                  <div className="flagged-actions">
                    <Button variant="secondary" size="small" isDisabled={busy} onPress={() => void mark([f.id], true)} aria-label={`Personal data: “${f.title}”`}>
                      Personal data
                    </Button>
                    <Button variant="secondary" size="small" isDisabled={busy} onPress={() => void mark([f.id], false)} aria-label={`Not personal data: “${f.title}”`}>
                      Not personal data
                    </Button>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <DialogActions>
        <Button variant="primary" onPress={onClose} isDisabled={busy}>
          {total === 0 ? 'Done' : 'Close'}
        </Button>
      </DialogActions>
    </AppDialog>
  );
}
