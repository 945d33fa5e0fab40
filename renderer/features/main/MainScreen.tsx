/**
 * The library window: header, three panes (areas | evidence list | details), status bar.
 * Reloads when a library is opened, listens for changes made elsewhere, native menu
 * actions (Electron) and the keyboard shortcuts.
 */
import { useEffect, type CSSProperties } from 'react';
import { Splitter } from '../../components/Splitter.tsx';
import { api, messageOf } from '../../api/client.ts';
import { useAppStore } from '../../stores/app.ts';
import { useAreasStore } from '../../stores/areas.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { say } from '../../stores/status.ts';
import { useUiStore } from '../../stores/ui.ts';
import { resetPlanningStores } from '../../stores/planning.ts';
import { useViewStore } from '../../stores/view.ts';
import { AreaPage } from '../assessment/AreaPage.tsx';
import { ReadinessScreen } from '../readiness/ReadinessScreen.tsx';
import { VoiceSummaryScreen } from '../feedback/VoiceSummaryScreen.tsx';
import { AreasPane } from '../areas/AreasPane.tsx';
import { DetailsPane } from '../evidence/DetailsPane.tsx';
import { EvidenceListPane } from '../evidence/EvidenceListPane.tsx';
import { Dialogs } from './Dialogs.tsx';
import { FindLayer } from '../palette/FindLayer.tsx';
import { SearchPane } from '../search/SearchPane.tsx';
import { useSearchStore } from '../../stores/search.ts';
import { Header } from './Header.tsx';
import { isAppUndo, matchShortcut } from './shortcuts.ts';
import { undoLatest } from '../../components/Toasts.tsx';
import { StatusBar } from './StatusBar.tsx';
import { fitPanes, useWindowWidth } from './fitPanes.ts';

export function MainScreen() {
  const generation = useAppStore((s) => s.generation);
  const chosenWidths = useUiStore((s) => s.paneWidths);
  const paneWidths = fitPanes(chosenWidths, useWindowWidth());
  const setPaneWidth = useUiStore((s) => s.setPaneWidth);
  const view = useViewStore((s) => s.view);
  const searchOpen = useSearchStore((s) => s.open);

  useEffect(() => {
    useUiStore.getState().closeDialog();
    useEvidenceStore.getState().reset();
    useAreasStore.getState().reset();
    resetPlanningStores();
    void useAreasStore.getState().load();
    void useEvidenceStore.getState().refresh();
  }, [generation]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const offEvent = api.onEvent((event) => {
      if (event.name !== 'library/changed') return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        void useAreasStore.getState().load();
        void useEvidenceStore.getState().refresh();
        void useEvidenceStore.getState().reloadSelected();
      }, 250);
    });
    const offMenu = api.onMenu((m) => {
      const ui = useUiStore.getState();
      const app = useAppStore.getState();
      switch (m.action) {
        case 'new-evidence':
          ui.openDialog({ kind: 'new-evidence' });
          break;
        case 'new-area':
          ui.openDialog({ kind: 'new-area' });
          break;
        case 'check':
          ui.openDialog({ kind: 'check' });
          break;
        case 'backup':
          if (m.result && typeof m.result === 'object' && 'path' in m.result) say(`Backed up the library to ${String(m.result.path)}.`);
          else ui.openDialog({ kind: 'backup' });
          break;
        case 'restore':
          if (m.result) void app.load();
          else ui.openDialog({ kind: 'restore' });
          break;
        case 'open-example':
          app.openExample().catch((e: unknown) => say(messageOf(e)));
          break;
        case 'close-library':
          app.closeLibrary().catch((e: unknown) => say(messageOf(e)));
          break;
      }
    });
    const onKey = (e: KeyboardEvent) => {
      if (isAppUndo(e) && !useUiStore.getState().dialog) {
        e.preventDefault();
        if (!undoLatest()) say('There is nothing to undo just now.');
        return;
      }
      const action = matchShortcut(e);
      if (!action || useUiStore.getState().dialog) return;
      e.preventDefault();
      useUiStore.getState().openDialog({ kind: action });
    };
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      offEvent();
      offMenu();
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  return (
    <div className="app">
      <Header />
      {view === 'readiness' ? (
        <main className="planning-wrap" id="main">
          <ReadinessScreen />
        </main>
      ) : view === 'voices' ? (
        <main className="planning-wrap" id="main">
          <VoiceSummaryScreen />
        </main>
      ) : view === 'area' ? (
        <main className="planning-wrap" id="main">
          <AreaPage />
        </main>
      ) : (
      <main
        className="panes"
        id="main"
        style={{ '--left-width': `${paneWidths.left}px`, '--right-width': `${paneWidths.right}px` } as CSSProperties}
      >
        <AreasPane />
        {searchOpen ? <SearchPane /> : <EvidenceListPane />}
        <DetailsPane />
        <Splitter
          label="Resize the areas pane"
          side="left"
          value={paneWidths.left}
          min={180}
          max={480}
          position={`${paneWidths.left}px`}
          onChange={(w) => setPaneWidth('left', w)}
        />
        <Splitter
          label="Resize the details pane"
          side="right"
          value={paneWidths.right}
          min={300}
          max={720}
          position={`calc(100% - ${paneWidths.right}px)`}
          onChange={(w) => setPaneWidth('right', w)}
        />
      </main>
      )}
      <StatusBar />
      <Dialogs />
      <FindLayer />
    </div>
  );
}
