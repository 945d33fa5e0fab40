import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../main/core/export/docx.ts';
import { renderHtml } from '../../../main/core/export/html.ts';
import { buildPack, type Pack } from '../../../main/core/export/model.ts';
import { renderPdf } from '../../../main/core/export/pdf.ts';
import type { FeedbackVoice, Sentiment } from '../../../shared/schemas/feedback.ts';
import { withLibrary, type TestApp } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';
import { docxHtml, readPdf } from './read.ts';

const HOSTILE = '<script>alert(1)</script> & "plans"';

async function feedback(t: TestApp, areaId: string, voice: FeedbackVoice, sentiment: Sentiment | null, n: number, personalData = false) {
  for (let i = 0; i < n; i++) {
    const item = await t.call('evidence/create', { title: `${voice} ${sentiment} ${i}`, kind: 'feedback', asAt: '2024-03-01', personalData });
    await t.call('feedback/save', { id: item.id, voice, sentiment, quote: `What a ${voice} said (${i}).` });
    await t.call('links/set', { evidenceId: item.id, areaId });
  }
}

/** A library with two series (one hostile, one with no figures) and feedback of four voices, all linked to one area. */
async function library() {
  const t = await withLibrary('Thornbury');
  const area = await t.call('areas/create', { code: 'AOC1', title: 'Timeliness', weakness: 'Plans are late.' });
  await t.call('series/create', {
    title: '% of EHC plans issued within 20 weeks',
    source: 'Thornbury Council',
    unit: 'percentage',
    period: 'year',
    better: 'higher',
    target: 60,
    englandAverage: 50.3,
    values: [
      { periodStart: '2021-09-01', label: '2021/22', value: 4 },
      { periodStart: '2022-09-01', label: '2022/23', value: 20 },
      { periodStart: '2023-09-01', label: '2023/24', value: 39 },
    ],
    areaIds: [area.id],
  });
  await t.call('series/create', { title: HOSTILE, unit: 'count', period: 'month', better: 'lower', areaIds: [area.id] });
  await t.call('series/create', { title: 'Private numbers', unit: 'count', period: 'year', better: 'lower', values: [{ periodStart: '2023-01-01', value: 7 }], areaIds: [area.id] });
  const priv = (await t.call('evidence/list', {})).find((e) => e.title === 'Private numbers')!;
  await t.call('evidence/update', { id: priv.id, personalData: true });
  await feedback(t, area.id, 'parent-carer', 'positive', 2);
  await feedback(t, area.id, 'parent-carer', 'negative', 4);
  await feedback(t, area.id, 'practitioner', 'mixed', 5);
  await feedback(t, area.id, 'sendiass', null, 1);
  await feedback(t, area.id, 'child-young-person', 'negative', 1, true);
  return t;
}

