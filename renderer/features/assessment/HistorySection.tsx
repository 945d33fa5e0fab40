import { useState } from 'react';
import { Button as AriaButton, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import type { Area } from '../../../shared/schemas/areas.ts';
import type { HistoryEntry } from '../../../shared/schemas/assessment.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { messageOf } from '../../api/client.ts';
import { useAssessmentStore } from '../../stores/assessment.ts';
import { sectionId } from './AreaPage.tsx';

/** A before or after state of a judgement or finding, in words. */
export function describeState(entry: HistoryEntry, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  const parts: string[] = [];
  if (entry.subject === 'judgement') {
    const outcome = v['outcome'];
    parts.push(outcome === 'sufficient' ? 'sufficient progress' : outcome === 'not-sufficient' ? 'not sufficient progress' : 'not judged');
    if (typeof v['rationale'] === 'string' && v['rationale']) parts.push(`rationale “${v['rationale']}”`);
  } else {
    if (typeof v['text'] === 'string') parts.push(`“${v['text']}”`);
    if (v['stillToImprove'] === true) parts.push('still to improve');
    if (typeof v['position'] === 'number') parts.push(`place ${v['position'] + 1}`);
    if (Array.isArray(v['citations'])) parts.push(`${v['citations'].length} cited`);
  }
  return parts.join(', ') || '—';
}

export function HistorySection({ area }: { area: Area }) {
  const history = useAssessmentStore((s) => s.history);
  const loadHistory = useAssessmentStore((s) => s.loadHistory);
  const [error, setError] = useState<string | null>(null);

  return (
    <section className="area-block" id={sectionId('history')} aria-labelledby="history-heading">
      <Disclosure
        className="disclosure"
        onExpandedChange={(open) => {
          if (open) loadHistory().catch((e: unknown) => setError(messageOf(e)));
        }}
      >
        <Heading level={3} className="disclosure-heading" id="history-heading">
          <AriaButton slot="trigger" className="disclosure-trigger" data-section-focus>
            <span className="disclosure-chevron" aria-hidden="true">
              ▸
            </span>
            History of the judgement and findings for {area.code}
          </AriaButton>
        </Heading>
        <DisclosurePanel className="disclosure-panel">
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : history === null ? (
            <p className="quiet">Loading…</p>
          ) : history.length === 0 ? (
            <p className="quiet">No changes yet.</p>
          ) : (
            <ol className="history-list">
              {history.map((h) => (
                <li key={h.id} className="history-entry">
                  <p className="history-summary">{h.summary}</p>
                  <p className="quiet history-when">
                    {h.who || 'Someone'}, {formatDateTime(h.at)}
                  </p>
                  {h.change !== 'moved' ? (
                    <p className="history-change">
                      <span className="history-before">Before: {describeState(h, h.before)}</span>
                      <span aria-hidden="true"> → </span>
                      <span className="history-after">
                        <span className="visually-hidden">, </span>After: {describeState(h, h.after)}
                      </span>
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </DisclosurePanel>
      </Disclosure>
    </section>
  );
}
