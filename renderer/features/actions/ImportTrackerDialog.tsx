/**
 * Import WSoA actions from a tracker spreadsheet (CSV or Excel): choose the file, check
 * which column holds what against its first rows, then import every row or none. Rows
 * and columns the core could not read are listed, and nothing is imported.
 */
import { useEffect, useState } from 'react';
import type { ImportResult, TrackerField, TrackerMapping, TrackerPreview, TrackerProblem } from '../../../shared/schemas/actions.ts';
import { plural } from '../../../shared/format.ts';
import { AppDialog, DialogActions } from '../../components/Dialog.tsx';
import { Button } from '../../components/Button.tsx';
import { ProblemTable } from '../../components/ProblemTable.tsx';
import { SelectField } from '../../components/fields.tsx';
import { useActionsStore } from '../../stores/actions.ts';
import { areaLabel, useAreasStore } from '../../stores/areas.ts';
import { useAssessmentStore } from '../../stores/assessment.ts';
import { problemsOf, useSheetImport } from '../import/useSheetImport.ts';
import { SheetFileChooser } from '../import/SheetFileChooser.tsx';

const fieldLabels: Record<TrackerField, string> = {
  text: 'Action',
  ref: 'Reference',
  owner: 'Owner',
  dueOn: 'Due date',
  status: 'Status',
  area: 'Area of concern',
};
const fields: readonly TrackerField[] = ['text', 'ref', 'owner', 'dueOn', 'status', 'area'];
const NONE = 'none';
const NO_AREA = '__none__';
const emptyMapping: TrackerMapping = { text: 0, ref: null, owner: null, dueOn: null, status: null, area: null };

