import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppEvent, AppEvents } from '../../../shared/contract.ts';
import { tempDir } from '../../helpers/temp.ts';
import type { TestApp } from '../../helpers/app.ts';
import { preparedExample } from './fixture.ts';

const options = { asAt: '2024-09-01' };
type Progress = AppEvents['export/progress'];

/** Starts a zip export under `jobId` and cancels it at the first progress event `when` picks. */
async function cancelWhen(t: TestApp, jobId: string, when: (p: Progress) => boolean) {
  const events: Progress[] = [];
  let cancels: Promise<{ cancelled: boolean }> | null = null;
  const off = t.app.onEvent((e: AppEvent) => {
    if (e.name !== 'export/progress') return;
    const p = e.payload as Progress;
    events.push(p);
    if (!cancels && when(p)) cancels = t.call('export/cancel', { jobId });
  });
  const dir = tempDir();
  const target = join(dir, 'pack.zip');
  try {
    const error = await t.fails('export/write', { format: 'zip', path: target, options, jobId });
    return { error, events, cancel: await cancels!, dir, target };
  } finally {
    off();
  }
}

function expectInOrder(events: Progress[], jobId: string) {
  expect(events.length).toBeGreaterThan(0);
  let last = 0;
  for (const p of events) {
    expect(p.jobId).toBe(jobId);
    expect(p.done).toBeGreaterThanOrEqual(last);
    expect(p.done).toBeLessThanOrEqual(p.total);
    expect(p.label).not.toBe('');
    last = p.done;
  }
}

describe('cancelling a zip export', () => {
  it('stops on the first progress event, writes nothing and leaves no temporary file', async () => {
    const { t } = await preparedExample();
    const r = await cancelWhen(t, 'job-1', () => true);
    expect(r.cancel).toEqual({ cancelled: true });
    expect(r.error).toEqual({ code: 'cancelled', message: 'The export was cancelled; no pack was written.' });
    expect(existsSync(r.target)).toBe(false);
    expect(readdirSync(r.dir)).toEqual([]);
    expectInOrder(r.events, 'job-1');
    expect(r.events[0]).toMatchObject({ done: 0, label: 'Making the PDF…' });
    expect(r.events[0]!.total).toBeGreaterThan(1);
  });

  it('stops mid-stream after the first exhibit file, removing the partial zip', async () => {
    const { t } = await preparedExample();
    const r = await cancelWhen(t, 'job-2', (p) => p.done === 1);
    expect(r.cancel).toEqual({ cancelled: true });
    expect(r.error.code).toBe('cancelled');
    expect(existsSync(r.target)).toBe(false);
    expect(readdirSync(r.dir)).toEqual([]);
    expectInOrder(r.events, 'job-2');
    expect(r.events.at(-1)!.done).toBeLessThan(r.events[0]!.total);

    // The job id is free again, and a write that runs to the end reports every file.
    const events: Progress[] = [];
    const off = t.app.onEvent((e) => {
      if (e.name === 'export/progress') events.push(e.payload as Progress);
    });
    const out = join(r.dir, 'whole.zip');
    await t.call('export/write', { format: 'zip', path: out, options, jobId: 'job-2' });
    off();
    expect(existsSync(out)).toBe(true);
    expectInOrder(events, 'job-2');
    expect(events.at(-1)!.done).toBe(events.at(-1)!.total);
    expect(await t.call('export/cancel', { jobId: 'job-2' })).toEqual({ cancelled: false });
  });

  it('checks the job id like any other id', async () => {
    const { t } = await preparedExample();
    expect((await t.fails('export/write', { format: 'zip', path: join(tempDir(), 'x.zip'), jobId: '../x' })).code).toBe('invalid-input');
    expect((await t.fails('export/cancel', { jobId: '' })).code).toBe('invalid-input');
  });
});
