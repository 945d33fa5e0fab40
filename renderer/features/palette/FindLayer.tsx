/**
 * Everything issue 3 adds around the main screen: the window drop zone, the import panel,
 * the quick-find palette, the PDF viewer and their shortcuts (Ctrl/Cmd+K, Ctrl/Cmd+Shift+F).
 */
import { useEffect } from 'react';
import { Tooltip, TooltipTrigger } from 'react-aria-components';
import { Button } from '../../components/Button.tsx';
import { useAppStore } from '../../stores/app.ts';
import { usePaletteStore } from '../../stores/palette.ts';
import { useSearchStore } from '../../stores/search.ts';
import { useUiStore } from '../../stores/ui.ts';
import { useViewStore } from '../../stores/view.ts';
import { useViewerStore } from '../../stores/viewer.ts';
import { DropImport } from '../import/DropImport.tsx';
import { ImportPanel } from '../import/ImportPanel.tsx';
import { PdfViewer } from '../viewer/PdfViewer.tsx';
import { matchIssue3Shortcut, paletteKeyshortcuts, paletteShortcut, searchKeyshortcuts, searchShortcut } from './keys.ts';
import { Palette } from './Palette.tsx';

export function openFullTextSearch(query?: string) {
  if (useViewStore.getState().view !== 'evidence') useViewStore.getState().show('evidence');
  useSearchStore.getState().openSearch(query);
}

export function FindLayer() {
  const generation = useAppStore((s) => s.generation);

  useEffect(() => {
    useSearchStore.getState().reset();
    useViewerStore.getState().reset();
    usePaletteStore.getState().closePalette();
  }, [generation]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = matchIssue3Shortcut(e);
      if (!action) return;
      // Not on top of another dialog or the viewer; the palette's own shortcut toggles it.
      if (useUiStore.getState().dialog || useViewerStore.getState().target) return;
      e.preventDefault();
      if (action === 'palette') {
        const p = usePaletteStore.getState();
        if (p.open) p.closePalette();
        else p.openPalette();
      } else if (!usePaletteStore.getState().open) openFullTextSearch();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <DropImport />
      <ImportPanel />
      <Palette />
      <PdfViewer />
    </>
  );
}

/** "Search" and "Quick find" in the header. */
export function FindButtons() {
  const openPalette = usePaletteStore((s) => s.openPalette);
  return (
    <>
      <TooltipTrigger delay={600}>
        <Button variant="secondary" onPress={() => openFullTextSearch()} aria-keyshortcuts={searchKeyshortcuts}>
          Search
        </Button>
        <Tooltip className="tooltip" placement="bottom">
          Search the text of every document ({searchShortcut})
        </Tooltip>
      </TooltipTrigger>
      <TooltipTrigger delay={600}>
        <Button variant="secondary" onPress={openPalette} aria-keyshortcuts={paletteKeyshortcuts} className="quick-find-button">
          Quick find <kbd className="kbd">{paletteShortcut}</kbd>
        </Button>
        <Tooltip className="tooltip" placement="bottom">
          Jump to an item, an area or a command ({paletteShortcut})
        </Tooltip>
      </TooltipTrigger>
    </>
  );
}
