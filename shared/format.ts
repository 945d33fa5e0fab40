/**
 * Pure formatting helpers shared by the renderer and the export: UK English, no DOM,
 * no Node. Dates are written the GOV.UK way ("23 June 2022").
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * "2022-06-23" (or an ISO timestamp starting with a date) → "23 June 2022".
 * Reads the calendar date as written, so time zones never shift it by a day.
 * Returns `fallback` for null, empty or unreadable input.
 */
export function formatDate(iso: string | null | undefined, fallback = ''): string {
  if (!iso) return fallback;
  const m = ISO_DATE.exec(iso);
  if (!m) return fallback;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const name = MONTHS[month - 1];
  if (name === undefined || day < 1 || day > 31) return fallback;
  return `${day} ${name} ${year}`;
}

/** "2022-06-23T14:05:00Z" → "23 June 2022 at 2:05pm" in the machine's time zone. */
export function formatDateTime(iso: string | null | undefined, fallback = ''): string {
  if (!iso) return fallback;
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return fallback;
  const name = MONTHS[t.getMonth()] ?? '';
  const h = t.getHours();
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const minutes = String(t.getMinutes()).padStart(2, '0');
  const suffix = h < 12 ? 'am' : 'pm';
  return `${t.getDate()} ${name} ${t.getFullYear()} at ${hour12}:${minutes}${suffix}`;
}

/** Bytes → "1 byte", "820 bytes", "14 KB", "1.2 MB", "3.4 GB" (1 KB = 1024 bytes). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes === 1) return '1 byte';
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value));
  return `${text} ${units[unit]}`;
}

/** 1 → "1 item", 3 → "3 items"; give the plural when it is not just "+s". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : pluralForm}`;
}

/** Numbers one to ten in words, as the revisit letter writes them; larger as digits. */
export function numberInWords(n: number): string {
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  return Number.isInteger(n) && n >= 0 && n < words.length ? (words[n] as string) : n.toLocaleString('en-GB');
}

/** Today's date as YYYY-MM-DD in the machine's time zone (for date inputs). */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** A short, friendly name for a file's media type ("PDF", "Word document", …). */
export function describeMediaType(mediaType: string, fileName = ''): string {
  const known: Record<string, string> = {
    'application/pdf': 'PDF',
    'application/msword': 'Word document',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
    'application/vnd.ms-excel': 'Excel spreadsheet',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel spreadsheet',
    'application/vnd.ms-powerpoint': 'PowerPoint presentation',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint presentation',
    'text/csv': 'CSV data',
    'text/plain': 'Text',
    'text/html': 'Web page',
    'message/rfc822': 'Email',
    'application/vnd.ms-outlook': 'Outlook email',
    'application/zip': 'Zip archive',
    'image/png': 'PNG image',
    'image/jpeg': 'JPEG image',
    'image/gif': 'GIF image',
    'image/webp': 'WebP image',
  };
  const hit = known[mediaType.toLowerCase()];
  if (hit) return hit;
  if (mediaType.startsWith('image/')) return 'Image';
  if (mediaType.startsWith('text/')) return 'Text';
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1];
  return ext ? `${ext.toUpperCase()} file` : 'File';
}
