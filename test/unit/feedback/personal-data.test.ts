import { describe, expect, it } from 'vitest';
import { personalDataReason } from '../../../main/core/feedback/personal-data.ts';

// Each sentence and the start of the reason a person would expect (written by hand, not by the code).
const flagged: [string, string][] = [
  ['My son Jacob has waited two years for his EHCP.', 'names a child (“My son Jacob”)'],
  ['my daughter Amelia was finally given a place.', 'names a child (“my daughter Amelia”)'],
  ['Our grandson Kacper is non-verbal and nobody listened.', 'names a child (“Our grandson Kacper”)'],
  ['My eldest son, Tobias, was excluded three times.', 'names a child (“My eldest son, Tobias”)'],
  ['My 7 year old daughter Nevaeh cannot get to school.', 'names a child'],
  ['The caseworker, Sarah Thompson, never called back.', 'names a person (“Sarah Thompson”)'],
  ['We spoke to Mohammed Khan at the panel.', 'names a person (“Mohammed Khan”)'],
  ['Dear Jacob Smith, thank you.', 'names a person (“Jacob Smith”)'],
  ['Mrs Henderson at the front desk was lovely.', 'names a person (“Mrs Henderson”)'],
  ['Dr. Okafor explained the diagnosis clearly.', 'names a person (“Dr. Okafor”)'],
  ['He is in Year 5 at Oakfield Primary and struggling.', 'names a school and year group (“Year 5 at Oakfield Primary”)'],
  ['She is in Y9 at Brookfield Academy.', 'names a school and year group (“Y9 at Brookfield Academy”)'],
  ['St Anne’s Catholic Primary, year 3, refused the assessment.', 'names a school and year group'],
  ['DOB 03/04/2015, still waiting.', 'gives a date of birth (“DOB”)'],
  ['He was born on 3/4/2015 and diagnosed at two.', 'gives a date of birth (“born on 3/4/2015”)'],
  ['Her date of birth is on the form.', 'gives a date of birth (“date of birth”)'],
  ['born in March 2016, so he is the youngest in the class', 'gives a date of birth'],
  ['Email me at jo.bloggs@example.co.uk if you need more.', 'gives an email address'],
  ['Call me on 07700 900123 any time.', 'gives a phone number'],
  ['Our number is 0121 496 0000.', 'gives a phone number'],
  ['Ring +44 7700 900 123.', 'gives a phone number'],
  ['We live in B12 9QP and the bus never comes.', 'gives a postcode (“B12 9QP”)'],
  ['Postcode SW1A 1AA.', 'gives a postcode (“SW1A 1AA”)'],
  ['His NHS number is 943 476 5919.', 'gives what may be an NHS number'],
  ['NHS no 9434765919', 'gives what may be an NHS number'],
];

const clean: string[] = [
  'The Parent Carer Forum ran three coffee mornings this term.',
  'The Local Authority has improved communication a lot.',
  'St Mary’s were very supportive of our family.',
  'St Mary\'s School has been brilliant.',
  'In March the panel met twice and decisions were quicker.',
  'Waited 20 weeks for the EHC plan, which is too long.',
  'My son has autism and the school did not understand him.',
  'My daughter is in year 5 and the school is much better now.',
  'My son I think would say he feels listened to.',
  'My son, Year 6, has started to enjoy school.',
  'Thomas Road clinic is too far to travel to.',
  'Grace and patience were shown by every member of staff.',
  'Jacob Primary sent home a letter.',
  'The SENCo at the local primary school was excellent.',
  'Amber ratings on the tracker are improving.',
  'Education Health and Care plans are now issued on time.',
  'The SENDIASS team helped me through the tribunal.',
  'In 2019 we waited, in 2020 we waited, in 2021 we gave up.',
  'Around 1,500 families responded to the survey.',
  'It took 18 months and 3 appeals.',
  'Key Stage 2 transition was handled well.',
  'Since January things have got better.',
  'The Local Offer website is hard to use.',
  'Never once did anyone call me back.',
  'Our son was born prematurely and has complex needs.',
  'Children and Young People deserve better than this.',
  'Queen Elizabeth Hospital provided the assessment.',
  'We moved to a Special School in year 7.',
  'He goes to a mainstream secondary school, year 10.',
  'KS2 2nd year was hard.',
  'The CAMHS waiting list is 52 weeks.',
  'I rang the council 12 times in 3 weeks.',
  'Autism Friendly Schools training made a difference.',
  'Thank you for listening.',
  'Rating: 4 out of 5',
  'The Oliver Centre was a great help over the summer.',
  'Thank you Sarah for all your help.',
  'Between 2019 and 2021 nothing changed at all.',
  'The 0-25 service has improved beyond recognition.',
  'We met on 01/02/2024 at 10:00 and again on 15/03/2024.',
  'Children’s Services took 14 weeks to reply.',
  'I am Jacob’s mum and I feel listened to now.',
  'Alder Hey Children’s Hospital gave us a diagnosis.',
  'The panel met in Year 2 of the plan.',
  '',
];

describe('personal data in free text', () => {
  it.each(flagged)('flags %s', (text, reason) => {
    expect(personalDataReason(text)).toContain(reason);
  });

  it.each(clean)('does not flag %s', (text) => {
    expect(personalDataReason(text)).toBe('');
  });

  it('keeps the quoted fragment short', () => {
    const reason = personalDataReason('She is in Year 10 at Saint Bartholomew the Great Church of England High School now.');
    expect(reason.startsWith('names a school and year group (“')).toBe(true);
    expect(reason.length).toBeLessThan(90);
  });
});
