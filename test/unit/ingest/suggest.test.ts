import { describe, expect, it } from 'vitest';
import { firstDateIn, latestDateIn, pdfDate } from '../../../main/core/ingest/dates.ts';
import { sniff } from '../../../main/core/ingest/formats.ts';
import { guessSource, suggestDetails, titleFromFileName, usableTitle } from '../../../main/core/ingest/suggest.ts';

describe('dates in documents', () => {
  it('finds the first full date, in the ways UK documents write them', () => {
    expect(firstDateIn('Minutes of the meeting held on 14 September 2022 at 10am')).toBe('2022-09-14');
    expect(firstDateIn('Published: 25 January 2022. Updated 3 March 2023.')).toBe('2022-01-25');
    expect(firstDateIn('Wednesday 1st Sept. 2021')).toBe('2021-09-01');
    expect(firstDateIn('Dated 05/04/2023 (UK order)')).toBe('2023-04-05');
    expect(firstDateIn('September 14, 2022')).toBe('2022-09-14');
    expect(firstDateIn('31 September 2022 is not a day; 2 October 2022 is')).toBe('2022-10-02');
    expect(firstDateIn('Plans rose to 62% in 2022')).toBeNull();
  });

  it('does not join numbers and months from different lines into a date', () => {
    expect(firstDateIn('Month,Target\nApr 2023,20\nMay 2023,25')).toBeNull();
    expect(firstDateIn('Signed on 14\nSeptember 2022')).toBeNull();
  });

  it('finds the latest date a table reaches: its latest month (to its last day) or full date', () => {
    expect(latestDateIn('Month,Plans\nJan 2021,28\nFeb 2024,25\nAug 2024,38\n')).toBe('2024-08-31');
    expect(latestDateIn('Stocktake,Done\n6 October 2023,14\nFeb 2023,9')).toBe('2023-10-06');
    expect(latestDateIn('Feb 2024,1')).toBe('2024-02-29');
    expect(latestDateIn('Year,Rate\n2021,8.12%')).toBeNull();
    // A target ahead of when the file was saved is not a period the table reaches.
    expect(latestDateIn('Month,Plans\nAug 2024,38\nTarget by March 2027,60', '2024-09-15')).toBe('2024-08-31');
  });

  it('reads PDF dates', () => {
    expect(pdfDate("D:20220914100000+01'00'")).toBe('2022-09-14');
    expect(pdfDate('D:2021')).toBe('2021-01-01');
    expect(pdfDate('yesterday')).toBeNull();
    expect(pdfDate(undefined)).toBeNull();
  });
});

