/**
 * The example library's drafted assessment: the findings, excerpts, judgements, WSoA
 * actions and stocktake in resources/example/seed.json, as the built library holds them,
 * and what the readiness dashboard makes of them.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AreaAssessment } from '../../../shared/schemas/assessment.ts';
import { buildExampleLibrary } from '../../../main/core/example/load.ts';
import { resourcesDir, testApp } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';

interface SeedAssessment {
  statusPreset: string;
  excerpts: { key: string; item: string; area: string | null; quote: string; dataPoint: string | null }[];
  findings: { area: string; text: string; stillToImprove: boolean; cites: ({ item: string } | { excerpt: string })[] }[];
  judgements: { area: string; outcome: 'sufficient' | 'not-sufficient'; rationale: string }[];
  actions: { area: string; ref: string; text: string; owner: string; dueOn: string | null; status: string; evidence: string[] }[];
  stocktakes: { takenOn: string; note: string; counts: { label: string; count: number }[] }[];
}
interface Seed {
  areas: { code: string }[];
  evidence: { title: string; links: { area: string; stance: string }[] }[];
  assessment: SeedAssessment;
}
const readSeed = (dir = join(resourcesDir, 'example')) => JSON.parse(readFileSync(join(dir, 'seed.json'), 'utf8')) as Seed;

/** The day the example's story is set, as the readiness screen judges it. */
const STORY_DAY = '2024-08-31';