describe('the pack’s annexes of data series and voices', () => {
  let t: TestApp;
  let pack: Pack;
  beforeAll(async () => {
    t = await library();
    pack = buildPack(t.app.session.requireLibrary().db, { includePersonalData: false, draft: false }, '2024-09-01');
  });

  it('lists each data series among the exhibits with its direction of travel, reference lines and figures', () => {
    const [plans, hostile, ...rest] = pack.series;
    expect(rest).toEqual([]); // the personal-data series is withheld
    expect(plans).toMatchObject({
      title: '% of EHC plans issued within 20 weeks',
      references: 'Target 60%; England average 50.3%',
      rows: [
        ['2021/22', '4%'],
        ['2022/23', '20%'],
        ['2023/24', '39%'],
      ],
    });
    expect(plans!.trend).toMatch(/^Improving/);
    expect(plans!.chart!.alt).toContain('3 figures from 4% in 2021/22 to 39% in 2023/24');
    expect(hostile!.chart).toBeNull();
  });

  it('suppresses counts of 1 or 2 in a series’ table, its words and its chart, and says so', async () => {
    const t2 = await withLibrary('Thornbury');
    const area = await t2.call('areas/create', { code: 'AOC1', title: 'Waiting', weakness: 'Children wait too long.' });
    await t2.call('series/create', {
      title: 'Children waiting over 18 weeks',
      unit: 'count',
      period: 'month',
      better: 'lower',
      values: [
        { periodStart: '2024-04-01', value: 152 },
        { periodStart: '2024-05-01', value: 60 },
        { periodStart: '2024-06-01', value: 12 },
        { periodStart: '2024-07-01', value: 2 },
        { periodStart: '2024-08-01', value: 0 },
        { periodStart: '2024-09-01', value: 1 },
      ],
      areaIds: [area.id],
    });
    const [waiting] = buildPack(t2.app.session.requireLibrary().db, { includePersonalData: false, draft: false }, '2024-10-01').series;
    expect(waiting!.rows.map((r) => r[1])).toEqual(['152', '60', '12', 'fewer than 3', '0', 'fewer than 3']);
    expect(waiting!.trend).toMatch(/^Improving: down from 152 in Apr 2024 to fewer than 3 in Sep 2024/);
    expect(waiting!.tableCaption).toBe('The figures of Children waiting over 18 weeks (counts of 1 or 2 are shown as "fewer than 3")');
    expect(waiting!.chart!.alt).toContain('4 figures from 152 in Apr 2024 to 0 in Aug 2024');
    expect(waiting!.chart!.caption).toContain('Counts of 1 or 2 are left off the chart.');
    const html = renderHtml(buildPack(t2.app.session.requireLibrary().db, { includePersonalData: false, draft: false }, '2024-10-01'));
    const section = html.slice(html.indexOf('<section aria-labelledby="series-E1">'), html.indexOf('</section>', html.indexOf('<section aria-labelledby="series-E1">')));
    expect(section).toContain('<td>fewer than 3</td>');
    expect(section).toContain('<td>152</td>');
    expect(section).not.toMatch(/<td>[12]<\/td>/);
    // Percentages and other units are not counts of people.
    expect(pack.series[0]!.rows[0]).toEqual(['2021/22', '4%']);
    expect(pack.series[0]!.tableCaption).toBe('The figures of % of EHC plans issued within 20 weeks');
  });

  it('counts feedback by voice and sentiment as it is (items, not people), lists only the voices heard and names the others', () => {
    const row = (label: string) => pack.voices.rows.find((r) => r.label === label);
    expect(row('Parents and carers')).toEqual({ label: 'Parents and carers', positive: '2', mixed: '0', negative: '4', notRecorded: '0', total: '6' });
    expect(row('Practitioners')).toMatchObject({ mixed: '5', total: '5' });
    expect(row('SENDIASS')).toMatchObject({ notRecorded: '1', total: '1' });
    // Their only item holds personal data: no row of zeros, and the sentence says they were not heard.
    expect(row('Children and young people')).toBeUndefined();
    expect(pack.voices.rows.map((r) => r.label)).toEqual(['Parents and carers', 'Practitioners', 'SENDIASS']);
    expect(pack.voices.sentences.slice(0, 2)).toEqual([
      'The exhibits include 12 pieces of feedback.',
      'There is no feedback among them from children and young people, schools and SENCos or the parent carer forum.',
    ]);
    // Why the opening's count of voices differs from this annex's.
    expect(pack.voices.sentences[2]).toContain('counts only the feedback');
    // The opening agrees with page 1: counts of items, never "fewer than 3".
    expect(pack.heardFrom.voices.map((v) => v.count)).not.toContain('fewer than 3');
    expect(pack.heardFrom.sentences[0]).toContain('parents and carers (');
    expect(pack.heardFrom.sentences[0]).not.toContain('fewer than 3');
  });

  it('drops the table of voices when no feedback is among the exhibits', async () => {
    const t2 = await withLibrary('Quiet');
    const area = await t2.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'Plans are late.' });
    const doc = await t2.call('evidence/create', { title: 'SEND strategy', kind: 'document' });
    await t2.call('links/set', { evidenceId: doc.id, areaId: area.id });
    const quiet = buildPack(t2.app.session.requireLibrary().db, { includePersonalData: false, draft: false }, '2024-09-01');
    expect(quiet.voices).toEqual({ sentences: ['No feedback is among the exhibits of this pack.'], rows: [] });
    const html = renderHtml(quiet);
    expect(html).toContain('No feedback is among the exhibits of this pack.');
    expect(html).not.toContain('by whose voice and sentiment');
    const pdf = await readPdf(await renderPdf(quiet));
    expect(pdf.text).not.toContain('Positive');
  });

  it('draws each chart into the HTML as an escaped, labelled SVG beside a table of its figures', () => {
    const html = renderHtml(pack);
    for (const h of ['Annex B: data series', 'Annex C: who the feedback came from', 'Annex D: latest stocktake of the written statement of action']) expect(html).toContain(`<h2>${h}</h2>`);
    expect(html.indexOf('Annex B')).toBeLessThan(html.indexOf('Annex C'));
    expect(html).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img"[^>]*aria-label="% of EHC plans issued within 20 weeks"/);
    expect(html).toContain('<th scope="row" dir="auto">2022/23</th><td>20%</td>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;plans&quot;');
    expect(html).toContain('No figures have been recorded for this series.');
    expect(html).not.toContain('Private numbers');
    expect(renderHtml(buildPack(t.app.session.requireLibrary().db, { includePersonalData: false, draft: false }, '2024-09-01'))).toBe(html);
  });

  it('tags the chart in the PDF as a Figure, and gives Word a picture with its description', async () => {
    const pdf = await readPdf(await renderPdf(pack));
    expect(pdf.roles).toContain('Figure');
    expect(pdf.text).toContain('Annex B: data series');
    expect(pdf.text).toContain('Reference lines: Target 60%; England average 50.3%.');
    expect(pdf.text).toContain('Annex C: who the feedback came from');
    const docx = await renderDocx(pack);
    const { html, raw } = await docxHtml(docx);
    expect(html).toMatch(/<img[^>]+alt="[^"]*3 figures from 4% in 2021\/22 to 39% in 2023\/24/);
    expect(raw).toContain('Annex C: who the feedback came from');
    expect(Buffer.compare(docx, await renderDocx(pack))).toBe(0);
  });

  it('draws the chart on the PDF page as a person would see it', async () => {
    const dir = tempDir();
    const file = join(dir, 'pack.pdf');
    writeFileSync(file, await renderPdf(pack));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    // The chart's own labels are drawn as text on the page: axis ticks and the reference lines.
    expect(text).toMatch(/Target 60%/);
    expect(text).toMatch(/England average 50\.3%/);
    expect(text).toMatch(/2021\/22[\s\S]*2022\/23[\s\S]*2023\/24/);
  });
});
