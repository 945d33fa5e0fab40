/**
 * Import data series from a CSV or Excel file: choose the file, see its first rows, say
 * which column holds the periods and which columns become series (each with its name,
 * unit and which way is better), link them to areas, then import all or nothing. Cells
 * the core cannot read are marked in the preview and listed with their row and column.
 */
import { useState } from 'react';
import { ProgressBar, Label } from 'react-aria-components';
import type { Input } from '../../../shared/contract.ts';
import {
  betterDirections,
  seriesPeriods,
  seriesUnits,
  type BetterDirection,
  type CellProblem,
  type ExistingSeries,
  type SeriesImportResult,
  type SeriesPeriod,
  type SeriesPreview,
  type SeriesUnit,
} from '../../../shared/schemas/series.ts';
import { plural } from '../../../shared/format.ts';
import { addedWords, changedWords } from '../../../shared/series/format.ts';
import { periodAdverbs } from '../../../shared/series/periods.ts';
import { AppDialog, DialogActions } from '../../components/Dialog.tsx';
import { Button } from '../../components/Button.tsx';
import { ProblemTable } from '../../components/ProblemTable.tsx';
import { CheckboxField, ComboField, SelectField, TextInputField } from '../../components/fields.tsx';
import { useAppStore } from '../../stores/app.ts';
import { useAreasStore } from '../../stores/areas.ts';
import { useSeriesStore } from '../../stores/series.ts';
import { problemsOf, useSheetImport, type SheetPhase } from '../import/useSheetImport.ts';
import { SheetFileChooser } from '../import/SheetFileChooser.tsx';
import { AreaChoice } from '../import/AreaChoice.tsx';
import { openItem } from '../search/openItem.ts';
import { betterLabels, periodLabels, unitLabels } from './SeriesSection.tsx';

interface ColumnChoice {
  selected: boolean;
  title: string;
  unit: SeriesUnit;
  better: BetterDirection;
  /** A data series in the library the figures go into, or null for a new series. */
  into: string | null;
}

const AUTO = 'auto';
const NEW = 'new';
const headingOf = (p: SeriesPreview, i: number) => p.columns[i]?.heading || `Column ${i + 1}`;

/** The choices the preview proposes: its mapping where it has one, else the first date-like column and the number columns. */
function choicesFrom(p: SeriesPreview): { dateColumn: number | null; columns: Record<number, ColumnChoice> } {
  const proposed = p.proposedMapping;
  const dateColumn = proposed?.dateColumn ?? p.columns.find((c) => c.looksLike === 'dates')?.index ?? null;
  const columns: Record<number, ColumnChoice> = {};
  for (const c of p.columns) {
    const mapped = proposed?.valueColumns.find((v) => v.column === c.index);
    columns[c.index] = {
      selected: mapped !== undefined || (!proposed && c.index !== dateColumn && (c.looksLike === 'numbers' || c.looksLike === 'percentages')),
      title: mapped?.title || c.heading || `Column ${c.index + 1}`,
      unit: mapped?.unit ?? c.unit ?? (c.looksLike === 'percentages' ? 'percentage' : 'count'),
      better: mapped?.better ?? 'higher',
      into: mapped?.into ?? null,
    };
  }
  return { dateColumn, columns };
}

