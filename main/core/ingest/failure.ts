/**
 * A file that cannot be imported, with the one sentence a council officer reads in the
 * results list. Plain data, so it crosses the worker boundary unchanged.
 */
export class ImportFailure extends Error {
  override readonly name = 'ImportFailure';
}

const mb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024 ** 2)).toLocaleString('en-GB')} MB`;

export const failures = {
  empty: () => 'The file is empty (0 bytes), so there was nothing to import.',
  missing: (path: string) => `There is no file or folder at ${path}. Check the name and try again.`,
  unreadable: () => 'The file could not be opened (it may be in use, or you may not have permission to read it). It was not imported.',
  tooLarge: (size: number, limit: number) =>
    `This file is ${mb(size)}, larger than the ${mb(limit)} a library accepts, so it was not imported. Split it into smaller files and import those.`,
  encryptedPdf: () => 'This PDF is password-protected, so its text could not be read. It was not imported. Remove the password and import it again.',
  damaged: (what: string) =>
    `This ${what} is damaged or incomplete, so its text could not be read. It was not imported. Open it, save a fresh copy and import that.`,
  protectedOffice: (what: string, ext: string) =>
    `This ${what} is password-protected, or saved in an old format, so its text could not be read. It was not imported. Remove the password or save it as ${ext}, then import it again.`,
  zipBomb: (what: string, limit: number) =>
    `This ${what} would expand to more than ${mb(limit)} when opened, far more than a real document holds, so it was not opened in case it is harmful. It was not imported.`,
  mislabelled: (name: string, really: string, ext: string) =>
    `This file is named "${name}" but is really ${really}, so it was not imported. Rename it to end in ${ext} and import it again.`,
  timeout: (seconds: number) =>
    `Reading this file took longer than ${seconds} seconds, so it was stopped. It was not imported. The file may be damaged: open it, save a fresh copy and import that.`,
  outOfMemory: () =>
    'Reading this file needed more memory than Revisit Ready allows, so it was stopped. It was not imported. Try splitting it into smaller files.',
  crashed: () => 'Something went wrong while reading this file, so it was not imported. Try again; if it happens again, save a fresh copy of the file and import that.',
  cancelled: () => 'The import was cancelled before this file was imported.',
  libraryClosed: () => 'The library was closed before this file was imported.',
  notAvailable: (kind: string) =>
    `Importing files as ${kind} is not available yet in this version. Import them as documents for now, or wait for the release that adds it.`,
};

export const notes = {
  image: () => 'This is an image, so no text could be read from it. Give it a title and description so it can be found.',
  otherType: (ext: string) =>
    `Revisit Ready cannot read text from ${ext ? `${ext} files` : 'files of this type'}, so only its title and details can be searched.`,
  tooLargeForText: (size: number) => `This file is ${mb(size)}, too large for its text to be read, so only its title and details can be searched.`,
  noTextInPdf: () => 'No text was found in this PDF (it may be a scan), so only its title and details can be searched.',
  textCut: (kept: string) => `This file holds a great deal of text; only ${kept} can be searched.`,
  somePagesUnreadable: (count: number) => `${count === 1 ? 'One page' : `${count} pages`} could not be read, so ${count === 1 ? 'its' : 'their'} words cannot be searched.`,
};
