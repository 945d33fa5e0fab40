/**
 * "Export the evidence pack": which areas, the "as at" date, a draft watermark, whether
 * items marked as personal data go too (only after a second, explicit confirmation), the
 * format; a preview of the pack in a sandboxed frame; then the pack written, with where
 * it went and a link to download it (web host).
 */
import { useEffect, useRef, useState } from 'react';
import { Checkbox, CheckboxGroup, Label, ProgressBar, Radio, RadioGroup, Text } from 'react-aria-components';
import { exportFormats, type ExportFormat } from '../../../shared/api/export.ts';
import { plural, todayIso } from '../../../shared/format.ts';
import { AppDialog, DialogActions } from '../../components/Dialog.tsx';
import { api } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { CheckboxField } from '../../components/fields.tsx';
import { DateInputField } from '../../components/DateInputField.tsx';
import { useAppStore } from '../../stores/app.ts';
import { useAreasStore } from '../../stores/areas.ts';
import { useExportStore, type PackOptions } from '../../stores/export.ts';
import { PersonalDataConfirm } from './PersonalDataConfirm.tsx';
import { PackPreview } from './PackPreview.tsx';

/** Every format the core offers, in its order (PDF and Word appear once shared/api/export.ts lists them). */
const formatLabels: Record<string, { label: string; description: string }> = {
  html: { label: 'HTML', description: 'One web page; opens in any browser.' },
  zip: { label: 'ZIP with exhibits', description: 'The pack, every cited file, an index and a manifest.' },
  pdf: { label: 'PDF', description: 'Tagged for accessibility; ready to print or send.' },
  docx: { label: 'Word (.docx)', description: 'With real headings, so it can be edited.' },
};
const formatLabel = (f: string) => formatLabels[f]?.label ?? f.toUpperCase();

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const library = useAppStore((s) => s.library);
  const areas = useAreasStore((s) => s.areas);
  const { previewHtml, previewing, writing, result, error, preview, closePreview, write, clearResult, reset, saveCopy } = useExportStore();
  const { progress, cancelling, cancelled, cancel } = useExportStore();

  const [areaIds, setAreaIds] = useState<string[]>(() => areas.map((a) => a.id));
  const [asAt, setAsAt] = useState(() => todayIso());
  const [draft, setDraft] = useState(false);
  const [includePersonalData, setIncludePersonalData] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // HTML by default: quick to write and to read; the other formats are one click away.
  const [format, setFormat] = useState<ExportFormat>(exportFormats.includes('html' as ExportFormat) ? ('html' as ExportFormat) : exportFormats[0]);
  const [problem, setProblem] = useState<string | null>(null);

  // Each opening starts afresh: no preview, result or error left from last time.
  useEffect(() => {
    reset();
    return () => reset();
  }, [reset]);

  const options = (): PackOptions | null => {
    if (areas.length > 0 && areaIds.length === 0) {
      setProblem('Choose at least one area of concern to put in the pack.');
      return null;
    }
    if (asAt && !/^\d{4}-\d{2}-\d{2}$/.test(asAt)) {
      setProblem('Enter the “as at” date as a real date, for example 22 November 2026.');
      return null;
    }
    setProblem(null);
    const all = areaIds.length === areas.length;
    return {
      ...(all ? {} : { areaIds: areas.filter((a) => areaIds.includes(a.id)).map((a) => a.id) }),
      includePersonalData,
      draft,
      ...(asAt ? { asAt } : {}),
    };
  };

  // While the pack is written every choice is disabled, "Export the pack" too, which would
  // drop the focus to the page's body, out of the dialog (where Escape no longer reaches
  // it). It moves to the progress instead: a screen-reader user hears "Writing the pack…",
  // and a second press of Enter does nothing (as "Cancel export" would cancel).
  const live = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!writing) return;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected || active.matches(':disabled')) live.current?.focus({ preventScroll: true });
  }, [writing]);

  // The outcome appears below the choices: bring it into view, clear of the action bar, and
  // move focus to it. Focus stays in the dialog (so Escape still closes it), and a
  // screen-reader user hears what happened; "Cancel export" has gone by now, so focus would
  // otherwise fall to the page's body.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result || error || cancelled) outcome.current?.scrollIntoView?.({ block: 'nearest' });
  }, [result, error, cancelled]);
  // Only when an outcome first shows (not when "Save a copy…" updates it), and only the
  // outcome of a write: a failed preview leaves focus on "Preview the pack". A problem is
  // focused before the result it goes with.
  const exported = result !== null;
  const writeError = error?.action === 'write' ? error : null;
  useEffect(() => {
    if (!exported && !writeError && !cancelled) return;
    const box = outcome.current;
    const target = box?.querySelector<HTMLElement>('[role="alert"][data-outcome]') ?? box?.querySelector<HTMLElement>('[data-outcome]');
    target?.focus({ preventScroll: true });
  }, [exported, writeError, cancelled]);

  const changed = () => {
    if (result || cancelled) clearResult();
  };
  // A zip reports each exhibit file as it goes; the other formats are quick and show no count.
  const counted = writing && format === 'zip' && progress !== null;

  const busy = writing || previewing;
  const name = library?.details.name ?? 'the library';
  // The pack's opening states these dates; one the library lacks is left out of the pack, so say so here.
  const missing = [
    ...(library && !library.details.initialInspectionDate ? ['The date of the initial inspection is not set — add it in Library details.'] : []),
    ...(library && !library.details.wsoaFitDate ? ['The date the written statement of action was declared fit for purpose is not set — add it in Library details.'] : []),
  ];

  return (
    <AppDialog title="Export the evidence pack" isOpen onClose={onClose} isBusy={busy} size="large">
      <p>
        The pack for {name} follows the shape of the revisit letter: each area’s weakness, the findings that cite their
        evidence, and the judgement, with an index of every exhibit.
      </p>
      {missing.length ? (
        <div className="notice notice-warning export-missing">
          <p className="notice-title">The pack will leave {missing.length === 1 ? 'a date' : 'two dates'} out</p>
          {missing.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      ) : null}
      <div className="export-form">
        {areas.length > 0 ? (
          <CheckboxGroup
            className="export-areas"
            value={areaIds}
            onChange={(v) => {
              setAreaIds(v);
              changed();
            }}
            isDisabled={writing}
          >
            <Label className="field-label">Areas of concern</Label>
            <Text slot="description" className="field-description">
              {areaIds.length === areas.length
                ? `All ${areas.length} areas are included.`
                : `${areaIds.length} of ${areas.length} areas are included.`}
            </Text>
            <div className="export-area-actions">
              <Button size="small" variant="quiet" onPress={() => setAreaIds(areas.map((a) => a.id))} isDisabled={writing || areaIds.length === areas.length}>
                Select all areas
              </Button>
              <Button size="small" variant="quiet" onPress={() => setAreaIds([])} isDisabled={writing || areaIds.length === 0}>
                Clear all areas
              </Button>
            </div>
            <ul className="export-area-list">
              {areas.map((a) => (
                <li key={a.id}>
                  <Checkbox value={a.id} className="checkbox">
                    <span className="checkbox-box" aria-hidden="true">
                      <svg viewBox="0 0 16 16" width="14" height="14">
                        <polyline points="3,8.5 6.5,12 13,4.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
                      </svg>
                    </span>
                    <span className="checkbox-label export-area-label">
                      <span className="export-area-code">{a.code}</span> {a.title}
                    </span>
                  </Checkbox>
                </li>
              ))}
            </ul>
          </CheckboxGroup>
        ) : (
          <p className="quiet">This library has no areas of concern yet, so the pack will have no main findings.</p>
        )}

        <div className="export-side">
          <DateInputField
            id="export-as-at"
            label="As at"
            description="The date the pack’s evidence is stated as at. Usually today."
            value={asAt}
            onChange={(v) => {
              setAsAt(v);
              changed();
            }}
            isDisabled={writing}
          />

          <RadioGroup
            className="radio-group"
            value={format}
            onChange={(v) => {
              setFormat(v as ExportFormat);
              changed();
            }}
            isDisabled={writing}
          >
            <Label className="field-label">Format</Label>
            {exportFormats.map((f) => (
              <Radio key={f} value={f} className="radio export-format">
                <span className="radio-circle" aria-hidden="true" />
                <span className="export-format-text">
                  <span className="export-format-label">{formatLabel(f)}</span>
                  {formatLabels[f] ? <span className="export-format-description">{formatLabels[f].description}</span> : null}
                </span>
              </Radio>
            ))}
          </RadioGroup>

          <CheckboxField
            label="Mark every page “Draft”"
            description="For packs shared before the judgements are agreed."
            isSelected={draft}
            onChange={(v) => {
              setDraft(v);
              changed();
            }}
            isDisabled={writing}
          />

          <CheckboxField
            label="Include items marked as containing personal data"
            description="Left out unless you tick this and confirm. The pack says how many items were withheld."
            isSelected={includePersonalData}
            onChange={(v) => {
              changed();
              // Ticking only asks; it takes effect once the confirmation says so.
              if (v) setConfirming(true);
              else setIncludePersonalData(false);
            }}
            isDisabled={writing}
          />
          {includePersonalData ? (
            <p className="notice notice-warning export-personal-note">
              This pack will include items marked as containing personal data.
            </p>
          ) : null}
        </div>
      </div>

      {problem ? (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      ) : null}

      <div aria-live="polite" className="export-live" tabIndex={-1} ref={live}>
        {counted ? (
          <ProgressBar
            className="progress"
            aria-label="Writing the pack…"
            value={progress.done}
            minValue={0}
            maxValue={Math.max(progress.total, 1)}
            valueLabel={`${progress.done} of ${plural(progress.total, 'exhibit file')}`}
          >
            {({ percentage, valueText }) => (
              <>
                <div className="progress-labels">
                  <span className="progress-label" aria-hidden="true">
                    {cancelling ? 'Cancelling…' : 'Writing the pack…'}
                  </span>
                  <span className="progress-value">{valueText}</span>
                </div>
                <div className="progress-track">
                  <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
                </div>
                <p className="quiet export-progress-step">{progress.label}</p>
              </>
            )}
          </ProgressBar>
        ) : writing ? (
          <ProgressBar className="progress" isIndeterminate aria-label="Writing the pack…">
            <div className="progress-labels">
              <span className="progress-label" aria-hidden="true">
                {cancelling ? 'Cancelling…' : 'Writing the pack…'}
              </span>
            </div>
            <div className="progress-track">
              <div className="progress-fill progress-indeterminate" />
            </div>
          </ProgressBar>
        ) : previewing ? (
          <p className="quiet">Preparing the preview…</p>
        ) : null}
      </div>

      <div ref={outcome} className="export-outcome">
      {result ? (
        <div className="notice notice-ok" role="status" tabIndex={-1} data-outcome>
          <p className="notice-title">Pack exported</p>
          <p>
            Saved as {formatLabel(result.format)} to <span className="path">{result.path}</span>
          </p>
          <p>
            {result.exhibits === 0 ? 'It cites no exhibits' : `It lists ${plural(result.exhibits, 'exhibit')}`}
            {result.withheld === 0
              ? '; no items were withheld.'
              : `; ${plural(result.withheld, 'item')} marked as containing personal data ${result.withheld === 1 ? 'was' : 'were'} withheld.`}
          </p>
          {result.url ? (
            <p>
              <a className="btn btn-secondary" href={result.url} download>
                Download the pack
              </a>
            </p>
          ) : api.canSaveExport() ? (
            <>
              {result.savedTo ? (
                <p>
                  A copy was saved to <span className="path">{result.savedTo}</span>
                </p>
              ) : null}
              <p>
                <Button variant="secondary" onPress={() => void saveCopy()}>
                  {result.savedTo ? 'Save another copy…' : 'Save a copy…'}
                </Button>
              </p>
            </>
          ) : (
            <p>The pack is on this computer at the place shown above.</p>
          )}
        </div>
      ) : null}

      {cancelled ? (
        <div className="notice" role="status" tabIndex={-1} data-outcome>
          <p className="notice-title">Export cancelled</p>
          <p>The export was cancelled; no pack was written. Your choices are kept, so you can export again when ready.</p>
        </div>
      ) : null}

      {error ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} data-outcome={error.action === 'write' || undefined}>
          <p className="notice-title">{error.action === 'preview' ? 'The preview could not be made' : 'The pack was not exported'}</p>
          <p className="export-error-message">{error.message}</p>
        </div>
      ) : null}
      </div>

      <DialogActions>
        <Button
          variant="primary"
          isDisabled={busy}
          onPress={() => {
            const o = options();
            if (o) void write(format, o);
          }}
        >
          Export the pack
        </Button>
        {/* Pending, not disabled, while the preview is made: it keeps the focus, so closing
            the preview brings a keyboard user back here rather than to the top of the page. */}
        <Button
          variant="secondary"
          isDisabled={writing}
          isPending={previewing}
          onPress={() => {
            const o = options();
            if (o) void preview(o);
          }}
        >
          Preview the pack
        </Button>
        {writing ? (
          <Button variant="secondary" onPress={() => void cancel()} isDisabled={cancelling}>
            Cancel export
          </Button>
        ) : null}
        <Button variant="quiet" onPress={onClose} isDisabled={writing}>
          {result ? 'Done' : 'Cancel'}
        </Button>
      </DialogActions>

      {confirming ? (
        <PersonalDataConfirm
          onConfirm={() => {
            setIncludePersonalData(true);
            setConfirming(false);
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {previewHtml !== null ? <PackPreview html={previewHtml} onClose={closePreview} /> : null}
    </AppDialog>
  );
}