export function ImportSeriesDialog({ onClose }: { onClose: () => void }) {
  const preview = useSeriesStore((s) => s.preview);
  const previewAgain = useSeriesStore((s) => s.previewAgain);
  const importSeries = useSeriesStore((s) => s.importSeries);
  const areas = useAreasStore((s) => s.areas);
  const partners = useAppStore((s) => s.library?.details.partners ?? []);
  const [data, setData] = useState<SeriesPreview | null>(null);
  const [dateColumn, setDateColumn] = useState<number | null>(null);
  const [columns, setColumns] = useState<Record<number, ColumnChoice>>({});
  const [period, setPeriod] = useState<SeriesPeriod | typeof AUTO>(AUTO);
  const [areaIds, setAreaIds] = useState<string[]>([]);
  const [source, setSource] = useState('');
  const [importProblems, setImportProblems] = useState<CellProblem[]>([]);
  const [result, setResult] = useState<SeriesImportResult | null>(null);
  const { file, phase, busy, error, setError, choose, changeSheet, importing } = useSheetImport<SeriesPreview>({
    preview,
    previewAgain,
    took: (p) => {
      setData(p);
      const c = choicesFrom(p);
      setDateColumn(c.dateColumn);
      setColumns(c.columns);
      setPeriod(p.period ?? AUTO);
      setImportProblems([]);
    },
  });

  const chosen = data
    ? data.columns.filter((c) => c.index !== dateColumn && columns[c.index]?.selected).map((c) => ({ index: c.index, choice: columns[c.index]! }))
    : [];
  const chosenHeadings = new Set(data ? [dateColumn, ...chosen.map((c) => c.index)].filter((i): i is number => i !== null).map((i) => headingOf(data, i)) : []);
  // The preview's problems that concern the columns chosen now (it checked its proposed mapping).
  const problems = importProblems.length > 0 ? importProblems : (data?.problems ?? []).filter((p) => chosenHeadings.has(p.column));
  const blocked = data !== null && importProblems.length === 0 && problems.length > 0;

  const mapping = (): Input<'series/import'>['mapping'] | null => {
    if (dateColumn === null || chosen.length === 0) return null;
    return {
      dateColumn,
      valueColumns: chosen.map(({ index, choice }) => ({
        column: index,
        title: choice.title.trim(),
        unit: choice.unit,
        better: choice.better,
        ...(choice.into ? { into: choice.into } : {}),
      })),
      ...(period === AUTO ? {} : { period }),
    };
  };

  const run = async () => {
    if (!file || !data || busy) return;
    const m = mapping();
    if (!m) {
      setError(dateColumn === null ? 'Choose the column that holds the dates or periods.' : 'Tick at least one column of figures to import.');
      return;
    }
    const untitled = chosen.find((c) => !c.choice.into && c.choice.title.trim() === '');
    if (untitled) {
      setError(`Give the series from column “${headingOf(data, untitled.index)}” a name.`);
      return;
    }
    setImportProblems([]);
    await importing(
      async () =>
        setResult(
          await importSeries({
            source: data.sheet ? { uploadId: file.uploadId, sheet: data.sheet } : { uploadId: file.uploadId },
            // The file keeps its own name, so the pack's exhibits show where the figures came from.
            fileName: file.name,
            mapping: m,
            sourceOrganisation: source.trim(),
            areaIds,
          }),
        ),
      (e) => setImportProblems(problemsOf<CellProblem>(e)),
    );
  };

  const setChoice = (index: number, patch: Partial<ColumnChoice>) => setColumns((c) => ({ ...c, [index]: { ...c[index]!, ...patch } }));
  const problemAt = (row: number, column: number) => (data ? problems.filter((p) => p.row === row && p.column === headingOf(data, column)) : []);
  const first = result?.created[0] ?? result?.updated[0];
  const adding = chosen.filter((c) => c.choice.into).length;
  const existingById = new Map((data?.existingSeries ?? []).map((e) => [e.id, e]));

  return (
    <AppDialog title="Import data series from a spreadsheet" isOpen onClose={onClose} isBusy={busy} size="large">
      {result ? (
        <>
          <div className="notice notice-ok" role="status">
            <p className="notice-title">{resultTitle(result)}</p>
            <ul className="series-import-list">
              {result.created.map((c) => (
                <li key={c.id}>
                  {c.title} ({plural(c.values, 'figure')})
                </li>
              ))}
              {result.updated.map((u) => (
                <li key={u.id}>
                  {u.title}: {updateWords(u)}
                </li>
              ))}
            </ul>
            {areaIds.length > 0 ? (
              <p>
                Linked to {areas.filter((a) => areaIds.includes(a.id)).map((a) => a.code).join(', ')}.
              </p>
            ) : null}
          </div>
          <DialogActions>
            {first ? (
              <Button
                variant="primary"
                autoFocus
                onPress={() => {
                  onClose();
                  void openItem(first.id, { focus: true });
                }}
              >
                Open “{first.title}”
              </Button>
            ) : null}
            <Button variant={first ? 'secondary' : 'primary'} onPress={onClose} autoFocus={!first}>
              Done
            </Button>
          </DialogActions>
        </>
      ) : (
        <>
          <p>
            Choose a CSV file or an Excel workbook with one column of dates or periods (such as “Jan 2021”, “Q3 2021” or
            “2020/21”) and one or more columns of figures. Each column of figures becomes a data series. You will check the
            columns against the first rows before anything is imported. Next month’s file of the same figures goes into the
            series already in the library.
          </p>
          <SheetFileChooser file={file} chooseLabel="Choose a spreadsheet…" againLabel="Choose another spreadsheet…" onChoose={choose} isDisabled={busy} />
          {phase ? <PhaseProgress phase={phase} /> : null}
          <div aria-live="polite">
            {error ? (
              <div className="notice notice-error" role="alert">
                <p>{error}</p>
              </div>
            ) : null}
          </div>
          {data ? (
            <>
              <p>
                {plural(data.rowCount, 'row')} under the header in row {data.headerRow}
                {data.sheet ? ` of the sheet “${data.sheet}”` : ''}.
              </p>
              {problems.length > 0 ? (
                <div className="notice notice-error series-problems">
                  <p>
                    {importProblems.length > 0
                      ? 'Nothing was imported. Correct these cells in the spreadsheet and choose it again, or untick their columns.'
                      : `${plural(problems.length, 'cell')} cannot be read, so the import would stop. ${
                          problems.length === 1
                            ? 'Correct it in the spreadsheet and choose it again, or untick its column.'
                            : 'Correct them in the spreadsheet and choose it again, or untick their columns.'
                        }`}
                  </p>
                  <div className="data-table-wrap series-problems-wrap" tabIndex={0} role="region" aria-label="Cells that cannot be read (scrolls)">
                    <ProblemTable caption="Cells that cannot be read" problems={problems} />
                  </div>
                </div>
              ) : null}

              <div className="series-import-grid">
                {data.sheets.length > 1 ? (
                  <SelectField
                    id="series-sheet"
                    label="Sheet"
                    options={data.sheets.map((s) => ({ id: s, label: s }))}
                    value={data.sheet}
                    onChange={(s) => void changeSheet(s)}
                  />
                ) : null}
                <SelectField
                  id="series-date-column"
                  label="Dates or periods column"
                  isRequired
                  options={data.columns.map((c) => ({ id: String(c.index), label: headingOf(data, c.index) }))}
                  value={dateColumn === null ? null : String(dateColumn)}
                  onChange={(v) => setDateColumn(Number(v))}
                />
                <SelectField
                  id="series-import-period"
                  label="Period"
                  options={[{ id: AUTO, label: 'Work it out from the dates' }, ...seriesPeriods.map((p) => ({ id: p, label: periodLabels[p] }))]}
                  value={period}
                  onChange={(v) => setPeriod(v as SeriesPeriod | typeof AUTO)}
                />
              </div>

              <fieldset className="fieldset series-columns">
                <legend className="field-label">Columns of figures to import</legend>
                {data.columns
                  .filter((c) => c.index !== dateColumn)
                  .map((c) => {
                    const choice = columns[c.index];
                    if (!choice) return null;
                    const heading = headingOf(data, c.index);
                    return (
                      <div key={c.index} className={`series-column${choice.selected ? ' is-selected' : ''}`}>
                        <CheckboxField
                          id={`series-col-${c.index}`}
                          label={
                            <>
                              {heading}
                              <span className="quiet series-looks"> ({looksLikeWords[c.looksLike]})</span>
                            </>
                          }
                          isSelected={choice.selected}
                          onChange={(v) => setChoice(c.index, { selected: v })}
                        />
                        {choice.selected && data.existingSeries.length > 0 ? (
                          <SelectField
                            id={`series-col-${c.index}-into`}
                            className="series-column-into"
                            label="Figures go into"
                            hiddenLabelSuffix={`for column “${heading}”`}
                            options={[
                              { id: NEW, label: 'A new data series' },
                              // A series another ticked column already goes into is not offered twice.
                              ...data.existingSeries
                                .filter((e) => e.id === choice.into || !chosen.some((o) => o.index !== c.index && o.choice.into === e.id))
                                .map((e) => ({ id: e.id, label: `${e.title} (${seriesFacts(e)})` })),
                            ]}
                            value={choice.into ?? NEW}
                            onChange={(v) => setChoice(c.index, intoChoice(v === NEW ? undefined : existingById.get(v)))}
                          />
                        ) : null}
                        {choice.selected && choice.into ? (
                          <p className="quiet series-column-adding" id={`series-col-${c.index}-adding`}>
                            Adds the figures to “{existingById.get(choice.into)?.title}” (unit: {unitLabels[choice.unit].toLowerCase()}). A
                            different figure for a period it already has replaces the one there, and the import lists each one replaced.
                          </p>
                        ) : null}
                        {choice.selected && !choice.into ? (
                          <div className="series-column-fields">
                            <TextInputField
                              id={`series-col-${c.index}-title`}
                              label="Series name"
                              hiddenLabelSuffix={`for column “${heading}”`}
                              isRequired
                              value={choice.title}
                              onChange={(v) => setChoice(c.index, { title: v })}
                            />
                            <SelectField
                              id={`series-col-${c.index}-unit`}
                              label="Unit"
                              hiddenLabelSuffix={`for column “${heading}”`}
                              options={seriesUnits.map((u) => ({ id: u, label: unitLabels[u] }))}
                              value={choice.unit}
                              onChange={(v) => setChoice(c.index, { unit: v as SeriesUnit })}
                            />
                            <SelectField
                              id={`series-col-${c.index}-better`}
                              label="Which way is better"
                              hiddenLabelSuffix={`for column “${heading}”`}
                              options={betterDirections.map((b) => ({ id: b, label: betterLabels[b] }))}
                              value={choice.better}
                              onChange={(v) => setChoice(c.index, { better: v as BetterDirection })}
                            />
                          </div>
                        ) : null}
                      </div>
                    );
                  })}
              </fieldset>

              <div className="data-table-wrap sample-wrap" tabIndex={0} role="region" aria-label="The first rows of the spreadsheet (scrolls)">
                <table className="data-table sample-table series-sample">
                  <caption>The first rows of the spreadsheet</caption>
                  <thead>
                    <tr>
                      <th scope="col">Row</th>
                      {data.columns.map((c) => (
                        <th scope="col" key={c.index}>
                          {headingOf(data, c.index)}
                          {c.index === dateColumn ? <span className="tone tone-blue mapped-as">Periods</span> : null}
                          {c.index !== dateColumn && columns[c.index]?.selected ? (
                            <span className="tone tone-green mapped-as">{columns[c.index]?.into ? 'Adds to a series' : 'Series'}</span>
                          ) : null}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.sample.map((r) => (
                      <tr key={r.row} className={problems.some((p) => p.row === r.row) ? 'row-problem' : undefined}>
                        <td className="num">{r.row}</td>
                        {data.columns.map((c) => {
                          const here = problemAt(r.row, c.index);
                          return (
                            <td key={c.index} className={here.length > 0 ? 'cell-problem' : undefined}>
                              {r.cells[c.index] ?? ''}
                              {here.length > 0 ? (
                                <span className="cell-problem-mark">
                                  <span aria-hidden="true"> ⚠</span>
                                  <span className="visually-hidden"> Problem: {here.map((p) => p.message).join(' ')}</span>
                                </span>
                              ) : null}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>

              <AreaChoice
                legend={
                  adding === 0
                    ? 'Link the new series to areas of concern (optional)'
                    : adding === chosen.length
                      ? 'Also link these series to areas of concern (optional)'
                      : 'Link the series to areas of concern (optional)'
                }
                areas={areas}
                selected={areaIds}
                onChange={setAreaIds}
                className="fieldset series-areas"
                listClassName="series-area-list"
                idPrefix="series-area-"
              />
              <ComboField
                id="series-import-source"
                label="Source organisation (optional)"
                description="Written on every series imported. Choose a partner or type another."
                suggestions={partners}
                value={source}
                onChange={setSource}
                onPick={setSource}
              />
            </>
          ) : null}
          {data && !busy && !blocked && (dateColumn === null || chosen.length === 0) ? (
            <p className="quiet import-waiting" id="series-import-waiting">
              {dateColumn === null ? 'To import, choose the column that holds the dates or periods.' : 'To import, tick at least one column of figures.'}
            </p>
          ) : null}
          <DialogActions>
            <Button variant="primary" onPress={() => void run()} isDisabled={!data || busy || blocked || chosen.length === 0 || dateColumn === null}>
              {phase?.kind === 'importing' ? 'Importing…' : importLabel(chosen.length - adding, adding)}
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

/** Choosing where a column's figures go: into a series, read in its unit; or a new series. */
const intoChoice = (e: ExistingSeries | undefined): Partial<ColumnChoice> => (e ? { into: e.id, unit: e.unit } : { into: null });

const seriesFacts = (e: ExistingSeries) => `${periodAdverbs[e.period]}, ${plural(e.figures, 'figure')}${e.latest ? ` to ${e.latest}` : ''}`;

function importLabel(fresh: number, adding: number) {
  if (fresh + adding === 0) return 'Import';
  if (adding === 0) return `Import ${plural(fresh, 'data series', 'data series')}`;
  if (fresh === 0) return `Add figures to ${plural(adding, 'data series', 'data series')}`;
  return `Import ${plural(fresh, 'data series', 'data series')} and add to ${adding}`;
}

function resultTitle(r: SeriesImportResult) {
  const made = r.created.length > 0 ? `${plural(r.created.length, 'data series', 'data series')} imported` : '';
  const changed = r.updated.filter((u) => u.added + u.changed.length > 0).length;
  const added = changed > 0 ? `figures added to ${plural(changed, 'data series', 'data series')}` : '';
  // Next month's file imported twice: say plainly that nothing changed.
  if (!made && !added) return 'Nothing new: the series already had these figures';
  const both = [made, added].filter(Boolean).join('; ');
  return both.charAt(0).toUpperCase() + both.slice(1);
}

function updateWords(u: SeriesImportResult['updated'][number]) {
  if (u.added + u.changed.length === 0) return `it already had all ${plural(u.unchanged, 'figure')}, so nothing changed`;
  const parts = [`${addedWords(u.addedLabels)} added`];
  if (u.changed.length > 0)
    parts.push(`${u.changed.length} replaced (${changedWords(u.changed, u.unit)})`);
  return parts.join(', ');
}

const looksLikeWords: Record<SeriesPreview['columns'][number]['looksLike'], string> = {
  dates: 'dates',
  numbers: 'numbers',
  percentages: 'percentages',
  text: 'text',
  empty: 'empty',
};

function PhaseProgress({ phase }: { phase: NonNullable<SheetPhase> }) {
  const label = phase.kind === 'uploading' ? 'Uploading the spreadsheet' : phase.kind === 'reading' ? 'Reading the sheet' : 'Importing the series';
  const determinate = phase.kind === 'uploading' && phase.total > 0;
  return (
    <ProgressBar
      className="progress series-progress"
      {...(determinate ? { value: phase.sent, maxValue: phase.total } : { isIndeterminate: true })}
    >
      {({ percentage }) => (
        <>
          <div className="progress-labels">
            <Label className="progress-label">{label}…</Label>
          </div>
          <div className="progress-track">
            <div className={`progress-fill${determinate ? '' : ' progress-indeterminate'}`} style={determinate ? { width: `${percentage ?? 0}%` } : undefined} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}
