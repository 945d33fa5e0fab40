/**
 * How the quick-find palette searches `search/quickFind` data with fuse.js, so every
 * palette behaves the same. Measured over 10,000 titles (bench/results.md): fuzzy
 * matching on every keystroke is too slow for one frame, so each typed word is first
 * matched as a substring (fuse.js extended search, `'word`), and only when that finds
 * nothing is the fuzzy query run (typos).
 */
export const quickFindFuseOptions: { keys: { name: string; weight: number }[]; threshold: number; ignoreLocation: boolean; useExtendedSearch: boolean } = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'areaCodes', weight: 2 },
  ],
  threshold: 0.3,
  ignoreLocation: true,
  useExtendedSearch: true,
};

/** "ehc pla" → "'ehc 'pla": every word must appear somewhere in the title or area codes. */
export function substringQuery(typed: string): string {
  return typed
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `'${w.replace(/^['=!^]+/, '')}`)
    .join(' ');
}
