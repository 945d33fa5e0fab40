import { describe, expect, it } from 'vitest';
import { documentPersonalDataReason } from '../../../main/core/ingest/personal-data.ts';
import { makePdf, writeTo } from '../../helpers/ingest-fixtures.ts';
import { importPaths, ingestLibrary, resultFor } from './helpers.ts';

const doc = (over: Partial<Parameters<typeof documentPersonalDataReason>[0]>) =>
  documentPersonalDataReason({ fileName: 'paper.pdf', title: null, heading: null, text: '', ...over });

describe('documents that may hold personal data', () => {
  it('flags case studies, single complaints, OFFICIAL-SENSITIVE papers, pseudonymised children and identified children', () => {
    expect(doc({ text: 'Brackenford Borough Council\nOFFICIAL-SENSITIVE\nThe plan was issued.' })).toBe('is marked OFFICIAL-SENSITIVE');
    expect(doc({ text: 'OFFICIAL – SENSITIVE' })).toBe('is marked OFFICIAL-SENSITIVE');
    expect(doc({ fileName: 'case-study-family-e.txt' })).toBe('is a case study, which may describe a child or family');
    expect(doc({ heading: 'Case studies from the inclusion team' })).toBe('is a case study, which may describe a child or family');
    expect(doc({ fileName: 'complaint-annual-review-amendment-2024-01.txt' })).toBe('is a complaint, which may name a child or family');
    expect(doc({ heading: 'Young person B: moving to adult services' })).toBe('describes “Young person B”: pseudonymised data is still personal data');
    expect(doc({ text: 'Our review of Child C showed the plan was late.' })).toBe('describes “Child C”: pseudonymised data is still personal data');
    expect(doc({ text: 'Name withheld. Date of birth: 04/05/2015.' })).toMatch(/^gives a date of birth/);
    expect(doc({ text: 'My son Jacob waited a year.' })).toBe('names a child (“My son Jacob”)');
    expect(doc({ text: 'NHS number: 943 476 5919' })).toMatch(/^gives an NHS number/);
  });

  it('leaves ordinary SEND papers alone: strategies, minutes naming officers, counts of complaints, the word OFFICIAL', () => {
    expect(doc({ fileName: 'send-complaints-quarterly.csv', text: 'Quarter,Complaints received,Upheld\n2023-24 Q1,14,5' })).toBe('');
    expect(doc({ title: 'Complaints procedure for SEND' })).toBe('');
    expect(doc({ fileName: 'laib-minutes.pdf', text: 'OFFICIAL\nPresent: Sarah Jones (Director of Children’s Services), Dr Amir Khan (DCO).\nItem 1: child A-level results.' })).toBe('');
    expect(doc({ fileName: 'send-inclusion-strategy-2023-2027.pdf', heading: 'SEND and Inclusion Strategy 2023–2027', text: 'Every child in Brackenford should…' })).toBe('');
  });

  it('imports such a file marked as personal data, with the reason, as a case study when it is one; saying so clears the flag', async () => {
    const { t, folder } = await ingestLibrary();
    const caseStudy = writeTo(folder, 'case-study-child-a.pdf', await makePdf({ heading: ['Case study: Child A'], pages: ['Child A was assessed in 2023.'] }));
    const strategy = writeTo(folder, 'strategy.pdf', await makePdf({ heading: ['SEND strategy'], pages: ['Our plan for every child.'] }));
    const state = await importPaths(t, [caseStudy, strategy]);
    const flagged = resultFor(state, 'case-study-child-a.pdf');
    expect(flagged.personalDataReview).toBe('is a case study, which may describe a child or family');
    expect(await t.call('evidence/get', { id: flagged.id! })).toMatchObject({ kind: 'case-study', personalData: true, personalDataReview: 'is a case study, which may describe a child or family' });
    const plain = resultFor(state, 'strategy.pdf');
    expect(plain.personalDataReview).toBeNull();
    expect(await t.call('evidence/get', { id: plain.id! })).toMatchObject({ kind: 'document', personalData: false, personalDataReview: '' });

    // Another change leaves the flag; saying whether it is personal data is the review.
    expect(await t.call('evidence/update', { id: flagged.id!, title: 'Child A' })).toMatchObject({ personalDataReview: 'is a case study, which may describe a child or family' });
    expect(await t.call('evidence/update', { id: flagged.id!, personalData: true })).toMatchObject({ personalData: true, personalDataReview: '' });
  });

  it('marks a flagged file as personal data even when suggestions are not applied', async () => {
    const { t, folder } = await ingestLibrary();
    const path = writeTo(folder, 'complaint-2024-01.txt', 'Stage 1 complaint about the annual review.');
    const r = resultFor(await importPaths(t, [path], { applySuggestions: false }), 'complaint-2024-01.txt');
    expect(await t.call('evidence/get', { id: r.id! })).toMatchObject({ kind: 'document', personalData: true, personalDataReview: 'is a complaint, which may name a child or family' });
  });
});
