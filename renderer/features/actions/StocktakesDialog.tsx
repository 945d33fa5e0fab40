/**
 * Stocktakes: the counts of WSoA actions per status on a date, each compared with the
 * one before in a sentence, with a small chart and the same numbers in a table.
 */
import { useEffect, useState } from 'react';
import type { Stocktake } from '../../../shared/schemas/actions.ts';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { messageOf } from '../../api/client.ts';
import { AppDialog, DialogActions } from '../../components/Dialog.tsx';
import { Button } from '../../components/Button.tsx';
import { CheckboxField, TextAreaField, TextInputField } from '../../components/fields.tsx';
import { DateInputField } from '../../components/DateInputField.tsx';
import { useActionsStore } from '../../stores/actions.ts';

export function StocktakesDialog({ onClose }: { onClose: () => void }) {
  const stocktakes = useActionsStore((s) => s.stocktakes);
  const load = useActionsStore((s) => s.loadStocktakes);
  const record = useActionsStore((s) => s.recordStocktake);
  const remove = useActionsStore((s) => s.deleteStocktake);
  const statuses = useActionsStore((s) => s.statuses);
  const loadStatuses = useActionsStore((s) => s.loadStatuses);
  const [byHand, setByHand] = useState(false);
  /** Counts typed in by hand, by status id. */
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [countErrors, setCountErrors] = useState<Record<string, string>>({});
  const [takenOn, setTakenOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    loadStatuses().catch((e: unknown) => setError(messageOf(e)));
  }, [loadStatuses]);

  useEffect(() => {
    load().then(
      () => setLoaded(true),
      (e: unknown) => setError(messageOf(e)),
    );
  }, [load]);

  const submit = async () => {
    if (busy) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(takenOn)) {
      setError('Enter the date of the stocktake, for example 31 March 2024.');
      return;
    }
    let given: { label: string; count: number; colour: (typeof statuses)[number]['colour']; complete: boolean }[] | undefined;
    if (byHand) {
      const problems: Record<string, string> = {};
      given = statuses.map((st) => {
        const raw = (counts[st.id] ?? '').trim();
        const n = raw === '' ? 0 : Number(raw);
        if (!Number.isInteger(n) || n < 0) problems[st.id] = 'Enter a whole number of actions, such as 12, or 0.';
        return { label: st.label, count: n, colour: st.colour, complete: st.complete };
      });
      setCountErrors(problems);
      const first = statuses.find((st) => problems[st.id]);
      if (first) {
        setError(`Check the counts: ${Object.keys(problems).length === 1 ? 'one is' : `${Object.keys(problems).length} are`} not a whole number.`);
        const el = document.getElementById(`stocktake-count-${first.id}`);
        (el instanceof HTMLInputElement ? el : el?.querySelector('input'))?.focus();
        return;
      }
      if (given.length === 0) {
        setError('There are no statuses to count. Set up the action statuses first.');
        return;
      }
    }
    setBusy(true);
    setError(null);
    try {
      await record(given ? { takenOn, note, counts: given } : { takenOn, note });
      setNote('');
      setCounts({});
      // The next stocktake is most likely of today: a past date typed for this one must not carry over to it.
      setTakenOn(todayIso());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const oldestFirst = [...stocktakes].reverse();

  return (
    <AppDialog title="Stocktakes" isOpen onClose={onClose} isBusy={busy} size="large">
      <p>
        A stocktake records how many WSoA actions have each status on a date, from the actions in the library now (or
        counts you type in, for a stocktake made before), and compares it with the previous one.
      </p>
      <div className="stocktake-form">
        <DateInputField id="stocktake-date" label="Date of the stocktake" value={takenOn} onChange={setTakenOn} />
        <TextAreaField id="stocktake-note" label="Note" description="Optional, for example “For the March LAIB”." value={note} onChange={setNote} rows={2} />
        <div className="stocktake-by-hand">
          <CheckboxField
            label="Enter the counts by hand"
            description="For a stocktake made before the actions were in the library, for example from a board paper."
            isSelected={byHand}
            onChange={setByHand}
          />
          {byHand ? (
            <fieldset className="fieldset stocktake-counts">
              <legend className="field-label">Number of actions with each status</legend>
              {statuses.length === 0 ? (
                <p className="quiet">No action statuses are set up yet.</p>
              ) : (
                <div className="stocktake-count-fields">
                  {statuses.map((st) => (
                    <TextInputField
                      key={st.id}
                      id={`stocktake-count-${st.id}`}
                      label={st.label}
                      type="number"
                      value={counts[st.id] ?? ''}
                      onChange={(v) => setCounts((c) => ({ ...c, [st.id]: v }))}
                      error={countErrors[st.id]}
                      {...(st.complete ? { description: 'Counts as complete.' } : {})}
                    />
                  ))}
                </div>
              )}
              <p className="field-description">An empty box counts as 0.</p>
            </fieldset>
          ) : null}
        </div>
        <Button variant="primary" onPress={() => void submit()}>
          {busy ? 'Recording…' : 'Record a stocktake'}
        </Button>
      </div>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <h3 className="section-heading">Stocktakes so far</h3>
      {!loaded ? (
        <p className="quiet">Loading…</p>
      ) : stocktakes.length === 0 ? (
        <p className="quiet">No stocktakes yet.</p>
      ) : (
        <>
          <ol className="stocktake-list">
            {stocktakes.map((s) => (
              <li key={s.id} className="stocktake">
                <p>
                  <strong>{formatDate(s.takenOn)}</strong>: {s.summary}
                </p>
                {s.note ? <p className="quiet">{s.note}</p> : null}
                <Button variant="quiet" size="small" aria-label={`Delete the stocktake of ${formatDate(s.takenOn)}`} onPress={() => void remove(s.id).catch((e: unknown) => setError(messageOf(e)))}>
                  Delete
                </Button>
              </li>
            ))}
          </ol>
          <div className="stocktake-chart-row">
            <StocktakeChart stocktakes={oldestFirst} />
            <div className="data-table-wrap">
              <table className="data-table stocktake-table">
                <caption>Actions complete at each stocktake</caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Complete</th>
                    <th scope="col">Total</th>
                    <th scope="col">Per cent complete</th>
                  </tr>
                </thead>
                <tbody>
                  {oldestFirst.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">{formatDate(s.takenOn)}</th>
                      <td className="num">{s.completeCount}</td>
                      <td className="num">{s.total}</td>
                      <td className="num">{s.completePercent}%</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </>
      )}
      <DialogActions>
        <Button variant="primary" onPress={onClose} isDisabled={busy}>
          Close
        </Button>
      </DialogActions>
    </AppDialog>
  );
}

/** Per cent complete at each stocktake, as bars. The table beside it has the same numbers. */
export function StocktakeChart({ stocktakes }: { stocktakes: Stocktake[] }) {
  const shown = stocktakes.slice(-12);
  const w = 320;
  const h = 160;
  const pad = { top: 12, bottom: 28, left: 34, right: 8 };
  const inner = { w: w - pad.left - pad.right, h: h - pad.top - pad.bottom };
  const band = inner.w / Math.max(shown.length, 1);
  const bar = Math.min(36, band * 0.6);
  const y = (pct: number) => pad.top + inner.h * (1 - pct / 100);
  const short = (iso: string) => formatDate(iso).replace(/^(\d+) (\w{3})\w* (\d{2})(\d{2})$/, '$2 $4');
  return (
    <figure className="stocktake-chart">
      <svg viewBox={`0 0 ${w} ${h}`} width={w} height={h} role="img" aria-label={`Chart of per cent of actions complete at ${shown.length} stocktakes; the table beside it gives the numbers.`}>
        {[0, 50, 100].map((t) => (
          <g key={t}>
            <line x1={pad.left} x2={w - pad.right} y1={y(t)} y2={y(t)} className="chart-grid" />
            <text x={pad.left - 4} y={y(t) + 4} textAnchor="end" className="chart-label">
              {t}%
            </text>
          </g>
        ))}
        {shown.map((s, i) => {
          const x = pad.left + band * i + (band - bar) / 2;
          return (
            <g key={s.id}>
              <rect x={x} y={y(s.completePercent)} width={bar} height={inner.h * (s.completePercent / 100)} className="chart-bar" />
              <text x={x + bar / 2} y={y(s.completePercent) - 3} textAnchor="middle" className="chart-value">
                {s.completePercent}%
              </text>
              <text x={x + bar / 2} y={h - 10} textAnchor="middle" className="chart-label">
                {short(s.takenOn)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="quiet">Per cent of actions complete</figcaption>
    </figure>
  );
}
