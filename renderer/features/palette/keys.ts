/** Ctrl+K (⌘K on a Mac) opens quick find; Ctrl+Shift+F (⌘⇧F) opens full-text search. */
import { isMac } from '../main/shortcuts.ts';

export const paletteShortcut = isMac ? '⌘K' : 'Ctrl+K';
export const searchShortcut = isMac ? '⌘⇧F' : 'Ctrl+Shift+F';
export const paletteKeyshortcuts = isMac ? 'Meta+K' : 'Control+K';
export const searchKeyshortcuts = isMac ? 'Meta+Shift+F' : 'Control+Shift+F';

export function matchIssue3Shortcut(e: KeyboardEvent): 'palette' | 'search' | null {
  const mod = isMac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  if (!mod || e.altKey) return null;
  if (e.code === 'KeyK' && !e.shiftKey) return 'palette';
  if (e.code === 'KeyF' && e.shiftKey) return 'search';
  return null;
}
