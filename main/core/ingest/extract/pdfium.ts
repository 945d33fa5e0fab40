// PDFium (Chrome's PDF engine, built to WebAssembly) reached through its C functions. Only
// what reading text needs: open a document from memory, its metadata, each page's text and,
// on the first page, each character's font size (to find the heading).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFiumModule } from '@hyzyla/pdfium';

/** The C functions used here, called straight on the WebAssembly exports. */
interface Exports {
  malloc(size: number): number;
  free(ptr: number): void;
  FPDF_InitLibrary(): void;
  FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  FPDF_GetLastError(): number;
  FPDF_CloseDocument(doc: number): void;
  FPDF_GetPageCount(doc: number): number;
  FPDF_GetMetaText(doc: number, tag: number, buffer: number, length: number): number;
  FPDF_LoadPage(doc: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(textPage: number): void;
  FPDFText_CountChars(textPage: number): number;
  FPDFText_GetText(textPage: number, start: number, count: number, buffer: number): number;
  FPDFText_GetFontSize(textPage: number, index: number): number;
}

interface Module {
  wasmExports: Exports;
  HEAPU8: Uint8Array;
}

/** FPDF_GetLastError's codes. */
export const PdfiumError = { format: 3, password: 4, security: 5 } as const;

export class PdfiumOpenError extends Error {
  override readonly name = 'PdfiumOpenError';
  readonly code: number;
  constructor(code: number) {
    super(`PDFium could not open the document (error ${code}).`);
    this.code = code;
  }
}

let loaded: Promise<Module> | null = null;

/**
 * Drops this thread's module, so the next document gets a fresh one. WebAssembly memory only
 * ever grows: after a very large document this lets the memory it took be freed, and after
 * PDFium aborts (a RuntimeError) it must not be used again.
 */
export function resetPdfium(): void {
  loaded = null;
}

/** The module, loaded once per thread from the package's own .wasm file. */
function pdfium(): Promise<Module> {
  loaded ??= (async () => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('@hyzyla/pdfium/pdfium.wasm'));
    const module = (await PDFiumModule({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength), locateFile: () => '' })) as unknown as Module;
    module.wasmExports.FPDF_InitLibrary();
    return module;
  })();
  return loaded;
}

const utf16 = new TextDecoder('utf-16le');

/** An open document. Call close() when done: its bytes live in WebAssembly memory until then. */
export class PdfiumDocument {
  private readonly m: Module;
  private readonly x: Exports;
  private readonly doc: number;
  private readonly data: number;

  private constructor(m: Module, doc: number, data: number) {
    this.m = m;
    this.x = m.wasmExports;
    this.doc = doc;
    this.data = data;
  }

  static async open(bytes: Uint8Array): Promise<PdfiumDocument> {
    const m = await pdfium();
    const x = m.wasmExports;
    const data = x.malloc(Math.max(1, bytes.length));
    if (!data) throw new RangeError('Not enough memory to open the PDF.');
    m.HEAPU8.set(bytes, data);
    const doc = x.FPDF_LoadMemDocument(data, bytes.length, 0);
    if (!doc) {
      const code = x.FPDF_GetLastError();
      x.free(data);
      throw new PdfiumOpenError(code);
    }
    return new PdfiumDocument(m, doc, data);
  }

  get pageCount(): number {
    return this.x.FPDF_GetPageCount(this.doc);
  }

  /** A string from the document information dictionary ("Title", "Author", "CreationDate"), or null. */
  meta(tag: string): string | null {
    const tagBytes = new TextEncoder().encode(`${tag}\0`);
    return this.scratch(tagBytes.length, (tagPtr) => {
      this.m.HEAPU8.set(tagBytes, tagPtr);
      const size = this.x.FPDF_GetMetaText(this.doc, tagPtr, 0, 0);
      if (size <= 2) return null;
      return this.scratch(size, (buf) => {
        this.x.FPDF_GetMetaText(this.doc, tagPtr, buf, size);
        return this.utf16At(buf, size / 2 - 1).trim() || null;
      });
    });
  }

  /** Runs `use` with `size` bytes of WebAssembly memory, freed afterwards. */
  private scratch<T>(size: number, use: (ptr: number) => T): T {
    const ptr = this.x.malloc(size);
    if (!ptr) throw new RangeError('Not enough memory to read the PDF.');
    try {
      return use(ptr);
    } finally {
      this.x.free(ptr);
    }
  }

  /** `units` UTF-16 code units at `ptr`, as a string. */
  private utf16At(ptr: number, units: number): string {
    return units > 0 ? utf16.decode(this.m.HEAPU8.subarray(ptr, ptr + units * 2)) : '';
  }

  /**
   * The text of one page (0-based), lines ending in "\r\n" as PDFium lays them out; with
   * `sizes`, each character's font size too (in points; 0 for characters PDFium generated).
   */
  pageText(index: number, sizes = false): { text: string; sizes: Float64Array | null } {
    const x = this.x;
    const page = x.FPDF_LoadPage(this.doc, index);
    if (!page) throw new Error(`Page ${index + 1} could not be read.`);
    try {
      const textPage = x.FPDFText_LoadPage(page);
      if (!textPage) throw new Error(`The text of page ${index + 1} could not be read.`);
      try {
        const count = x.FPDFText_CountChars(textPage);
        if (count <= 0) return { text: '', sizes: null };
        // GetText writes `count` characters and a terminating NUL, and returns how many it wrote.
        const text = this.scratch((count + 1) * 2, (buf) => this.utf16At(buf, x.FPDFText_GetText(textPage, 0, count, buf) - 1));
        let fontSizes: Float64Array | null = null;
        if (sizes) {
          fontSizes = new Float64Array(count);
          for (let i = 0; i < count; i++) fontSizes[i] = x.FPDFText_GetFontSize(textPage, i);
        }
        return { text, sizes: fontSizes };
      } finally {
        x.FPDFText_ClosePage(textPage);
      }
    } finally {
      x.FPDF_ClosePage(page);
    }
  }

  close(): void {
    this.x.FPDF_CloseDocument(this.doc);
    this.x.free(this.data);
  }
}
