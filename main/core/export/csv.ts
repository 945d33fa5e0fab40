/** CSV as RFC 4180 writes it, with cells made safe to open in a spreadsheet. */

/** A cell a spreadsheet would run as a formula gets a leading apostrophe. */
export function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string): string {
  const v = defuse(value);
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Rows joined with CRLF, ending with one; a byte-order mark so spreadsheets read UTF-8. */
export function toCsv(rows: string[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
