/**
 * The import's progress and results, docked at the bottom right: not modal, so the app
 * stays usable while files are read. Counts are announced politely as they change.
 */
import { useEffect, useMemo, useState } from 'react';
import { Label, ProgressBar, ToggleButton, ToggleButtonGroup, type Key } from 'react-aria-components';
import type { ImportResult, ImportStatus } from '../../../shared/schemas/ingest.ts';
import { formatDate, formatDateTime, plural } from '../../../shared/format.ts';
import { api } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { focusIfLost } from '../../components/focus.ts';
import { say } from '../../stores/status.ts';
import {
  describeCounts,
  filterResults,
  resultsAsText,
  statusLabel,
  useIngestStore,
  type ResultFilter,
} from '../../stores/ingest.ts';
import { channelLabels, voiceGroupLabels } from '../feedback/labels.ts';
import { openItem } from '../search/openItem.ts';
import { copyText } from './copy.ts';
import { TakeBackImport } from './TakeBackImport.tsx';

const asAtFromWords = { 'first-page': 'from the first page', 'latest-in-table': 'the latest date in the table', 'document-date': 'from the document’s own date', 'file-date': 'from the file’s date' } as const;

const filters: { id: ResultFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'imported', label: 'Imported' },
  { id: 'duplicate', label: 'Duplicates' },
  { id: 'failed', label: 'Failed' },
  { id: 'cancelled', label: 'Cancelled' },
];

export function ImportPanel() {
  const panelOpen = useIngestStore((s) => s.panelOpen);
  const handleEvent = useIngestStore((s) => s.handleEvent);

  useEffect(() => api.onEvent(handleEvent), [handleEvent]);

  if (!panelOpen) return null;
  return <Panel />;
}

