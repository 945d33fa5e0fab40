import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { proposeAreasFromLetter } from '../../../main/core/areas/letter.ts';
import { suggestTitle } from '../../../main/core/areas/letter-title.ts';
import { withLibrary } from '../../helpers/app.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/letters/${name}`, import.meta.url)), 'utf8');
const walsallRevisit = fileURLToPath(new URL('../../../../shared/reference/002_5704ffc5855a6b80.txt', import.meta.url));

describe('a short title for a weakness', () => {
  it('names the topic the weakness names first', () => {
    expect(
      suggestTitle('Leaders across the partnership do not have an accurate or shared understanding of the outcomes achieved by children and young people. Self-evaluation is not informed by the views of families.'),
    ).toBe('Self-evaluation and shared understanding');
    expect(suggestTitle('Poor outcomes for children and young people with SEND')).toBe('Outcomes');
    expect(suggestTitle('The local area’s self-evaluation is weak')).toBe('Self-evaluation and shared understanding');
  });
});

describe('proposing areas from a pasted letter', () => {
  it.skipIf(!existsSync(walsallRevisit))('finds the nine weaknesses of the real revisit letter, verbatim, with the judgements it states', () => {
    const r = proposeAreasFromLetter(readFileSync(walsallRevisit, 'utf8'));
    expect(r.statedCount).toBe(9);
    expect(r.proposals).toHaveLength(9);
    expect(r.proposals.map((p) => p.code)).toEqual(['AOC1', 'AOC2', 'AOC3', 'AOC4', 'AOC5', 'AOC6', 'AOC7', 'AOC8', 'AOC9']);
    expect(r.proposals[0]!.weakness).toBe(
      'The lack of a meaningful partnership and co-production with children and young people, parents, carers, schools and services, which has meant that the code of practice has not been effectively implemented over time.',
    );
    expect(r.proposals[2]!.weakness).toBe('Poor outcomes for children and young people with SEND');
    expect(r.proposals[8]!.weakness).toBe('Weak arrangements for joint commissioning, which do not consider information about the local area well enough');
    expect(r.proposals.map((p) => p.title)).toEqual([
      'Co-production', 'EHC plans', 'Outcomes', 'Autism support', 'Exclusions',
      'Children missing education', 'Information, advice and support', 'Local offer', 'Joint commissioning',
    ]);
    // The two areas the letter says made insufficient progress: EHC plans and the local offer.
    expect(r.proposals.filter((p) => p.judgement === 'not-sufficient').map((p) => p.title)).toEqual(['EHC plans', 'Local offer']);
    expect(r.proposals.every((p) => p.found === 'initial-inspection-found')).toBe(true);
    expect(r.message).toBe('Found nine weaknesses. Check each one, edit it if needed, then accept or reject it.');
  });

  it('reads a bulleted list introduced by "These are:", joining wrapped lines and dropping the joining "; and"', () => {
    const r = proposeAreasFromLetter(fixture('inspection-bullets.txt'));
    expect(r.proposals.map((p) => p.weakness)).toEqual([
      'the slow and uneven way in which leaders have put the reforms into practice across education, health and social care',
      'the weak quality of education, health and care (EHC) plans, which rarely say what children and young people should achieve',
      'the absence of a joined-up approach to commissioning services for children with complex needs',
      'the out-of-date and hard-to-use local offer',
    ]);
    expect(r.proposals.map((p) => p.found)).toEqual(['bulleted-list', 'bulleted-list', 'bulleted-list', 'bulleted-list']);
    // The "Main findings" bullets (strengths and views) are not weaknesses.
    expect(r.proposals.some((p) => /listened/.test(p.weakness))).toBe(false);
    expect(r.proposals[1]!.title).toBe('EHC plans');
    expect(r.proposals[0]!.title).toBe('Slow and uneven way');
  });

  it('reads a numbered list with "1." and "3)" items, and stops at the next numbered heading', () => {
    const r = proposeAreasFromLetter(fixture('numbered-list.txt'));
    expect(r.proposals).toHaveLength(4);
    expect(r.proposals[0]!.weakness).toBe(
      'Too many children and young people wait far too long for an assessment of their needs, and assessments are rarely completed within 20 weeks.',
    );
    expect(r.proposals[2]!.title).toBe('Preparing for adulthood');
    expect(r.proposals.some((p) => /Progress to date/.test(p.weakness))).toBe(false);
  });

  it('reads the paragraphs under "Areas for priority action" and "Areas for improvement" in a 2023-framework report', () => {
    const r = proposeAreasFromLetter(fixture('framework-2023.txt'));
    expect(r.proposals.map((p) => p.title)).toEqual(['Neurodevelopmental pathway', 'EHC plans', 'Local offer']);
    expect(r.proposals.every((p) => p.found === 'headed-section')).toBe(true);
    expect(r.proposals[0]!.weakness).toMatch(/^Leaders across the partnership must urgently reduce .* while they wait\.$/);
  });

  it('says so, and proposes nothing, when the text has no recognisable list', () => {
    const r = proposeAreasFromLetter(fixture('no-list.txt'));
    expect(r.proposals).toEqual([]);
    expect(r.message).toMatch(/^No list of weaknesses was recognised in this text\..*add each area of concern yourself\.$/);
    expect(proposeAreasFromLetter('').proposals).toEqual([]);
  });

  it('warns when it finds fewer weaknesses than the letter states', () => {
    const text = 'Inspectors considered each of the three areas of significant weakness.\n\nAt the initial inspection, inspectors found the following:\n\nPoor EHC plans\n\n- Some finding.\n';
    const r = proposeAreasFromLetter(text);
    expect(r.proposals).toHaveLength(1);
    expect(r.message).toContain('The letter says there are three, so look for any that were missed');
  });

  it('through the API: suggests codes that are free and marks weaknesses already in the register', async () => {
    const t = await withLibrary();
    await t.call('areas/create', { code: 'AOC1', title: 'Local offer', weakness: 'the out-of-date and hard-to-use local offer' });
    const r = await t.call('areas/proposeFromLetter', { text: fixture('inspection-bullets.txt') });
    expect(r.proposals.map((p) => p.code)).toEqual(['AOC2', 'AOC3', 'AOC4', 'AOC5']);
    expect(r.proposals.map((p) => p.existingAreaCode)).toEqual([null, null, null, 'AOC1']);
    expect(r.message).toContain('1 of them is already in the register');
    expect(await t.call('areas/list')).toHaveLength(1); // proposing adds nothing
  });
});
