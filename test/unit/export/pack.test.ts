import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../main/core/export/model.ts';
import { summarySentences } from '../../../main/core/export/wording.ts';
import { judgementWordingPresets } from '../../../shared/schemas/assessment.ts';
import { withLibrary } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';
import { HOSTILE_FINDING, HOSTILE_TITLE, preparedExample } from './fixture.ts';

const revisit = judgementWordingPresets.revisit.wording;

describe('the evidence pack (model and HTML)', () => {
  it('follows the revisit letter: title, opening, summary in words, findings citing exhibits and the exact judgement sentences', async () => {
    const { t } = await preparedExample();
    const html = await t.call('export/preview', { options: { asAt: '2024-09-01' } });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('<h1 dir="auto">Joint local area SEND revisit: evidence pack — Brackenford</h1>');
    expect(html).toContain('<p class="date">1 September 2024</p>');
    expect(html).toContain('each of the eight areas of significant weakness identified at the initial inspection on 7 November 2022.');
    expect(html).toContain('declared fit for purpose on 17 April 2023.');
    expect(html).toContain(
      'The area’s self-evaluation is that it has made sufficient progress in addressing five of the eight significant weaknesses identified at the initial inspection.',
    );
    expect(html).toContain('The area has not made sufficient progress in addressing two significant weaknesses.');
    expect(html).toContain('No judgement has yet been recorded for one significant weakness (AOC8).');
    expect(html).toContain('<h2>Who we heard from and what we examined</h2>');
    expect(html).toContain('<h2>Main findings</h2>');
    expect(html.match(/<p>At the initial inspection, inspectors found the following:<\/p>/g)).toHaveLength(8);
    expect(html.match(/<p class="judgement">The area has made sufficient progress to improve this area of weakness\.<\/p>/g)).toHaveLength(5);
    expect(html.match(/<p class="judgement">The area has not made sufficient progress to improve this area of weakness\.<\/p>/g)).toHaveLength(2);
    expect(html).toContain('<p class="judgement">No judgement has yet been recorded for this area.</p>');
    // First citation through the areas in order: AOC1's two items are E1 and E2.
    // Each reference links to its exhibit's row in the index.
    expect(html).toMatch(/Leaders now share one self-evaluation\. <span class="refs"><a href="#exhibit-E1">\[E1\]<\/a>, <a href="#exhibit-E2">\[E2\]<\/a><\/span><\/li>/);
    // The exhibit index is a table with header cells scoped.
    expect(html).toContain('<th scope="col">Reference</th>');
    expect(html).toContain('<tr><th scope="row" id="exhibit-E1">E1</th>');
    expect(html).not.toMatch(/<script/i);
  });

  it('keeps the weakness verbatim and uses the library’s configured wording', async () => {
    const t = await withLibrary();
    const area = await t.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'Poor-quality EHC plans, which do not adhere to timescales' });
    await t.call('assessment/updateSettings', { wordingPreset: 'monitoring-2023' });
    await t.call('assessment/judge', { areaId: area.id, outcome: 'sufficient' });
    const html = await t.call('export/preview', { options: { asAt: '2024-01-02' } });
    expect(html).toContain('<blockquote>\n<p dir="auto">Poor-quality EHC plans, which do not adhere to timescales</p>\n</blockquote>');
    expect(html).toContain(judgementWordingPresets['monitoring-2023'].wording.sufficientSentence);
    // One area: "the area for priority action", not "each of the one area…"; a date not recorded is left out.
    expect(html).toContain('has been made in addressing the area for priority action identified at the initial inspection.');
    expect(html).not.toContain('each of the one');
    expect(html).not.toContain('not recorded in the library');
    expect(html).not.toContain('declared fit for purpose');
  });

  it('words the summary with numbers in words and says plainly when nothing is judged', () => {
    expect(summarySentences(['sufficient', 'sufficient', null], ['AOC3'], revisit)).toEqual([
      'The area’s self-evaluation is that it has made sufficient progress in addressing two of the three significant weaknesses identified at the initial inspection.',
      'No judgement has yet been recorded for one significant weakness (AOC3).',
    ]);
    expect(summarySentences([null, null], ['AOC1', 'AOC2'], revisit)).toEqual(['No judgement has yet been recorded for any of the two significant weaknesses identified at the initial inspection.']);
  });

  it('leaves personal data out by default, says how many were withheld, and includes it only when asked', async () => {
    const { t, personal } = await preparedExample();
    const html = await t.call('export/preview', {});
    expect(html).not.toContain(personal.title.replace(/&/g, '&amp;'));
    expect(html).toMatch(/Seven items marked as containing personal data were withheld from this pack\./);
    // AOC2's finding cited the personal item first and a plain item second: only the plain one is cited.
    // The finding still says that it cites evidence left out, and the pack says why near its start.
    expect(html).toMatch(/A family told us the plan now reflects them\. <span class="refs"><a href="#exhibit-E2">\[E2\]<\/a>, \[one item withheld: personal data\]<\/span>/);
    expect(html).toContain('One finding cites evidence withheld as personal data; it says so where the evidence would be cited.');
    const withPersonal = await t.call('export/preview', { options: { includePersonalData: true } });
    expect(withPersonal).toContain(personal.title);
    expect(withPersonal).toMatch(/This pack includes seven items marked as containing personal data, included on purpose\./);
  });

  it('counts the items carrying each voice as they are: they are documents, not people, so not suppressed', async () => {
    const t = await withLibrary();
    const area = await t.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'Plans are late.' });
    const child = await t.call('evidence/create', { title: 'Young people’s panel', kind: 'feedback', voice: 'child-young-person' });
    await t.call('links/set', { evidenceId: child.id, areaId: area.id });
    const html = await t.call('export/preview', {});
    expect(html).toContain('<tr><th scope="row">Children and young people</th><td>1</td></tr>');
    expect(html).toContain('children and young people (1 item)');
    expect(html).not.toContain('fewer than 3');
  });

  it('escapes script, quotes, ampersands, right-to-left text, emoji and very long titles', async () => {
    const { t } = await preparedExample();
    const html = await t.call('export/preview', {});
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &quot;quoted&quot; مرحبا بالعالم 🎉');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; Plans improved &amp; &quot;families&quot;');
    expect(HOSTILE_TITLE.length).toBeGreaterThan(1900);
    expect(html).toContain(`${'long '.repeat(380)}end`);
    expect(HOSTILE_FINDING).toContain('<script>');
    // Only the tags the renderer writes remain (with the charts' SVG drawing elements).
    const tags = new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
    expect([...tags].sort()).toEqual(
      ['a', 'blockquote', 'body', 'br', 'caption', 'circle', 'div', 'figcaption', 'figure', 'g', 'h1', 'h2', 'h3', 'head', 'html', 'li', 'line', 'main', 'meta', 'p', 'path', 'section', 'span', 'strong', 'style', 'svg', 'table', 'tbody', 'td', 'text', 'th', 'thead', 'title', 'tr', 'tspan', 'ul'].filter((x) => tags.has(x)),
    );
    expect(tags.has('script')).toBe(false);
    // The only links are to the pack's own exhibit index.
    expect([...html.matchAll(/<a\b[^>]*>/g)].every((m) => /^<a href="#exhibit-E\d+">$/.test(m[0]))).toBe(true);
  });

  it('gives byte-identical HTML for the same library and options, and writes it by rename', async () => {
    const { t } = await preparedExample();
    const a = await t.call('export/preview', { options: { asAt: '2024-09-01', draft: true } });
    const b = await t.call('export/preview', { options: { asAt: '2024-09-01', draft: true } });
    expect(a).toBe(b);
    expect(a).toContain('<div class="draft" aria-hidden="true">DRAFT</div>');
    const out = join(tempDir(), 'pack.html');
    const written = await t.call('export/write', { format: 'html', path: out, options: { asAt: '2024-09-01', draft: true } });
    expect(readFileSync(out, 'utf8')).toBe(a);
    expect(written.exhibits).toBeGreaterThan(3);
    expect(existsSync(out)).toBe(true);
  });

  it('covers only the chosen areas, numbering exhibits from E1 within them', async () => {
    const { t } = await preparedExample();
    const areas = await t.call('areas/list');
    const lib = t.app.session.requireLibrary();
    const pack = buildPack(lib.db, { areaIds: [areas[2]!.id], includePersonalData: false, draft: false }, '2024-09-01');
    expect(pack.areas.map((a) => a.code)).toEqual(['AOC3']);
    expect(pack.areas[0]!.findings[0]!.refs).toEqual(['E1']);
    expect(pack.exhibits[0]!.title).toBe(HOSTILE_TITLE);
    expect(pack.exhibits.every((e) => e.areaCodes.includes('AOC3'))).toBe(true);
    expect(pack.opening).toContain('This pack covers one of the library’s eight areas.');
  });
});
