/**
 * Readiness: for every area of concern, how much evidence of each kind there is and how
 * fresh it is, a one-line summary, and the gaps, each one click from its fix.
 */
import { useEffect, useRef } from 'react';
import type { Outcome } from '../../../shared/schemas/assessment.ts';
import { bucketLabels, type AreaReadiness, type Freshness, type ReadinessCell } from '../../../shared/schemas/readiness.ts';
import { formatDate, plural } from '../../../shared/format.ts';
import { useLibraryChanged } from '../../api/useLibraryChanged.ts';
import { Button } from '../../components/Button.tsx';
import { DateInputField } from '../../components/DateInputField.tsx';
import { useAppStore } from '../../stores/app.ts';
import { useAreasStore } from '../../stores/areas.ts';
import { useAssessmentStore } from '../../stores/assessment.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { useReadinessStore } from '../../stores/readiness.ts';
import { useUiStore } from '../../stores/ui.ts';
import { useViewStore } from '../../stores/view.ts';
import { useHeadingFocus } from '../main/useHeadingFocus.ts';
import { fixesFor } from './fixes.ts';

export const freshnessWords: Record<Freshness, string> = {
  fresh: 'Fresh',
  ageing: 'Ageing',
  stale: 'Stale',
  undated: 'Undated',
  empty: 'None',
};
const freshnessTone: Record<Freshness, string> = { fresh: 'green', ageing: 'amber', stale: 'red', undated: 'grey', empty: 'grey' };

