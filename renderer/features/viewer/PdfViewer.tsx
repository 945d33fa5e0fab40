/**
 * The in-app PDF viewer: one page at a time, drawn on a canvas with pdf.js's text layer
 * over it (so the text can be selected, read by a screen reader and highlighted). Opens
 * at the page a search matched, with the words marked; steps through pages and through
 * the item's other matches (search/inItem). Words selected on the page can be saved as an
 * excerpt of the item, with their page. Modal: Escape closes it.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import type { ItemMatch, SearchTerm } from '../../../shared/schemas/search.ts';
import { plural } from '../../../shared/format.ts';
import { api, messageOf } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { useViewerStore, type ViewerTarget } from '../../stores/viewer.ts';
import { ExcerptFromSelection } from './ExcerptFromSelection.tsx';
import { highlightTextLayer } from './highlight.ts';

export function PdfViewer() {
  const target = useViewerStore((s) => s.target);
  const close = useViewerStore((s) => s.closeViewer);
  if (!target) return null;
  return (
    <ModalOverlay className="modal-overlay viewer-overlay" isOpen isDismissable onOpenChange={(o) => !o && close()}>
      <Modal className="modal viewer-modal">
        <Dialog className="dialog viewer" aria-labelledby="viewer-title" aria-describedby="viewer-item">
          <ViewerBody key={`${target.fileId}|${target.query}|${target.page}`} target={target} onClose={close} />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** One sentence for anything that stops a PDF being shown. */
function whyNot(e: unknown): string {
  const name = e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
  if (name === 'PasswordException')
    return 'This PDF is password-protected, so it cannot be shown here. Use “Open in a new tab” or open it in another PDF reader.';
  if (name === 'InvalidPDFException')
    return 'This file is damaged or is not really a PDF, so it cannot be shown here. Try “Open in a new tab”, or import it again from the original.';
  if (e instanceof Error && e.name === 'ApiError') return messageOf(e);
  return 'This PDF could not be shown here. Try “Open in a new tab”; if that fails too, the file may be damaged.';
}

const SCALES = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

