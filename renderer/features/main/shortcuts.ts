/** Keyboard shortcuts: Alt+Shift+<letter> (Option+Shift on a Mac). Matched by physical key. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function shortcutLabel(letter: string): string {
  return isMac ? `⌥⇧${letter}` : `Alt+Shift+${letter}`;
}

export function matchShortcut(e: KeyboardEvent): 'new-evidence' | 'new-area' | null {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  if (e.code === 'KeyN') return 'new-evidence';
  if (e.code === 'KeyA') return 'new-area';
  return null;
}

/** Ctrl+Z (Cmd+Z on a Mac) pressed where the browser's own text undo does not apply. */
export function isAppUndo(e: KeyboardEvent): boolean {
  if (e.code !== 'KeyZ' || e.shiftKey || e.altKey || !(isMac ? e.metaKey : e.ctrlKey)) return false;
  const t = e.target;
  const editable =
    t instanceof HTMLElement && (t.isContentEditable || t.matches('input, textarea, select, [role="spinbutton"], [role="combobox"]'));
  return !editable;
}
