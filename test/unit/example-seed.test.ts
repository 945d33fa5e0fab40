/**
 * The example library that ships in resources/example/: seed.json and its files.
 * These checks hold the example to the rules a newcomer relies on: a believable spread
 * of areas, kinds, stances and dates, and files that really exist and stay small.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSeed } from '../../scripts/make-example-files.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const exampleDir = path.join(root, 'resources', 'example');

const KINDS = ['document', 'data', 'feedback', 'case-study'] as const;
const STANCES = ['supports', 'counters'] as const;
const MAX_FILE_BYTES = 64 * 1024;
const MAX_TOTAL_BYTES = 1.5 * 1024 * 1024;

interface SeedLink {
  area: string;
  stance: string;
  note: string;
}
interface SeedValue {
  periodStart: string;
  label: string;
  value: number;
  note?: string;
}
interface SeedSeries {
  unit: string;
  period: string;
  better: string;
  baseline: number | null;
  target: number | null;
  milestone: number | null;
  englandAverage: number | null;
  trendPeriods: number | null;
  values: SeedValue[];
}
interface SeedFeedback {
  voice: string;
  channel: string | null;
  sentiment: string;
  consent: boolean;
  anonymised: boolean;
  answeredBy: string | null;
}
interface SeedItem {
  title: string;
  kind: string;
  asAt: string | null;
  source: string;
  description: string;
  personalData: boolean;
  voice: string | null;
  files: string[];
  links: SeedLink[];
  series?: SeedSeries;
  feedback?: SeedFeedback;
}
interface Seed {
  library: {
    name: string;
    partners: string[];
    initialInspectionDate: string;
    wsoaFitDate: string;
    revisitWindowStart: string;
    revisitWindowEnd: string;
    userName: string;
  };
  areas: { code: string; title: string; weakness: string }[];
  evidence: SeedItem[];
}

const seed = JSON.parse(readFileSync(path.join(exampleDir, 'seed.json'), 'utf8')) as Seed;

function isRealDate(s: unknown): boolean {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Whole months from a to b (both YYYY-MM-DD), ignoring days. */
function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number) as [number, number];
  const [yb, mb] = b.split('-').map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
}

/** The fields of one CSV line, with RFC 4180 quoting. */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/**
 * One string from a PDF's document information dictionary, as written by pdfkit: the
 * entry points at an object holding a literal string, in PDFDocEncoding or UTF-16BE.
 */
function pdfInfo(pdf: string, key: string): string | undefined {
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(pdf);
  const at = ref ? pdf.indexOf(`\n${ref[1]} 0 obj\n(`) : -1;
  if (!ref || at < 0) return undefined;
  let i = pdf.indexOf('(', at) + 1;
  let depth = 1;
  const bytes: number[] = [];
  while (i < pdf.length) {
    const c = pdf.charCodeAt(i);
    if (c === 0x5c) {
      const next = pdf[i + 1] ?? '';
      const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
      if (/[0-7]/.test(next)) {
        const oct = /^[0-7]{1,3}/.exec(pdf.slice(i + 1, i + 4))?.[0] ?? '0';
        bytes.push(parseInt(oct, 8));
        i += 1 + oct.length;
        continue;
      }
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      i += 2;
      continue;
    }
    if (c === 0x28) depth++;
    if (c === 0x29 && --depth === 0) break;
    bytes.push(c);
    i++;
  }
  const buf = Buffer.from(bytes);
  if (buf[0] === 0xfe && buf[1] === 0xff) return buf.subarray(2).swap16().toString('utf16le');
  return buf.toString('latin1');
}

function filePath(rel: string): string {
  return path.join(exampleDir, rel);
}

