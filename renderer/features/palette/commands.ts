/**
 * The quick-find palette's commands: every action of the header (the Library menu, the
 * Import menu, the screens, the buttons), in the menus' own words, with a few other words
 * people use for each. A command matches when every typed word is the start of a word of
 * its label or of its other words ("back up", "backup" and "save a copy" all find
 * "Back up library…").
 */
import { messageOf } from '../../api/client.ts';
import { useAppStore } from '../../stores/app.ts';
import { useSearchStore } from '../../stores/search.ts';
import { say } from '../../stores/status.ts';
import { useUiStore, type DialogState } from '../../stores/ui.ts';
import { useViewStore, type ViewName } from '../../stores/view.ts';
import { pickAndImport } from '../import/pick.ts';
import { showAreas } from '../main/showAreas.ts';
import { latestUndo, undoLatest } from '../../components/Toasts.tsx';
import { isMac, shortcutLabel } from '../main/shortcuts.ts';
import { searchShortcut } from './keys.ts';

export interface Command {
  id: string;
  label: string;
  detail: string;
  kbd?: string;
  /** What typed words are matched against, when not the label (the search's label repeats what was typed). */
  matchLabel?: string;
  /** Other words for it, matched like the label's. */
  also: readonly string[];
  /** Only offered while a library is open (all but "Open the example library"). */
  needsLibrary: boolean;
  run: () => void;
}

/** The words of a text, lower case, without punctuation: "Back up library…" → back, up, library. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * How well a command answers the typed words: 0 when its label begins with them in order
 * ("back up" → "Back up library…"), 1 when every word starts a word of its label or of its
 * other words, null when it does not match. No words: null (nothing typed matches nothing).
 */
export function commandRank(typedWords: readonly string[], command: Pick<Command, 'label' | 'matchLabel' | 'also'>): 0 | 1 | null {
  if (typedWords.length === 0) return null;
  const labelWords = wordsOf(command.matchLabel ?? command.label);
  const pool = [...labelWords, ...command.also.flatMap(wordsOf)];
  if (!typedWords.every((w) => pool.some((p) => p.startsWith(w)))) return null;
  const inOrder = typedWords.every((w, i) => {
    const l = labelWords[i];
    return l !== undefined && (i === typedWords.length - 1 ? l.startsWith(w) : l === w);
  });
  return inOrder ? 0 : 1;
}

/** The commands that match, best first; ties keep the palette's own order. */
export function matchCommands<C extends Pick<Command, 'label' | 'matchLabel' | 'also'>>(typedWords: readonly string[], commands: readonly C[]): C[] {
  return commands
    .map((c, i) => ({ c, i, rank: commandRank(typedWords, c) }))
    .filter((x): x is { c: C; i: number; rank: 0 | 1 } => x.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.c);
}

export interface CommandContext {
  /** What was typed, trimmed (the search command searches for it). */
  typed: string;
  /** Closes the palette, then runs fn once focus has gone back. */
  then: (fn: () => void) => () => void;
  /** Closes the palette at once (for the file choosers, which need the key press). */
  close: () => void;
}

