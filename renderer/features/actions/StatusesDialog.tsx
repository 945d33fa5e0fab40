/**
 * The library's action status scheme: switch to a real area's preset (Walsall, Wirral
 * BRAG, Dudley) or edit the statuses. When a status that actions still use would go,
 * the user says where those actions move, and nothing changes until then.
 */
import { useEffect, useState } from 'react';
import { colourFamilies, type ActionStatus, type ColourFamily, type StatusPresetId } from '../../../shared/schemas/actions.ts';
import { ApiError, messageOf } from '../../api/client.ts';
import { AppDialog, DialogActions } from '../../components/Dialog.tsx';
import { Button } from '../../components/Button.tsx';
import { CheckboxField, SelectField, TextInputField } from '../../components/fields.tsx';
import { useActionsStore } from '../../stores/actions.ts';
import { useAssessmentStore } from '../../stores/assessment.ts';
import { colourLabels, StatusTag } from './StatusTag.tsx';

interface Row {
  key: string;
  id?: string;
  label: string;
  colour: ColourFamily;
  complete: boolean;
  actionCount: number;
}

interface Conflict {
  statusId: string;
  label: string;
  actions: number;
}

type Pending = { kind: 'preset'; preset: StatusPresetId } | { kind: 'edit' };

let rowSeq = 0;
const fromStatuses = (list: ActionStatus[]): Row[] =>
  list.map((s) => ({ key: `r${++rowSeq}`, id: s.id, label: s.label, colour: s.colour, complete: s.complete, actionCount: s.actionCount }));
const colourOptions = colourFamilies.map((c) => ({ id: c, label: colourLabels[c] }));

