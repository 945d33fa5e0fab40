/**
 * pdf.js, loaded only when the viewer opens. The worker is bundled by Vite (`?url`), so
 * the CSP needs only `worker-src 'self'`. Standard font data and CMaps (for PDFs that do
 * not embed their fonts, or use CJK encodings) are bundled as assets too and handed to
 * pdf.js by a small factory on the main thread, so nothing is fetched from elsewhere.
 * WebAssembly (JPEG 2000 and colour-profile decoders) is switched off:
 * the CSP does not allow it, and pdf.js falls back to its JavaScript decoders.
 */
import { getDocument, GlobalWorkerOptions, TextLayer, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

const fontAssets = import.meta.glob<string>('../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', {
  query: '?url',
  import: 'default',
  eager: true,
});
const cmapAssets = import.meta.glob<string>('../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url',
  import: 'default',
  eager: true,
});
const byName = (assets: Record<string, string>) => new Map(Object.entries(assets).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));
const fonts = byName(fontAssets);
const cmaps = byName(cmapAssets);

function fromDataUrl(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Hands pdf.js the bundled font and CMap files it asks for, by file name. */
class BundledDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = kind === 'cMapUrl' ? cmaps.get(filename) : kind === 'standardFontDataUrl' ? fonts.get(filename) : undefined;
    if (!url) throw new Error(`The viewer does not include ${filename}.`);
    // Small assets may be inlined as data: URLs, which the CSP's connect-src does not allow fetching.
    if (url.startsWith('data:')) return fromDataUrl(url);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`Could not load ${filename} (HTTP ${res.status}).`);
    return new Uint8Array(await res.arrayBuffer());
  }
}

export function openPdf(data: Uint8Array): PDFDocumentLoadingTask {
  return getDocument({
    data,
    BinaryDataFactory: BundledDataFactory,
    useWorkerFetch: false,
    cMapUrl: 'bundled/',
    cMapPacked: true,
    standardFontDataUrl: 'bundled/',
    useWasm: false,
    enableXfa: false,
  });
}

export { TextLayer };
