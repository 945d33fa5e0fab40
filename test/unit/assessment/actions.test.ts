import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { describeStocktake } from '../../../main/core/actions/stocktake-wording.ts';
import { statusPresets } from '../../../shared/schemas/actions.ts';
import { withLibrary, type TestApp } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';

async function twoAreas(t: TestApp) {
  const a1 = await t.call('areas/create', { code: 'AOC1', title: 'EHC plans', weakness: 'x' });
  const a2 = await t.call('areas/create', { code: 'AOC2', title: 'Local offer', weakness: 'y' });
  return { a1, a2 };
}

function csv(text: string) {
  const path = join(tempDir(), 'tracker.csv');
  writeFileSync(path, text);
  return path;
}

describe('status schemes', () => {
  it('has the three presets exactly as the areas word them, each status with a colour and whether it counts as complete', () => {
    const labels = Object.fromEntries(statusPresets.map((p) => [p.id, p.statuses.map((s) => s.label)]));
    expect(labels).toEqual({
      walsall: ['Not Started', 'Beyond Milestone', 'Delayed', 'Paused - Covid Exception', 'In Progress', 'Complete', 'Complete and Embedded', 'Closed'],
      wirral: ['Completed', 'On track', 'At risk of delay', 'Missed deadline'],
      dudley: ['Completed', 'In progress', 'Yet to start'],
    });
    const wirral = statusPresets.find((p) => p.id === 'wirral')!.statuses;
    expect(wirral.map((s) => s.colour)).toEqual(['blue', 'green', 'amber', 'red']);
    expect(statusPresets.find((p) => p.id === 'walsall')!.statuses.filter((s) => s.complete).map((s) => s.label)).toEqual(['Complete', 'Complete and Embedded', 'Closed']);
  });

  it('starts with Dudley’s three; switching preset keeps actions whose status has the same wording, and asks about the rest', async () => {
    const t = await withLibrary();
    const { a1 } = await twoAreas(t);
    const { statuses } = await t.call('actions/statuses');
    expect(statuses.map((s) => s.label)).toEqual(['Completed', 'In progress', 'Yet to start']);
    const done = await t.call('actions/create', { areaId: a1.id, text: 'Publish the EHCP quality framework', statusId: statuses[0]!.id });
    const doing = await t.call('actions/create', { areaId: a1.id, text: 'Audit 30 plans a month', statusId: statuses[1]!.id });

    const refused = await t.fails('actions/applyPreset', { preset: 'wirral' });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toBe('1 action has the status "In progress", which the new scheme leaves out. Say which status they should move to, then try again. Nothing was changed.');
    expect((await t.call('actions/statuses')).statuses.map((s) => s.label)).toEqual(['Completed', 'In progress', 'Yet to start']);

    const wirral = await t.call('actions/applyPreset', { preset: 'wirral', replacements: [{ fromStatusId: statuses[1]!.id, toLabel: 'On track' }] });
    expect(wirral.map((s) => [s.label, s.colour, s.complete, s.actionCount])).toEqual([
      ['Completed', 'blue', true, 1],
      ['On track', 'green', false, 1],
      ['At risk of delay', 'amber', false, 0],
      ['Missed deadline', 'red', false, 0],
    ]);
    expect((await t.call('actions/list', { areaId: a1.id })).map((a) => [a.id, a.statusLabel])).toEqual([
      [done.id, 'Completed'],
      [doing.id, 'On track'],
    ]);
  });

  it('edits a scheme in place: relabels, swaps labels, refuses the same wording twice', async () => {
    const t = await withLibrary();
    const { statuses } = await t.call('actions/statuses');
    const [a, b, c] = statuses as [typeof statuses[0], typeof statuses[0], typeof statuses[0]];
    const swapped = await t.call('actions/setStatuses', {
      statuses: [
        { id: a.id, label: 'In progress', colour: 'amber', complete: false },
        { id: b.id, label: 'Completed', colour: 'blue', complete: true },
        { id: c.id, label: 'Yet to start', colour: 'grey', complete: false },
      ],
    });
    expect(swapped.map((s) => [s.id, s.label])).toEqual([[a.id, 'In progress'], [b.id, 'Completed'], [c.id, 'Yet to start']]);
    const dup = await t.fails('actions/setStatuses', { statuses: [{ label: 'Done', colour: 'blue', complete: true }, { label: 'done ', colour: 'green', complete: true }] });
    expect(dup).toMatchObject({ code: 'invalid-input' });
    expect(dup.message).toContain('"done" is listed twice');
  });
});

