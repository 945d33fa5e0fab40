import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildExampleLibrary } from '../../../main/core/example/load.ts';
import { resourcesDir, testApp, withLibrary } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';

/** A hash of every file under a folder: names and contents. */
function treeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else h.update(full).update(readFileSync(full));
    }
  };
  walk(dir);
  return h.digest('hex');
}

describe('the example library', () => {
  it('opens as a copy with every area, item, file and link, and never changes what shipped', async () => {
    const before = treeHash(join(resourcesDir, 'example'));
    const t = testApp();
    const seed = JSON.parse(readFileSync(join(resourcesDir, 'example', 'seed.json'), 'utf8'));
    const info = await t.call('library/openExample');
    expect(info.isExample).toBe(true);
    // The day its story is set: the newest evidence date in the seed (a library of your own has none).
    const newest = seed.evidence.map((e: { asAt: string | null }) => e.asAt).filter(Boolean).sort().at(-1);
    expect(info.exampleDate).toBe(newest);
    expect(newest).toMatch(/^2024-/);
    const own = await withLibrary();
    expect((await own.call('app/state')).library?.exampleDate).toBeNull();
    expect(info.path.startsWith(t.dataRoot)).toBe(true);
    expect(info.details.name).toBe(seed.library.name);
    const areas = await t.call('areas/list');
    expect(areas.map((a) => a.code)).toEqual(seed.areas.map((a: { code: string }) => a.code));
    const items = await t.call('evidence/list', {});
    expect(items).toHaveLength(seed.evidence.length);
    const fileCount = seed.evidence.reduce((n: number, e: { files: string[] }) => n + e.files.length, 0);
    expect(items.reduce((n, e) => n + e.fileCount, 0)).toBe(fileCount);
    const links = seed.evidence.reduce((n: number, e: { links: unknown[] }) => n + e.links.length, 0);
    expect(areas.reduce((n, a) => n + a.evidenceCount, 0)).toBe(links);
    expect((await t.call('library/check')).ok).toBe(true);

    // Playing with the copy changes the copy only; the shipped example never changes.
    await t.call('evidence/delete', { id: items[0]!.id });
    expect(await t.call('evidence/list', {})).toHaveLength(seed.evidence.length - 1);
    expect(treeHash(join(resourcesDir, 'example'))).toBe(before);
  });

  it('opens the copy as the user left it, and starts afresh only when asked', async () => {
    const t = testApp();
    expect(await t.call('library/exampleState', {})).toEqual({ copyExists: false });
    const seed = JSON.parse(readFileSync(join(resourcesDir, 'example', 'seed.json'), 'utf8'));
    await t.call('library/openExample', {});
    expect(await t.call('library/exampleState', {})).toEqual({ copyExists: true });
    const items = await t.call('evidence/list', {});
    const gone = items.find((e) => e.title === seed.evidence[0].title)!;
    await t.call('evidence/delete', { id: gone.id });
    const added = await t.call('areas/create', { code: 'AOC9', title: 'Practice area', weakness: 'Made up while trying the app.' });

    // Opening it again, from within it or after closing it, keeps the practice work.
    await t.call('library/openExample', {});
    expect((await t.call('evidence/list', {})).map((e) => e.title)).not.toContain(gone.title);
    await t.call('library/close', {});
    const reopened = await t.call('library/openExample', {});
    expect(reopened.isExample).toBe(true);
    expect(await t.call('evidence/list', {})).toHaveLength(seed.evidence.length - 1);
    expect((await t.call('areas/list')).map((a) => a.id)).toContain(added.id);

    // Starting again throws the copy away and builds it afresh from what shipped.
    const fresh = await t.call('library/openExample', { startAgain: true });
    expect(fresh.isExample).toBe(true);
    const again = await t.call('evidence/list', {});
    expect(again).toHaveLength(seed.evidence.length);
    expect(again.map((e) => e.title)).toContain(gone.title);
    expect((await t.call('areas/list')).map((a) => a.code)).toEqual(seed.areas.map((a: { code: string }) => a.code));
    expect((await t.call('library/check')).ok).toBe(true);
  });

  it('gives every data item its series and values, and every feedback item whose voice it is, with two "you said, we did" pairs', async () => {
    const t = testApp();
    const info = await t.call('library/openExample');
    const db = new Database(join(info.path, 'library.sqlite'), { readonly: true });
    try {
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

      // Every data item has a series row and at least three values; nothing else has one.
      expect(count(`SELECT count(*) AS n FROM evidence WHERE kind = 'data'`)).toBe(9);
      expect(count(`SELECT count(*) AS n FROM evidence e JOIN series s ON s.evidence_id = e.id WHERE e.kind = 'data'`)).toBe(9);
      expect(count(`SELECT count(*) AS n FROM series s JOIN evidence e ON e.id = s.evidence_id WHERE e.kind <> 'data'`)).toBe(0);
      const fewest = db.prepare(`SELECT e.title, (SELECT count(*) FROM series_value v WHERE v.evidence_id = e.id) AS n FROM evidence e WHERE e.kind = 'data'`).all() as { title: string; n: number }[];
      for (const row of fewest) expect(row.n, row.title).toBeGreaterThanOrEqual(3);
      expect(count('SELECT count(*) AS n FROM series_value')).toBe(87);

      // The headline series, as written in scripts/example-content/data.ts: monthly from January 2021.
      const ehc = db
        .prepare(`SELECT s.* FROM series s JOIN evidence e ON e.id = s.evidence_id WHERE e.title LIKE 'EHC plans issued within 20 weeks%'`)
        .get() as { evidence_id: string; unit: string; period: string; better: string; baseline: number; target: number; milestone: number; england_average: number };
      expect(ehc).toMatchObject({ unit: 'percentage', period: 'month', better: 'higher', baseline: 16.8, target: 60, milestone: 40, england_average: 50.3 });
      const values = db.prepare('SELECT period_start, label, value FROM series_value WHERE evidence_id = ? ORDER BY period_start').all(ehc.evidence_id);
      expect(values).toHaveLength(44);
      expect(values[0]).toEqual({ period_start: '2021-01-01', label: 'Jan 2021', value: 42.9 });
      expect(values[24]).toEqual({ period_start: '2023-01-01', label: 'Jan 2023', value: 15.6 });
      expect(values.at(-1)).toEqual({ period_start: '2024-08-01', label: 'Aug 2024', value: 63.2 });
      const waiting = db
        .prepare(
          `SELECT s.better, s.unit, s.period, s.trend_periods FROM series s JOIN evidence e ON e.id = s.evidence_id WHERE e.title LIKE 'Children waiting for a neurodevelopmental%'`,
        )
        .get();
      expect(waiting).toEqual({ better: 'lower', unit: 'count', period: 'month', trend_periods: 12 });

      // Every feedback item says exactly whose voice it is, and its broad group matches.
      const GROUP: Record<string, string | null> = {
        'parent-carer': 'parent-carer',
        'parent-carer-forum': 'parent-carer',
        sendiass: 'parent-carer',
        'child-young-person': 'child-young-person',
        practitioner: 'practitioner',
        'school-senco': 'practitioner',
        other: null,
      };
      const feedback = db
        .prepare(`SELECT e.title, e.voice AS broad, f.voice, f.channel, f.sentiment FROM evidence e LEFT JOIN feedback f ON f.evidence_id = e.id WHERE e.kind = 'feedback'`)
        .all() as { title: string; broad: string | null; voice: string | null; channel: string | null; sentiment: string | null }[];
      expect(feedback).toHaveLength(15);
      for (const f of feedback) {
        expect(f.voice, f.title).not.toBeNull();
        expect(f.broad, f.title).toBe(GROUP[f.voice!]);
      }
      expect(new Set(feedback.map((f) => f.voice))).toEqual(new Set(Object.keys(GROUP)));
      expect(new Set(feedback.map((f) => f.sentiment))).toEqual(new Set(['positive', 'mixed', 'negative']));
      expect(feedback.find((f) => f.title.startsWith('Councillor and MP enquiries'))).toMatchObject({ voice: 'other', broad: null, channel: 'complaint' });

      // "You said, we did": what families and young people said, answered by the document recording what was done.
      const pairs = db
        .prepare(
          `SELECT said.title AS said, did.title AS did, did.kind AS kind FROM feedback f
           JOIN evidence said ON said.id = f.evidence_id JOIN evidence did ON did.id = f.answered_by ORDER BY said.title`,
        )
        .all();
      expect(pairs).toEqual([
        { said: 'Brackenford Voices young people’s forum – session on moving to adulthood', did: '“What happens to my health care at 18?” – guide written with young people', kind: 'document' },
        { said: 'Local offer mystery shopping by the parent carer forum', did: 'Local offer website – home page capture and usage figures', kind: 'document' },
      ]);
    } finally {
      db.close();
    }
  });

  it('writes nothing of the evidence when the seed goes wrong part-way', async () => {
    const dir = tempDir();
    cpSync(join(resourcesDir, 'example'), dir, { recursive: true });
    const seed = JSON.parse(readFileSync(join(dir, 'seed.json'), 'utf8'));
    // The last item links to an area that does not exist: found only while writing.
    seed.evidence.at(-1).links.push({ area: 'AOC99', stance: 'supports', note: 'An area that is not there.' });
    writeFileSync(join(dir, 'seed.json'), JSON.stringify(seed));
    const target = join(tempDir(), 'library');
    await expect(buildExampleLibrary(dir, target, new Date('2024-09-01T09:00:00Z'))).rejects.toThrow(/unknown area AOC99/);
    const db = new Database(join(target, 'library.sqlite'), { readonly: true });
    try {
      for (const table of ['area', 'evidence', 'series', 'series_value', 'feedback']) {
        expect((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
      }
    } finally {
      db.close();
    }
  });

  it('refuses a seed whose "you said, we did" names an item that is not there, before making anything', async () => {
    const dir = tempDir();
    cpSync(join(resourcesDir, 'example'), dir, { recursive: true });
    const seed = JSON.parse(readFileSync(join(dir, 'seed.json'), 'utf8'));
    seed.evidence.find((e: { kind: string }) => e.kind === 'feedback').feedback.answeredBy = 'No such item';
    writeFileSync(join(dir, 'seed.json'), JSON.stringify(seed));
    const parent = tempDir();
    await expect(buildExampleLibrary(dir, join(parent, 'library'), new Date('2024-09-01T09:00:00Z'))).rejects.toThrow(/answered by an unknown item/);
    expect(readdirSync(parent)).toEqual([]);
  });
});
