/**
 * The pack as one self-contained HTML file: inline CSS, no scripts, real headings.
 * Every piece of library text goes through `esc`; the output depends only on the pack.
 */
import { formatDate } from '../../../shared/format.ts';
import type { PackSeries } from './annexes.ts';
import { actionsHead, captions, headings, heldHead, voicesHead, wordsLead } from './blocks.ts';
import type { CountRow, Pack, PackArea } from './model.ts';
import { withheldMarker } from './wording.ts';

// C0/C1 control characters other than tab and newline have no place in the text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Escapes text for element content and quoted attribute values. */
export function esc(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Paragraphs of user text; line breaks kept. */
const paras = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p dir="auto">${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

const CSS = `
body{font-family:Arial,Helvetica,sans-serif;font-size:12pt;line-height:1.45;color:#0b0c0c;margin:0;background:#fff}
main{max-width:46em;margin:0 auto;padding:2em 1.5em}
h1{font-size:1.8em;margin:.4em 0}h2{font-size:1.4em;margin-top:1.8em}h3{font-size:1.15em;margin-top:1.5em}
.date{margin:0}.note{border-left:4px solid #1d70b8;padding:.3em .8em;background:#f3f2f1}
blockquote{margin:.5em 0 1em;padding:.2em 1em;border-left:4px solid #b1b4b6}
.judgement{font-weight:bold}.refs{white-space:nowrap}
.held,.actions{table-layout:fixed}.held th,.held td,.actions th,.actions td{overflow-wrap:break-word}
.held thead th:nth-child(1){width:6em}.held thead th:nth-child(3){width:8.5em}
.actions thead th:nth-child(1){width:3.5em}.actions thead th:nth-child(3){width:17%}.actions thead th:nth-child(4){width:8em}.actions thead th:nth-child(5){width:8em}
.counters{font-weight:bold;color:#a8481a}.late td:last-child{font-weight:bold;color:#d4351c}.words li{margin-bottom:.6em}.words li p{margin:.2em 0}
table{border-collapse:collapse;width:100%;margin:1em 0;font-size:.95em}
th,td{border:1px solid #b1b4b6;padding:.3em .5em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
caption{text-align:left;font-weight:bold;margin-bottom:.3em}
.chart{margin:1em 0}.chart svg{max-width:100%;height:auto}figcaption{font-size:.9em;color:#505a5f}
.draft{position:fixed;top:40%;left:0;right:0;text-align:center;font-size:6em;color:rgba(212,53,28,.15);transform:rotate(-30deg);pointer-events:none}
@media print{main{max-width:none;padding:0}h2,h3{break-after:avoid}tr{break-inside:avoid}}
`.trim();

function countTable(caption: string, head: string, rows: CountRow[]) {
  const body = rows.map((r) => `<tr><th scope="row">${esc(r.label)}</th><td>${esc(r.count)}</td></tr>`).join('\n');
  return `<table>\n<caption>${esc(caption)}</caption>\n<thead><tr><th scope="col">${esc(head)}</th><th scope="col">Items</th></tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function areaSection(a: PackArea) {
  const bullets = a.findings.length
    ? `<ul>\n${a.findings
        .map((f) => {
          // Each reference links to its row in the exhibit index.
          const marks = [...f.refs.map((r) => `<a href="#exhibit-${esc(r)}">[${esc(r)}]</a>`), esc(withheldMarker(f.withheld))].filter(Boolean);
          const refs = marks.length ? ` <span class="refs">${marks.join(', ')}</span>` : '';
          const still = f.stillToImprove ? '<strong>Still to improve:</strong> ' : '';
          return `<li dir="auto">${still}${esc(f.text)}${refs}</li>`;
        })
        .join('\n')}\n</ul>`
    : '<p>No findings have been recorded for this area yet.</p>';
  return [
    `<section aria-labelledby="area-${esc(a.code)}">`,
    `<h3 id="area-${esc(a.code)}" dir="auto">${esc(a.code)}: ${esc(a.title)}</h3>`,
    '<p>At the initial inspection, inspectors found the following:</p>',
    `<blockquote>\n${paras(a.weakness)}\n</blockquote>`,
    bullets,
    `<p class="judgement">${esc(a.judgementSentence)}</p>`,
    '</section>',
  ].join('\n');
}

function exhibitIndex(pack: Pack) {
  if (pack.exhibits.length === 0) return '<p>The pack cites no exhibits.</p>';
  const rows = pack.exhibits.map((e) =>
    [
      '<tr>',
      `<th scope="row" id="exhibit-${esc(e.ref)}">${esc(e.ref)}</th>`,
      `<td dir="auto">${esc(e.title)}</td>`,
      `<td>${esc(e.kindLabel)}</td>`,
      `<td>${esc(formatDate(e.asAt, 'Not dated'))}</td>`,
      `<td dir="auto">${esc(e.source || 'Not recorded')}</td>`,
      `<td>${esc(e.areaCodes.join(', '))}</td>`,
      '</tr>',
    ].join(''),
  );
  const head = ['Reference', 'Title', 'Kind', 'As at', 'Source', 'Areas'].map((h) => `<th scope="col">${h}</th>`).join('');
  return `<table>\n<caption>Every exhibit, in order of reference</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

/** A table of text cells: the first cell of each row is its header. */
function textTable(caption: string, head: readonly string[], rows: readonly (readonly string[])[]) {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row" dir="auto">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('\n');
  return `<table>\n<caption>${esc(caption)}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

// The chart's SVG is made by the chart library through a DOM, which escapes every text and attribute.
function seriesSection(s: PackSeries) {
  return [
    `<section aria-labelledby="series-${esc(s.ref)}">`,
    `<h3 id="series-${esc(s.ref)}" dir="auto">${esc(s.ref)}: ${esc(s.title)}</h3>`,
    s.trend ? `<p>${esc(s.trend)}</p>` : '',
    s.references ? `<p>Reference lines: ${esc(s.references)}.</p>` : '',
    s.chart ? `<figure class="chart">\n${s.chart.svg}\n<figcaption>${esc(s.chart.caption)}</figcaption>\n</figure>` : '',
    s.rows.length ? textTable(s.tableCaption, ['Period', 'Value'], s.rows) : '<p>No figures have been recorded for this series.</p>',
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

function voices(pack: Pack) {
  const rows = pack.voices.rows.map((r) => [r.label, r.positive, r.mixed, r.negative, r.notRecorded, r.total]);
  return [
    ...pack.voices.sentences.map((t) => `<p>${esc(t)}</p>`),
    rows.length ? textTable('Feedback among the exhibits by whose voice and sentiment (number of pieces of feedback)', voicesHead, rows) : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Exhibits with no file, each with its words. */
function wordsOnly(pack: Pack) {
  const bare = pack.exhibits.filter((e) => e.words !== null);
  if (!bare.length) return '';
  const items = bare.map((e) => `<li dir="auto"><strong>${esc(wordsLead(e))}</strong>\n${paras(e.words || captions.noWords)}</li>`);
  return [`<h3>${headings.wordsOnly}</h3>`, `<p>${esc(captions.wordsOnly)}</p>`, `<ul class="words">\n${items.join('\n')}\n</ul>`].join('\n');
}

/** For each area, the exhibits that evidence it, with their stance and why they count. */
function held(pack: Pack) {
  if (!pack.exhibits.length || !pack.held.length) return '';
  const parts = pack.held.map((h) => {
    if (!h.rows.length) return `<p dir="auto">${esc(`${h.code}: ${h.title}. ${captions.noHeld}`)}</p>`;
    const body = h.rows
      .map((r) => `<tr><th scope="row"><a href="#exhibit-${esc(r.ref)}">${esc(r.ref)}</a></th><td dir="auto">${esc(r.title)}</td><td${r.stance.startsWith('Counters') ? ' class="counters"' : ''}>${esc(r.stance)}</td><td dir="auto">${esc(r.note || '—')}</td></tr>`)
      .join('\n');
    const th = heldHead.map((x) => `<th scope="col">${esc(x)}</th>`).join('');
    return `<table class="held">\n<caption dir="auto">${esc(`${h.code}: ${h.title}`)}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
  });
  return [`<h3>${headings.held}</h3>`, `<p>${esc(captions.held)}</p>`, ...parts].join('\n');
}

function actions(pack: Pack) {
  return [
    ...pack.actions.sentences.map((t) => `<p>${esc(t)}</p>`),
    ...pack.actions.areas.map((a) => {
      const th = actionsHead.map((x) => `<th scope="col">${esc(x)}</th>`).join('');
      const body = a.rows
        .map((r) => `<tr${r[4].endsWith('(past due)') ? ' class="late"' : ''}><th scope="row" dir="auto">${esc(r[0])}</th><td dir="auto">${esc(r[1])}</td><td dir="auto">${esc(r[2])}</td><td>${esc(r[3])}</td><td>${esc(r[4])}</td></tr>`)
        .join('\n');
      return `<table class="actions">\n<caption dir="auto">${esc(a.caption)}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
    }),
  ].join('\n');
}

function stocktake(pack: Pack) {
  if (!pack.stocktake) return '<p>No stocktake of the written statement of action has been recorded yet.</p>';
  const rows = pack.stocktake.counts.map((c) => `<tr><th scope="row">${esc(c.label)}</th><td>${esc(c.count)}</td></tr>`).join('\n');
  return [
    `<p>${esc(pack.stocktake.summary)}</p>`,
    `<table>\n<caption>Actions by status on ${esc(formatDate(pack.stocktake.takenOn))}</caption>`,
    `<thead><tr><th scope="col">Status</th><th scope="col">Actions</th></tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`,
  ].join('\n');
}

export function renderHtml(pack: Pack): string {
  const p = (t: string) => `<p>${esc(t)}</p>`;
  const body = [
    pack.draft ? '<div class="draft" aria-hidden="true">DRAFT</div>\n<p class="note"><strong>Draft:</strong> this pack is not final.</p>' : '',
    `<p class="date">${esc(pack.dateText)}</p>`,
    `<h1 dir="auto">${esc(pack.title)}</h1>`,
    `<p>Evidence as at ${esc(pack.dateText)}.</p>`,
    ...pack.notes.map((n) => `<p class="note">${esc(n)}</p>`),
    ...pack.opening.map(p),
    ...pack.summary.map(p),
    '<h2>Who we heard from and what we examined</h2>',
    ...pack.heardFrom.sentences.map(p),
    countTable(captions.voices, 'Voice', pack.heardFrom.voices),
    countTable(captions.kinds, 'Kind', pack.heardFrom.kinds),
    '<h2>Main findings</h2>',
    ...pack.areas.map(areaSection),
    '<h2>Closing</h2>',
    ...pack.closing.map(p),
    '<h2>Annex A: exhibit index</h2>',
    exhibitIndex(pack),
    wordsOnly(pack),
    held(pack),
    `<h2>${headings.annexB}</h2>`,
    ...(pack.series.length ? pack.series.map(seriesSection) : ['<p>No data series is among the exhibits.</p>']),
    `<h2>${headings.annexC}</h2>`,
    voices(pack),
    `<h2>${headings.annexD}</h2>`,
    stocktake(pack),
    `<h2>${headings.annexE}</h2>`,
    actions(pack),
  ].filter(Boolean);
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(pack.title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
