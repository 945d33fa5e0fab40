/**
 * A data item's series in the details pane: the direction of travel (words and an arrow),
 * the chart with the same figures in a table after it, the values editor (add, change,
 * remove with Undo) and the series' details, each saving when you leave it.
 */
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { Evidence } from '../../../shared/schemas/evidence.ts';
import {
  betterDirections,
  seriesPeriods,
  seriesUnits,
  type BetterDirection,
  type Series,
  type SeriesDetails,
  type SeriesPeriod,
  type SeriesUnit,
  type SeriesValue,
  type Trend,
} from '../../../shared/schemas/series.ts';
import type { Input } from '../../../shared/contract.ts';
import { seriesChart, valueLabel } from '../../../shared/charts/series-chart.ts';
import { formatSeriesValue } from '../../../shared/series/format.ts';
import { readPeriodIn } from '../../../shared/series/periods.ts';
import { readValue } from '../../../shared/series/values.ts';
import { plural } from '../../../shared/format.ts';
import { Button } from '../../components/Button.tsx';
import { SelectField, TextInputField } from '../../components/fields.tsx';
import { mapErrors, sentence } from '../../components/forms.ts';
import { showToast } from '../../components/Toasts.tsx';
import { useExcerptsStore } from '../../stores/excerpts.ts';
import { useSeriesStore } from '../../stores/series.ts';
import { useUiStore } from '../../stores/ui.ts';
import { useDraft } from '../evidence/useDraft.ts';

export const unitLabels: Record<SeriesUnit, string> = {
  percentage: 'Percentage',
  count: 'Count',
  days: 'Days',
  weeks: 'Weeks',
  rate: 'Rate',
};
export const periodLabels: Record<SeriesPeriod, string> = { month: 'Month', quarter: 'Quarter', term: 'Term', year: 'Year' };
export const betterLabels: Record<BetterDirection, string> = { higher: 'Higher is better', lower: 'Lower is better' };
const periodPlural: Record<SeriesPeriod, string> = { month: 'months', quarter: 'quarters', term: 'terms', year: 'years' };

const directionLabels: Record<Trend['direction'], string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  'no-clear-change': 'No clear change',
  'not-enough-data': 'Not enough figures yet',
};
const arrows: Record<NonNullable<Trend['arrow']>, string> = { up: '↑', down: '↓', flat: '→' };
const arrowWords: Record<NonNullable<Trend['arrow']>, string> = { up: 'going up', down: 'going down', flat: 'level' };

type ReferenceField = 'baseline' | 'target' | 'milestone' | 'englandAverage';
type DetailField = keyof SeriesDetails | 'values';
const referenceFields: readonly ReferenceField[] = ['baseline', 'target', 'milestone', 'englandAverage'];
const fieldLabels: Record<DetailField, string> = {
  unit: 'Unit',
  period: 'Period',
  better: 'Which way is better',
  baseline: 'Baseline',
  target: 'Target',
  milestone: 'Milestone',
  englandAverage: 'England average',
  trendPeriods: 'Periods for direction of travel',
  values: 'Figures',
};

const detailsOf = (s: Series): SeriesDetails => ({
  unit: s.unit,
  period: s.period,
  better: s.better,
  baseline: s.baseline,
  target: s.target,
  milestone: s.milestone,
  englandAverage: s.englandAverage,
  trendPeriods: s.trendPeriods,
});

const plain = (v: number | null) => (v === null ? '' : String(v));
const withoutFullStop = (s: string) => s.replace(/[.]$/, '');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function SeriesSection({ evidence }: { evidence: Evidence }) {
  const series = useSeriesStore((s) => s.series);
  const loadError = useSeriesStore((s) => s.loadError);
  const load = useSeriesStore((s) => s.load);

  useEffect(() => {
    void load(evidence.id);
  }, [load, evidence.id, evidence.updatedAt, evidence.title]);

  return (
    <section className="details-section series-section" aria-labelledby="series-heading">
      <h3 className="section-heading" id="series-heading">
        Data series
      </h3>
      {loadError ? (
        <p className="field-error" role="alert">
          {loadError}
        </p>
      ) : !series || series.id !== evidence.id ? (
        <p className="quiet">Loading the figures…</p>
      ) : (
        <SeriesBody key={series.id} series={series} />
      )}
    </section>
  );
}

