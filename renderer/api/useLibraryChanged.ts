import { useEffect } from 'react';
import { api } from './client.ts';

/**
 * Calls `reload` when the library changes elsewhere (another window, the command line, a
 * background import), once per burst of changes: it waits `delayMs` after the last one.
 */
export function useLibraryChanged(reload: () => unknown, delayMs = 300): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = api.onEvent((e) => {
      if (e.name !== 'library/changed') return;
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), delayMs);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [reload, delayMs]);
}