describe('importing actions from a tracker', () => {
  const header = 'Ref,Area,Action,Lead officer,Due date,RAG status\n';

  it('previews columns, sample rows and a mapping proposal, then imports every row', async () => {
    const t = await withLibrary();
    await twoAreas(t);
    const path = csv(`WSoA action tracker (January)\n${header}1.1,AOC1,Recruit four EHC coordinators,J Smith,31/03/2023,Completed\n1.2,aoc1,"Audit plans, monthly",J Smith,2023-06-30,In progress\n2.1,AOC2,Relaunch the local offer,,14 Mar 2023,Yet to start\n`);
    const preview = await t.call('actions/previewImport', { source: { path } });
    expect(preview.columns).toEqual(['Ref', 'Area', 'Action', 'Lead officer', 'Due date', 'RAG status']);
    expect(preview.headerRow).toBe(2);
    expect(preview.rowCount).toBe(3);
    expect(preview.sample[1]).toEqual({ row: 4, cells: ['1.2', 'aoc1', 'Audit plans, monthly', 'J Smith', '2023-06-30', 'In progress'] });
    expect(preview.proposedMapping).toEqual({ ref: 0, area: 1, text: 2, owner: 3, dueOn: 4, status: 5 });
    expect(preview.statusValues.map((v) => [v.value, v.statusId !== null])).toEqual([['Completed', true], ['In progress', true], ['Yet to start', true]]);

    const result = await t.call('actions/import', { source: { path }, mapping: preview.proposedMapping });
    expect(result).toEqual({ created: 3, updated: 0, skippedEmpty: 0 });
    const actions = await t.call('actions/list', {});
    expect(actions.map((a) => [a.areaCode, a.ref, a.dueOn, a.statusLabel])).toEqual([
      ['AOC1', '1.1', '2023-03-31', 'Completed'],
      ['AOC1', '1.2', '2023-06-30', 'In progress'],
      ['AOC2', '2.1', '2023-03-14', 'Yet to start'],
    ]);

    // Importing next month's tracker updates actions by reference instead of adding them again.
    const next = csv(`${header}1.2,AOC1,"Audit plans, monthly",J Smith,2023-06-30,Completed\n2.2,AOC2,Co-produce local offer pages,P Khan,,\n`);
    expect(await t.call('actions/import', { source: { path: next }, mapping: preview.proposedMapping })).toEqual({ created: 1, updated: 1, skippedEmpty: 0 });
    expect((await t.call('actions/list', {})).find((a) => a.ref === '1.2')!.statusLabel).toBe('Completed');
  });

  it('names every unreadable row by row and column, and imports nothing', async () => {
    const t = await withLibrary();
    await twoAreas(t);
    const path = csv(`${header}1.1,AOC1,Recruit coordinators,J Smith,31/02/2023,Completed\n1.2,AOC1\n1.3,AOC9,Train SENCOs,,2023-05-01,Amber\n1.4,AOC1,Fine row,,2023-05-01,Completed\n`);
    const mapping = { ref: 0, area: 1, text: 2, owner: 3, dueOn: 4, status: 5 };
    const e = await t.fails('actions/import', { source: { path }, mapping });
    expect(e.code).toBe('invalid-input');
    expect(e.message).toMatch(/^4 problems in the tracker, so nothing was imported\./);
    expect(e.message).toContain('Row 2, column "Due date": "31/02/2023" is not a date');
    expect(e.message).toContain('Row 3, column "Action": is empty; every action needs its wording.');
    expect(e.message).toContain('Row 4, column "Area": "AOC9" is not the code or title of an area of concern.');
    expect(e.message).toContain('Row 4, column "RAG status": "Amber" is not one of the library\'s statuses');
    expect(await t.call('actions/list', {})).toEqual([]);

    // Ragged rows are fine when what is missing is optional; "Amber" can be mapped to a status.
    const { statuses } = await t.call('actions/statuses');
    const ragged = csv(`${header}1.1,AOC1,Recruit coordinators\n1.3,AOC1,Train SENCOs,,2023-05-01,Amber,extra,cells\n,,,,,\n`);
    const ok = await t.call('actions/import', { source: { path: ragged }, mapping, statusMap: { amber: statuses[1]!.id } });
    expect(ok).toEqual({ created: 2, updated: 0, skippedEmpty: 0 });
    expect((await t.call('actions/list', {})).map((a) => [a.ref, a.owner, a.dueOn, a.statusLabel])).toEqual([
      ['1.1', '', null, null],
      ['1.3', '', '2023-05-01', 'In progress'],
    ]);
  });

  it('says so for an empty file and for a header with no actions', async () => {
    const t = await withLibrary();
    const { a1 } = await twoAreas(t);
    const empty = await t.fails('actions/previewImport', { source: { path: csv('') } });
    expect(empty.message).toBe('The tracker is empty: there is no header row and there are no actions. Nothing was imported.');
    const headerOnly = await t.fails('actions/import', { source: { path: csv(header) }, mapping: { text: 2 }, areaId: a1.id });
    expect(headerOnly.message).toBe('The tracker has a header row (row 1) but no actions under it. Nothing was imported.');
    const noArea = await t.fails('actions/import', { source: { path: csv('Action,Owner\nDo a thing,Jo\n') }, mapping: { text: 0, owner: 1 } });
    expect(noArea.message).toContain('Row 2, column "Area": names no area of concern, and no area was chosen for such rows.');
  });

  it('reads an .xlsx tracker with real dates and a title row, uploaded through files/stage', async () => {
    const t = await withLibrary();
    const { a2 } = await twoAreas(t);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Actions');
    ws.addRow(['Local offer actions']);
    ws.addRow(['No.', 'Description of action', 'Owner', 'Deadline', 'Status']);
    ws.addRow(['LO1', 'Publish SEND transport policy', 'A Patel', new Date(Date.UTC(2023, 8, 30)), 'completed']);
    ws.addRow(['LO2', { richText: [{ text: 'Run ' }, { text: 'coffee mornings' }] }, 'B Jones', 45107, 'In Progress']);
    wb.addWorksheet('Notes');
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { uploadId } = await t.call('files/stage', { name: 'tracker.xlsx', bytes });
    const preview = await t.call('actions/previewImport', { source: { uploadId } });
    expect(preview.sheets).toEqual(['Actions', 'Notes']);
    expect(preview.headerRow).toBe(2);
    expect(preview.proposedMapping).toEqual({ ref: 0, text: 1, owner: 2, dueOn: 3, status: 4, area: null });
    const result = await t.call('actions/import', { source: { uploadId }, mapping: preview.proposedMapping, areaId: a2.id });
    expect(result.created).toBe(2);
    expect((await t.call('actions/list', { areaId: a2.id })).map((a) => [a.text, a.dueOn, a.statusLabel])).toEqual([
      ['Publish SEND transport policy', '2023-09-30', 'Completed'],
      ['Run coffee mornings', '2023-06-30', 'In progress'],
    ]);
    // The upload is used up once imported.
    expect((await t.fails('actions/import', { source: { uploadId }, mapping: { text: 1 }, areaId: a2.id })).code).toBe('not-found');
  });
});

