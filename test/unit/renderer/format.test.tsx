import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatFileSize, plural } from '../../../shared/format.ts';

describe('formatDate', () => {
  it('writes dates the GOV.UK way', () => {
    expect(formatDate('2022-06-23')).toBe('23 June 2022');
    expect(formatDate('2024-01-05')).toBe('5 January 2024');
  });
  it('reads the calendar date of a timestamp without shifting it by time zone', () => {
    expect(formatDate('2022-12-31T23:30:00Z')).toBe('31 December 2022');
  });
  it('gives the fallback for missing or unreadable dates', () => {
    expect(formatDate(null, '—')).toBe('—');
    expect(formatDate('', '—')).toBe('—');
    expect(formatDate('23/06/2022', '?')).toBe('?');
    expect(formatDate('2022-13-01', '?')).toBe('?');
  });
});

describe('formatDateTime', () => {
  it('adds a 12-hour time', () => {
    const local = new Date(2022, 5, 23, 14, 5).toISOString();
    expect(formatDateTime(local)).toBe('23 June 2022 at 2:05pm');
  });
});

describe('formatFileSize', () => {
  it('uses bytes, KB, MB and GB', () => {
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(820)).toBe('820 bytes');
    expect(formatFileSize(14 * 1024)).toBe('14 KB');
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe('1.3 MB');
    expect(formatFileSize(3 * 1024 ** 3)).toBe('3 GB');
  });
});

describe('plural', () => {
  it('counts in words', () => {
    expect(plural(1, 'item')).toBe('1 item');
    expect(plural(3, 'area of concern', 'areas of concern')).toBe('3 areas of concern');
    expect(plural(1200, 'file')).toBe('1,200 files');
  });
});
