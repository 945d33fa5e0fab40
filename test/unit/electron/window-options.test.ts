import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../main/electron/window-options.ts';

describe('windowOptions', () => {
  const options = windowOptions({ preloadPath: '/app/dist/electron/preload.cjs' });
  const prefs = options.webPreferences ?? {};

  it('sets the security flags of the baseline exactly', () => {
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('loads only the given preload', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('turns developer tools off unless asked', () => {
    expect(prefs.devTools).toBe(false);
    expect(windowOptions({ preloadPath: '/p', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('stays hidden until ready to show, with a title and background', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Revisit Ready');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('has a sensible size no smaller than its minimum', () => {
    const { width = 0, height = 0, minWidth = 0, minHeight = 0 } = options;
    expect(minWidth).toBeGreaterThanOrEqual(800);
    expect(minHeight).toBeGreaterThanOrEqual(500);
    expect(width).toBeGreaterThanOrEqual(minWidth);
    expect(height).toBeGreaterThanOrEqual(minHeight);
  });
});
