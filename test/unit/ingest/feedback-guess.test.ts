import { describe, expect, it } from 'vitest';
import { guessFeedback } from '../../../main/core/ingest/feedback-guess.ts';
import { makePdf, writeTo } from '../../helpers/ingest-fixtures.ts';
import { importPaths, ingestLibrary, resultFor } from './helpers.ts';

const guess = (over: Partial<Parameters<typeof guessFeedback>[0]>) => guessFeedback({ fileName: 'paper.pdf', title: null, heading: null, source: null, ...over });

describe('documents that are themselves feedback', () => {
  it('says whose voice a complaint, a compliment, a coffee morning, a SENCO survey or a forum’s or SENDIASS’s paper carries', () => {
    expect(guess({ fileName: 'complaint-annual-review-amendment-2024-01.txt' })).toEqual({ voice: 'parent-carer', channel: 'complaint' });
    expect(guess({ fileName: 'compliment-ehc-coordinator-2024-04.txt' })).toEqual({ voice: 'parent-carer', channel: 'compliment' });
    expect(guess({ heading: 'Coffee morning: waiting for an autism or ADHD assessment', source: 'Brackenford Parent Carer Forum' })).toEqual({ voice: 'parent-carer', channel: 'event' });
    expect(guess({ fileName: 'pcf-feedback-one-year-on-2024-04.docx', heading: 'Parent carer forum feedback to the Improvement Board' })).toEqual({ voice: 'parent-carer-forum', channel: 'forum-meeting' });
    expect(guess({ heading: 'Local offer mystery shop', source: 'Brackenford Parent Carer Forum' })).toEqual({ voice: 'parent-carer-forum', channel: 'event' });
    expect(guess({ fileName: 'parent-carer-survey-2024-summary.pdf', source: 'Brackenford Parent Carer Forum' })).toEqual({ voice: 'parent-carer-forum', channel: 'survey' });
    expect(guess({ fileName: 'sendiass-annual-report-2023-24-extract.pdf' })).toEqual({ voice: 'sendiass', channel: null });
    expect(guess({ title: 'Annual report', source: 'Wendle SEND Information, Advice and Support Service' })).toEqual({ voice: 'sendiass', channel: null });
    expect(guess({ fileName: 'senco-survey-2024-02.csv' })).toEqual({ voice: 'school-senco', channel: 'survey' });
    expect(guess({ fileName: 'you-said-we-did-autumn-2023.pdf' })).toEqual({ voice: 'parent-carer', channel: 'you-said-we-did' });
    expect(guess({ fileName: 'parent-carer-survey-2024-comments.csv' })).toEqual({ voice: 'parent-carer', channel: 'survey' });
  });

  it('hears children and young people in their own groups’ papers and in notes that count them as taking part', () => {
    expect(guess({ heading: 'Young People’s Forum: what we want from our EHC plans' })).toEqual({ voice: 'child-young-person', channel: 'forum-meeting' });
    expect(guess({ fileName: 'children-in-care-council-2024-05.docx' })).toEqual({ voice: 'child-young-person', channel: null });
    expect(guess({ fileName: 'youth-voice-survey-2024.pdf' })).toEqual({ voice: 'child-young-person', channel: 'survey' });
    expect(
      guess({ fileName: 'brackenford-voices-pfa-2024-03-13.md', heading: 'Brackenford Voices: moving to adulthood', opening: '# Brackenford Voices\n\n**Date:** 13 March 2024\n**Young people:** 11, aged 15 to 22' }),
    ).toEqual({ voice: 'child-young-person', channel: 'forum-meeting' });
    // A paper about young people, not by them, is not their voice.
    expect(guess({ heading: 'Preparing for adulthood: pathway for young people', opening: 'This pathway sets out what young people: aged 14 to 25 can expect.' })).toBeNull();
    expect(guess({ title: 'Youth justice plan 2024', opening: 'Young people supervised: 40 in the year.' })).toBeNull();
  });

  it('leaves the area’s own papers as documents: strategies, minutes, complaint counts, the SENCO handbook', () => {
    expect(guess({ fileName: 'send-inclusion-strategy-2023-2027.pdf', heading: 'SEND and Inclusion Strategy 2023–2027', source: 'Brackenford Borough Council' })).toBeNull();
    expect(guess({ fileName: 'laib-minutes-2023-06.pdf', source: 'Brackenford Borough Council' })).toBeNull();
    expect(guess({ fileName: 'send-complaints-quarterly.csv' })).toBeNull();
    expect(guess({ title: 'Complaints procedure for SEND' })).toBeNull();
    expect(guess({ title: 'SENCO handbook 2024' })).toBeNull();
    // A guide the forum or SENDIASS wrote is information, not their view.
    expect(guess({ fileName: 'health-care-at-18-guide.md', source: 'Brackenford SENDIASS' })).toBeNull();
    expect(guess({ title: 'Short breaks leaflet', source: 'Brackenford Parent Carer Forum' })).toBeNull();
  });

  it('imports the forum’s paper as its feedback, and says so in the result; with suggestions off it stays a document', async () => {
    const { t, folder } = await ingestLibrary();
    await t.call('library/update', { partners: ['Testshire Council', 'Testshire Parent Carer Forum'] });
    const paper = writeTo(folder, 'one-year-on.pdf', await makePdf({ heading: ['One year on: what families tell us'], pages: ['Testshire Parent Carer Forum asked 200 families. Testshire Parent Carer Forum found…'] }));
    const strategy = writeTo(folder, 'strategy.pdf', await makePdf({ heading: ['SEND strategy'], pages: ['Testshire Council will improve plans.'] }));
    const state = await importPaths(t, [paper, strategy]);
    const r = resultFor(state, 'one-year-on.pdf');
    expect(r.suggestions).toMatchObject({ source: 'Testshire Parent Carer Forum', feedback: { voice: 'parent-carer-forum', channel: null } });
    expect(await t.call('evidence/get', { id: r.id! })).toMatchObject({ kind: 'feedback', voice: 'parent-carer' });
    expect(await t.call('feedback/get', { id: r.id! })).toMatchObject({ voice: 'parent-carer-forum', channel: null });
    expect(await t.call('evidence/get', { id: resultFor(state, 'strategy.pdf').id! })).toMatchObject({ kind: 'document', voice: null });

    const again = writeTo(folder, 'one-year-on-copy.pdf', await makePdf({ heading: ['One year on, again'], pages: ['Testshire Parent Carer Forum asked 210 families.'] }));
    const off = resultFor(await importPaths(t, [again], { applySuggestions: false }), 'one-year-on-copy.pdf');
    expect(await t.call('evidence/get', { id: off.id! })).toMatchObject({ kind: 'document', voice: null });
  });
});
