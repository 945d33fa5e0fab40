import { useRef, useState, type DragEvent } from 'react';
import { carriesFiles } from '../import/carriesFiles.ts';

/**
 * Files dragged from the computer onto an element. Plain drag events rather than a drop
 * zone component: a drop zone also puts a hidden button in the Tab order for keyboard drags
 * between places in the app, and nothing in the app is dragged, so that button did nothing.
 * The drop is marked as taken (default prevented) so the window's own drop (import) stays out.
 */
export function useFileDrop(onFiles: (files: File[]) => void) {
  const [isDropTarget, setDropTarget] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them to know when the pointer left.
  const depth = useRef(0);
  const over = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  return {
    isDropTarget,
    dropProps: {
      onDragEnter: (e: DragEvent) => {
        if (!carriesFiles(e)) return;
        over(e);
        depth.current += 1;
        setDropTarget(true);
      },
      onDragOver: over,
      onDragLeave: (e: DragEvent) => {
        if (!carriesFiles(e)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDropTarget(false);
      },
      onDrop: (e: DragEvent) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        depth.current = 0;
        setDropTarget(false);
        const files = [...e.dataTransfer.files];
        if (files.length > 0) onFiles(files);
      },
    },
  };
}