describe('example library: details and areas', () => {
  it('has a name, partners, a user and valid, ordered key dates', () => {
    const lib = seed.library;
    expect(lib.name.trim()).not.toBe('');
    expect(lib.userName.trim()).not.toBe('');
    expect(lib.partners.length).toBeGreaterThanOrEqual(4);
    expect(new Set(lib.partners).size).toBe(lib.partners.length);
    const dates = [lib.initialInspectionDate, lib.wsoaFitDate, lib.revisitWindowStart, lib.revisitWindowEnd];
    for (const d of dates) expect(isRealDate(d), d).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    // The revisit is usually within 18 months of the WSoA being declared fit for purpose.
    expect(monthsBetween(lib.wsoaFitDate, lib.revisitWindowEnd)).toBeLessThanOrEqual(18);
  });

  it('has 6 to 9 areas with unique codes, titles and weakness text', () => {
    expect(seed.areas.length).toBeGreaterThanOrEqual(6);
    expect(seed.areas.length).toBeLessThanOrEqual(9);
    const codes = seed.areas.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const a of seed.areas) {
      expect(a.code).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
      expect(a.title.trim().length).toBeGreaterThan(3);
      expect(a.weakness.trim().length, a.code).toBeGreaterThan(80);
    }
  });
});

describe('example library: evidence items', () => {
  const items = seed.evidence;

  it('has 30 to 50 items with unique titles', () => {
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(items.length).toBeLessThanOrEqual(50);
    const titles = items.map((i) => i.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('uses only known kinds, and several items of every kind', () => {
    for (const i of items) expect(KINDS, i.title).toContain(i.kind);
    for (const k of KINDS) expect(items.filter((i) => i.kind === k).length, k).toBeGreaterThanOrEqual(3);
  });

  it('gives every item a description, a source and a valid or null date', () => {
    for (const i of items) {
      expect(i.title.trim(), i.title).not.toBe('');
      expect(i.source.trim(), i.title).not.toBe('');
      expect(i.description.trim().length, i.title).toBeGreaterThan(60);
      expect(typeof i.personalData, i.title).toBe('boolean');
      if (i.asAt !== null) expect(isRealDate(i.asAt), `${i.title}: ${i.asAt}`).toBe(true);
    }
  });

  it('spreads dates across the period after the WSoA, with a few older items', () => {
    const fit = seed.library.wsoaFitDate;
    const dated = items.map((i) => i.asAt).filter((d): d is string => d !== null);
    const before = dated.filter((d) => d < fit);
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before.length).toBeLessThanOrEqual(5);
    // Nothing after the end of the revisit window, and at least six different months.
    for (const d of dated) expect(d <= seed.library.revisitWindowEnd, d).toBe(true);
    expect(new Set(dated.filter((d) => d >= fit).map((d) => d.slice(0, 7))).size).toBeGreaterThanOrEqual(6);
    expect(monthsBetween(fit, dated.reduce((a, b) => (a > b ? a : b)))).toBeGreaterThanOrEqual(12);
  });

  it('marks every case study, and at least one other item, as personal data', () => {
    for (const i of items.filter((x) => x.kind === 'case-study')) expect(i.personalData, i.title).toBe(true);
    expect(items.filter((i) => i.kind !== 'case-study' && i.personalData).length).toBeGreaterThanOrEqual(1);
  });
});

describe('example library: links', () => {
  const items = seed.evidence;
  const links = items.flatMap((i) => i.links);
  const areaCodes = new Set(seed.areas.map((a) => a.code));

  it('links only to areas that exist, with a known stance and a note', () => {
    for (const i of items) {
      for (const l of i.links) {
        expect(areaCodes.has(l.area), `${i.title} → ${l.area}`).toBe(true);
        expect(STANCES, i.title).toContain(l.stance);
        expect(l.note.trim().length, `${i.title} → ${l.area}`).toBeGreaterThan(20);
      }
      const linked = i.links.map((l) => l.area);
      expect(new Set(linked).size, `${i.title} links an area twice`).toBe(linked.length);
    }
  });

  it('gives every area at least three linked items', () => {
    for (const code of areaCodes) {
      const n = items.filter((i) => i.links.some((l) => l.area === code)).length;
      expect(n, code).toBeGreaterThanOrEqual(3);
    }
  });

  it('mixes supporting and countering evidence', () => {
    const counters = links.filter((l) => l.stance === 'counters').length;
    const supports = links.filter((l) => l.stance === 'supports').length;
    expect(counters).toBeGreaterThanOrEqual(8);
    expect(supports).toBeGreaterThan(counters);
  });

  it('leaves two or three items unlinked and links most items to one or two areas', () => {
    const unlinked = items.filter((i) => i.links.length === 0);
    expect(unlinked.length).toBeGreaterThanOrEqual(2);
    expect(unlinked.length).toBeLessThanOrEqual(3);
    const oneOrTwo = items.filter((i) => i.links.length >= 1 && i.links.length <= 2).length;
    expect(oneOrTwo / items.length).toBeGreaterThan(0.75);
  });
});

describe('example library: files', () => {
  const items = seed.evidence;
  const all = items.flatMap((i) => i.files);

  it('lists at most two files per item, each inside files/ and used once', () => {
    for (const i of items) expect(i.files.length, i.title).toBeLessThanOrEqual(2);
    expect(new Set(all).size).toBe(all.length);
    for (const f of all) {
      expect(f).toMatch(/^files\/[a-z0-9][a-z0-9.-]*\.(pdf|docx|csv|txt|md|eml)$/);
      expect(path.normalize(f).startsWith('files/')).toBe(true);
    }
  });

  it('has every listed file on disk, not empty and under the size limit', () => {
    let total = 0;
    for (const f of all) {
      expect(existsSync(filePath(f)), f).toBe(true);
      const size = statSync(filePath(f)).size;
      expect(size, f).toBeGreaterThan(100);
      expect(size, f).toBeLessThanOrEqual(MAX_FILE_BYTES);
      total += size;
    }
    expect(total).toBeLessThanOrEqual(MAX_TOTAL_BYTES);
  });

  it('attaches a file to at least one item of every kind, and mostly PDFs', () => {
    for (const k of KINDS) {
      expect(items.some((i) => i.kind === k && i.files.length > 0), k).toBe(true);
    }
    const ext = (f: string) => path.extname(f).slice(1);
    expect(all.filter((f) => ext(f) === 'pdf').length).toBeGreaterThanOrEqual(all.length / 3);
    for (const e of ['csv', 'docx']) expect(all.some((f) => ext(f) === e), e).toBe(true);
    expect(all.some((f) => ['txt', 'md', 'eml'].includes(ext(f)))).toBe(true);
  });

  it('has files that are what their names say', () => {
    for (const f of all) {
      const bytes = readFileSync(filePath(f));
      const ext = path.extname(f);
      if (ext === '.pdf') expect(bytes.subarray(0, 5).toString('latin1'), f).toBe('%PDF-');
      else if (ext === '.docx') expect(bytes.subarray(0, 4).toString('latin1'), f).toBe('PK\u0003\u0004');
      else expect(bytes.toString('utf8').includes('\uFFFD'), f).toBe(false);
    }
  });

  it('gives each data series CSV a header and rows of the same width', () => {
    for (const i of items.filter((x) => x.kind === 'data')) {
      for (const f of i.files.filter((x) => x.endsWith('.csv'))) {
        const lines = readFileSync(filePath(f), 'utf8').trimEnd().split(/\r?\n/);
        expect(lines.length, f).toBeGreaterThanOrEqual(3);
        const width = csvFields(lines[0] ?? '').length;
        expect(width, f).toBeGreaterThanOrEqual(2);
        for (const line of lines) expect(csvFields(line).length, `${f}: ${line}`).toBe(width);
        // Below the header, the first column names the period and at least one other is a number.
        for (const line of lines.slice(1)) {
          expect(csvFields(line).slice(1).some((c) => c !== '' && Number.isFinite(Number(c))), `${f}: ${line}`).toBe(true);
        }
      }
    }
  });

  it('dates each PDF to its item and titles it with the item title', () => {
    for (const i of items) {
      for (const f of i.files.filter((x) => x.endsWith('.pdf'))) {
        const text = readFileSync(filePath(f)).toString('latin1');
        const date = (i.asAt ?? seed.library.wsoaFitDate).replaceAll('-', '');
        expect(pdfInfo(text, 'CreationDate'), f).toMatch(new RegExp(`^D:${date}`));
        expect(pdfInfo(text, 'Title'), f).toBe(i.title);
      }
    }
  });
});

/** Every row of a CSV file below its header, as fields. */
function csvRows(rel: string): string[][] {
  return readFileSync(filePath(rel), 'utf8').trimEnd().split(/\r?\n/).slice(1).map(csvFields);
}

const dataItems = seed.evidence.filter((i) => i.kind === 'data');
const feedbackItems = seed.evidence.filter((i) => i.kind === 'feedback');
const byTitle = (start: string): SeedItem => {
  const found = seed.evidence.filter((i) => i.title.startsWith(start));
  expect(found, start).toHaveLength(1);
  return found[0]!;
};

describe('example library: data series', () => {
  it('gives every data item, and only data items, a series with at least three dated, labelled values', () => {
    expect(dataItems.length).toBeGreaterThanOrEqual(6);
    for (const i of seed.evidence.filter((x) => x.kind !== 'data')) expect(i.series, i.title).toBeUndefined();
    for (const i of dataItems) {
      const s = i.series;
      expect(s, i.title).toBeDefined();
      expect(['percentage', 'count', 'days', 'weeks', 'rate'], i.title).toContain(s!.unit);
      expect(['month', 'quarter', 'term', 'year'], i.title).toContain(s!.period);
      expect(['higher', 'lower'], i.title).toContain(s!.better);
      expect(s!.values.length, i.title).toBeGreaterThanOrEqual(3);
      const starts = s!.values.map((v) => v.periodStart);
      for (const d of starts) expect(isRealDate(d), `${i.title}: ${d}`).toBe(true);
      expect([...starts].sort(), i.title).toEqual(starts);
      expect(new Set(starts).size, i.title).toBe(starts.length);
      expect(starts.at(-1)! <= (i.asAt ?? '9999'), i.title).toBe(true);
      for (const v of s!.values) {
        expect(v.label.trim(), i.title).not.toBe('');
        expect(Number.isFinite(v.value), i.title).toBe(true);
        // Percentages on a 0-100 scale, never 0.677 for 67.7%.
        if (s!.unit === 'percentage') expect(v.value >= 0 && v.value <= 100, `${i.title}: ${v.value}`).toBe(true);
      }
      if (s!.unit === 'percentage') expect(Math.max(...s!.values.map((v) => v.value)), i.title).toBeGreaterThan(1);
    }
  });

  it('agrees with the item’s CSV file: the labels are rows of the file and the values one of its columns', () => {
    for (const i of dataItems) {
      const csvs = i.files.filter((f) => f.endsWith('.csv'));
      expect(csvs.length, i.title).toBeGreaterThanOrEqual(1);
      const values = i.series!.values;
      const agrees = csvs.some((f) => {
        const rows = csvRows(f);
        const matched = values.map((v) => rows.filter((r) => r[0] === v.label));
        if (matched.some((m) => m.length !== 1)) return false;
        const width = rows[0]?.length ?? 0;
        for (let col = 1; col < width; col++) {
          if (values.every((v, k) => matched[k]![0]![col] !== '' && Number(matched[k]![0]![col]) === v.value)) return true;
        }
        return false;
      });
      expect(agrees, i.title).toBe(true);
    }
  });

  it('has a long monthly series of EHC plans within 20 weeks, from 42.9% in January 2021 to 63.2% in August 2024', () => {
    const ehc = byTitle('EHC plans issued within 20 weeks').series!;
    expect(ehc).toMatchObject({ unit: 'percentage', period: 'month', better: 'higher', baseline: 16.8, target: 60, milestone: 40, englandAverage: 50.3 });
    expect(ehc.values).toHaveLength(44);
    expect(ehc.values[0]).toEqual({ periodStart: '2021-01-01', label: 'Jan 2021', value: 42.9 });
    expect(ehc.values.at(-1)).toEqual({ periodStart: '2024-08-01', label: 'Aug 2024', value: 63.2 });
    // The 2022 baseline is what the file's 2022 rows add up to.
    const rows = csvRows('files/ehcp-20-week-timeliness.csv').filter((r) => r[0]!.endsWith(' 2022'));
    expect(rows).toHaveLength(12);
    const issued = rows.reduce((n, r) => n + Number(r[1]), 0);
    const within = rows.reduce((n, r) => n + Number(r[2]), 0);
    expect(((within / issued) * 100).toFixed(1)).toBe('16.8');
  });

  it('has a worsening series and one with no clear change, as well as improving ones', () => {
    // Children waiting rises every month, and fewer is better.
    const waiting = byTitle('Children waiting for a neurodevelopmental assessment').series!;
    expect(waiting).toMatchObject({ better: 'lower', trendPeriods: 12 });
    expect(waiting.values.map((v) => v.value)).toEqual([1412, 1425, 1441, 1446, 1460, 1472, 1480, 1493, 1507, 1519, 1531, 1538]);
    // Persistent absence goes up and down over two school years and ends within a point of where it started.
    const absence = byTitle('Persistent absence and part-time timetables').series!;
    expect(absence).toMatchObject({ period: 'term', better: 'lower', trendPeriods: 6 });
    expect(absence.values.map((v) => v.value)).toEqual([38.1, 39.4, 40.6, 36.9, 38.2, 39]);
    // Overdue annual reviews fall each quarter after the peak, and fewer is better.
    const reviews = byTitle('Annual reviews overdue').series!;
    expect(reviews).toMatchObject({ unit: 'count', period: 'quarter', better: 'lower', target: 250 });
    expect(reviews.values.map((v) => v.value)).toEqual([612, 655, 590, 511, 447, 388]);
  });
});

describe('example library: feedback and voices', () => {
  const GROUP: Record<string, string | null> = {
    'parent-carer': 'parent-carer',
    'parent-carer-forum': 'parent-carer',
    sendiass: 'parent-carer',
    'child-young-person': 'child-young-person',
    practitioner: 'practitioner',
    'school-senco': 'practitioner',
    other: null,
  };
  const CHANNELS = ['survey', 'event', 'complaint', 'compliment', 'forum-meeting', 'you-said-we-did'];

  it('says exactly whose voice every feedback item carries, and keeps the broad voice to match', () => {
    for (const i of seed.evidence.filter((x) => x.kind !== 'feedback')) {
      expect(i.feedback, i.title).toBeUndefined();
      expect(i.voice, i.title).toBeNull();
    }
    for (const i of feedbackItems) {
      const f = i.feedback;
      expect(f, i.title).toBeDefined();
      expect(Object.keys(GROUP), i.title).toContain(f!.voice);
      expect(i.voice, i.title).toBe(GROUP[f!.voice]);
      if (f!.channel !== null) expect(CHANNELS, i.title).toContain(f!.channel);
      expect(['positive', 'mixed', 'negative'], i.title).toContain(f!.sentiment);
      expect(typeof f!.consent, i.title).toBe('boolean');
      expect(typeof f!.anonymised, i.title).toBe('boolean');
    }
  });

  it('hears every voice somewhere, with every sentiment, and has a complaint and a compliment', () => {
    expect(new Set(feedbackItems.map((i) => i.feedback!.voice))).toEqual(new Set(Object.keys(GROUP)));
    expect(new Set(feedbackItems.map((i) => i.feedback!.sentiment))).toEqual(new Set(['positive', 'mixed', 'negative']));
    const channels = feedbackItems.map((i) => i.feedback!.channel);
    for (const c of ['complaint', 'compliment', 'survey', 'you-said-we-did']) expect(channels, c).toContain(c);
  });

  it('leaves one voice missing on purpose: children and young people are not heard on EHC plans (AOC3)', () => {
    const voicesIn = (code: string) => new Set(feedbackItems.filter((i) => i.links.some((l) => l.area === code)).map((i) => i.feedback!.voice));
    expect([...voicesIn('AOC3')].sort()).toEqual(['other', 'parent-carer', 'parent-carer-forum', 'practitioner', 'school-senco', 'sendiass']);
    expect(voicesIn('AOC7').has('child-young-person')).toBe(true);
  });

  it('has two “you said, we did” pairs, each answered by a later document', () => {
    const pairs = feedbackItems.flatMap((i) => (i.feedback!.answeredBy === null ? [] : [[i.title, i.feedback!.answeredBy] as const]));
    expect([...pairs].sort()).toEqual([
      ['Brackenford Voices young people’s forum – session on moving to adulthood', '“What happens to my health care at 18?” – guide written with young people'],
      ['Local offer mystery shopping by the parent carer forum', 'Local offer website – home page capture and usage figures'],
    ]);
    for (const [said, did] of pairs) {
      const answer = seed.evidence.find((i) => i.title === did)!;
      const question = seed.evidence.find((i) => i.title === said)!;
      expect(answer.kind, did).toBe('document');
      expect(answer.asAt! > question.asAt!, `${did} comes after ${said}`).toBe(true);
    }
  });
});

describe('example library: generator', () => {
  it('seed.json matches the content the generator is driven by', () => {
    expect(seed).toEqual(JSON.parse(JSON.stringify(buildSeed())));
  });
});