function SeriesBody({ series }: { series: Series }) {
  const save = useSeriesStore((s) => s.save);
  const [errors, setErrors] = useState<Partial<Record<DetailField, string>>>({});
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');

  /** Saves a change; before the details were first saved, the defaults shown are saved with it. */
  const saveDetails = async (field: DetailField, patch: Omit<Input<'series/save'>, 'id'>): Promise<boolean> => {
    setSaveState('saving');
    try {
      await save({ id: series.id, ...(series.saved ? {} : detailsOf(series)), ...patch });
      setErrors((e) => ({ ...e, [field]: undefined }));
      setSaveState('saved');
      return true;
    } catch (err) {
      const mapped = mapErrors(err, fieldLabels);
      const message = mapped.fields[field] ?? Object.values(mapped.fields)[0] ?? mapped.form ?? 'This change was not saved.';
      setErrors((e) => ({ ...e, [field]: message }));
      setSaveState('failed');
      return false;
    }
  };

  return (
    <>
      <span className={`save-status save-${saveState} series-save-status`} role="status" aria-live="polite">
        {saveState === 'saving' ? 'Saving…' : saveState === 'saved' ? 'Saved' : saveState === 'failed' ? 'Not saved' : ''}
      </span>
      {series.values.length === 0 ? (
        <EmptyFigures />
      ) : (
        <>
          <TrendLine series={series} />
          <SeriesChartView series={series} />
          <FiguresTable series={series} saveDetails={saveDetails} valuesError={errors.values} />
        </>
      )}
      <ValueEditor series={series} />
      <DetailsFields series={series} saveDetails={saveDetails} errors={errors} setErrors={setErrors} />
    </>
  );
}

/** The direction of travel: an arrow for which way the numbers moved, and words for whether that is better. */
export function TrendLine({ series }: { series: Series }) {
  const { trend } = series;
  if (trend.direction === 'not-enough-data') {
    return (
      <div className="series-trend trend-not-enough-data">
        <p className="series-trend-head">
          <span className="series-trend-label">Direction of travel: </span>
          <span>{trend.words || directionLabels[trend.direction]}</span>
        </p>
      </div>
    );
  }
  const label = directionLabels[trend.direction];
  // The core's words usually start with the direction ("Improving: up from…"): show it once, in bold.
  const rest = trend.words.toLowerCase().startsWith(label.toLowerCase()) ? trend.words.slice(label.length).replace(/^[:\s]+/, '') : trend.words;
  return (
    <div className={`series-trend trend-${trend.direction}`}>
      <p className="series-trend-head">
        <span className="series-trend-label">Direction of travel: </span>
        {trend.arrow ? (
          <span className="series-trend-arrow" aria-hidden="true">
            {arrows[trend.arrow]}
          </span>
        ) : null}
        <strong className="series-trend-word">{label}</strong>
        {trend.arrow ? <span className="visually-hidden"> ({arrowWords[trend.arrow]})</span> : null}
      </p>
      {rest ? <p className="series-trend-words">{capital(rest)}</p> : null}
    </div>
  );
}

function EmptyFigures() {
  const openDialog = useUiStore((s) => s.openDialog);
  return (
    <div className="empty series-empty">
      <p>No figures yet. Add the first value below, or import a spreadsheet of figures as new data series.</p>
      <Button variant="secondary" size="small" onPress={() => openDialog({ kind: 'import-series' })}>
        Import data series…
      </Button>
    </div>
  );
}

/** The chart, redrawn when the series or the pane's width changes. */
function SeriesChartView({ series }: { series: Series }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const w = Math.max(240, Math.floor(width || 340));
    el.replaceChildren(seriesChart({ series, document, width: w, height: Math.round(Math.min(280, Math.max(200, w * 0.66))) }));
  }, [series, width]);

  return <div className="series-chart" ref={ref} />;
}

