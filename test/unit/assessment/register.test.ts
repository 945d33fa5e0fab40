import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/main.ts';
import { testApp, withLibrary } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';

describe('the areas register', () => {
  it('keeps workstreams and a lead, and refuses a code another area has, whatever its case', async () => {
    const t = await withLibrary();
    const a = await t.call('areas/create', { code: 'AOC1', title: 'EHC plans', weakness: 'x', workstreams: ['EHCP Assessment Processes'], lead: 'Head of SEND' });
    expect(a).toMatchObject({ workstreams: ['EHCP Assessment Processes'], lead: 'Head of SEND', judgement: null });
    const b = await t.call('areas/create', { code: 'AOC2', title: 'Local offer', weakness: 'y' });
    expect(b).toMatchObject({ workstreams: [], lead: '' });
    const edited = await t.call('areas/update', { id: b.id, workstreams: ['Co-production and Engagement', 'Joint Commissioning'] });
    expect(edited.workstreams).toEqual(['Co-production and Engagement', 'Joint Commissioning']);
    const clash = await t.fails('areas/update', { id: b.id, code: 'aoc1' });
    expect(clash).toMatchObject({ code: 'conflict', message: 'code: AOC1 is already used by "EHC plans". Choose another code.' });
  });

  it('deleting an area with links, actions, a judgement and findings names what will go, then keeps the evidence items', async () => {
    const t = await withLibrary();
    const area = await t.call('areas/create', { code: 'AOC1', title: 'EHC plans', weakness: 'x' });
    const item = await t.call('evidence/create', { title: 'Audit' });
    await t.call('links/set', { evidenceId: item.id, areaId: area.id, strength: 'impact' });
    await t.call('actions/create', { areaId: area.id, text: 'Recruit staff', evidenceIds: [item.id] });
    await t.call('assessment/judge', { areaId: area.id, outcome: 'sufficient' });
    await t.call('findings/create', { areaId: area.id, text: 'Better plans', citations: [{ evidenceId: item.id }] });
    const x = await t.call('excerpts/create', { evidenceId: item.id, areaId: area.id, quote: 'Most plans are good' });
    expect(await t.call('areas/dependents', { id: area.id })).toEqual({ id: area.id, code: 'AOC1', links: 1, actions: 1, findings: 1, excerpts: 1, judged: true });

    expect(await t.call('areas/delete', { id: area.id })).toEqual({ id: area.id, unlinkedEvidence: 1, actionsRemoved: 1, findingsRemoved: 1, judgementRemoved: true });
    const kept = await t.call('evidence/get', { id: item.id });
    expect(kept.links).toEqual([]);
    expect(await t.call('actions/list', {})).toEqual([]);
    // The excerpt stays with its item, no longer tied to an area.
    expect((await t.call('excerpts/list', { evidenceId: item.id })).map((e) => [e.id, e.areaId])).toEqual([[x.id, null]]);
    const db = t.app.session.library!.db;
    expect(db.prepare('SELECT (SELECT count(*) FROM judgement) + (SELECT count(*) FROM finding) + (SELECT count(*) FROM assessment_history) AS n').get()).toEqual({ n: 0 });
  });

  it('keeps a link’s strength unless told otherwise, and lists it with the link', async () => {
    const t = await withLibrary();
    const area = await t.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'x' });
    const item = await t.call('evidence/create', { title: 'Parent survey', kind: 'feedback' });
    expect((await t.call('links/set', { evidenceId: item.id, areaId: area.id })).strength).toBe('activity');
    expect((await t.call('links/set', { evidenceId: item.id, areaId: area.id, strength: 'impact' })).strength).toBe('impact');
    const relinked = await t.call('links/set', { evidenceId: item.id, areaId: area.id, stance: 'counters', note: 'Parents still wait' });
    expect(relinked).toMatchObject({ stance: 'counters', note: 'Parents still wait', strength: 'impact' });
    expect((await t.call('evidence/get', { id: item.id })).links).toEqual([{ areaId: area.id, areaCode: 'AOC1', stance: 'counters', note: 'Parents still wait', strength: 'impact' }]);
    expect((await t.fails('links/set', { evidenceId: item.id, areaId: area.id, strength: 'huge' })).message).toBe('strength: must be activity or impact');
  });
});

async function revisit(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: { XDG_CONFIG_HOME: tempDir() } });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

describe('revisit judge, area list and link (CLI)', () => {
  it('records a judgement kept in history, lists it, and links with a strength', async () => {
    const lib = join(tempDir(), 'lib');
    await revisit(['init', '--name', 'Testshire', '--library', lib]);
    await revisit(['area', 'add', '--code', 'AOC1', '--title', 'Plans', '--weakness', 'Late plans', '--workstream', 'EHCP', '--workstream', 'Health', '--library', lib]);
    const judged = await revisit(['judge', 'aoc1', 'not-sufficient', '--rationale', 'Backlog of 300 reviews', '--library', lib, '--json']);
    expect(judged.code).toBe(0);
    expect(judged.json()).toEqual({ area: { code: 'AOC1', title: 'Plans', weakness: 'Late plans', judgement: 'not-sufficient' } });
    await revisit(['judge', 'AOC1', 'sufficient', '--library', lib]);
    const list = await revisit(['area', 'list', '--library', lib, '--json']);
    expect(list.json()).toEqual({ areas: [{ code: 'AOC1', title: 'Plans', weakness: 'Late plans', judgement: 'sufficient' }] });

    const t = testApp({ libraryPath: lib });
    const [area] = await t.call('areas/list');
    expect(area!.workstreams).toEqual(['EHCP', 'Health']);
    const history = await t.call('assessment/history', { areaId: area!.id });
    expect(history.map((h) => h.after)).toEqual([
      { outcome: 'sufficient', rationale: 'Backlog of 300 reviews' },
      { outcome: 'not-sufficient', rationale: 'Backlog of 300 reviews' },
    ]);
    const item = await t.call('evidence/create', { title: 'Survey' });
    await t.call('assessment/updateSettings', { wordingPreset: 'monitoring-2023' });
    t.app.close();

    // The human output speaks the library's wording (here the 2023 monitoring preset).
    const monitoring = await revisit(['judge', 'AOC1', 'not-sufficient', '--library', lib]);
    expect(monitoring.stdout).toBe("Recorded for AOC1: insufficient progress. The change is kept in the area's history.\n");
    expect((await revisit(['area', 'list', '--library', lib])).stdout).toBe('AOC1\tPlans\t0 evidence\tinsufficient progress\n');

    const link = await revisit(['link', item.id, 'AOC1', '--stance', 'counters', '--note', 'Parents wait', '--strength', 'impact', '--library', lib, '--json']);
    expect(link.json()).toEqual({ link: { evidenceId: item.id, area: 'AOC1', stance: 'counters', note: 'Parents wait', strength: 'impact' } });

    const bad = await revisit(['judge', 'AOC1', 'maybe', '--library', lib]);
    expect(bad.code).toBe(2);
    const unknown = await revisit(['judge', 'AOC7', 'sufficient', '--library', lib, '--json']);
    expect(unknown.code).toBe(1);
    expect(unknown.json().error.code).toBe('not-found');
    const badStrength = await revisit(['link', item.id, 'AOC1', '--strength', 'huge', '--library', lib, '--json']);
    expect(badStrength.json().error).toEqual({ code: 'invalid-input', message: '--strength must be activity or impact.' });
  });
});
