/**
 * Drag files or folders anywhere onto the window to import them. A full-window overlay
 * says what will happen while something is dragged over; the details pane keeps its own
 * drop zone (attach to the selected item), which takes the drop when it is the target.
 */
import { useEffect, useRef, useState } from 'react';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { areaLabel, useAreasStore } from '../../stores/areas.ts';
import { useIngestStore } from '../../stores/ingest.ts';
import { usePaletteStore } from '../../stores/palette.ts';
import { useUiStore } from '../../stores/ui.ts';
import { useViewerStore } from '../../stores/viewer.ts';
import { carriesFiles } from './carriesFiles.ts';
import { filesFromDrop } from './pick.ts';

const somethingModalOpen = () =>
  !!useUiStore.getState().dialog || usePaletteStore.getState().open || !!useViewerStore.getState().target;

export function DropImport() {
  const [over, setOver] = useState(false);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const scope = useEvidenceStore((s) => s.scope);
  const areas = useAreasStore((s) => s.areas);
  const busy = useIngestStore((s) => s.phase === 'uploading' || s.phase === 'running');
  const area = scope.type === 'area' ? areas.find((a) => a.id === scope.areaId) : undefined;

  useEffect(() => {
    const hideSoon = () => {
      clearTimeout(hideTimer.current);
      hideTimer.current = setTimeout(() => setOver(false), 120);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e) || somethingModalOpen()) return;
      // The details pane's own drop zone has taken it: attach there instead.
      if (e.defaultPrevented) {
        setOver(false);
        return;
      }
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      clearTimeout(hideTimer.current);
      setOver(true);
    };
    const onLeave = () => hideSoon();
    const onDrop = (e: DragEvent) => {
      clearTimeout(hideTimer.current);
      setOver(false);
      if (!carriesFiles(e) || e.defaultPrevented || somethingModalOpen() || !e.dataTransfer) return;
      e.preventDefault();
      const found = filesFromDrop(e.dataTransfer);
      void found.then((files) => useIngestStore.getState().importFiles(files));
    };
    window.addEventListener('dragenter', onOver);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      clearTimeout(hideTimer.current);
      window.removeEventListener('dragenter', onOver);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!over) return null;
  return (
    <div className="window-drop" aria-hidden="true">
      <div className="window-drop-box">
        <p className="window-drop-title">Drop to import into the library</p>
        <p>Each file becomes an evidence item. Folders are read with everything inside them.</p>
        {area ? <p>Every item will be linked to {areaLabel(area)}.</p> : null}
        {busy ? <p>An import is running now: wait until it has finished, then drop these files again.</p> : null}
        <p className="quiet">To attach files to the selected item instead, drop them on its details pane.</p>
      </div>
    </div>
  );
}