describe('the example library’s assessment', () => {
  it('holds the findings, citing real items and excerpts, in the seed’s order', async () => {
    const seed = readSeed();
    const a = seed.assessment;
    const t = testApp();
    await t.call('library/openExample', {});
    const areas = await t.call('areas/list');
    const code = new Map(areas.map((x) => [x.id, x.code]));

    // Every area but one has two to four findings; at least one says what is still to improve.
    const byArea = new Map<string, AreaAssessment>();
    for (const area of areas) byArea.set(area.code, await t.call('assessment/get', { areaId: area.id }));
    const counts = [...byArea.values()].map((x) => x.findings.length);
    expect(counts.filter((n) => n >= 2 && n <= 4).length).toBeGreaterThanOrEqual(6);
    const all = [...byArea.values()].flatMap((x) => x.findings);
    expect(all).toHaveLength(a.findings.length);
    expect(all.some((f) => f.stillToImprove)).toBe(true);
    expect(all.some((f) => !f.stillToImprove)).toBe(true);

    // Findings come in the seed's order, with the seed's words, in the seed's area.
    for (const [areaCode, got] of byArea) {
      const want = a.findings.filter((f) => f.area === areaCode);
      expect(got.findings.map((f) => f.text), areaCode).toEqual(want.map((f) => f.text));
      expect(got.findings.map((f) => f.stillToImprove), areaCode).toEqual(want.map((f) => f.stillToImprove));
      // Each citation names the item the seed names (an excerpt's item, with its quote).
      got.findings.forEach((f, i) => {
        const cites = want[i]!.cites.map((c) => {
          if ('item' in c) return { title: c.item, quote: null };
          const x = a.excerpts.find((e) => e.key === c.excerpt)!;
          return { title: x.item, quote: x.quote };
        });
        expect(f.citations.map((c) => ({ title: c.title, quote: c.quote })), `${areaCode} finding ${i + 1}`).toEqual(cites);
      });
    }

    // Some findings cite an excerpt: a quote from a document, and a figure of a data series.
    const excerpts = await t.call('excerpts/list', {});
    expect(excerpts).toHaveLength(a.excerpts.length);
    const cited = all.flatMap((f) => f.citations).filter((c) => c.excerptId !== null);
    const quoteOfDocument = cited.find((c) => excerpts.find((x) => x.id === c.excerptId)?.dataPoint === null);
    const figure = excerpts.find((x) => x.id === cited.find((c) => excerpts.find((e) => e.id === c.excerptId)?.dataPoint)?.excerptId);
    expect(quoteOfDocument).toBeDefined();
    expect(figure).toBeDefined();
    // A figure's quote is the figure the series holds now, so it is not flagged as changed.
    expect(excerpts.filter((x) => x.dataPoint !== null).length).toBeGreaterThan(0);
    for (const x of excerpts) expect(x.figureChanged, x.quote).toBeNull();
    const ehc = excerpts.find((x) => x.dataPoint === 'Aug 2024' && x.evidenceTitle.startsWith('EHC plans issued within 20 weeks'));
    expect(ehc?.quote).toBe('EHC plans issued within 20 weeks – monthly, January 2021 to August 2024: 63.2% in Aug 2024');
    expect(ehc?.areaCode).toBe('AOC3');

    // At least one finding answers countering evidence: it cites an item linked to its area with stance "counters".
    const counters = new Set(seed.evidence.flatMap((e) => e.links.filter((l) => l.stance === 'counters').map((l) => `${l.area}|${e.title}`)));
    const answering = all.filter((f) => f.citations.some((c) => counters.has(`${code.get(f.areaId)}|${c.title}`)));
    expect(answering.length).toBeGreaterThan(0);
  });

  it('judges most areas, plainly not the neurodevelopmental pathway, each with a rationale', async () => {
    const seed = readSeed();
    const t = testApp();
    await t.call('library/openExample', {});
    const areas = await t.call('areas/list');
    const judgements = new Map<string, { outcome: string | null; rationale: string } | null>();
    for (const area of areas) judgements.set(area.code, (await t.call('assessment/get', { areaId: area.id })).judgement);
    const outcomes = [...judgements.values()].map((j) => j?.outcome ?? null);
    expect(outcomes.filter((o) => o === 'sufficient')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'not-sufficient')).toHaveLength(2);
    expect(outcomes.filter((o) => o === null)).toHaveLength(1);
    expect(judgements.get('AOC5')?.outcome).toBe('not-sufficient');
    for (const j of seed.assessment.judgements) expect(judgements.get(j.area)).toMatchObject({ outcome: j.outcome, rationale: j.rationale });
    for (const j of judgements.values()) if (j?.outcome) expect(j.rationale.trim().length).toBeGreaterThan(20);
    // The history says who drafted them.
    const history = await t.call('assessment/history', { areaId: areas.find((a) => a.code === 'AOC5')!.id });
    expect(history.map((h) => h.summary).join('\n')).toMatch(/Local Area Nominated Officer/);
  });

  it('has a handful of WSoA actions per area in the tracker’s BRAG scheme, some past due, and the July 2024 stocktake', async () => {
    const seed = readSeed();
    const t = testApp();
    await t.call('library/openExample', {});
    const { statuses } = await t.call('actions/statuses', {});
    expect(statuses.map((s) => s.label)).toEqual(['Completed', 'On track', 'At risk of delay', 'Missed deadline']);
    const actions = await t.call('actions/list', {});
    expect(actions).toHaveLength(seed.assessment.actions.length);
    const perArea = new Map<string, number>();
    for (const x of actions) perArea.set(x.areaCode, (perArea.get(x.areaCode) ?? 0) + 1);
    expect([...perArea.keys()].sort()).toEqual(seed.areas.map((a) => a.code).sort());
    for (const [c, n] of perArea) expect(n, c).toBeGreaterThanOrEqual(3);
    for (const x of actions) {
      expect(x.owner, x.ref).not.toBe('');
      expect(x.dueOn, x.ref).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(x.statusLabel, x.ref).not.toBeNull();
    }
    // Items prove actions: the seed's titles, resolved.
    const items = await t.call('evidence/list', {});
    const title = new Map(items.map((e) => [e.id, e.title]));
    const first = seed.assessment.actions.find((x) => x.evidence.length > 0)!;
    const got = actions.find((x) => x.ref === first.ref && x.areaCode === first.area)!;
    expect(got.evidenceIds.map((id) => title.get(id)).sort()).toEqual([...first.evidence].sort());

    // As at the story's day, some actions are past due and not complete: AOC5 and AOC8 among them.
    const pastDue = actions.filter((x) => !x.complete && x.dueOn !== null && x.dueOn < STORY_DAY);
    expect(new Set(pastDue.map((x) => x.areaCode))).toEqual(new Set(['AOC5', 'AOC7', 'AOC8']));
    expect(pastDue.every((x) => x.statusLabel === 'Missed deadline' || x.statusLabel === 'At risk of delay')).toBe(true);
    expect(actions.some((x) => x.complete)).toBe(true);

    // One stocktake, the July 2024 one, matching the stocktake item's file.
    const stocktakes = await t.call('stocktakes/list', {});
    expect(stocktakes).toHaveLength(1);
    const st = stocktakes[0]!;
    expect(st.takenOn).toBe('2024-07-24');
    const csv = readFileSync(join(resourcesDir, 'example', 'files', 'wsoa-stocktake-2024-07.csv'), 'utf8').trim().split(/\r?\n/);
    const head = csv[0]!.split(',');
    const total = csv.find((l) => l.startsWith('"Total, July 2024"'))!.replace('"Total, July 2024"', 'Total').split(',');
    expect(st.total).toBe(Number(total[head.indexOf('Total actions')]));
    for (const c of st.counts) expect(c.count, c.label).toBe(Number(total[head.indexOf(c.label)]));
    expect(st.completeCount).toBe(61);
    expect(st.summary).toMatch(/^61 of 96 actions \(64%\) complete/);
    // Every library action's status is one the stocktake counts.
    for (const x of actions) expect(st.counts.map((c) => c.label)).toContain(x.statusLabel);
  });

  it('leaves readiness with fewer gaps than an untouched library, but some, including an unanswered counter and an action past due', async () => {
    const t = testApp();
    await t.call('library/openExample', {});
    const r = await t.call('readiness/get', { today: STORY_DAY });
    const gaps = r.areas.flatMap((a) => a.gaps.map((g) => ({ code: a.code, type: g.type })));
    const types = new Set(gaps.map((g) => g.type));
    expect(r.totals.judged).toBe(7);
    expect(gaps.filter((g) => g.type === 'no-judgement').map((g) => g.code)).toEqual(['AOC7']);
    expect(types.has('judgement-without-evidence')).toBe(false);
    expect(types.has('unanswered-counter-evidence')).toBe(true);
    expect(gaps.filter((g) => g.type === 'actions-past-due').map((g) => g.code).sort()).toEqual(['AOC5', 'AOC7', 'AOC8']);
    // Impact is shown for most areas, but not all.
    const noImpact = gaps.filter((g) => g.type === 'no-impact').map((g) => g.code);
    expect(noImpact.length).toBeGreaterThan(0);
    expect(noImpact.length).toBeLessThan(r.areas.length);
    // Some countering evidence has been answered by a finding.
    const counters = r.areas.reduce((n, a) => n + a.counterLinks, 0);
    expect(gaps.filter((g) => g.type === 'unanswered-counter-evidence').length).toBeLessThan(counters);

    // Without the assessment, the same evidence has more gaps.
    const dir = tempDir();
    cpSync(join(resourcesDir, 'example'), dir, { recursive: true });
    const bare = readSeed(dir) as Partial<Seed>;
    delete bare.assessment;
    writeFileSync(join(dir, 'seed.json'), JSON.stringify(bare));
    const lib = await buildExampleLibrary(dir, join(tempDir(), 'library'), new Date('2024-09-01T09:00:00Z'));
    lib.close();
    const other = testApp();
    await other.call('library/open', { path: lib.path });
    const before = await other.call('readiness/get', { today: STORY_DAY });
    expect(before.totals.gaps).toBeGreaterThan(r.totals.gaps);
    expect(r.totals.gaps).toBeGreaterThan(0);
  });

  it('refuses a seed whose finding cites an unknown item, before making anything', async () => {
    const dir = tempDir();
    cpSync(join(resourcesDir, 'example'), dir, { recursive: true });
    const seed = readSeed(dir);
    seed.assessment.findings.at(-1)!.cites.push({ item: 'No such item' });
    writeFileSync(join(dir, 'seed.json'), JSON.stringify(seed));
    const parent = tempDir();
    await expect(buildExampleLibrary(dir, join(parent, 'library'), new Date('2024-09-01T09:00:00Z'))).rejects.toThrow(/finding \d+ names an unknown item “No such item”/);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('refuses a seed whose action has a status the scheme lacks, or whose finding cites no excerpt of that name', async () => {
    for (const damage of [
      (s: Seed) => void (s.assessment.actions[0]!.status = 'Amber'),
      (s: Seed) => void s.assessment.findings[0]!.cites.push({ excerpt: 'nowhere' }),
      (s: Seed) => void (s.assessment.judgements[0]!.area = 'AOC99'),
    ]) {
      const dir = tempDir();
      cpSync(join(resourcesDir, 'example'), dir, { recursive: true });
      const seed = readSeed(dir);
      damage(seed);
      writeFileSync(join(dir, 'seed.json'), JSON.stringify(seed));
      const parent = tempDir();
      await expect(buildExampleLibrary(dir, join(parent, 'library'), new Date('2024-09-01T09:00:00Z'))).rejects.toThrow(/example library that came with the app is damaged/);
      expect(readdirSync(parent)).toEqual([]);
    }
  });

  it('writes nothing at all when the assessment fails part-way through writing', async () => {
    const dir = tempDir();
    cpSync(join(resourcesDir, 'example'), dir, { recursive: true });
    const seed = readSeed(dir);
    // A second stocktake counting one status twice passes the seed check but not recordStocktake, the last thing written.
    seed.assessment.stocktakes.push({ takenOn: '2024-07-25', note: '', counts: [{ label: 'Completed', count: 1 }, { label: 'completed', count: 2 }] });
    writeFileSync(join(dir, 'seed.json'), JSON.stringify(seed));
    const target = join(tempDir(), 'library');
    await expect(buildExampleLibrary(dir, target, new Date('2024-09-01T09:00:00Z'))).rejects.toThrow(/counted twice/);
    const db = new Database(join(target, 'library.sqlite'), { readonly: true });
    try {
      for (const table of ['area', 'evidence', 'excerpt', 'finding', 'judgement', 'action', 'stocktake']) {
        expect((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
      }
    } finally {
      db.close();
    }
  });
});
