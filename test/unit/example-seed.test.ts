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
interface SeedItem {
  title: string;
  kind: string;
  asAt: string | null;
  source: string;
  description: string;
  personalData: boolean;
  files: string[];
  links: SeedLink[];
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

  it('has 30 to 40 items with unique titles', () => {
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(items.length).toBeLessThanOrEqual(40);
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

describe('example library: generator', () => {
  it('seed.json matches the content the generator is driven by', () => {
    expect(seed).toEqual(JSON.parse(JSON.stringify(buildSeed())));
  });
});