/** Every command, in the order shown when nothing is typed. The first is the full-text search. */
export function buildCommands({ typed, then, close }: CommandContext): Command[] {
  const dialog = (id: string, label: string, detail: string, d: DialogState, also: readonly string[], kbd?: string): Command => ({
    id,
    label,
    detail,
    also,
    needsLibrary: true,
    ...(kbd ? { kbd } : {}),
    run: then(() => useUiStore.getState().openDialog(d)),
  });
  const screen = (view: ViewName, label: string, detail: string, also: readonly string[]): Command => ({
    id: `cmd-go-${view}`,
    label: `Go to ${label}`,
    detail,
    also: ['show', 'screen', 'view', 'open', ...also],
    needsLibrary: true,
    run: then(() => (view === 'area' ? showAreas() : useViewStore.getState().show(view, { focusHeading: true }))),
  });
  const fail = (e: unknown) => say(messageOf(e));
  const undoable = latestUndo();

  return [
    {
      id: 'cmd-search',
      label: typed ? `Search the text of all evidence for “${typed}”` : 'Search the text of all evidence',
      detail: 'Full-text search in every document, page by page',
      kbd: searchShortcut,
      matchLabel: 'Search the text of all evidence',
      also: ['find', 'full-text', 'documents', 'words'],
      needsLibrary: true,
      run: then(() => {
        useViewStore.getState().show('evidence');
        useSearchStore.getState().openSearch(typed || undefined);
      }),
    },
    ...(undoable
      ? [
          {
            id: 'cmd-undo',
            label: `Undo: ${undoable}`,
            detail: 'Take back the last change that offers Undo',
            kbd: isMac ? '⌘Z' : 'Ctrl+Z',
            also: ['undo', 'take back', 'restore', 'revert'],
            needsLibrary: true,
            run: then(() => void undoLatest()),
          } satisfies Command,
        ]
      : []),
    dialog('cmd-new-evidence', 'New evidence item', 'Add an item by hand', { kind: 'new-evidence' }, ['add', 'create', 'document', 'record'], shortcutLabel('N')),
    dialog('cmd-new-area', 'New area of concern', 'Add an area from the inspection letter', { kind: 'new-area' }, ['add', 'create', 'aoc', 'weakness'], shortcutLabel('A')),
    {
      id: 'cmd-import-files',
      label: 'Import files…',
      detail: 'Documents become evidence items (or drag files onto the window)',
      also: ['add', 'documents', 'upload', 'pdf'],
      needsLibrary: true,
      // The file chooser needs the key press itself, so not after a delay.
      run: () => {
        close();
        pickAndImport();
      },
    },
    {
      id: 'cmd-import-folder',
      label: 'Import a folder…',
      detail: 'Every file in a folder and the folders inside it',
      also: ['add', 'documents', 'upload', 'directory'],
      needsLibrary: true,
      run: () => {
        close();
        pickAndImport({ directory: true });
      },
    },
    dialog('cmd-import-series', 'Import a data series from a spreadsheet…', 'A CSV or Excel table of dated figures', { kind: 'import-series' }, ['figures', 'csv', 'excel', 'chart', 'trend']),
    dialog('cmd-import-survey', 'Import survey responses…', 'A survey export: one feedback item per answer', { kind: 'import-survey' }, ['feedback', 'questionnaire', 'csv', 'excel', 'voice']),
    dialog('cmd-import-actions', 'Import actions from a tracker…', 'The action plan from a spreadsheet', { kind: 'import-actions' }, ['action plan', 'spreadsheet', 'csv', 'excel']),
    dialog('cmd-letter', 'Paste the inspection letter…', 'Areas of concern from the letter’s text', { kind: 'letter' }, ['import', 'ofsted', 'cqc', 'report', 'areas', 'findings']),
    screen('evidence', 'Evidence', 'The evidence library: areas, items and their details', ['items', 'list', 'library']),
    screen('area', 'Areas', 'An area of concern’s page: judgement, findings and actions', ['area', 'aoc', 'judgement', 'findings']),
    screen('readiness', 'Readiness', 'How ready each area is, and the gaps to close', ['gaps', 'dashboard', 'ready', 'overview', 'progress']),
    screen('voices', 'Voices', 'What parents and carers, children and young people, and practitioners say', ['voice', 'feedback', 'parents', 'carers', 'children', 'young people', 'surveys']),
    dialog('cmd-export', 'Export the evidence pack…', 'Each area’s weakness, findings, judgement and cited evidence, with an index of exhibits', { kind: 'export' }, ['pack', 'zip', 'download', 'save', 'inspectors']),
    dialog('cmd-backup', 'Back up library…', 'One file holding the whole library, to keep somewhere safe', { kind: 'backup' }, ['backup', 'save a copy', 'copy', 'archive']),
    dialog('cmd-check', 'Check library', 'Checks the records and that every attached file is present and unchanged', { kind: 'check' }, ['verify', 'integrity', 'repair', 'problems', 'health']),
    dialog('cmd-merge', 'Add evidence from a colleague’s backup…', 'Bring a workstream lead’s evidence and links into this library', { kind: 'merge' }, ['merge', 'combine', 'hand over', 'workstream', 'lead']),
    dialog('cmd-restore', 'Restore from a backup…', 'Open a library from a backup file; the one open now is closed, not changed', { kind: 'restore' }, ['backup', 'recover', 'copy']),
    dialog('cmd-details', 'Library details…', 'Name, partners, inspection dates and the revisit window', { kind: 'library-details' }, ['settings', 'name', 'partners', 'dates', 'revisit window']),
    dialog('cmd-action-statuses', 'Action statuses…', 'The RAG or BRAG words for actions', { kind: 'action-statuses' }, ['rag', 'brag', 'status', 'colours']),
    dialog('cmd-stocktakes', 'Stocktakes…', 'How many actions have each status on a date, compared with the last', { kind: 'stocktakes' }, ['stocktake', 'review', 'progress']),
    dialog('cmd-assessment-settings', 'Judgement wording and freshness…', 'The words for progress, and when evidence is ageing or stale', { kind: 'assessment-settings' }, ['settings', 'sufficient progress', 'stale', 'ageing', 'fresh']),
    dialog('cmd-review-flagged', 'Review flagged answers…', 'Survey answers that may be personal data, to mark one by one', { kind: 'review-flagged' }, ['survey', 'feedback', 'personal data']),
    {
      id: 'cmd-example',
      label: 'Open the example library',
      detail: 'A made-up local area to try things in; changes are kept in a copy',
      also: ['demo', 'sample', 'try', 'practice'],
      needsLibrary: false,
      run: then(() => void useAppStore.getState().openExample().catch(fail)),
    },
    {
      id: 'cmd-close',
      label: 'Close library',
      detail: 'Back to the start screen, to open or create another',
      also: ['exit', 'switch', 'another'],
      needsLibrary: true,
      run: then(() => void useAppStore.getState().closeLibrary().catch(fail)),
    },
  ];
}
