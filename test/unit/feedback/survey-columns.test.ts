import { describe, expect, it } from 'vitest';
import { describeColumns, readConsent, readSurveyDate, shortenQuestion, voiceOfRole } from '../../../main/core/feedback/survey-columns.ts';
import type { Cell } from '../../../main/core/tables/read-table.ts';

describe('reading a survey export’s cells', () => {
  it.each([
    ['Parent/carer', 'parent-carer'],
    ['Mum', 'parent-carer'],
    ["I'm his dad", 'parent-carer'],
    ['Foster carer', 'parent-carer'],
    ['Parent of a young person with SEND', 'parent-carer'],
    ['Young person (16-25)', 'child-young-person'],
    ['Child', 'child-young-person'],
    ['Pupil', 'child-young-person'],
    ['Student at college', 'child-young-person'],
    ['SENCo', 'school-senco'],
    ['Teacher', 'school-senco'],
    ['Headteacher', 'school-senco'],
    ['School staff', 'school-senco'],
    ['Health practitioner', 'practitioner'],
    ['Social worker', 'practitioner'],
    ['Speech and language therapist', 'practitioner'],
    ['Nurse', 'practitioner'],
    ['EP', 'practitioner'],
    ['Parent Carer Forum member', 'parent-carer-forum'],
    ['SENDIASS adviser', 'sendiass'],
  ])('reads the role "%s" as %s', (role, voice) => {
    expect(voiceOfRole(role)).toBe(voice);
  });

  it('reads no voice from a role it does not know, or none', () => {
    expect(voiceOfRole('Prefer not to say')).toBeNull();
    expect(voiceOfRole('Other')).toBeNull();
    expect(voiceOfRole('')).toBeNull();
  });

  it.each([
    ['15/03/2024 10:23:45', '2024-03-15'],
    ['2024-03-15T10:23:45Z', '2024-03-15'],
    ['2024/03/15 09:00', '2024-03-15'],
    ['15/03/2024', '2024-03-15'],
    ['15 March 2024 at 9:05 pm', '2024-03-15'],
    ['2024-03-15', '2024-03-15'],
  ])('reads the timestamp %s', (text, iso) => {
    expect(readSurveyDate(text)).toEqual({ ok: true, value: iso });
  });

  it('reads spreadsheet dates and blanks, and refuses what is not a date', () => {
    expect(readSurveyDate(new Date(Date.UTC(2023, 10, 2, 14, 0)))).toEqual({ ok: true, value: '2023-11-02' });
    // Excel's day 45292 is 1 January 2024; 74 days later is 15 March.
    expect(readSurveyDate(45366)).toEqual({ ok: true, value: '2024-03-15' });
    expect(readSurveyDate(null)).toEqual({ ok: true, value: null });
    expect(readSurveyDate('  ')).toEqual({ ok: true, value: null });
    expect(readSurveyDate('next Tuesday')).toEqual({ ok: false });
    expect(readSurveyDate('31/02/2024 10:00')).toEqual({ ok: false });
  });

  it('reads consent as yes, no or nothing readable', () => {
    expect(['Yes', 'yes, anonymously', 'Y', 'I agree', 'Happy for you to', 'TRUE'].map(readConsent)).toEqual([true, true, true, true, true, true]);
    expect(['No', 'no thanks', 'N', "Don't quote me", 'I do not consent', 'FALSE'].map(readConsent)).toEqual([false, false, false, false, false, false]);
    expect(['', 'Maybe', 'Ask me first'].map(readConsent)).toEqual([null, null, null]);
  });

  it('shortens a long question at a word', () => {
    expect(shortenQuestion('How well do professionals listen to you and your child? Please tell us more.')).toBe('How well do professionals listen to you and your child?…');
    expect(shortenQuestion('Any other comments?')).toBe('Any other comments?');
  });
});

describe('what a survey export’s columns look like', () => {
  const table = (columns: string[], rows: Cell[][]) => ({ columns, headerRow: 1, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });

  it('tells free text from choices, roles, dates and consent, by heading and by content', () => {
    const rows: Cell[][] = [
      ['Parent', 'Very satisfied', 'The panel now explains its decisions clearly', 'Yes', '01/02/2024', 'Mum', '', 'R1'],
      ['Young person', 'Satisfied', 'I wish someone had asked me what I wanted', 'No', '02/02/2024', 'Dad', '', 'R2'],
      ['Parent', 'Dissatisfied', 'Waiting lists for therapy are much too long', 'Yes', '03/02/2024', 'Teacher', '', 'R3'],
      ['SENCo', 'Satisfied', 'Training for staff has been really worthwhile', 'Yes', '04/02/2024', 'Mum', '', 'R4'],
    ];
    const cols = describeColumns(
      table(['Respondent type', 'How satisfied are you overall?', 'Any other comments?', 'Are you happy for us to quote your comments?', 'Completion time', 'Who is filling this in', 'Unused', 'Response ID'], rows),
    );
    expect(cols.map((c) => [c.looksLike, c.answered])).toEqual([
      ['role', 4],
      ['choice', 4],
      ['free-text', 4],
      ['consent', 4],
      ['date', 4],
      ['role', 4],
      ['empty', 0],
      ['choice', 4],
    ]);
  });

  it('reads "Role", "I am a…" and "Are you a parent/carer, young person…" headings as the role', () => {
    const rows: Cell[][] = [['x', 'x', 'x'], ['y', 'y', 'y']];
    expect(describeColumns(table(['Role', 'I am a…', 'Are you a parent/carer, young person or professional?'], rows)).map((c) => c.looksLike)).toEqual(['role', 'role', 'role']);
  });

  it('reads the ways forms ask to quote someone as consent, and not other questions', () => {
    const rows: Cell[][] = [['Yes', 'Yes', 'No', 'Yes', 'Yes'], ['No', 'Yes', 'Yes', 'No', 'No']];
    const headings = ['Do you agree to be quoted?', 'Are you OK to be quoted anonymously?', 'Is it OK to share your words in our report?', 'Can we use your comments?', 'Did the service agree to your plan?'];
    expect(describeColumns(table(headings, rows)).map((c) => c.looksLike)).toEqual(['consent', 'consent', 'consent', 'consent', 'choice']);
  });
});
