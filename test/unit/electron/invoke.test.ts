import { describe, expect, it, vi } from 'vitest';
import { handleInvoke, type Dispatcher } from '../../../main/electron/invoke.ts';
import { APP_INDEX_URL, APP_ORIGIN } from '../../../main/electron/protocol-path.ts';

function fakeCore(answer: Dispatcher['dispatch'] = async () => ({ ok: true, value: 'answer' })) {
  return { dispatch: vi.fn(answer) };
}

const fromApp = { frameUrl: APP_INDEX_URL, isMainFrame: true };

describe('handleInvoke', () => {
  it('passes a known method and its input to the core and returns its Result', async () => {
    const core = fakeCore();
    const input = { x: 1 };
    await expect(handleInvoke(core, APP_ORIGIN, { ...fromApp, method: 'app/state', input })).resolves.toEqual({
      ok: true,
      value: 'answer',
    });
    expect(core.dispatch).toHaveBeenCalledWith('app/state', input);
  });

  it('returns the core’s failures unchanged', async () => {
    const failure = { ok: false as const, error: { code: 'not-found' as const, message: 'Gone.' } };
    const core = fakeCore(async () => failure);
    await expect(handleInvoke(core, APP_ORIGIN, { ...fromApp, method: 'evidence/get', input: { id: 'x' } })).resolves.toBe(failure);
  });

  it.each([
    ['https://evil.example/', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['about:blank', true],
    ['file:///tmp/evil.html', true],
    [null, true],
    [undefined, true],
    [APP_INDEX_URL, false], // an iframe inside the app's page
  ])('refuses a sender at %j (main frame: %s) without calling the core', async (frameUrl, isMainFrame) => {
    const core = fakeCore();
    const result = await handleInvoke(core, APP_ORIGIN, { frameUrl, isMainFrame, method: 'app/state', input: {} });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-input');
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it.each([[42], [null], [undefined], [{ toString: () => 'app/state' }], [['app/state']]])(
    'refuses a method name that is not a string: %j',
    async (method) => {
      const core = fakeCore();
      const result = await handleInvoke(core, APP_ORIGIN, { ...fromApp, method, input: {} });
      expect(!result.ok && result.error.code).toBe('invalid-input');
      expect(core.dispatch).not.toHaveBeenCalled();
    },
  );

  it.each(['no/such', '__proto__', 'constructor', 'hasOwnProperty', 'toString', '', 'APP/STATE'])(
    'refuses the unknown method %j',
    async (method) => {
      const core = fakeCore();
      const result = await handleInvoke(core, APP_ORIGIN, { ...fromApp, method, input: {} });
      expect(!result.ok && result.error.code).toBe('unknown-method');
      expect(core.dispatch).not.toHaveBeenCalled();
    },
  );

  it('turns a throwing core into an internal-error Result instead of rejecting', async () => {
    const core = fakeCore(async () => {
      throw new Error('SQLITE_BUSY: database is locked');
    });
    const result = await handleInvoke(core, APP_ORIGIN, { ...fromApp, method: 'app/state', input: {} });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('internal');
    expect(!result.ok && result.error.message).not.toMatch(/SQLITE/);
  });
});
