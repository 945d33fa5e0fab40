import { extname } from 'node:path';

export type FileFormat = 'pdf' | 'word' | 'spreadsheet' | 'text' | 'email' | 'image' | 'other';

/** What the file's name says it is. */
export function declaredFormat(name: string): FileFormat {
  switch (extname(name).toLowerCase()) {
    case '.pdf':
      return 'pdf';
    case '.docx':
      return 'word';
    case '.xlsx':
      return 'spreadsheet';
    case '.txt':
    case '.md':
    case '.csv':
      return 'text';
    case '.eml':
      return 'email';
    case '.png':
    case '.jpg':
    case '.jpeg':
    case '.gif':
    case '.webp':
    case '.bmp':
    case '.tif':
    case '.tiff':
    case '.heic':
      return 'image';
    default:
      return 'other';
  }
}

/** What the first bytes say the file is. */
export type Sniffed = 'pdf' | 'zip' | 'ole' | 'png' | 'jpeg' | 'gif' | 'text' | 'binary';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

export function sniff(head: Uint8Array): Sniffed {
  // A PDF's header may follow a little junk, which readers accept (the spec allows 1024 bytes).
  const ascii = Buffer.from(head.subarray(0, 1024)).toString('latin1');
  if (ascii.includes('%PDF-')) return 'pdf';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return 'text'; // UTF-16 with its byte-order mark
  return head.subarray(0, 8192).includes(0) ? 'binary' : 'text';
}

/** How a file of each real type is described, and the extension it should have. */
export const realType: Record<'pdf' | 'word' | 'spreadsheet' | 'image' | 'ole', { words: string; ext: string }> = {
  pdf: { words: 'a PDF', ext: '.pdf' },
  word: { words: 'a Word document', ext: '.docx' },
  spreadsheet: { words: 'an Excel spreadsheet', ext: '.xlsx' },
  image: { words: 'an image', ext: '.png or .jpg' },
  ole: { words: 'an older Office document (Word 97–2003 or similar)', ext: '.doc or .xls' },
};

export const describeFormat: Record<'pdf' | 'word' | 'spreadsheet' | 'text' | 'email', string> = {
  pdf: 'PDF',
  word: 'Word document',
  spreadsheet: 'spreadsheet',
  text: 'text file',
  email: 'email',
};

export const mediaTypes: Record<FileFormat, string | null> = {
  pdf: 'application/pdf',
  word: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  spreadsheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  text: null,
  email: 'message/rfc822',
  image: null,
  other: null,
};