function ViewerBody({ target, onClose }: { target: ViewerTarget; onClose: () => void }) {
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState(target.page);
  const [pageInput, setPageInput] = useState(String(target.page));
  const [scaleIndex, setScaleIndex] = useState(3);
  const [matches, setMatches] = useState<ItemMatch[]>([]);
  const [terms, setTerms] = useState<SearchTerm[]>([]);
  const [onPage, setOnPage] = useState<number | null>(null);
  const [rendering, setRendering] = useState(true);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const url = api.fileUrl(target.fileId);
  const scale = SCALES[scaleIndex] ?? 1.25;

  // Load the file.
  useEffect(() => {
    let live = true;
    let destroy: (() => void) | null = null;
    (async () => {
      if (!url) throw new Error('no-url');
      const res = await fetch(url);
      if (!res.ok) throw new Error(`http-${res.status}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const { openPdf } = await import('./pdf.ts');
      const task = openPdf(bytes);
      destroy = () => void task.destroy();
      const loaded = await task.promise;
      if (!live) return;
      setDoc(loaded);
      setPage((p) => Math.min(Math.max(1, p), loaded.numPages));
    })().catch((e: unknown) => {
      if (!live) return;
      if (e instanceof Error && e.message === 'no-url') setError('This window cannot open stored files. Use the app in a browser through `revisit serve` to see PDFs here.');
      else if (e instanceof Error && e.message.startsWith('http-'))
        setError(`The file could not be read from the library (${e.message.replace('http-', 'HTTP ')}). It may have been removed; run “Check library” from the Library menu.`);
      else setError(whyNot(e));
      setRendering(false);
    });
    return () => {
      live = false;
      destroy?.();
    };
  }, [url]);

  // The item's matches in this file, for next/previous match.
  useEffect(() => {
    if (!target.query.trim()) return;
    let live = true;
    api
      .call('search/inItem', { id: target.itemId, query: target.query })
      .then((r) => {
        if (!live) return;
        setTerms(r.terms);
        const seen = new Set<number>();
        setMatches(
          r.matches.filter((m) => {
            if (m.fileId !== target.fileId || m.page === null || seen.has(m.page)) return false;
            seen.add(m.page);
            return true;
          }),
        );
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [target.itemId, target.fileId, target.query]);

  // Draw the page and its text layer, then mark the words.
  useEffect(() => {
    if (!doc) return;
    let live = true;
    let renderTask: RenderTask | null = null;
    let textLayer: { cancel(): void } | null = null;
    setRendering(true);
    (async () => {
      const { TextLayer } = await import('./pdf.ts');
      const p = await doc.getPage(page);
      if (!live) return;
      const viewport = p.getViewport({ scale });
      const canvas = canvasRef.current;
      const text = textRef.current;
      if (!canvas || !text) return;
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      renderTask = p.render({ canvas, viewport, ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}) });
      text.replaceChildren();
      const layer = new TextLayer({ textContentSource: p.streamTextContent(), container: text, viewport });
      textLayer = layer;
      await Promise.all([renderTask.promise, layer.render()]);
      if (!live) return;
      const n = terms.length > 0 ? highlightTextLayer(layer.textDivs, terms) : 0;
      setOnPage(terms.length > 0 ? n : null);
      setRendering(false);
      const first = text.querySelector('mark');
      if (first instanceof HTMLElement && scrollRef.current) {
        const box = scrollRef.current;
        const top = first.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
        box.scrollTop = Math.max(0, top - box.clientHeight / 3);
      } else if (scrollRef.current) scrollRef.current.scrollTop = 0;
    })().catch((e: unknown) => {
      if (!live) return;
      const name = e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
      if (name === 'RenderingCancelledException' || name === 'AbortException') return;
      setError(`Page ${page} of this PDF could not be shown. ${whyNot(e)}`);
      setRendering(false);
    });
    return () => {
      live = false;
      renderTask?.cancel();
      textLayer?.cancel();
    };
  }, [doc, page, scale, terms]);

  useEffect(() => setPageInput(String(page)), [page]);

  const numPages = doc?.numPages ?? null;
  const matchIndex = useMemo(() => matches.findIndex((m) => m.page === page), [matches, page]);
  const nextMatch = matches.find((m) => (m.page ?? 0) > page);
  const prevMatch = [...matches].reverse().find((m) => (m.page ?? 0) < page);
  const go = (n: number) => {
    if (numPages === null) return;
    setPage(Math.min(Math.max(1, n), numPages));
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'F3') {
      e.preventDefault();
      const m = e.shiftKey ? prevMatch : nextMatch;
      if (m?.page) go(m.page);
    }
  };

  const status = error
    ? ''
    : !doc
      ? 'Opening the PDF…'
      : `Page ${page} of ${numPages}${
          target.query.trim() && onPage !== null
            ? onPage > 0
              ? ` · ${plural(onPage, 'match', 'matches')} highlighted on this page`
              : ' · no highlighted matches on this page'
            : ''
        }`;

  return (
    <div className="viewer-body" onKeyDown={onKeyDown}>
      <div className="viewer-header">
        <div className="viewer-titles">
          <Heading slot="title" className="dialog-title viewer-title" id="viewer-title">
            {target.fileName}
          </Heading>
          <p className="quiet viewer-item" id="viewer-item">
            From “{target.itemTitle}”{target.query.trim() ? ` · searching for ${target.query.trim()}` : ''}
          </p>
        </div>
        <div className="viewer-header-actions">
          {url ? (
            <a className="btn btn-quiet btn-small" href={url} target="_blank" rel="noopener noreferrer">
              Open in a new tab
            </a>
          ) : null}
          <Button variant="secondary" size="small" onPress={onClose}>
            Close viewer
          </Button>
        </div>
      </div>

      <div className="viewer-toolbar" role="toolbar" aria-label="Pages and matches">
        <div className="viewer-group">
          <Button variant="secondary" size="small" onPress={() => go(page - 1)} isDisabled={!doc || page <= 1}>
            Previous page
          </Button>
          <label className="viewer-page-label">
            Page{' '}
            <input
              className="input viewer-page-input"
              inputMode="numeric"
              aria-label={`Page number, 1 to ${numPages ?? 1}`}
              value={pageInput}
              disabled={!doc}
              onChange={(e) => setPageInput(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  const n = Number.parseInt(pageInput, 10);
                  if (Number.isFinite(n)) go(n);
                  else setPageInput(String(page));
                }
              }}
              onBlur={() => {
                const n = Number.parseInt(pageInput, 10);
                if (Number.isFinite(n) && n !== page) go(n);
                else setPageInput(String(page));
              }}
            />{' '}
            of {numPages ?? '…'}
          </label>
          <Button variant="secondary" size="small" onPress={() => go(page + 1)} isDisabled={!doc || numPages === null || page >= numPages}>
            Next page
          </Button>
        </div>
        {target.query.trim() ? (
          <div className="viewer-group">
            <Button variant="secondary" size="small" onPress={() => prevMatch?.page && go(prevMatch.page)} isDisabled={!doc || !prevMatch} aria-keyshortcuts="Shift+F3">
              Previous match
            </Button>
            <span className="viewer-match-count">
              {matches.length === 0
                ? 'No other matches'
                : matchIndex >= 0
                  ? `Matching page ${matchIndex + 1} of ${matches.length}`
                  : plural(matches.length, 'matching page')}
            </span>
            <Button variant="secondary" size="small" onPress={() => nextMatch?.page && go(nextMatch.page)} isDisabled={!doc || !nextMatch} aria-keyshortcuts="F3">
              Next match
            </Button>
          </div>
        ) : null}
        <div className="viewer-group">
          <Button variant="quiet" size="small" onPress={() => setScaleIndex((i) => Math.max(0, i - 1))} isDisabled={scaleIndex === 0} aria-label="Zoom out">
            <span aria-hidden="true">−</span>
          </Button>
          <span className="viewer-zoom">{Math.round(scale * 100)}%</span>
          <Button variant="quiet" size="small" onPress={() => setScaleIndex((i) => Math.min(SCALES.length - 1, i + 1))} isDisabled={scaleIndex === SCALES.length - 1} aria-label="Zoom in">
            <span aria-hidden="true">+</span>
          </Button>
        </div>
      </div>

      <p className="viewer-status" aria-live="polite">
        {status}
      </p>

      {error ? null : <ExcerptFromSelection itemId={target.itemId} page={page} textLayer={textRef} isDisabled={!doc} />}

      {error ? (
        <div className="notice notice-error viewer-error" role="alert">
          <p className="notice-title">The PDF cannot be shown</p>
          <p>{error}</p>
        </div>
      ) : (
        <div className="viewer-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={`Page ${page}${numPages ? ` of ${numPages}` : ''}`} aria-busy={rendering}>
          <div
            className="viewer-page"
            style={{ '--scale-factor': scale, '--user-unit': 1, '--total-scale-factor': scale, '--scale-round-x': '1px', '--scale-round-y': '1px' } as CSSProperties}
          >
            <canvas ref={canvasRef} className="viewer-canvas" aria-hidden="true" />
            <div ref={textRef} className="textLayer viewer-text" />
          </div>
        </div>
      )}
    </div>
  );
}