export function StatusesDialog({ onClose }: { onClose: () => void }) {
  const presets = useActionsStore((s) => s.presets);
  const loadStatuses = useActionsStore((s) => s.loadStatuses);
  const applyPreset = useActionsStore((s) => s.applyPreset);
  const setStatuses = useActionsStore((s) => s.setStatuses);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [replacements, setReplacements] = useState<{ fromStatusId: string; toLabel: string }[]>([]);
  const [moveTo, setMoveTo] = useState<string | null>(null);

  useEffect(() => {
    loadStatuses().then(
      () => setRows(fromStatuses(useActionsStore.getState().statuses)),
      (e: unknown) => setError(messageOf(e)),
    );
  }, [loadStatuses]);

  const targetLabels = (p: Pending): string[] =>
    p.kind === 'preset' ? (presets.find((x) => x.id === p.preset)?.statuses.map((s) => s.label) ?? []) : (rows ?? []).map((r) => r.label.trim()).filter(Boolean);

  const run = async (p: Pending, reps: { fromStatusId: string; toLabel: string }[]) => {
    // Buttons stay enabled (so keyboard focus is never lost); a second press while busy does nothing.
    if (busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const result =
        p.kind === 'preset'
          ? await applyPreset(p.preset, reps)
          : await setStatuses(
              (rows ?? []).map((r) => ({ ...(r.id ? { id: r.id } : {}), label: r.label.trim(), colour: r.colour, complete: r.complete })),
              reps,
            );
      setRows(fromStatuses(result));
      setPending(null);
      setConflict(null);
      setReplacements([]);
      setDone(p.kind === 'preset' ? `Now using the ${presets.find((x) => x.id === p.preset)?.name ?? ''} statuses.` : 'Saved the statuses.');
      void useAssessmentStore.getState().refresh();
    } catch (e) {
      const d = e instanceof ApiError && e.code === 'conflict' ? (e.details as Partial<Conflict> | undefined) : undefined;
      if (d?.statusId && d.label) {
        setPending(p);
        setConflict({ statusId: d.statusId, label: d.label, actions: d.actions ?? 0 });
        setMoveTo(targetLabels(p)[0] ?? null);
      } else setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const patch = (key: string, change: Partial<Row>) => setRows((rs) => (rs ?? []).map((r) => (r.key === key ? { ...r, ...change } : r)));

  return (
    <AppDialog title="Action statuses" isOpen onClose={onClose} isBusy={busy} size="large">
      <p>
        The statuses your WSoA tracker uses. Each is shown with its colour and its words, and counts as complete or not
        in stocktakes.
      </p>
      <div aria-live="polite">
        {done ? <p className="notice notice-ok">{done}</p> : null}
        {error ? (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      {conflict && pending ? (
        <div className="notice notice-warning" role="alert">
          <p className="notice-title">
            {conflict.actions === 1 ? '1 action has' : `${conflict.actions} actions have`} the status “{conflict.label}”, which the new statuses leave out
          </p>
          <p>Say which status they should move to. Nothing has been changed yet.</p>
          <SelectField
            id="status-move-to"
            label={`Move the “${conflict.label}” actions to`}
            options={targetLabels(pending).map((l) => ({ id: l, label: l }))}
            value={moveTo}
            onChange={setMoveTo}
          />
          <div className="section-actions">
            <Button
              variant="primary"
              size="small"
              onPress={() => {
                if (!moveTo) return;
                const reps = [...replacements.filter((r) => r.fromStatusId !== conflict.statusId), { fromStatusId: conflict.statusId, toLabel: moveTo ?? '' }];
                setReplacements(reps);
                void run(pending, reps);
              }}
            >
              Move them and continue
            </Button>
            <Button
              variant="quiet"
              size="small"
              onPress={() => {
                setConflict(null);
                setPending(null);
                setReplacements([]);
              }}
            >
              Cancel the change
            </Button>
          </div>
        </div>
      ) : null}

      <h3 className="section-heading">Use a real area’s statuses</h3>
      <ul className="preset-list">
        {presets.map((p) => (
          <li key={p.id} className="preset">
            <div className="preset-tags">
              {p.statuses.map((s) => (
                <StatusTag key={s.label} label={s.label} colour={s.colour} />
              ))}
            </div>
            <Button variant="secondary" size="small" onPress={() => void run({ kind: 'preset', preset: p.id }, [])}>
              {`Use ${p.name}`}
            </Button>
          </li>
        ))}
      </ul>

      <h3 className="section-heading">Or edit them</h3>
      {!rows ? (
        <p className="quiet">Loading…</p>
      ) : (
        <div className="data-table-wrap">
          <table className="data-table status-table">
            <caption className="visually-hidden">Action statuses</caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Colour</th>
                <th scope="col">Counts as complete</th>
                <th scope="col">Actions with it</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.key}>
                  <td>
                    <TextInputField label="Status" hiddenLabelSuffix={`${i + 1}`} value={r.label} onChange={(label) => patch(r.key, { label })} className="field-compact hide-label" />
                  </td>
                  <td>
                    <SelectField label="Colour" hiddenLabelSuffix={`of status ${i + 1}`} hideLabel options={colourOptions} value={r.colour} onChange={(c) => patch(r.key, { colour: c as ColourFamily })} className="field-compact" />
                  </td>
                  <td>
                    <CheckboxField label={<span className="visually-hidden">Status {i + 1} counts as complete</span>} isSelected={r.complete} onChange={(complete) => patch(r.key, { complete })} />
                  </td>
                  <td className="num">{r.actionCount}</td>
                  <td>
                    <Button variant="quiet" size="small" aria-label={`Remove status ${i + 1}${r.label ? ` (${r.label})` : ''}`} onPress={() => setRows(rows.filter((x) => x.key !== r.key))} isDisabled={rows.length <= 1}>
                      Remove
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="section-actions">
        <Button
          variant="quiet"
          size="small"
          onPress={() => setRows([...(rows ?? []), { key: `r${++rowSeq}`, label: '', colour: 'grey', complete: false, actionCount: 0 }])}
          isDisabled={!rows || rows.length >= 30}
        >
          Add a status
        </Button>
      </div>
      <DialogActions>
        <Button
          variant="primary"
          onPress={() => {
            if (!rows) return;
            if ((rows ?? []).some((r) => r.label.trim() === '')) {
              setError('Every status needs its words, such as “On track”. Fill in or remove the empty one.');
              return;
            }
            void run({ kind: 'edit' }, []);
          }}
        >
          {busy ? 'Saving…' : 'Save statuses'}
        </Button>
        <Button variant="quiet" onPress={onClose} isDisabled={busy}>
          Close
        </Button>
      </DialogActions>
    </AppDialog>
  );
}
