import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuOptions } from '../../../main/electron/menu-template.ts';

function build(options: Partial<MenuOptions> = {}) {
  const handlers = { send: vi.fn(), backup: vi.fn(), restore: vi.fn() };
  const template = menuTemplate({ isMac: false, isDev: false, appName: 'Revisit Ready', ...options }, handlers);
  return { template, handlers };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label === label || (label === 'Help' && m.role === 'help'));
  expect(menu, `menu ${label}`).toBeDefined();
  const items = menu?.submenu;
  expect(Array.isArray(items)).toBe(true);
  return items as MenuItemConstructorOptions[];
}

function click(item: MenuItemConstructorOptions | undefined): void {
  expect(item?.click).toBeTypeOf('function');
  (item?.click as unknown as () => void)();
}

const labels = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label ?? i.role);

describe('menuTemplate', () => {
  it('has File, Edit, View and Help in that order (Windows and Linux)', () => {
    const { template } = build();
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'help']);
  });

  it('lists the File items in order, ending with Quit', () => {
    const file = submenu(build().template, 'File');
    expect(labels(file)).toEqual([
      'New evidence item',
      'New area of concern',
      'Open the example library',
      'Back up library…',
      'Restore from backup…',
      'Check library',
      'Close library',
      'Quit',
    ]);
    expect(file.at(-1)?.role).toBe('quit');
  });

  it.each([
    ['New evidence item', 'new-evidence'],
    ['New area of concern', 'new-area'],
    ['Open the example library', 'open-example'],
    ['Check library', 'check'],
    ['Close library', 'close-library'],
  ] as const)('"%s" sends %s to the renderer and nothing else', (label, action) => {
    const { template, handlers } = build();
    click(submenu(template, 'File').find((i) => i.label === label));
    expect(handlers.send).toHaveBeenCalledTimes(1);
    expect(handlers.send).toHaveBeenCalledWith(action);
    expect(handlers.backup).not.toHaveBeenCalled();
    expect(handlers.restore).not.toHaveBeenCalled();
  });

  it('Back up and Restore run in the main process, not in the renderer', () => {
    const { template, handlers } = build();
    const file = submenu(template, 'File');
    click(file.find((i) => i.id === 'backup'));
    expect(handlers.backup).toHaveBeenCalledTimes(1);
    click(file.find((i) => i.id === 'restore'));
    expect(handlers.restore).toHaveBeenCalledTimes(1);
    expect(handlers.send).not.toHaveBeenCalled();
  });

  it('gives New evidence item a keyboard shortcut', () => {
    const item = submenu(build().template, 'File').find((i) => i.id === 'new-evidence');
    expect(item?.accelerator).toBe('CmdOrCtrl+N');
  });

  it('Help > About sends about', () => {
    const { template, handlers } = build();
    const help = submenu(template, 'Help');
    expect(help).toHaveLength(1);
    expect(help[0]?.label).toBe('About Revisit Ready');
    click(help[0]);
    expect(handlers.send).toHaveBeenCalledWith('about');
  });

  it('Edit holds the standard editing roles', () => {
    const roles = submenu(build().template, 'Edit').map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('View has zoom and full screen, and Reload only in development', () => {
    const production = submenu(build({ isDev: false }).template, 'View').map((i) => i.role);
    expect(production).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    expect(production).not.toContain('reload');
    expect(production).not.toContain('forceReload');
    expect(production).not.toContain('toggleDevTools');

    const development = submenu(build({ isDev: true }).template, 'View').map((i) => i.role);
    expect(development).toContain('reload');
    expect(development).toContain('toggleDevTools');
  });

  it('on macOS puts the application menu first and Quit there, not in File', () => {
    const { template } = build({ isMac: true });
    expect(template[0]?.role).toBe('appMenu');
    expect(template[0]?.label).toBe('Revisit Ready');
    const file = submenu(template, 'File');
    expect(file.some((i) => i.role === 'quit')).toBe(false);
    expect(file.at(-1)?.type).not.toBe('separator');
  });

  it('gives every app action a unique id', () => {
    const ids = build().template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : [])).map((i) => i.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
