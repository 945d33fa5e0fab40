/**
 * Voices: whose voice the library holds, for the whole library or one area of concern.
 * Missing voices first, then counts by voice and sentiment, counts by quarter, and the
 * most recent quotes, each one click from its item.
 */
import { useLibraryChanged } from '../../api/useLibraryChanged.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { VoiceSummary } from '../../../shared/schemas/feedback.ts';
import { formatDate, plural } from '../../../shared/format.ts';
import { api, messageOf } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { SelectField } from '../../components/fields.tsx';
import { areaLabel, useAreasStore } from '../../stores/areas.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { useUiStore } from '../../stores/ui.ts';
import { useHeadingFocus } from '../main/useHeadingFocus.ts';
import { openItem } from '../search/openItem.ts';
import { QuarterChart } from './QuarterChart.tsx';
import { groupHeading, sentimentLabels, sentimentTone, voiceGroupLabels, voiceLabels, voices } from './labels.ts';
import { asQuote } from './quote.ts';

const LIBRARY = 'library';
const QUARTER_MONTHS = ['Jan–Mar', 'Apr–Jun', 'Jul–Sep', 'Oct–Dec'];

/** Every quarter from the first to the last, those with no feedback as zeros, so gaps show as gaps. */
export function everyQuarter(overTime: VoiceSummary['overTime']): VoiceSummary['overTime'] {
  const keyOf = (q: string) => {
    const m = /^(\d{4})-Q([1-4])$/.exec(q);
    return m ? Number(m[1]) * 4 + Number(m[2]) - 1 : null;
  };
  const first = overTime[0];
  const last = overTime.at(-1);
  const from = first ? keyOf(first.quarter) : null;
  const to = last ? keyOf(last.quarter) : null;
  if (from === null || to === null || to - from > 80 || overTime.some((q) => keyOf(q.quarter) === null)) return overTime;
  const byKey = new Map(overTime.map((q) => [keyOf(q.quarter), q]));
  const all: VoiceSummary['overTime'] = [];
  for (let k = from; k <= to; k++) {
    const year = Math.floor(k / 4);
    const n = k % 4;
    all.push(byKey.get(k) ?? { quarter: `${year}-Q${n + 1}`, label: `${QUARTER_MONTHS[n]} ${year}`, counts: {} });
  }
  return all;
}
const fmt = (n: number) => n.toLocaleString('en-GB');

/** The scope chosen last, kept while the app is open. */
let lastScope = LIBRARY;