export function ReadinessScreen() {
  const heading = useRef<HTMLHeadingElement>(null);
  useHeadingFocus(heading);
  const data = useReadinessStore((s) => s.data);
  const error = useReadinessStore((s) => s.error);
  const load = useReadinessStore((s) => s.load);
  const asAt = useReadinessStore((s) => s.asAt);
  const setAsAt = useReadinessStore((s) => s.setAsAt);
  const library = useAppStore((s) => s.library);
  const settings = useAssessmentStore((s) => s.settings);
  const loadSettings = useAssessmentStore((s) => s.loadSettings);
  const openDialog = useUiStore((s) => s.openDialog);
  const openArea = useViewStore((s) => s.openArea);
  // Evidence added or linked, or an area judged, here in this window: the dashboard follows.
  const items = useEvidenceStore((s) => s.items);
  const areas = useAreasStore((s) => s.areas);

  // Before the first load: the example library is judged as at the day its story is set.
  useEffect(() => {
    if (library) useReadinessStore.getState().startFor(library);
  }, [library]);

  useEffect(() => {
    void load();
  }, [load, items, areas]);

  useEffect(() => {
    loadSettings().catch(() => {});
  }, [loadSettings]);
  useLibraryChanged(load);

  const wording = settings?.wording;
  const judgementText = (o: Outcome | null) =>
    o === 'sufficient' ? (wording?.sufficient ?? 'Sufficient progress') : o === 'not-sufficient' ? (wording?.notSufficient ?? 'Not sufficient progress') : 'Not judged';

  return (
    <section className="planning planning-readiness" aria-labelledby="readiness-heading">
      <div className="readiness">
        <div className="section-header">
          <h2 className="area-page-title" id="readiness-heading" tabIndex={-1} ref={heading}>
            Readiness
          </h2>
          <div className="section-header-actions">
            <Button variant="quiet" size="small" onPress={() => openDialog({ kind: 'assessment-settings' })}>
              Change the freshness limit…
            </Button>
            <Button variant="secondary" size="small" onPress={() => void load()}>
              Refresh
            </Button>
            <JudgedAsAt asAt={asAt} onChange={(d) => void setAsAt(d)} />
            <Button variant="primary" size="small" onPress={() => openDialog({ kind: 'export' })}>
              Export the evidence pack…
            </Button>
          </div>
        </div>
        {error ? (
          <p className="pane-error" role="alert">
            {error}
          </p>
        ) : null}
        {!data ? (
          <p className="quiet" aria-busy="true">
            Working out how ready each area is…
          </p>
        ) : data.areas.length === 0 ? (
          <div className="empty">
            <p className="empty-title">No areas of concern yet</p>
            <p>Readiness is judged per area of concern. Add the areas from the inspection letter first.</p>
            <Button variant="primary" onPress={() => openDialog({ kind: 'letter' })}>
              Paste the inspection letter…
            </Button>
          </div>
        ) : (
          <>
            {library?.isExample && library.exampleDate && asAt === library.exampleDate ? (
              <p className="notice readiness-example-note">
                The example library’s story is set in {formatDate(library.exampleDate).replace(/^\d+ /, '')}, so it is judged as at that day. Clear “Judge
                as at” to see it as at today, when most of its evidence is stale.
              </p>
            ) : null}
            <p className="readiness-basis">
              Judged as at {formatDate(data.referenceDate)}: evidence dated before {formatDate(data.staleBefore)} is stale
              (older than {plural(data.freshnessMonths, 'month')}).{' '}
              <strong>
                {data.totals.judged} of {plural(data.totals.areas, 'area')} judged; {plural(data.totals.gaps, 'gap')} to close.
              </strong>
            </p>
            <h3 className="section-heading">At a glance</h3>
            <ul className="readiness-summaries">
              {data.areas.map((a) => (
                <li key={a.areaId}>{a.summary}</li>
              ))}
            </ul>

            <div className="data-table-wrap" tabIndex={0} role="region" aria-label="Evidence by area and kind (scrolls)">
              <table className="data-table readiness-table">
                <caption>
                  Evidence by area and kind: how many items, the newest “as at” date, and how fresh it is
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Area of concern</th>
                    {data.buckets.map((b) => (
                      <th scope="col" key={b}>
                        {bucketLabels[b]}
                      </th>
                    ))}
                    <th scope="col">Judgement</th>
                  </tr>
                </thead>
                <tbody>
                  {data.areas.map((a) => (
                    <tr key={a.areaId}>
                      <th scope="row">
                        <button type="button" className="link-button" onClick={() => openArea(a.areaId)}>
                          <span className="area-code">{a.code}</span> {a.title}
                        </button>
                      </th>
                      {a.cells.map((c) => (
                        <MatrixCell key={c.bucket} cell={c} />
                      ))}
                      <td>
                        <span className={`judgement-inline judgement-${a.judgement ?? 'none'}`}>{judgementText(a.judgement)}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="quiet legend">
              <span className="tone tone-green">Fresh</span> newer than the limit, still fresh through the revisit window ·{' '}
              <span className="tone tone-amber">Ageing</span> stale before the window ends ·{' '}
              <span className="tone tone-red">Stale</span> older than the limit · <span className="tone tone-grey">Undated</span> no
              “as at” date · <span className="tone tone-grey">None</span> no items
            </p>

            <h3 className="section-heading" id="gaps-heading">
              Gaps ({data.totals.gaps})
            </h3>
            {data.totals.gaps === 0 ? (
              <p>No gaps: every area has evidence of several kinds, the voice of families, impact, and a judgement.</p>
            ) : (
              <div className="gap-areas">
                {data.areas
                  .filter((a) => a.gaps.length > 0)
                  .map((a) => (
                    <GapList key={a.areaId} area={a} />
                  ))}
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}

function MatrixCell({ cell }: { cell: ReadinessCell }) {
  const word = freshnessWords[cell.freshness];
  return (
    <td className={`matrix-cell matrix-${cell.freshness}`}>
      <span className="matrix-count">{cell.count}</span>
      {cell.newestAsAt ? <span className="matrix-date">{formatDate(cell.newestAsAt)}</span> : null}
      <span className={`tone tone-${freshnessTone[cell.freshness]}`}>{word}</span>
    </td>
  );
}

function GapList({ area }: { area: AreaReadiness }) {
  return (
    <section className="gap-area" aria-labelledby={`gaps-${area.areaId}`}>
      <h4 className="gap-area-heading" id={`gaps-${area.areaId}`}>
        {area.code} — {area.title} <span className="quiet">({plural(area.gaps.length, 'gap')})</span>
      </h4>
      <ul className="gap-list">
        {area.gaps.map((g, i) => (
          <li key={`${g.type}-${i}`} className={`gap gap-${g.type}`}>
            <span className="gap-message" id={`gap-${area.areaId}-${i}`}>
              {g.message}
            </span>
            <span className="gap-fixes">
              {fixesFor(g).map((f) => (
                <Button key={f.label} variant="secondary" size="small" onPress={f.run} aria-describedby={`gap-${area.areaId}-${i}`}>
                  {f.label}
                </Button>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The day readiness is judged as at: empty means today (a later day shows what will be stale by the revisit). */
function JudgedAsAt({ asAt, onChange }: { asAt: string | null; onChange: (asAt: string | null) => void }) {
  return (
    <DateInputField
      id="readiness-as-at"
      label="Judge as at"
      value={asAt ?? ''}
      onChange={(v) => {
        if (v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v)) onChange(v === '' ? null : v);
      }}
    />
  );
}
