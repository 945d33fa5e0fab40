import { COUNCIL, PCF, TRUST } from './library.ts';
import type { ItemSpec } from './types.ts';

export const caseStudies: ItemSpec[] = [
  {
    title: 'Case study: Child A – EHC plan issued in 17 weeks with joined-up advice',
    kind: 'case-study',
    asAt: '2024-05-14',
    source: COUNCIL,
    description:
      'The journey of a seven-year-old with speech, language and communication needs from the request for assessment to a final EHC plan in 17 weeks. It shows the named coordinator, health advice returned in four weeks and the family shaping the outcomes. Pseudonymised, but it still describes a real child’s needs and health information.',
    personalData: true,
    files: [
      {
        type: 'pdf',
        name: 'case-study-child-a.pdf',
        org: COUNCIL,
        label: 'Case study – SEND Assessment and Review Team',
        heading: 'Case study: Child A',
        blocks: [
          { meta: [['Age and setting', '7, Year 2, mainstream primary school'], ['Primary need', 'Speech, language and communication needs'], ['Consent', 'Parent consented to this case study being shared with inspectors']] },
          { h: 'Background' },
          {
            p: 'Child A’s school had used its own resources and advice from the speech and language therapy service for a year, following the Ordinarily Available Provision guide. Progress was slow and the school, with the parent, requested an EHC needs assessment in October 2023.',
          },
          { h: 'The journey' },
          {
            table: {
              head: ['Week', 'What happened'],
              widths: [60, 423],
              rows: [
                ['1', 'Named EHC coordinator rang the parent to explain the process and timescales.'],
                ['5', 'Decision to assess; advice requested from all agencies through the single health advice inbox.'],
                ['9', 'Speech and language therapy and paediatric advice received, both meeting the quality standard.'],
                ['11', 'Educational psychologist visited school and home; Child A’s views gathered using pictures.'],
                ['14', 'Draft plan discussed with the parent at home; two outcomes rewritten together.'],
                ['17', 'Final EHC plan issued, naming the parent’s preferred school with a resourced provision.'],
              ],
            },
          },
          { h: 'Impact' },
          {
            p: 'Child A started at the resourced provision in April 2024 with a therapy programme already agreed. At the first review, the school reported that Child A now joins in with group work and has begun to use short sentences to ask for help. The parent said: “For the first time I felt like we were all on the same side.”',
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC3',
        stance: 'supports',
        note: 'One child’s plan issued in 17 weeks with timely health advice and the child’s views recorded: what the improved process looks like in practice.',
      },
      {
        area: 'AOC2',
        stance: 'supports',
        note: 'Co-production at the individual level: the parent rewrote two outcomes with the coordinator.',
      },
    ],
  },
  {
    title: 'Case study: Young person B – moving to adult health and social care',
    kind: 'case-study',
    asAt: '2024-07-02',
    source: COUNCIL,
    description:
      'The transition of an 18-year-old with complex health needs and a learning disability from children’s to adult services under the new preparing for adulthood protocol. It shows the transition panel, a health handover and a supported internship. Pseudonymised; contains health information.',
    personalData: true,
    files: [
      {
        type: 'pdf',
        name: 'case-study-young-person-b.pdf',
        org: COUNCIL,
        label: 'Case study – Preparing for Adulthood team',
        heading: 'Case study: Young person B',
        blocks: [
          { meta: [['Age and setting', '18, special school sixth form, now a supported internship'], ['Needs', 'Severe learning disability; epilepsy'], ['Consent', 'Young person and parent consented to this case study being shared with inspectors']] },
          { h: 'Before the protocol' },
          {
            p: 'B’s older sibling, who has similar needs, was discharged by community paediatrics at 18 with no adult clinician in place and went without epilepsy review for 14 months. The family expected the same for B.',
          },
          { h: 'What happened' },
          {
            bullets: [
              'When the protocol started in January 2024, B, then 17, was added to the transition tracker and discussed at the first monthly transition panel.',
              'Adult social care completed a Care Act assessment within six weeks, and a personal budget was agreed before B’s 18th birthday in May.',
              'The paediatrician and an adult neurologist held a joint appointment with B and the family. B received an easy-read handover letter.',
              'B led part of the Year 13 annual review using photographs, and said they wanted to work with animals.',
              'A supported internship at a local animal rescue centre began in June 2024, with travel training.',
            ],
          },
          { h: 'Impact' },
          {
            p: 'B moved to adult services with no gap in care. The family said the process was “calm, for once”. B now travels to the internship independently three days a week.',
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC7',
        stance: 'supports',
        note: 'Shows the protocol working as intended: early planning, a health handover with no gap in care, and a supported internship chosen by the young person.',
      },
    ],
  },
  {
    title: 'Case study: Child C – back to full-time school after the risk of exclusion',
    kind: 'case-study',
    asAt: '2024-03-07',
    source: 'Education',
    description:
      'A Year 8 pupil with social, emotional and mental health needs who was at risk of permanent exclusion and on a part-time timetable. The inclusion support team, the school and CAMHS agreed a plan that returned the pupil to full-time education within ten weeks. Pseudonymised.',
    personalData: true,
    files: [
      {
        type: 'pdf',
        name: 'case-study-child-c.pdf',
        org: COUNCIL,
        label: 'Case study – Inclusion Support Team',
        heading: 'Case study: Child C',
        blocks: [
          { meta: [['Age and setting', '12, Year 8, mainstream secondary academy'], ['Needs', 'Social, emotional and mental health; SEN support, no EHC plan'], ['Consent', 'Parent and pupil consented']] },
          { h: 'The situation in September 2023' },
          {
            p: 'Child C had received four suspensions in Year 7 and had been on a part-time timetable of mornings only since the summer term. The school was considering permanent exclusion. The parent had contacted SENDIASS.',
          },
          { h: 'What we did' },
          {
            bullets: [
              'The inclusion support team held a team-around-the-child meeting within a week of the school’s referral.',
              'An educational psychologist assessment identified unmet language needs behind much of Child C’s behaviour.',
              'CAMHS offered a fast-tracked appointment through the schools’ mental health support team.',
              'The part-time timetable was given a written end date and increased every two weeks.',
            ],
          },
          { h: 'Impact' },
          {
            p: 'Child C returned to a full timetable after ten weeks and has had no suspensions since October 2023. Attendance rose from 54% in the autumn half-term to 93% in the spring term. The school is now requesting an EHC needs assessment with the parent, based on the psychologist’s findings.',
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC8',
        stance: 'supports',
        note: 'A part-time timetable with an end date, a pupil kept in school and attendance up from 54% to 93%: the approach we want every school to use.',
      },
    ],
  },
  {
    title: 'Case study: Child D – a two-year wait for an autism assessment',
    kind: 'case-study',
    asAt: '2024-08-12',
    source: PCF,
    description:
      'Written with a family through the parent carer forum: a ten-year-old who waited 104 weeks for an autism assessment. The family used the sleep clinic but struggled to get support at school without a diagnosis, and the child’s attendance fell. Pseudonymised; contains health information.',
    personalData: true,
    files: [
      {
        type: 'pdf',
        name: 'case-study-child-d.pdf',
        org: PCF,
        label: 'Case study – written with a family by the parent carer forum',
        heading: 'Case study: Child D',
        blocks: [
          { meta: [['Age and setting', '10, mainstream primary school (Year 5 in 2023–24)'], ['Referred', 'July 2022, by the GP'], ['Assessed', 'July 2024, 104 weeks after referral']] },
          { h: 'The family’s account' },
          {
            p: 'We were told the wait would be long but nobody said two years. For the first year we heard nothing at all. When the waiting well letter came we went to the sleep clinic, which helped a lot, and I did the parent course online.',
          },
          {
            p: 'School was the hard part. They were kind, but they said they could not put in more support until we had a diagnosis. By the spring of Year 4 D was refusing to go in two or three days a week. We were on a part-time timetable for a term.',
          },
          { h: 'What happened next' },
          {
            p: 'D was assessed in July 2024 and diagnosed as autistic. The diagnosis appointment was good and we were given a follow-up plan. But D missed a lot of Year 4 and Year 5, and I do not think the diagnosis should have been needed before school changed things.',
          },
          { h: 'What the forum draws from this' },
          {
            bullets: [
              'The waiting well offer helped this family once they knew about it, more than a year into their wait.',
              'Needs-led support in school, without waiting for a diagnosis, is not yet consistent.',
            ],
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC5',
        stance: 'counters',
        note: 'A two-year wait, a year of it with no contact, and support at school held back pending diagnosis. Inspectors are likely to hear accounts like this from families.',
      },
    ],
  },
  {
    title: 'Case study: Family E – finding a short break through the local offer',
    kind: 'case-study',
    asAt: '2023-12-04',
    source: TRUST,
    description:
      'A short account, recorded by a community nurse, of a family who found an inclusive Saturday and holiday club through the rebuilt local offer and booked it without needing an assessment. Pseudonymised; mentions the child’s condition.',
    personalData: true,
    files: [
      {
        type: 'text',
        name: 'case-study-family-e.txt',
        text: `CASE STUDY: FAMILY E
Recorded by: Community children's nurse, Wendle Valley Community Health NHS
Foundation Trust
Date: 4 December 2023
(Pseudonymised. Shared with the family's consent.)

Family E has a nine-year-old with cerebral palsy who uses a wheelchair. At a
home visit in early November the parent said the family had never used a
short break: they thought short breaks were only for children with a social
worker.

The nurse showed the parent the "Things to do" section of the relaunched local
offer on her phone. Together they filtered for "wheelchair accessible" and
"no assessment needed" and found an inclusive Saturday and holiday club at
the leisure centre, with a changing places toilet. The parent booked two Saturday
sessions in November using the online form linked from the entry.

At the December visit the parent said the child had "loved every minute" and
that she had booked the Christmas holiday sessions herself. She has since
recommended the local offer to two other parents at the child's school.
`,
      },
    ],
    links: [
      {
        area: 'AOC6',
        stance: 'supports',
        note: 'A family found and booked a short break on their own using the rebuilt local offer, and now recommend it. Impact on the ground, not just page views.',
      },
    ],
  },
];
