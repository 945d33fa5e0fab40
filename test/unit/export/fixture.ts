import { readFileSync } from 'node:fs';
import yauzl from 'yauzl';
import { testApp, type TestApp } from '../../helpers/app.ts';

export const HOSTILE_TITLE = `<script>alert("pwned")</script> & "quoted" مرحبا بالعالم 🎉 ${'long '.repeat(380)}end`;
export const FORMULA_SOURCE = '=HYPERLINK("http://evil.example","click")';
export const HOSTILE_FINDING = '<img src=x onerror=alert(1)> Plans improved & "families" noticed <script>x()</script>';
export const HOSTILE_FILE = '../../CON<>:"|?*\u202Etxt.exe';

/** The example library, judged and with findings citing its items, a personal-data item and a hostile one. */
export async function preparedExample(): Promise<{ t: TestApp; personal: { id: string; title: string; sha256: string }; hostileId: string; libPath: string }> {
  const t = testApp({ clock: () => new Date('2024-09-02T10:00:00Z') });
  const info = await t.call('library/openExample');
  const areas = await t.call('areas/list');
  await clearSeededAssessment(t, areas);
  const items = await t.call('evidence/list', {});
  const plain = items.filter((i) => !i.personalData && i.fileCount > 0);
  const personalSummary = items.find((i) => i.personalData && i.fileCount > 0)!;
  const personal = await t.call('evidence/get', { id: personalSummary.id });

  const outcomes = ['sufficient', 'not-sufficient', 'sufficient', 'sufficient', 'not-sufficient', 'sufficient', 'sufficient', null] as const;
  for (const [i, a] of areas.entries()) if (outcomes[i]) await t.call('assessment/judge', { areaId: a.id, outcome: outcomes[i] });

  const [a1, a2, a3] = areas as [(typeof areas)[0], (typeof areas)[0], (typeof areas)[0]];
  await t.call('findings/create', { areaId: a1.id, text: 'Leaders now share one self-evaluation.', citations: [{ evidenceId: plain[1]!.id }, { evidenceId: plain[0]!.id }] });
  await t.call('findings/create', { areaId: a2.id, text: 'A family told us the plan now reflects them.', citations: [{ evidenceId: personal.id }, { evidenceId: plain[0]!.id }] });

  const staged = await t.call('files/stage', { name: HOSTILE_FILE, bytes: new TextEncoder().encode('hostile file body') });
  const hostile = await t.call('evidence/create', { title: HOSTILE_TITLE, source: FORMULA_SOURCE, asAt: '2024-05-01' });
  await t.call('evidence/addFile', { evidenceId: hostile.id, uploadId: staged.uploadId, name: HOSTILE_FILE });
  await t.call('links/set', { evidenceId: hostile.id, areaId: a3.id });
  await t.call('findings/create', { areaId: a3.id, text: HOSTILE_FINDING, stillToImprove: true, citations: [{ evidenceId: hostile.id }] });
  return { t, personal: { id: personal.id, title: personal.title, sha256: personal.files[0]!.sha256 }, hostileId: hostile.id, libPath: info.path };
}

/**
 * The example ships with a drafted assessment (findings, judgements, actions, a stocktake);
 * these tests set up their own, so start from the example's evidence alone.
 */
async function clearSeededAssessment(t: TestApp, areas: { id: string }[]) {
  for (const a of areas) {
    for (const f of (await t.call('assessment/get', { areaId: a.id })).findings) await t.call('findings/delete', { id: f.id });
    await t.call('assessment/judge', { areaId: a.id, outcome: null, rationale: '' });
  }
  for (const x of await t.call('excerpts/list', {})) await t.call('excerpts/delete', { id: x.id });
  for (const x of await t.call('actions/list', {})) await t.call('actions/delete', { id: x.id });
  for (const s of await t.call('stocktakes/list', {})) await t.call('stocktakes/delete', { id: s.id });
}

/** Every entry of a zip, in order, with its bytes. */
export function readZip(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, Buffer>();
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('error', reject);
      zip.on('end', () => resolve(out));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

export const bytesOf = (path: string) => readFileSync(path);