function FiguresTable({
  series,
  saveDetails,
  valuesError,
}: {
  series: Series;
  saveDetails: (field: DetailField, patch: Omit<Input<'series/save'>, 'id'>) => Promise<boolean>;
  valuesError: string | undefined;
}) {
  const startEdit = useSeriesStore((s) => s.startEdit);
  const propose = useExcerptsStore((s) => s.propose);
  const remove = async (index: number) => {
    const before = series.values;
    const gone = before[index];
    if (!gone) return;
    const ok = await saveDetails('values', { values: before.filter((_, i) => i !== index) });
    if (!ok) return;
    // The pressed button has gone: keep the keyboard in the table (or the editor, when it was the last figure).
    (document.getElementById('series-figures') ?? document.getElementById('series-new-period'))?.focus();
    const name = valueLabel(gone, series);
    showToast({
      title: `Removed the figure for ${name}`,
      description: `${formatSeriesValue(gone.value, series.unit)} from “${series.title}”.`,
      action: {
        label: 'Undo',
        onAction: () => {
          void saveDetails('values', { values: before }).then((done) => {
            if (done) showToast({ title: `Put back the figure for ${name}` });
          });
        },
      },
    });
  };

  return (
    <details className="series-figures" open>
      <summary>The figures in a table</summary>
      {series.values.length > 3 ? (
        // Each figure has three buttons: a way past them for the keyboard.
        <button type="button" className="series-skip" onClick={() => document.getElementById('series-new-period')?.focus()}>
          Skip past the {plural(series.values.length, 'figure')} to the form below
        </button>
      ) : null}
      <div id="series-figures" className="data-table-wrap series-table-wrap" tabIndex={0} role="region" aria-label={`Figures for ${series.title} (scrolls)`}>
        <table className="data-table series-table">
          <caption className="visually-hidden">Figures for {series.title}, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {series.values.map((v, i) => {
              const name = valueLabel(v, series);
              return (
                <tr key={v.periodStart}>
                  <th scope="row">{name}</th>
                  <td className="num">{formatSeriesValue(v.value, series.unit)}</td>
                  <td className="series-note">{v.note}</td>
                  <td className="series-row-actions">
                    <Button variant="link" size="small" aria-label={`Edit the figure for ${name}`} onPress={() => startEdit(i)}>
                      Edit
                    </Button>
                    <Button variant="link" size="small" aria-label={`Remove the figure for ${name}`} onPress={() => void remove(i)}>
                      Remove
                    </Button>
                    <Button
                      variant="link"
                      size="small"
                      aria-label={`Save the figure for ${name} as an excerpt`}
                      onPress={() => propose({ evidenceId: series.id, quote: `${series.title}: ${formatSeriesValue(v.value, series.unit)} in ${name}`, dataPoint: name })}
                    >
                      Excerpt
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {valuesError ? (
        <p className="field-error" role="alert">
          {valuesError}
        </p>
      ) : null}
    </details>
  );
}

interface ValueErrors {
  period?: string;
  value?: string;
  note?: string;
  form?: string;
}

function ValueEditor({ series }: { series: Series }) {
  const save = useSeriesStore((s) => s.save);
  const editing = useSeriesStore((s) => s.editing.index);
  const nonce = useSeriesStore((s) => s.editing.nonce);
  const setEditing = useSeriesStore((s) => s.startEdit);
  const [period, setPeriod] = useState('');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<ValueErrors>({});
  const [busy, setBusy] = useState(false);
  const periodRef = useRef<HTMLInputElement>(null);
  const editingValue = editing === null ? undefined : series.values[editing];

  useEffect(() => () => setEditing(null), [setEditing]);
  useEffect(() => {
    if (editing === null) return;
    const v = series.values[editing];
    if (!v) return;
    setPeriod(valueLabel(v, series));
    setValue(String(v.value));
    setNote(v.note);
    setErrors({});
    periodRef.current?.focus();
    // Only when an Edit button is pressed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nonce]);

  const clear = () => {
    setPeriod('');
    setValue('');
    setNote('');
    setErrors({});
    setEditing(null);
  };

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (busy) return;
    const next: ValueErrors = {};
    const p = readPeriodIn(period, series.period);
    if (period.trim() === '') next.period = 'Enter the period, for example Jan 2024, Q3 2021 or 2021/22.';
    else if (!p.ok) next.period = `${capital(withoutFullStop(p.reason))}.`;
    const v = readValue(value);
    if (value.trim() === '') next.value = 'Enter the value, for example 67.7%.';
    else if (v.kind !== 'number') next.value = `“${value.trim()}” is not a number. Enter the value, for example 67.7 or 67.7%.`;
    // A fraction typed as a spreadsheet shows it ("0.6" for 60%) beside figures in whole per cents: ask which is meant.
    else if (series.unit === 'percentage' && !v.percent && v.value > 0 && v.value < 1 && series.values.some((x, i) => i !== editing && x.value >= 1)) {
      const meant = formatSeriesValue(Math.round(v.value * 100 * 1e9) / 1e9, 'percentage');
      next.value = `Did you mean ${meant}? The other figures are in per cents, so “${value.trim()}” would be ${formatSeriesValue(v.value, 'percentage')}. Type ${meant} or ${formatSeriesValue(v.value, 'percentage')} to say which.`;
    }
    if (p.ok && !next.period) {
      const clash = series.values.findIndex((x) => x.periodStart === p.value.periodStart);
      if (clash >= 0 && clash !== editing) {
        next.period = `There is already a figure for ${valueLabel(series.values[clash]!, series)}. Edit that one instead.`;
      }
    }
    if (next.period || next.value || !p.ok || v.kind !== 'number') {
      setErrors(next);
      (next.period ? periodRef.current : document.getElementById('series-new-value'))?.focus();
      return;
    }
    const entry: SeriesValue = { periodStart: p.value.periodStart, label: p.value.label, value: v.value, note: note.trim() };
    const values = [...series.values.filter((_, i) => i !== editing), entry].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
    setBusy(true);
    try {
      await save({ id: series.id, ...(series.saved ? {} : detailsOf(series)), values });
      clear();
      periodRef.current?.focus();
    } catch (err) {
      const mapped = mapErrors(err, { values: 'Figures', note: 'Note', value: 'Value', label: 'Period', periodStart: 'Period' });
      setErrors({
        ...(mapped.fields.periodStart || mapped.fields.label ? { period: mapped.fields.periodStart ?? mapped.fields.label } : {}),
        ...(mapped.fields.value ? { value: mapped.fields.value } : {}),
        ...(mapped.fields.note ? { note: mapped.fields.note } : {}),
        ...(mapped.fields.values || mapped.form ? { form: [mapped.fields.values, mapped.form].filter(Boolean).join(' ') } : {}),
      });
    } finally {
      setBusy(false);
    }
  };

  const editingName = editingValue ? valueLabel(editingValue, series) : null;
  return (
    <form className="series-editor" onSubmit={(e) => void submit(e)} aria-labelledby="series-editor-heading" noValidate>
      <h4 className="series-subheading" id="series-editor-heading">
        {editingName ? `Change the figure for ${editingName}` : 'Add a figure'}
      </h4>
      <TextInputField
        id="series-new-period"
        label="Period"
        description="For example Jan 2024, Q3 2021, Autumn 2021, 2021/22 or a date"
        value={period}
        onChange={setPeriod}
        inputRef={periodRef}
        error={errors.period}
      />
      <div className="series-editor-row">
        <TextInputField
          id="series-new-value"
          className="series-editor-value"
          label={series.unit === 'percentage' ? 'Value (%)' : 'Value'}
          value={value}
          onChange={setValue}
          error={errors.value}
        />
        <TextInputField id="series-new-note" className="series-editor-note" label="Note (optional)" value={note} onChange={setNote} error={errors.note} />
      </div>
      {errors.form ? (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="series-editor-actions">
        <Button variant="secondary" type="submit" isDisabled={busy}>
          {busy ? 'Saving…' : editingName ? 'Save the figure' : 'Add the figure'}
        </Button>
        {editingName ? (
          <Button
            variant="quiet"
            onPress={() => {
              clear();
              periodRef.current?.focus();
            }}
          >
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function DetailsFields({
  series,
  saveDetails,
  errors,
  setErrors,
}: {
  series: Series;
  saveDetails: (field: DetailField, patch: Omit<Input<'series/save'>, 'id'>) => Promise<boolean>;
  errors: Partial<Record<DetailField, string>>;
  setErrors: (f: (e: Partial<Record<DetailField, string>>) => Partial<Record<DetailField, string>>) => void;
}) {
  const choose = <F extends 'unit' | 'period' | 'better'>(field: F, value: SeriesDetails[F]) => {
    if (value !== series[field] || !series.saved) void saveDetails(field, { [field]: value });
  };
  const suffix = series.unit === 'percentage' ? ' (%)' : '';

  return (
    <fieldset className="fieldset series-details">
      <legend className="series-subheading">About the figures</legend>
      <div className="series-grid">
        <SelectField
          id="series-unit"
          label="Unit"
          options={seriesUnits.map((u) => ({ id: u, label: unitLabels[u] }))}
          value={series.unit}
          onChange={(v) => choose('unit', v as SeriesUnit)}
          error={errors.unit}
        />
        <SelectField
          id="series-period"
          label="Period"
          options={seriesPeriods.map((p) => ({ id: p, label: periodLabels[p] }))}
          value={series.period}
          onChange={(v) => choose('period', v as SeriesPeriod)}
          error={errors.period}
        />
      </div>
      <SelectField
        id="series-better"
        label="Which way is better"
        options={betterDirections.map((b) => ({ id: b, label: betterLabels[b] }))}
        value={series.better}
        onChange={(v) => choose('better', v as BetterDirection)}
        error={errors.better}
      />
      <div className="series-grid">
        {referenceFields.map((f) => (
          <NumberField
            key={f}
            field={f}
            label={`${fieldLabels[f]}${suffix}`}
            saved={series[f]}
            error={errors[f]}
            onInvalid={(message) => setErrors((e) => ({ ...e, [f]: message }))}
            onSave={(v) => saveDetails(f, { [f]: v })}
          />
        ))}
      </div>
      <NumberField
        field="trendPeriods"
        label={fieldLabels.trendPeriods}
        description={`How many of the latest ${periodPlural[series.period]} the direction of travel looks at. Leave empty for the default: ${series.defaultTrendPeriods}.`}
        placeholder={`Default: ${series.defaultTrendPeriods}`}
        saved={series.trendPeriods}
        whole
        error={errors.trendPeriods}
        onInvalid={(message) => setErrors((e) => ({ ...e, trendPeriods: message }))}
        onSave={(v) => saveDetails('trendPeriods', { trendPeriods: v })}
      />
      <p className="quiet series-count">
        {series.saved
          ? `${plural(series.values.length, 'figure')} saved.`
          : 'These are the defaults for a new data series; they are saved with your first change.'}
      </p>
    </fieldset>
  );
}

/** A number (or empty, for none) saved when you leave the field; "60%" is read as 60. */
function NumberField(props: {
  field: ReferenceField | 'trendPeriods';
  label: string;
  description?: string;
  placeholder?: string;
  saved: number | null;
  whole?: boolean;
  error: string | undefined;
  onInvalid: (message: string) => void;
  onSave: (value: number | null) => Promise<boolean>;
}) {
  const draft = useDraft(plain(props.saved));
  const leave = () => {
    draft.finish();
    const text = draft.draft.trim();
    if (text === '') {
      if (props.saved !== null || props.error) void props.onSave(null);
      return;
    }
    const r = readValue(text);
    if (r.kind !== 'number' || (props.whole && !Number.isInteger(r.value))) {
      props.onInvalid(sentence(props.label, props.whole ? 'must be a whole number, or empty for the default' : `must be a number, or empty for none (“${text}” is not a number)`));
      return;
    }
    if (r.value !== props.saved || props.error) void props.onSave(r.value);
  };
  return (
    <TextInputField
      id={`series-${props.field}`}
      label={props.label}
      {...(props.description ? { description: props.description } : {})}
      {...(props.placeholder ? { placeholder: props.placeholder } : {})}
      value={draft.draft}
      onChange={draft.change}
      onBlur={leave}
      error={props.error}
    />
  );
}
