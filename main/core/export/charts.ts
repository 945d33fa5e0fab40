/**
 * A data series' chart for the pack: the same Observable Plot drawing as the app
 * (shared/charts/series-chart.ts), made in Node with linkedom's document, as SVG text,
 * without hover tips. The same series always gives the same bytes.
 */
import { parseHTML } from 'linkedom';
import { seriesChart } from '../../../shared/charts/series-chart.ts';
import type { Series } from '../../../shared/schemas/series.ts';

export const CHART_WIDTH = 640;
/** The chart as drawn, and the room added above it: the axis label sits at its top edge, where PDF and PNG drawing would cut it. */
const DRAWN_HEIGHT = 300;
const TOP_ROOM = 16;
export const CHART_HEIGHT = DRAWN_HEIGHT + TOP_ROOM;

/** currentColor (and a faint stroke-opacity on it) as plain colours: PDF and PNG drawing know neither. */
interface Attributed {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

function plainColours(svg: Attributed & { querySelectorAll(selector: string): Iterable<Attributed> }): void {
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of ['stroke', 'fill']) {
      if (el.getAttribute(attr) !== 'currentColor') continue;
      const opacity = Number(el.getAttribute(`${attr}-opacity`) ?? '1');
      const level = Math.round(255 - (255 - INK_LEVEL) * (Number.isFinite(opacity) ? opacity : 1));
      const hex = level.toString(16).padStart(2, '0');
      el.setAttribute(attr, `#${hex}${hex}${hex}`);
      el.removeAttribute(`${attr}-opacity`);
    }
  }
}
const INK_LEVEL = 0x0b;

/** Plot numbers its clip paths from a counter shared by every chart it draws: renumber them per chart. */
function stableIds(svg: string): string {
  const ids = new Map<string, string>();
  return svg.replace(/plot-clip-\d+/g, (id) => {
    if (!ids.has(id)) ids.set(id, `chart-clip-${ids.size + 1}`);
    return ids.get(id)!;
  });
}

export function chartSvg(series: Series): string {
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  const drawn = seriesChart({ series, document: document as unknown as Document, width: CHART_WIDTH, height: DRAWN_HEIGHT, tips: false });
  const svg = drawn.tagName.toLowerCase() === 'svg' ? drawn : drawn.querySelector('svg');
  if (!svg) throw new Error('The chart library drew no SVG.');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('viewBox', `0 ${-TOP_ROOM} ${CHART_WIDTH} ${CHART_HEIGHT}`);
  svg.setAttribute('height', String(CHART_HEIGHT));
  plainColours(svg);
  // The labels' white halo relies on paint-order, which PDF and Word drawing ignore (the halo would hide the text).
  for (const label of svg.querySelectorAll('.series-ref-label')) for (const a of ['stroke', 'stroke-width', 'paint-order']) label.removeAttribute(a);
  // The app's fonts are not in the pack: name a font every reader has.
  svg.setAttribute('font-family', 'Arial, Helvetica, sans-serif');
  const style = (svg.getAttribute('style') ?? '').replace(/font-family:\s*inherit;?/g, '');
  if (style) svg.setAttribute('style', style);
  return stableIds(svg.outerHTML);
}