export function ImportTrackerDialog({ areaId, onClose }: { areaId: string | null; onClose: () => void }) {
  const preview = useActionsStore((s) => s.preview);
  const previewAgain = useActionsStore((s) => s.previewAgain);
  const importActions = useActionsStore((s) => s.importActions);
  const loadStatuses = useActionsStore((s) => s.loadStatuses);
  const statuses = useActionsStore((s) => s.statuses);
  const areas = useAreasStore((s) => s.areas);
  const [data, setData] = useState<TrackerPreview | null>(null);
  const [mapping, setMapping] = useState<TrackerMapping>(emptyMapping);
  const [statusMap, setStatusMap] = useState<Record<string, string>>({});
  const [defaultArea, setDefaultArea] = useState<string>(areaId ?? NO_AREA);
  const [problems, setProblems] = useState<TrackerProblem[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);

  useEffect(() => {
    loadStatuses().catch(() => {});
  }, [loadStatuses]);

  const { file, busy, error, setError, choose, changeSheet, importing } = useSheetImport<TrackerPreview>({
    preview: (f) => preview(f),
    previewAgain,
    took: (p) => {
      setData(p);
      setMapping(p.proposedMapping ?? emptyMapping);
      setStatusMap(Object.fromEntries(p.statusValues.filter((v) => v.statusId).map((v) => [v.value, v.statusId as string])));
      setProblems([]);
    },
  });

  const run = async () => {
    if (!file || !data || busy) return;
    if (mapping.area === null && defaultArea === NO_AREA) {
      setError('Choose the area of concern these actions belong to, or the column that names it.');
      return;
    }
    setProblems([]);
    await importing(
      async () => {
        setResult(
          await importActions({
            source: data.sheet ? { uploadId: file.uploadId, sheet: data.sheet } : { uploadId: file.uploadId },
            mapping,
            areaId: defaultArea === NO_AREA ? null : defaultArea,
            statusMap,
          }),
        );
        void useAssessmentStore.getState().refresh();
      },
      (e) => setProblems(problemsOf<TrackerProblem>(e)),
    );
  };

  const columnOptions = (data?.columns ?? []).map((c, i) => ({ id: String(i), label: c || `Column ${i + 1}` }));
  const unmatched = mapping.status !== null ? (data?.statusValues ?? []) : [];

  return (
    <AppDialog title="Import actions from a tracker" isOpen onClose={onClose} isBusy={busy} size="large">
      {result ? (
        <>
          <div className="notice notice-ok" role="status">
            <p className="notice-title">Imported the tracker</p>
            <p>
              {plural(result.created, 'action')} added, {plural(result.updated, 'action')} updated
              {result.skippedEmpty > 0 ? `; ${plural(result.skippedEmpty, 'empty row')} skipped` : ''}.
            </p>
          </div>
          <DialogActions>
            <Button variant="primary" onPress={onClose} autoFocus>
              Done
            </Button>
          </DialogActions>
        </>
      ) : (
        <>
          <p>
            Choose your WSoA tracker (a CSV file or an Excel workbook). You will see its first rows and say which column
            holds what before anything is imported. Actions whose reference is already in the same area are updated.
          </p>
          <SheetFileChooser file={file} chooseLabel="Choose a tracker…" againLabel="Choose another tracker…" onChoose={choose} reading={busy} />
          <div aria-live="polite">
            {error ? (
              <div className="notice notice-error" role="alert">
                <p>{error}</p>
                {problems.length > 0 ? (
                  <ProblemTable caption="Problems in the tracker (nothing was imported)" problems={problems} />
                ) : null}
              </div>
            ) : null}
          </div>
          {data ? (
            <>
              <p>
                {plural(data.rowCount, 'row')} under the header in row {data.headerRow}
                {data.sheet ? ` of the sheet “${data.sheet}”` : ''}.
              </p>
              {data.sheets.length > 1 ? (
                <SelectField id="tracker-sheet" label="Sheet" options={data.sheets.map((s) => ({ id: s, label: s }))} value={data.sheet} onChange={(s) => void changeSheet(s)} />
              ) : null}
              <fieldset className="fieldset">
                <legend className="field-label">Which column holds what</legend>
                <div className="mapping-grid">
                  {fields.map((f) => (
                    <SelectField
                      key={f}
                      id={`map-${f}`}
                      label={`${fieldLabels[f]} column`}
                      isRequired={f === 'text'}
                      options={f === 'text' ? columnOptions : [{ id: NONE, label: 'Not in the tracker' }, ...columnOptions]}
                      value={mapping[f] === null ? NONE : String(mapping[f])}
                      onChange={(v) => setMapping({ ...mapping, [f]: v === NONE ? null : Number(v) })}
                    />
                  ))}
                </div>
              </fieldset>
              <SelectField
                id="tracker-area"
                label={mapping.area === null ? 'Area of concern for these actions' : 'Area for rows with no area'}
                options={[{ id: NO_AREA, label: mapping.area === null ? 'Choose…' : 'None: such rows are a problem' }, ...areas.map((a) => ({ id: a.id, label: areaLabel(a) }))]}
                value={defaultArea}
                onChange={setDefaultArea}
              />
              {unmatched.length > 0 ? (
                <fieldset className="fieldset">
                  <legend className="field-label">How the tracker’s statuses match yours</legend>
                  <div className="mapping-grid">
                    {unmatched.map((v) => (
                      <SelectField
                        key={v.value}
                        label={`“${v.value}” (${plural(v.rows, 'row')})`}
                        options={statuses.map((s) => ({ id: s.id, label: s.label }))}
                        value={statusMap[v.value] ?? null}
                        placeholder="Not matched: choose…"
                        onChange={(id) => setStatusMap({ ...statusMap, [v.value]: id })}
                      />
                    ))}
                  </div>
                </fieldset>
              ) : null}
              <div className="data-table-wrap sample-wrap" tabIndex={0} role="region" aria-label="The first rows of the tracker (scrolls)">
                <table className="data-table sample-table">
                  <caption>The first rows of the tracker</caption>
                  <thead>
                    <tr>
                      <th scope="col">Row</th>
                      {data.columns.map((c, i) => (
                        <th scope="col" key={i}>
                          {c || `Column ${i + 1}`}
                          {fields
                            .filter((f) => mapping[f] === i)
                            .map((f) => (
                              <span key={f} className="tone tone-blue mapped-as">
                                {fieldLabels[f]}
                              </span>
                            ))}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.sample.map((r) => (
                      <tr key={r.row}>
                        <td className="num">{r.row}</td>
                        {data.columns.map((_, i) => (
                          <td key={i}>{r.cells[i] ?? ''}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
          <DialogActions>
            <Button variant="primary" onPress={() => void run()} isDisabled={!data}>
              {busy && data ? 'Importing…' : data ? `Import ${plural(data.rowCount, 'row')}` : 'Import'}
            </Button>
            <Button variant="quiet" onPress={onClose} isDisabled={busy}>
              Cancel
            </Button>
          </DialogActions>
        </>
      )}
    </AppDialog>
  );
}