describe('stocktakes', () => {
  const walsall = (counts: number[]) =>
    statusPresets.find((p) => p.id === 'walsall')!.statuses.map((s, i) => ({ ...s, count: counts[i]! }));

  it('says the counts in words, compared with the previous stocktake, dates written the GOV.UK way', () => {
    const now = { takenOn: '2023-06-14', counts: walsall([0, 0, 0, 0, 35, 65, 75, 9]) };
    const before = { takenOn: '2023-03-14', counts: walsall([0, 24, 4, 5, 31, 60, 53, 7]) };
    expect(describeStocktake(now, before)).toBe('149 of 184 actions (81%) complete; 35 in progress; at the previous stocktake on 14 March 2023, 120 of 184 (65%) were complete.');
    expect(describeStocktake(before, null)).toBe('120 of 184 actions (65%) complete; 24 beyond milestone; 4 delayed; 5 paused - covid exception; 31 in progress.');
    expect(describeStocktake({ takenOn: '2023-01-01', counts: [] }, null)).toBe('No actions were counted at this stocktake.');
  });

  it('records counts from the actions now, or as given, and lists them newest first with the comparison', async () => {
    const t = await withLibrary();
    const { a1 } = await twoAreas(t);
    const { statuses } = await t.call('actions/statuses');
    await t.call('stocktakes/record', { takenOn: '2023-03-14', counts: [{ label: 'Completed', count: 1 }, { label: 'In progress', count: 3 }] });
    for (const [i, s] of [0, 0, 1].entries()) await t.call('actions/create', { areaId: a1.id, text: `Action ${i}`, statusId: statuses[s]!.id });
    await t.call('actions/create', { areaId: a1.id, text: 'No status yet' });
    const taken = await t.call('stocktakes/record', { takenOn: '2023-06-01' });
    expect(taken.counts.map((c) => [c.label, c.count])).toEqual([['Completed', 2], ['In progress', 1], ['Yet to start', 0], ['No status', 1]]);
    expect(taken.summary).toBe('2 of 4 actions (50%) complete; 1 in progress; 1 no status; at the previous stocktake on 14 March 2023, 1 of 4 (25%) were complete.');
    const list = await t.call('stocktakes/list');
    expect(list.map((s) => s.takenOn)).toEqual(['2023-06-01', '2023-03-14']);
    expect(list[1]!.previousId).toBeNull();
    await t.call('stocktakes/delete', { id: list[1]!.id });
    expect((await t.call('stocktakes/list'))[0]!.summary).toBe('2 of 4 actions (50%) complete; 1 in progress; 1 no status.');
  });
});