function Panel() {
  const s = useIngestStore();
  const [collapsed, setCollapsed] = useState(false);
  const running = s.phase === 'uploading' || s.phase === 'running';
  const finished = s.phase === 'done' || s.phase === 'cancelled' || s.phase === 'failed';
  const shown = useMemo(() => filterResults(s.results, s.filter), [s.results, s.filter]);
  const importedIds = useMemo(() => s.results.flatMap((r) => (r.status === 'imported' && r.id ? [r.id] : [])), [s.results]);

  const heading =
    s.phase === 'uploading'
      ? `Importing ${plural(s.upload.total, 'file')}`
      : s.phase === 'running'
        ? `Importing ${plural(s.total, 'file')}`
        : s.phase === 'cancelled'
          ? 'Import cancelled'
          : s.phase === 'failed'
            ? 'Import not started'
            : 'Import finished';

  const live =
    s.phase === 'uploading'
      ? `Sending files to the library: ${s.upload.done} of ${s.upload.total}.`
      : s.phase === 'running'
        ? `${s.done} of ${plural(s.total, 'file')} done: ${describeCounts(s.counts)}.`
        : s.phase === 'failed'
          ? (s.error ?? '')
          : // The heading already says finished or cancelled.
            s.total === 0
            ? 'No files were found to import.'
            : `${describeCounts(s.counts)}.`;

  const copy = async () => {
    const text = resultsAsText(s.results, s.counts, formatDateTime(new Date().toISOString()));
    const ok = await copyText(text);
    say(ok ? `Copied the results of ${plural(s.results.length, 'file')} as text.` : 'The results could not be copied. Select the list and copy it instead.');
  };

  /** Closes the finished panel and, as its buttons have gone, carries on from the Import menu's button. */
  const close = () => {
    s.closePanel();
    focusIfLost('.header-actions button[aria-label="Import"]');
  };

  return (
    <section
      className="import-panel"
      aria-labelledby="import-panel-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && finished && !e.defaultPrevented) {
          e.preventDefault();
          close();
        }
      }}
    >
      <div className="import-panel-header">
        <h2 className="import-panel-heading" id="import-panel-heading">
          {heading}
        </h2>
        <Button variant="quiet" size="small" aria-expanded={!collapsed} onPress={() => setCollapsed((c) => !c)}>
          {collapsed ? 'Show details' : 'Hide details'}
        </Button>
        {finished ? (
          <Button variant="quiet" size="small" onPress={close} aria-label="Close the import panel">
            <span aria-hidden="true">×</span>
          </Button>
        ) : null}
      </div>

      {s.area ? <p className="import-area">Each imported item is linked to {s.area.label}.</p> : null}

      <p className="import-live" aria-live="polite">
        {live}
      </p>

      {s.phase === 'uploading' ? (
        <Progress label="Sending files" value={s.upload.bytesSent} max={s.upload.bytesTotal || 1} text={`${s.upload.done} of ${s.upload.total} files sent`} />
      ) : s.phase === 'running' || finished ? (
        s.phase === 'failed' ? null : <Progress label="Files read" value={s.done} max={s.total || 1} text={`${s.done} of ${plural(s.total, 'file')}`} />
      ) : null}

      {!collapsed && running ? (
        <p className="import-current">
          {s.phase === 'uploading'
            ? s.upload.current
              ? <>Sending <span className="import-path">{s.upload.current}</span></>
              : 'Starting…'
            : s.current.length > 0
              ? <>Reading {s.current.map((c, i) => <span key={c}>{i > 0 ? ', ' : ''}<span className="import-path">{c}</span></span>)}</>
              : 'Reading…'}
        </p>
      ) : null}

      {running ? (
        <div className="import-actions">
          <Button variant="secondary" size="small" onPress={() => void s.cancel()}>
            Cancel import
          </Button>
          <span className="quiet import-hint">Files already imported are kept.</span>
        </div>
      ) : null}

      {!collapsed && s.results.length > 0 ? (
        <>
          <ToggleButtonGroup
            className="import-filter"
            aria-label="Show results"
            selectionMode="single"
            disallowEmptySelection
            selectedKeys={[s.filter]}
            onSelectionChange={(keys: Set<Key>) => {
              const k = [...keys][0];
              if (k) s.setFilter(k as ResultFilter);
            }}
          >
            {filters
              .filter((f) => f.id === 'all' || f.id === s.filter || s.counts[f.id as ImportStatus] > 0)
              .map((f) => (
                <ToggleButton key={f.id} id={f.id} className="toggle">
                  {f.label} ({f.id === 'all' ? s.results.length : s.results.filter((r) => r.status === f.id).length})
                </ToggleButton>
              ))}
          </ToggleButtonGroup>
          <ul className="import-results" aria-label="Import results">
            {shown.map((r) => (
              <ResultRow key={r.key} result={r} />
            ))}
            {shown.length === 0 ? <li className="quiet">No files with this result.</li> : null}
          </ul>
        </>
      ) : null}

      {finished && s.results.length > 0 ? (
        <div className="import-actions">
          <Button variant="secondary" size="small" onPress={() => void copy()}>
            Copy results
          </Button>
          <TakeBackImport ids={importedIds} onDone={close} />
          <Button variant="quiet" size="small" onPress={close}>
            Close
          </Button>
        </div>
      ) : s.phase === 'failed' ? (
        <div className="import-actions">
          <Button variant="quiet" size="small" onPress={close}>
            Close
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function Progress({ label, value, max, text }: { label: string; value: number; max: number; text: string }) {
  return (
    <ProgressBar className="progress" value={Math.min(value, max)} maxValue={max} valueLabel={text}>
      {({ percentage, valueText }) => (
        <>
          <div className="progress-labels">
            <Label className="progress-label">{label}</Label>
            <span className="progress-value">{valueText}</span>
          </div>
          <div className="progress-track">
            <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}

function ResultRow({ result: r }: { result: ImportResult }) {
  const sug = r.suggestions;
  return (
    <li className={`import-result import-result-${r.status}`}>
      <div className="import-result-line">
        <span className={`result-tag result-tag-${r.status}`}>{statusLabel(r.status)}</span>
        <span className="import-path">{r.path}</span>
      </div>
      {r.status === 'imported' ? (
        <div className="import-result-body">
          <p>
            As “{r.title ?? r.name}”{r.pages ? ` · ${plural(r.pages, 'page')} read` : ''}
            {r.attachmentOf ? ' · attachment of an email' : ''}
          </p>
          {sug ? (
            <p className="quiet">
              {sug.asAt ? `As at ${formatDate(sug.asAt)}${sug.asAtFrom ? ` (${asAtFromWords[sug.asAtFrom]})` : ''}` : 'No “as at” date found'}
              {' · '}
              {sug.source ? `source ${sug.source}` : 'no source organisation found'}
            </p>
          ) : null}
          {sug?.feedback ? (
            <p className="quiet">
              Imported as feedback from {voiceGroupLabels[sug.feedback.voice]}
              {sug.feedback.channel ? ` (${channelLabels[sug.feedback.channel].toLowerCase()})` : ''}, so it counts in Voices.
            </p>
          ) : null}
          {r.personalDataReview ? (
            <p className="import-note">
              Marked as containing personal data: it {r.personalDataReview}. It stays out of packs until you check it.
            </p>
          ) : null}
          {r.note ? <p className="import-note">{r.note}</p> : null}
          {r.id ? (
            <Button variant="link" size="small" onPress={() => void openItem(r.id ?? '', { focus: true })} aria-label={`Check details of “${r.title ?? r.name}”`}>
              Check details
            </Button>
          ) : null}
        </div>
      ) : r.status === 'duplicate' ? (
        <div className="import-result-body">
          <p>Already in the library{r.title ? ` as “${r.title}”` : ''}, so it was not imported again.</p>
          {r.id ? (
            <Button variant="link" size="small" onPress={() => void openItem(r.id ?? '', { focus: true })} aria-label={`Open the existing item, “${r.title ?? r.name}”`}>
              Open the existing item
            </Button>
          ) : null}
        </div>
      ) : (
        <div className="import-result-body">
          <p className={r.status === 'failed' ? 'import-error' : ''}>
            {r.error ?? (r.status === 'cancelled' ? 'The import was cancelled before this file was read, so it was not imported.' : 'It could not be imported.')}
          </p>
        </div>
      )}
    </li>
  );
}
