/**
 * Feedback per quarter as small bar charts, one row per voice (told apart by its label,
 * not by colour). Hidden from screen readers: the table beside it holds the same numbers.
 */
import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';
import type { FeedbackVoice, VoiceSummary } from '../../../shared/schemas/feedback.ts';
import { groupHeading } from './labels.ts';

export function QuarterChart({ overTime, voices }: { overTime: VoiceSummary['overTime']; voices: readonly FeedbackVoice[] }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el || voices.length === 0 || overTime.length === 0) return;
    const data = voices.flatMap((v) => overTime.map((q) => ({ voice: groupHeading(v), quarter: q.label, count: q.counts[v] ?? 0 })));
    const max = Math.max(1, ...data.map((d) => d.count));
    const n = overTime.length;
    // About 110px a quarter, so labels such as "Oct–Dec 2023" do not run together; past that, every other label.
    const width = Math.min(1100, Math.max(420, 200 + n * 110));
    const every = 200 + n * 110 > 1100 ? Math.ceil((n * 110) / 900) : 1;
    const labels = overTime.map((q) => q.label);
    let chart: Element;
    try {
      chart = Plot.plot({
        document: el.ownerDocument,
        width,
        height: 28 + voices.length * 64,
        marginLeft: 8,
        marginRight: 190,
        marginTop: 12,
        marginBottom: 24,
        style: { fontSize: '12px', fontFamily: 'inherit', color: '#0b0c0c', background: 'transparent' },
        x: { domain: labels, label: null, padding: 0.25, tickFormat: (l: string) => (labels.indexOf(l) % every === 0 ? l : '') },
        y: { axis: null, domain: [0, max * 1.35] },
        fy: { domain: voices.map(groupHeading), label: null, axis: 'right', tickSize: 0, padding: 0.2 },
        marks: [
          Plot.barY(data, { x: 'quarter', y: 'count', fy: 'voice', fill: '#1d70b8' }),
          Plot.text(data, { x: 'quarter', y: 'count', fy: 'voice', text: (d: { count: number }) => (d.count > 0 ? d.count.toLocaleString('en-GB') : ''), dy: -6, fill: '#0b0c0c' }),
          Plot.ruleY([0], { stroke: '#b1b4b6' }),
        ],
      });
    } catch {
      return;
    }
    el.replaceChildren(chart);
    return () => {
      el.replaceChildren();
    };
  }, [overTime, voices]);

  return <div className="quarter-chart" ref={ref} aria-hidden="true" />;
}
