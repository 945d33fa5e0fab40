/** File names safe on Windows, macOS and Linux, and inside a zip: no way out of their folder. */

// Control characters, the characters Windows reserves, and bidirectional overrides that could disguise an extension.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F<>:"/\\|?*\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Cuts to at most `max` characters without splitting a character made of two code units. */
function cut(text: string, max: number) {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

/** One path segment: unsafe characters replaced, trimmed, no leading dots, not a reserved name. */
export function safeSegment(text: string, max = 80, fallback = 'Untitled'): string {
  let s = text.normalize('NFC').replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();
  s = cut(s, max).replace(/^[. ]+/, '').replace(/[. ]+$/, '');
  if (!s) s = fallback;
  if (RESERVED.test(s)) s = `_${s}`;
  return s;
}

/** A stored file's extension, if it has a plain one (".pdf"); otherwise none. */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return m ? `.${m[1]!.toLowerCase()}` : '';
}

/** "E3 - Board minutes June 2023.pdf"; a second file of the same item gets " (2)". */
export function exhibitFileName(ref: string, title: string, storedName: string, index: number): string {
  const suffix = index > 0 ? ` (${index + 1})` : '';
  return `${ref} - ${safeSegment(title, 100)}${suffix}${extensionOf(storedName)}`;
}

/** "E4 - Parent carer survey 2024 – answers.csv": a table or text made for the pack, named for what it holds. */
export function madeFileName(ref: string, name: string, what: string, extension: string): string {
  return `${ref} - ${safeSegment(name, 100)}${what ? ` – ${what}` : ''}${extension}`;
}