describe('suggested details', () => {
  it('prefers the document title, then the first heading, then the file name', () => {
    const base = { firstPageText: '', documentDate: null, fileDate: null, sourceText: '', partners: [] };
    expect(suggestDetails({ ...base, fileName: 'x.pdf', documentTitle: 'SEND strategy', firstHeading: 'Heading' }).title).toBe('SEND strategy');
    expect(suggestDetails({ ...base, fileName: 'x.pdf', documentTitle: 'Microsoft Word - draft.docx', firstHeading: 'Heading' }).title).toBe('Heading');
    expect(suggestDetails({ ...base, fileName: 'Board_minutes 2023.pdf', documentTitle: null, firstHeading: null }).title).toBe('Board minutes 2023');
    expect(titleFromFileName('.hidden')).toBe('.hidden');
    expect(usableTitle('  ')).toBeNull();
  });

  it('passes over titles that programs leave behind: addresses, paths, file names and placeholders', () => {
    for (const junk of ['about:blank', 'https://intranet.example/minutes', 'file:///C:/Users/me/minutes.html', 'C:\\Users\\me\\minutes', '/home/me/minutes', 'www.example.gov.uk', 'Microsoft PowerPoint - Deck', 'Presentation1', 'Book1', 'minutes.html', '2024-01', '---'])
      expect(usableTitle(junk), junk).toBeNull();
    for (const good of ['SEND: a strategy for 2023–2027', 'Board minutes, 12 September 2024', 'Re: EHC plan timeliness', 'Booking guide'])
      expect(usableTitle(good), good).toBe(good);
    const base = { fileName: 'minutes.pdf', firstPageText: '', documentDate: null, fileDate: null, sourceText: '', partners: [] };
    expect(suggestDetails({ ...base, documentTitle: 'about:blank', firstHeading: 'SEND Improvement Board – minutes, 12 September 2024' }).title).toBe('SEND Improvement Board – minutes, 12 September 2024');
  });

  it('takes the "as at" date from the first page, else the document, else the file', () => {
    const base = { fileName: 'x.pdf', documentTitle: null, firstHeading: null, sourceText: '', partners: [] };
    expect(suggestDetails({ ...base, firstPageText: 'on 14 September 2022', documentDate: '2022-10-01', fileDate: '2024-01-01' })).toMatchObject({ asAt: '2022-09-14', asAtFrom: 'first-page' });
    expect(suggestDetails({ ...base, firstPageText: 'undated', documentDate: '2022-10-01', fileDate: '2024-01-01' })).toMatchObject({ asAt: '2022-10-01', asAtFrom: 'document-date' });
    expect(suggestDetails({ ...base, firstPageText: 'undated', documentDate: null, fileDate: '2024-01-01' })).toMatchObject({ asAt: '2024-01-01', asAtFrom: 'file-date' });
    expect(suggestDetails({ ...base, firstPageText: '', documentDate: null, fileDate: null })).toMatchObject({ asAt: null, asAtFrom: null });
    // A table of figures: the latest period it reaches, not the first date in it nor the file's date.
    const table = 'Month,Plans issued,Target\nJan 2021,28,20\nMay 2023,30,25\nAug 2024,38,60\n';
    expect(suggestDetails({ ...base, fileName: 'ehcp-20-week-timeliness.csv', firstPageText: table, documentDate: null, fileDate: '2026-11-23' })).toMatchObject({ asAt: '2024-08-31', asAtFrom: 'latest-in-table' });
    expect(suggestDetails({ ...base, fileName: 'rates.xlsx', firstPageText: 'Year,Rate\n2021,8%', documentDate: null, fileDate: '2026-11-23' })).toMatchObject({ asAt: '2026-11-23', asAtFrom: 'file-date' });
  });

  it('guesses the source from the partner the text names most, whole words only', () => {
    const partners = ['Walsall Council', 'Walsall Healthcare NHS Trust', 'Black Country ICB'];
    expect(guessSource('Report by Walsall Council for the Black Country ICB. Walsall Council agreed.', partners)).toBe('Walsall Council');
    expect(guessSource('Prepared by Black Country ICB with Walsall partners', partners)).toBe('Black Country ICB');
    expect(guessSource('Walsall Metropolitan Borough Council', ['Walsall Council'])).toBe('Walsall Council');
    expect(guessSource('Nothing about anyone', partners)).toBeNull();
    expect(guessSource('ICBs everywhere', ['ICB'])).toBeNull();
  });

  it('tells partners that share a place name apart by the kind of body the text names, in any of its usual forms', () => {
    // The first page of an ICB's board paper, as in the example library.
    const icbPaper = 'NHS Brackenford and Wendle Integrated Care Board\nOFFICIAL\nReport to the ICB Board\nThe therapies review, commissioned jointly with the council.\nBrackenford is a fictional local area.';
    const partners = ['Brackenford Council', 'NHS Brackenford ICB', 'Brackenford Parent Carer Forum'];
    expect(guessSource(icbPaper, partners)).toBe('NHS Brackenford ICB');
    expect(guessSource(icbPaper, ['Brackenford Borough Council', 'NHS Brackenford and Wendle Integrated Care Board', 'Brackenford Parent Carer Forum'])).toBe('NHS Brackenford and Wendle Integrated Care Board');
    expect(guessSource('Brackenford Council cabinet report. The council agreed the plan.', partners)).toBe('Brackenford Council');
    // A mention inside another partner's full name is that partner's, not the council's.
    expect(guessSource('Notes of the Brackenford Parent Carer Forum coffee morning in Brackenford.', partners)).toBe('Brackenford Parent Carer Forum');
    expect(guessSource('Feedback from the PCF', ['Brackenford PCF', 'Brackenford Council'])).toBeNull(); // no partner named
    expect(guessSource('Brackenford PCF said the Brackenford Parent Carer Forum…', ['Brackenford PCF', 'Brackenford Council'])).toBe('Brackenford PCF');
  });

  it('gives no source when two partners are named as much as each other', () => {
    expect(guessSource('A joint paper of Walsall Council and Black Country ICB.', ['Walsall Council', 'Black Country ICB'])).toBeNull();
    expect(guessSource('Brackenford schools', ['Brackenford Council', 'NHS Brackenford ICB'])).toBeNull();
  });
});

describe('sniff (magic bytes)', () => {
  it('knows PDFs, zips, old Office files, images and text', () => {
    expect(sniff(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(sniff(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('zip');
    expect(sniff(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('ole');
    expect(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniff(Buffer.from('plain words'))).toBe('text');
    expect(sniff(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe('text');
    expect(sniff(Buffer.from([1, 2, 0, 3]))).toBe('binary');
  });
});
