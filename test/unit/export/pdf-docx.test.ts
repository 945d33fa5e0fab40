import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../main/core/export/docx.ts';
import { buildPack, type Pack } from '../../../main/core/export/model.ts';
import { renderPdf } from '../../../main/core/export/pdf.ts';
import { tempDir } from '../../helpers/temp.ts';
import { HOSTILE_FINDING, preparedExample, readZip } from './fixture.ts';
import { docxHtml, oneLine, readPdf } from './read.ts';


describe('the evidence pack as PDF and Word', () => {
  let pack: Pack;
  let withPersonal: Pack;
  let personalTitle: string;
  let t: Awaited<ReturnType<typeof preparedExample>>['t'];
  beforeAll(async () => {
    const prepared = await preparedExample();
    t = prepared.t;
    personalTitle = prepared.personal.title;
    const db = t.app.session.requireLibrary().db;
    pack = buildPack(db, { includePersonalData: false, draft: false }, '2024-09-01');
    withPersonal = buildPack(db, { includePersonalData: true, draft: true }, '2024-09-01');
  });

  it('writes a tagged PDF with the title, every heading, the exact judgement sentences and citations', async () => {
    const bytes = await renderPdf(pack);
    const pdf = await readPdf(bytes);
    expect(pdf.info['Title']).toBe(pack.title);
    expect(pdf.info['Creator']).toBe('Revisit Ready');
    expect((pdf.markInfo as unknown as Map<string, unknown> | null)?.get('Marked')).toBe(true);
    expect(bytes.includes(Buffer.from('/Lang (en-GB)'))).toBe(true);
    expect(bytes.includes(Buffer.from('/DisplayDocTitle true'))).toBe(true);
    expect(pdf.text).toContain(oneLine(pack.title));
    for (const a of pack.areas) {
      expect(pdf.text).toContain(oneLine(`${a.code}: ${a.title}`));
      expect(pdf.text).toContain(a.judgementSentence);
    }
    for (const s of [...pack.summary, 'Who we heard from and what we examined', 'Main findings', 'Annex A: exhibit index']) expect(pdf.text).toContain(s);
    expect(pdf.text).toContain('Leaders now share one self-evaluation. [E1], [E2]');
    // A finding citing evidence withheld as personal data says so.
    expect(pdf.text).toContain('A family told us the plan now reflects them. [E2], [one item withheld: personal data]');
    expect(pdf.text).toMatch(/Page 1 of \d/);
    // Real structure: headings, paragraphs, a list and tables with header cells.
    for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'LBody', 'Table', 'TR', 'TH', 'TD']) expect(pdf.roles, role).toContain(role);
    // An H3 for each area, each series, the evidence held for each area, and (when any) the exhibits without a file.
    const wordsOnly = pack.exhibits.some((e) => e.words !== null) ? 1 : 0;
    expect(pdf.roles.filter((r) => r === 'H3')).toHaveLength(pack.areas.length + pack.series.length + 1 + wordsOnly);
    // Fonts are embedded (a TrueType subset), not the standard Helvetica.
    expect(bytes.includes(Buffer.from('/FontFile2'))).toBe(true);
    expect(bytes.includes(Buffer.from('/Helvetica'))).toBe(false);
  });

  it('keeps each data series’ heading on the page of its chart', async () => {
    const charted = pack.series.filter((s) => s.chart);
    expect(charted.length).toBeGreaterThan(3); // enough that some must start near the foot of a page
    // Compared without spaces: a long title wraps (after a dash, say) differently in each place.
    const bare = (text: string) => text.replace(/\s+/g, '');
    const pages = (await readPdf(await renderPdf(pack))).pageTexts.map(bare);
    for (const s of charted) {
      const page = pages.findIndex((text) => text.includes(bare(`${s.ref}: ${s.title}`)));
      expect(page, s.ref).toBeGreaterThanOrEqual(0);
      expect(pages[page], `${s.ref}'s chart caption on the page of its heading`).toContain(bare(`Chart of ${s.title}`));
    }
  });

  it('gives the same PDF and Word bytes for the same pack, dated as at the pack’s date', async () => {
    expect((await renderPdf(pack)).equals(await renderPdf(pack))).toBe(true);
    const docx = await renderDocx(pack);
    expect(docx.equals(await renderDocx(pack))).toBe(true);
    const { info } = await readPdf(await renderPdf(pack));
    expect(info['CreationDate']).toMatch(/^D:20240901120000/);
    expect(info['ModDate']).toMatch(/^D:20240901120000/);
    const dir = tempDir();
    writeFileSync(join(dir, 'p.docx'), docx);
    const core = (await readZip(join(dir, 'p.docx'))).get('docProps/core.xml')!.toString('utf8');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-09-01T12:00:00Z</dcterms:created>');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(core).toContain('<dc:creator>Revisit Ready</dc:creator>');
    expect(core).toContain(`<dc:title>Joint local area SEND revisit: evidence pack — Brackenford</dc:title>`);
  });

  it('writes Word with real headings, bulleted findings and an exhibit table with a repeating header row', async () => {
    const bytes = await renderDocx(pack);
    const { html, raw } = await docxHtml(bytes);
    expect(html).toContain('<h1>Main findings</h1>');
    expect(html).toContain('<h1>Annex A: exhibit index</h1>');
    for (const a of pack.areas) expect(html).toContain(`<h2>${a.code}: `);
    expect(html).toMatch(/<table><thead><tr><th><p><strong>Reference<\/strong><\/p><\/th><th><p><strong>Title<\/strong>/);
    expect(html).toMatch(/<ul><li>Leaders now share one self-evaluation\.<strong> \[E1\], \[E2\]<\/strong><\/li><\/ul>/);
    expect(html).toContain('A family told us the plan now reflects them.<strong> [E2], [one item withheld: personal data]</strong>');
    for (const a of pack.areas) expect(raw).toContain(a.judgementSentence);
    for (const s of pack.summary) expect(raw).toContain(s);
    const dir = tempDir();
    writeFileSync(join(dir, 'p.docx'), bytes);
    const parts = await readZip(join(dir, 'p.docx'));
    const body = parts.get('word/document.xml')!.toString('utf8');
    expect(body).toContain('<w:pStyle w:val="Title"/>');
    expect(body).toContain('<w:tblHeader/>');
    expect(parts.get('word/styles.xml')!.toString('utf8')).toContain('w:val="en-GB"');
  });

  it('leaves personal data out of both unless asked, and marks a draft', async () => {
    const pdf = await readPdf(await renderPdf(pack));
    const docx = await docxHtml(await renderDocx(pack));
    expect(pdf.text).not.toContain(oneLine(personalTitle));
    expect(docx.raw).not.toContain(oneLine(personalTitle));
    expect(pdf.text).not.toContain('DRAFT');
    const pdf2 = await readPdf(await renderPdf(withPersonal));
    const docx2 = await docxHtml(await renderDocx(withPersonal));
    expect(pdf2.text).toContain(oneLine(personalTitle));
    expect(docx2.raw).toContain(oneLine(personalTitle));
    expect(pdf2.text).toContain('included on purpose');
    expect(pdf2.text).toContain('DRAFT');
    expect(docx2.raw).toContain('Draft: this pack is not final.');
  });

  it('keeps hostile text as text in both, without breaking either', async () => {
    const pdf = await readPdf(await renderPdf(pack));
    expect(pdf.text).toContain(oneLine(HOSTILE_FINDING));
    expect(pdf.text).toContain('<script>alert("pwned")</script> & "quoted"');
    // The 2,000-character title wraps in its cell and is cut with an ellipsis where one row
    // would outrun the page (pdfkit does not split a table row across pages).
    expect(pdf.text).toMatch(/(long ){100}/);
    const docx = await docxHtml(await renderDocx(pack));
    expect(docx.raw).toContain(HOSTILE_FINDING);
    expect(docx.raw).toContain(`<script>alert("pwned")</script> & "quoted" مرحبا بالعالم 🎉 ${'long '.repeat(380)}end`);
    expect(docx.html).not.toContain('<script>');
    // Control characters and broken surrogates do not break either renderer.
    const nasty = { ...pack, title: 'A\u0000B\u0007C \uD800 D \u202E E', areas: pack.areas.map((a) => ({ ...a, title: `${a.title} \u0001\uDC00 مرحبا 🎉` })) };
    const nastyPdf = await renderPdf(nasty);
    expect((await readPdf(nastyPdf)).text).toContain('ABC');
    // Characters the embedded font cannot draw travel as ActualText on their heading.
    expect(nastyPdf.includes(Buffer.from('/ActualText'))).toBe(true);
    expect((await docxHtml(await renderDocx(nasty))).raw).toContain('ABC');
  });

  it('writes pdf and docx through export/write', async () => {
    const dir = tempDir();
    for (const format of ['pdf', 'docx'] as const) {
      const out = join(dir, `pack.${format}`);
      const r = await t.call('export/write', { format, path: out, options: { asAt: '2024-09-01' } });
      expect(r.exhibits).toBe(pack.exhibits.length);
      expect(readFileSync(out).subarray(0, 4).toString('latin1')).toBe(format === 'pdf' ? '%PDF' : 'PK\u0003\u0004');
    }
  });

  it('renders pages a person can look at', async () => {
    const out = join(tempDir(), 'pack.pdf');
    writeFileSync(out, await renderPdf(withPersonal));
    let hasPoppler = true;
    try {
      execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    } catch {
      hasPoppler = false;
    }
    if (!hasPoppler) return;
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '2', out, join(dirname(out), 'shot')]);
    expect(readdirSync(dirname(out)).filter((f) => /^shot-0*[12]\.png$/.test(f))).toHaveLength(2);
  });
});