export function VoiceSummaryScreen() {
  const heading = useRef<HTMLHeadingElement>(null);
  useHeadingFocus(heading);
  const areas = useAreasStore((s) => s.areas);
  const items = useEvidenceStore((s) => s.items);
  const openDialog = useUiStore((s) => s.openDialog);
  const [scope, setScope] = useState(lastScope);
  const [data, setData] = useState<VoiceSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  const areaId = scope === LIBRARY || !areas.some((a) => a.id === scope) ? null : scope;

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const summary = await api.call('voice/summary', { areaId });
      if (mine !== seq.current) return;
      setData(summary);
      setError(null);
    } catch (e) {
      if (mine !== seq.current) return;
      setError(messageOf(e));
    }
  }, [areaId]);

  useEffect(() => {
    void load();
  }, [load, items, areas]);

  useLibraryChanged(load);

  const area = areaId ? areas.find((a) => a.id === areaId) : undefined;
  const where = area ? `linked to ${area.code}` : 'in the library';
  const missing = (data?.missing ?? []).filter((v) => v !== 'other');
  const quarters = useMemo(() => everyQuarter(data?.overTime ?? []), [data]);
  const present = useMemo(() => (data ? voices.filter((v) => data.byVoice.some((r) => r.voice === v && r.total > 0)) : []), [data]);

  return (
    <section className="planning planning-readiness" aria-labelledby="voices-heading">
      <div className="readiness voices">
        <div className="section-header">
          <h2 className="area-page-title" id="voices-heading" tabIndex={-1} ref={heading}>
            Voices
          </h2>
          <div className="section-header-actions">
            <Button variant="secondary" size="small" onPress={() => openDialog({ kind: 'import-survey' })}>
              Import survey responses…
            </Button>
            <Button variant="secondary" size="small" onPress={() => openDialog({ kind: 'review-flagged' })}>
              Review flagged answers…
            </Button>
            <Button variant="secondary" size="small" onPress={() => void load()}>
              Refresh
            </Button>
          </div>
        </div>
        <p className="voices-intro">What parents and carers, children and young people, and practitioners say, and whose voice is missing.</p>
        <SelectField
          id="voices-scope"
          label="Show feedback for"
          className="voices-scope"
          options={[{ id: LIBRARY, label: 'The whole library' }, ...areas.map((a) => ({ id: a.id, label: areaLabel(a) }))]}
          value={areaId ?? LIBRARY}
          onChange={(v) => {
            lastScope = v;
            setScope(v);
          }}
        />
        {error ? (
          <p className="pane-error" role="alert">
            {error}
          </p>
        ) : null}
        {!data ? (
          error ? null : (
            <p className="quiet" aria-busy="true">
              Counting the feedback…
            </p>
          )
        ) : (
          <>
            <p className="voices-total" role="status">
              <strong>{plural(data.total, 'feedback item')}</strong> {where}.
            </p>
            {missing.length === 0 && data.total > 0 ? (
              <div className="notice notice-ok voices-missing">
                <p>
                  <strong>No voice is missing:</strong> there is feedback {where} from parents and carers, children and young
                  people, practitioners, schools, the parent carer forum and SENDIASS.
                </p>
              </div>
            ) : null}
            {missing.length > 0 ? (
              <div className="notice notice-warning voices-missing" role="region" aria-labelledby="voices-missing-heading">
                <h3 className="notice-title" id="voices-missing-heading">
                  {missing.length === 1 ? 'One voice is missing' : `${missing.length} voices are missing`}
                </h3>
                <ul className="voices-missing-list">
                  {missing.map((v) => (
                    <li key={v}>No feedback from {voiceGroupLabels[v]}</li>
                  ))}
                </ul>
                <div className="voices-missing-actions">
                  <Button variant="secondary" size="small" onPress={() => openDialog({ kind: 'import-survey' })}>
                    Import survey responses…
                  </Button>
                  <Button
                    variant="secondary"
                    size="small"
                    onPress={() => openDialog({ kind: 'new-evidence', preset: { kind: 'feedback', ...(areaId ? { areaId } : {}) } })}
                  >
                    Add feedback by hand…
                  </Button>
                </div>
              </div>
            ) : null}

            <h3 className="section-heading">By voice and sentiment</h3>
            <div className="data-table-wrap" tabIndex={0} role="region" aria-label="Feedback by voice and sentiment (scrolls)">
              <table className="data-table voices-table">
                <caption>Feedback items {where} by whose voice and sentiment, with the newest date</caption>
                <thead>
                  <tr>
                    <th scope="col">Voice</th>
                    <th scope="col" className="num">
                      Positive
                    </th>
                    <th scope="col" className="num">
                      Mixed
                    </th>
                    <th scope="col" className="num">
                      Negative
                    </th>
                    <th scope="col" className="num">
                      Not recorded
                    </th>
                    <th scope="col" className="num">
                      Total
                    </th>
                    <th scope="col">Newest</th>
                  </tr>
                </thead>
                <tbody>
                  {data.byVoice.map((r) => (
                    <tr key={r.voice} className={r.total === 0 ? 'voice-missing-row' : undefined}>
                      <th scope="row">{groupHeading(r.voice)}</th>
                      {r.total === 0 ? (
                        <td colSpan={6} className="voice-none">
                          <span className={`tone ${r.voice === 'other' ? 'tone-grey' : 'tone-red'}`}>{r.voice === 'other' ? 'None' : 'Missing'}</span>{' '}
                          No feedback
                        </td>
                      ) : (
                        <>
                          <td className="num">{fmt(r.positive)}</td>
                          <td className="num">{fmt(r.mixed)}</td>
                          <td className="num">{fmt(r.negative)}</td>
                          <td className="num">{fmt(r.unknown)}</td>
                          <td className="num">
                            <strong>{fmt(r.total)}</strong>
                          </td>
                          <td className="nowrap">{formatDate(r.newest, 'Undated')}</td>
                        </>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            <h3 className="section-heading">Over time</h3>
            {data.overTime.length === 0 ? (
              <p className="quiet">No dated feedback {where}, so nothing to show by quarter.</p>
            ) : (
              <div className="voices-over-time">
                <QuarterChart overTime={quarters} voices={present} />
                <div className="data-table-wrap" tabIndex={0} role="region" aria-label="Feedback by quarter (scrolls)">
                  <table className="data-table voices-table voices-quarters">
                    <caption>Dated feedback items {where} per quarter, by voice</caption>
                    <thead>
                      <tr>
                        <th scope="col">Quarter</th>
                        {present.map((v) => (
                          <th scope="col" className="num" key={v}>
                            {groupHeading(v)}
                          </th>
                        ))}
                        <th scope="col" className="num">
                          Total
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {quarters.map((q) => (
                        <tr key={q.quarter}>
                          <th scope="row" className="nowrap">
                            {q.label}
                          </th>
                          {present.map((v) => (
                            <td className="num" key={v}>
                              {fmt(q.counts[v] ?? 0)}
                            </td>
                          ))}
                          <td className="num">
                            <strong>{fmt(Object.values(q.counts).reduce((n, c) => n + (c ?? 0), 0))}</strong>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            )}

            <h3 className="section-heading">Most recent quotes</h3>
            {data.recent.length === 0 ? (
              <div className="empty voices-empty">
                <p>
                  No feedback {where} yet. Import a survey export, or add what families said at a coffee morning or forum
                  meeting as a feedback item.
                </p>
                <Button variant="primary" onPress={() => openDialog({ kind: 'import-survey' })}>
                  Import survey responses…
                </Button>
              </div>
            ) : (
              <ul className="quote-list">
                {data.recent.map((q) => (
                  <li key={q.id} className="quote-card">
                    <Button variant="link" className="quote-open" onPress={() => void openItem(q.id, { focus: true })}>
                      <span className="quote-text">{asQuote(q.quote)}</span>
                    </Button>
                    <p className="quote-meta">
                      <span>{voiceLabels[q.voice]}</span>
                      <span>{formatDate(q.date, 'Undated')}</span>
                      {q.sentiment ? <span className={`tone tone-${sentimentTone[q.sentiment]}`}>{sentimentLabels[q.sentiment]}</span> : <span className="tone tone-grey">Sentiment not recorded</span>}
                      {q.personalData ? <span className="tone tone-amber">Contains personal data</span> : null}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
