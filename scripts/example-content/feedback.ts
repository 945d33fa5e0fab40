import { HEALTH_AT_18, LOCAL_OFFER_RELAUNCH } from './documents.ts';
import { COUNCIL, ICB, PCF, SENDIASS } from './library.ts';
import type { ItemSpec } from './types.ts';

/** Percentage agreeing, 2023 and 2024, in the parent carer forum's annual survey. */
const survey: [string, number, number][] = [
  ['I feel listened to by professionals when decisions are made about my child', 29, 38],
  ['Communication from the SEND service is clear and timely', 18, 24],
  ['I know who my child’s EHC coordinator is', 41, 63],
  ['My child’s EHC plan describes their needs well', 35, 44],
  ['I know about the local offer website', 37, 52],
  ['I find it easy to find what I need on the local offer', 21, 27],
  ['I am confident my child’s needs will be met in Brackenford', 24, 31],
];

export const feedback: ItemSpec[] = [
  {
    title: 'Parent carer survey 2024 – summary of results',
    kind: 'feedback',
    feedback: { voice: 'parent-carer-forum', channel: 'survey', sentiment: 'mixed', consent: true, anonymised: true },
    asAt: '2024-06-28',
    source: PCF,
    description:
      'The parent carer forum’s annual survey, run independently of the council; 387 parents and carers responded, up from 214 in 2023. Results improved on every question, but fewer than a quarter say communication is clear and timely, and only just over a quarter find the local offer easy to use. The spreadsheet gives the full results.',
    personalData: false,
    files: [
      {
        type: 'pdf',
        name: 'parent-carer-survey-2024-summary.pdf',
        org: PCF,
        label: 'Annual survey – summary for the Local Area Improvement Board',
        blocks: [
          { meta: [['Responses', '387 (2023: 214)'], ['Open', '13 May to 21 June 2024, online and on paper'], ['Run by', 'Brackenford Parent Carer Forum, independently of the council and the ICB']] },
          { h: 'Results' },
          {
            table: {
              head: ['Statement', 'Agree 2023', 'Agree 2024'],
              widths: [323, 80, 80],
              rows: survey.map(([q, a, b]) => [q, `${a}%`, `${b}%`]),
            },
          },
          { h: 'What parents told us' },
          {
            p: 'Families notice that their child’s coordinator now gets back to them, and many named individual officers who had made a difference. But the most common theme in the comments is still communication: letters that arrive late, calls not returned, and not knowing what happens next after an annual review.',
          },
          {
            p: 'The local offer is better known, but parents say it is still hard to find support for older children and young adults, and that search results are cluttered.',
          },
          { h: 'Our view as a forum' },
          {
            p: 'Things are moving in the right direction, and faster than in the year before. But a majority of parents still do not feel listened to, and we want the partnership to treat communication as a priority in its own right.',
          },
        ],
      },
      {
        type: 'csv',
        name: 'parent-carer-survey-2024-results.csv',
        rows: [
          ['Statement', 'Agree 2023 (%)', 'Agree 2024 (%)', 'Responses 2023', 'Responses 2024'],
          ...survey.map(([q, a, b]) => [q, a, b, 214, 387]),
        ],
      },
    ],
    links: [
      {
        area: 'AOC2',
        stance: 'counters',
        note: 'Although every score improved, only 38% of parents feel listened to and 24% say communication is clear and timely. Parents are telling us communication is still poor.',
      },
      {
        area: 'AOC6',
        stance: 'counters',
        note: 'Awareness of the local offer is up to 52%, but only 27% find it easy to find what they need: the site is better known, not yet easy enough to use.',
      },
    ],
  },
  {
    title: 'Parent carer survey 2024 – free-text comments (export)',
    kind: 'feedback',
    feedback: { voice: 'parent-carer', channel: 'survey', sentiment: 'mixed', consent: true, anonymised: false },
    asAt: '2024-06-28',
    source: PCF,
    description:
      'The free-text answers to the survey question “What one thing would make the biggest difference to your family?”, exported from the survey tool. Names have been removed, but some comments describe a child’s circumstances in enough detail to identify them, so this item is marked as containing personal data.',
    personalData: true,
    files: [
      {
        type: 'csv',
        name: 'parent-carer-survey-2024-comments.csv',
        rows: [
          ['Response ID', 'Submitted', 'Child’s school phase', 'What one thing would make the biggest difference to your family?'],
          ['R0017', '2024-05-14', 'Primary', 'Someone ringing me back. I left three messages about the annual review and heard nothing for five weeks.'],
          ['R0042', '2024-05-15', 'Secondary', 'Our new coordinator is brilliant and the plan came on time this year. Please keep her!'],
          ['R0063', '2024-05-17', 'Primary', 'Knowing where we are on the autism waiting list. [child’s name] has been waiting since Year 1 and the school says they can’t do more without a diagnosis.'],
          ['R0088', '2024-05-20', 'Post-16', 'Help planning for after college. Nobody has talked to us about adult social care and he turns 18 in March.'],
          ['R0121', '2024-05-24', 'Secondary', 'Letters in plain English. The draft plan used words we did not understand and nobody explained them.'],
          ['R0157', '2024-05-29', 'Early years', 'The portage worker and the nursery worked together really well. More of that.'],
          ['R0203', '2024-06-04', 'Primary', 'Stop the part-time timetable. She has been on mornings only since October and it is affecting my work.'],
          ['R0245', '2024-06-10', 'Secondary', 'Being told what happened after we gave feedback. We never hear back.'],
          ['R0301', '2024-06-17', 'Primary', 'Information about clubs for children like mine in the holidays, all in one place.'],
        ],
      },
    ],
    links: [
      {
        area: 'AOC2',
        stance: 'counters',
        note: 'Parents’ own words: calls not returned, jargon in draft plans, and not hearing what happened after they gave feedback. Also some praise for individual coordinators.',
      },
    ],
  },
  {
    title: 'Coffee morning notes – families waiting for a neurodevelopmental assessment',
    kind: 'feedback',
    feedback: { voice: 'parent-carer', channel: 'event', sentiment: 'negative', consent: true, anonymised: true },
    asAt: '2024-02-08',
    source: PCF,
    description:
      'Notes from a parent carer forum coffee morning attended by 17 parents and carers of children on the neurodevelopmental waiting list, with the pathway’s clinical lead and the Designated Clinical Officer. Families valued the sleep clinic and parent workshops but said they still feel forgotten while they wait.',
    personalData: false,
    files: [
      {
        type: 'text',
        name: 'coffee-morning-nd-pathway-2024-02-08.md',
        text: `# Coffee morning: waiting for an autism or ADHD assessment

**Date:** 8 February 2024
**Where:** Brackenford Family Hub, 10am to 12 noon
**Hosted by:** Brackenford Parent Carer Forum
**With:** the clinical lead for the neurodevelopmental pathway and the Designated Clinical Officer
**Attended by:** 17 parents and carers (children aged 4 to 15)

## What is working

- Several parents had been on the four-week "Understanding your child" workshop and found it practical. Two said it was the first time they had felt someone understood.
- The sleep clinic was praised by everyone who had used it.
- Parents liked being able to ring the Wednesday advice line, though some had not heard of it.

## What is not working

- Most parents said they had heard nothing since the acceptance letter. "You feel forgotten."
- Nobody knew where their child was on the list or how long they might wait.
- Some schools still say they cannot put support in place without a diagnosis, despite the Ordinarily Available Provision guide.
- Parents of teenagers said the workshops are aimed at younger children.

## What the clinical lead said

- A six-monthly "keeping in touch" letter will start in April, with an estimated wait.
- A workshop for parents of 11 to 16 year olds is being developed with the forum.
- The clinical lead will take the point about schools to the SENCO network.

## Agreed next steps

1. Forum to review the draft keeping-in-touch letter (March).
2. Clinical lead to return to a coffee morning in the summer to report back.
`,
      },
    ],
    links: [
      {
        area: 'AOC5',
        stance: 'counters',
        note: 'Families still feel forgotten while waiting and do not know how long the wait will be. The waiting-well offer helps those who use it but does not yet reach everyone.',
      },
    ],
  },
  {
    title: 'SENDIASS annual report 2023–24 – extract on themes of enquiries',
    kind: 'feedback',
    feedback: { voice: 'sendiass', channel: null, sentiment: 'mixed', consent: true, anonymised: true },
    asAt: '2024-05-20',
    source: SENDIASS,
    description:
      'Extract from the independent SENDIASS annual report giving the number and themes of enquiries from parents, carers and young people. Enquiries about delayed annual reviews and amendments rose sharply, and enquiries about part-time timetables and informal exclusions remain high, while enquiries about new assessments fell.',
    personalData: false,
    files: [
      {
        type: 'pdf',
        name: 'sendiass-annual-report-2023-24-extract.pdf',
        org: SENDIASS,
        label: 'Annual report 2023–24 (extract)',
        heading: 'SENDIASS annual report 2023–24: who contacted us and why',
        blocks: [
          {
            p: 'Brackenford SENDIASS gives free, impartial and confidential information, advice and support to children and young people with SEND and their parents and carers. We are funded jointly by the council and the ICB and are managed at arm’s length from both.',
          },
          { h: 'Enquiries by theme' },
          {
            table: {
              head: ['Theme', '2022–23', '2023–24', 'Change'],
              widths: [230, 80, 80, 93],
              rows: [
                ['Requesting an EHC needs assessment', '412', '356', '-14%'],
                ['Delays to annual reviews and amendments', '138', '241', '+75%'],
                ['Exclusion, suspension or part-time timetable', '176', '168', '-5%'],
                ['Appeals and mediation', '94', '81', '-14%'],
                ['Preparing for adulthood', '47', '63', '+34%'],
                ['Other', '203', '219', '+8%'],
                ['Total', '1,070', '1,128', '+5%'],
              ],
            },
          },
          { h: 'What we are hearing' },
          {
            bullets: [
              'Parents tell us new assessments are quicker, and fewer come to us because a deadline has been missed.',
              'After an annual review, many families wait months for the amended plan, and some do not know whether the review has been recorded at all.',
              'Children are still being sent home early or placed on reduced timetables without a clear plan to return to full time.',
            ],
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC3',
        stance: 'counters',
        note: 'Enquiries about delayed annual reviews and amendments rose by 75%. An independent voice confirming what our overdue reviews data shows.',
      },
      {
        area: 'AOC8',
        stance: 'counters',
        note: 'Enquiries about exclusions and part-time timetables have hardly fallen, and SENDIASS still hears of children sent home without a plan.',
      },
    ],
  },
  {
    title: 'Complaint about a delayed amendment after an annual review',
    kind: 'feedback',
    feedback: { voice: 'parent-carer', channel: 'complaint', sentiment: 'negative', consent: false, anonymised: false },
    asAt: '2024-01-16',
    source: COUNCIL,
    description:
      'A stage 1 complaint from a parent whose child’s amended EHC plan had not been issued 19 weeks after the annual review, with the council’s response upholding the complaint and apologising. It identifies the child’s school and year group, so it is marked as containing personal data.',
    personalData: true,
    files: [
      {
        type: 'text',
        name: 'complaint-annual-review-amendment-2024-01.txt',
        text: `STAGE 1 COMPLAINT - SUMMARY AND RESPONSE
Reference: SEND/C/2023-24/118 (example)
Received: 4 January 2024    Responded: 16 January 2024
Complaint about: Delay in issuing an amended EHC plan after annual review

SUMMARY OF COMPLAINT
The parent of a Year 6 pupil at [school name] says that her son's annual
review was held on 5 September 2023. The school sent the review paperwork to
the council the same week and recommended changes, including specialist
support for secondary transfer. By 4 January 2024 no amended plan or decision
letter had been issued, and secondary school applications had closed. The
parent says she rang the SEND team six times and was promised a call back each
time. She asks for the amended plan to be issued and for an explanation.

RESPONSE (summary)
The complaint is upheld. The council should have told the parent within four
weeks of the review whether it intended to amend the plan, and issued the final
amended plan within 12 weeks of the review. Neither happened, because the
paperwork was logged against the wrong case. We apologise.
- A proposed amended plan was sent on 12 January 2024.
- The EHC coordinator has contacted the preferred secondary school directly.
- All review paperwork received since September has been checked to make sure
  no other cases were logged wrongly; four further cases were found and
  corrected.

LESSONS LEARNED
Annual review paperwork is now logged on receipt with an automatic
acknowledgement to the family.
`,
      },
    ],
    links: [
      {
        area: 'AOC3',
        stance: 'counters',
        note: 'A clear example of the annual review delays that remain, with a missed statutory timescale at a key transfer point. The lessons learned show our response.',
      },
    ],
  },
  {
    title: 'Compliment from a parent about an EHC coordinator',
    kind: 'feedback',
    feedback: { voice: 'parent-carer', channel: 'compliment', sentiment: 'positive', consent: true, anonymised: true },
    asAt: '2024-04-09',
    source: COUNCIL,
    description:
      'A compliment emailed to the SEND team by a parent after her daughter’s EHC plan was issued in 17 weeks. She praises the coordinator for keeping her informed at every stage and for explaining the draft plan in person. Identifying details have been removed.',
    personalData: false,
    files: [
      {
        type: 'text',
        name: 'compliment-ehc-coordinator-2024-04.txt',
        text: `COMPLIMENT RECEIVED - SEND ASSESSMENT AND REVIEW TEAM
Received: 9 April 2024
Passed to: EHC coordinator and team manager
(identifying details removed)

"I wanted to say thank you. When we asked for an assessment last year I was
dreading it because of what other parents had told me. It has been nothing
like that. Our coordinator rang me in the first week to introduce herself,
told me what would happen and when, and rang again whenever something came
in. When the draft plan arrived she came to our house to go through it with
me and explained the parts I did not understand. We changed two of the
outcomes together. The final plan came in 17 weeks and it actually sounds
like my daughter. Please pass this on."
`,
      },
    ],
    links: [
      {
        area: 'AOC3',
        stance: 'supports',
        note: 'A parent’s own account of a timely, well-explained assessment in which she shaped the outcomes in the plan.',
      },
    ],
  },
  {
    title: '“You said, we did” – autumn 2023',
    kind: 'feedback',
    feedback: { voice: 'parent-carer-forum', channel: 'you-said-we-did', sentiment: 'positive', consent: true, anonymised: true },
    asAt: '2023-11-20',
    source: COUNCIL,
    description:
      'The partnership’s autumn 2023 “you said, we did” report, agreed with the parent carer forum and published on the local offer. It sets out six things families told us and what changed as a result, including the local offer redesign and a named EHC coordinator for every family.',
    personalData: false,
    files: [
      {
        type: 'pdf',
        name: 'you-said-we-did-autumn-2023.pdf',
        org: COUNCIL,
        label: 'Published on the Brackenford SEND Local Offer with the parent carer forum',
        blocks: [
          {
            p: 'Every term we publish what you have told us and what we have done about it. This edition covers feedback from the 2023 parent carer survey, three coffee mornings and the Brackenford Voices young people’s group.',
          },
          {
            table: {
              head: ['You said', 'We did'],
              widths: [240, 243],
              rows: [
                ['You did not know who was dealing with your child’s EHC assessment.', 'Every family now has a named EHC coordinator, who contacts you within five working days of a request.'],
                ['The local offer was out of date and hard to search.', 'We rebuilt the site with parents, removed 214 out-of-date entries and added a “last checked” date to every service.'],
                ['There was nothing to help while you wait for an autism assessment.', 'The “waiting well” offer started in October: workshops, a sleep clinic and a weekly advice line.'],
                ['Young people wanted information written for them, not their parents.', 'Brackenford Voices wrote the new “Moving on” pages for 14 to 25 year olds.'],
                ['Letters were full of jargon.', 'The forum has reviewed our standard letters; new versions start in January.'],
                ['You never heard what happened to your feedback.', 'This report, every term.'],
              ],
            },
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC2',
        stance: 'supports',
        note: 'Shows we close the loop with families: each change is traced back to what they told us, and the report is agreed with the forum.',
      },
      {
        area: 'AOC6',
        stance: 'supports',
        note: 'Records the local offer rebuild with parents, including removing 214 out-of-date entries.',
      },
    ],
  },
  {
    title: 'Brackenford Voices young people’s forum – session on moving to adulthood',
    kind: 'feedback',
    feedback: {
      voice: 'child-young-person',
      channel: 'forum-meeting',
      sentiment: 'mixed',
      consent: true,
      anonymised: true,
      answeredBy: HEALTH_AT_18,
    },
    asAt: '2024-03-13',
    source: COUNCIL,
    description:
      'Notes from a session of Brackenford Voices, the young people’s SEND forum, with 11 young people aged 15 to 22. They talked about what helps and what gets in the way when moving on from school, and about the move from children’s to adult health services, which most found confusing.',
    personalData: false,
    files: [
      {
        type: 'text',
        name: 'brackenford-voices-pfa-2024-03-13.md',
        text: `# Brackenford Voices: moving to adulthood

**Date:** 13 March 2024
**Young people:** 11, aged 15 to 22 (school, college, supported internship and one young person not in education or work)
**Staff:** participation worker; preparing for adulthood lead (listening only for the first hour)

## What helps

- Supported internships: two members are on one and said it was "the first time anyone thought I could have a proper job".
- The college transition days in the summer term.
- The new "Moving on" pages, which the group wrote, are "actually for us".

## What gets in the way

- Most did not know they would move from the children's doctor to adult services, or what would happen. "One day I just got a letter saying I'd been discharged."
- Annual reviews talk to parents, not to the young person.
- Travel: several cannot get to college or work without help, and the travel training waiting list is long.
- The young person not in education or work said nobody had contacted him since he left college.

## What the group asked for

1. A one-page "what happens to my health care at 18" guide, written with them.
2. To lead part of their own annual review from Year 9.
3. A named person to call after leaving school or college.

The preparing for adulthood lead agreed to bring a reply to the June meeting.
`,
      },
    ],
    links: [
      {
        area: 'AOC7',
        stance: 'counters',
        note: 'Young people told us health transition still comes as a shock and some lose contact after leaving college. Their voice shows the protocol has not yet reached them.',
      },
      {
        area: 'AOC2',
        stance: 'supports',
        note: 'Young people are shaping services directly: they wrote the “Moving on” pages and set the agenda for this session.',
      },
    ],
  },
  {
    title: 'Parent carer forum feedback to the Improvement Board – one year on',
    kind: 'feedback',
    feedback: { voice: 'parent-carer-forum', channel: 'forum-meeting', sentiment: 'mixed', consent: true, anonymised: true },
    asAt: '2024-04-24',
    source: PCF,
    description:
      'The parent carer forum’s written feedback to the Local Area Improvement Board a year after the written statement of action was declared fit for purpose. The forum describes itself as an equal partner in governance and names real changes, while warning that many families have not yet felt the difference.',
    personalData: false,
    files: [
      {
        type: 'docx',
        name: 'pcf-feedback-one-year-on-2024-04.docx',
        org: PCF,
        label: 'Paper to the Local Area Improvement Board',
        heading: 'One year on: the parent carer forum’s view',
        blocks: [
          { h: 'Where we started' },
          {
            p: 'When inspectors visited in November 2022, the forum was invited to meetings after decisions had been made. Parents told inspectors they did not trust the system. We agreed to work on the written statement of action on one condition: that we would be partners, not an audience.',
          },
          { h: 'What has changed' },
          {
            bullets: [
              'We vice-chair the Improvement Board and co-chair the co-production workstream.',
              'We wrote parts of the SEND and Inclusion Strategy and agreed the final text.',
              'A forum member now sits on every termly EHC plan audit.',
              'Our mystery shopping led directly to the local offer being rebuilt.',
              'Leaders come to our coffee mornings and come back to tell us what they did.',
            ],
          },
          { h: 'What has not changed enough' },
          {
            p: 'Many families, especially those waiting for an autism assessment or an amended plan, have not yet felt any difference. Our 2023 survey found that fewer than a third of parents felt listened to, and what we hear at coffee mornings has not yet changed enough. Co-production at the top table is real; co-production in every child’s plan is not yet.',
          },
          { h: 'Our ask of the board' },
          {
            p: 'Treat communication with individual families as seriously as strategic co-production, and measure it.',
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC2',
        stance: 'supports',
        note: 'The forum itself says it is now an equal partner in governance and lists what it has changed. Strong evidence of strategic co-production, with an honest caveat about individual families.',
      },
      {
        area: 'AOC3',
        stance: 'supports',
        note: 'A forum member now sits on every termly EHC plan audit, so parents help judge the quality of plans, not only their timeliness.',
      },
    ],
  },
  {
    title: 'Local offer mystery shopping by the parent carer forum',
    kind: 'feedback',
    feedback: {
      voice: 'parent-carer-forum',
      channel: 'event',
      sentiment: 'negative',
      consent: true,
      anonymised: true,
      answeredBy: LOCAL_OFFER_RELAUNCH,
    },
    asAt: '2023-02-24',
    source: PCF,
    description:
      'Findings from six parent volunteers who tried to find answers to ten everyday questions on the old local offer website, shortly after the inspection. They found the answer to fewer than half, and found broken links and services that had closed. This led to the site being rebuilt.',
    personalData: false,
    files: [
      {
        type: 'text',
        name: 'local-offer-mystery-shop-2023-02.md',
        text: `# Local offer mystery shop

**Carried out by:** six parent volunteers from Brackenford Parent Carer Forum
**When:** 6 to 17 February 2023
**Report date:** 24 February 2023

## What we did

Each volunteer tried to answer the same ten questions using only the local
offer website, on a phone and on a computer, and timed themselves.

## Results

| Question | Answered by (of 6) |
|---|---|
| How do I ask for an EHC needs assessment? | 5 |
| What support can my child get at school without an EHC plan? | 2 |
| Where can I get help while waiting for an autism assessment? | 0 |
| What short breaks are there in the holidays? | 3 |
| Who do I contact about transport to school? | 4 |
| What happens at 16 if my child has an EHC plan? | 1 |
| How do I complain? | 4 |
| Is there a parent support group near me? | 2 |
| How do I contact SENDIASS? | 5 |
| What happens to health care at 18? | 0 |

Overall: 26 of 60 answers found (43%).

## Other problems

- 31 broken links on the pages we visited.
- At least 9 listed services had closed.
- The search box returned council committee papers before local offer pages.
- On a phone, the menu hid most of the site.

## What we recommend

Rebuild the site with parents, start from the questions families actually
ask, and show the date each entry was last checked.
`,
      },
    ],
    links: [
      {
        area: 'AOC6',
        stance: 'counters',
        note: 'Parents could find fewer than half of the answers on the old site. This is the position soon after the inspection, now out of date, but it explains why we rebuilt the local offer.',
      },
    ],
  },
  {
    title: 'SENCO network survey on the EHC process and inclusion support',
    kind: 'feedback',
    feedback: { voice: 'school-senco', channel: 'survey', sentiment: 'positive', consent: true, anonymised: true },
    asAt: '2024-02-27',
    source: 'Education',
    description:
      'Results of a survey of special educational needs coordinators run through the SENCO network; 64 of 91 schools replied. Most SENCOs say the EHC assessment process is quicker and better explained than a year ago, and that the inclusion support team helps them keep pupils in school.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'senco-survey-2024-02.csv',
        rows: [
          ['Statement', 'Strongly agree', 'Agree', 'Disagree', 'Strongly disagree', 'Responses'],
          ['The EHC needs assessment process is quicker than a year ago', 18, 31, 11, 4, 64],
          ['I know who to contact in the SEND team about a pupil', 27, 30, 5, 2, 64],
          ['Draft EHC plans describe pupils’ needs accurately', 9, 34, 17, 4, 64],
          ['Annual review amendments are processed in good time', 3, 14, 29, 18, 64],
          ['The inclusion support team helps us avoid suspending pupils with SEND', 16, 33, 12, 3, 64],
          ['The Ordinarily Available Provision guide is useful', 22, 35, 6, 1, 64],
        ],
      },
    ],
    links: [
      {
        area: 'AOC3',
        stance: 'supports',
        note: '49 of 64 SENCOs say assessments are quicker and 43 that draft plans are accurate. Professionals see the change too. They also flag amendments after review as slow.',
      },
      {
        area: 'AOC8',
        stance: 'supports',
        note: 'Three quarters of SENCOs say the inclusion support team helps them avoid suspending pupils with SEND.',
      },
    ],
  },
  {
    title: 'Health practitioners on writing advice for EHC plans – workshop feedback',
    kind: 'feedback',
    feedback: { voice: 'practitioner', channel: 'event', sentiment: 'mixed', consent: true, anonymised: true },
    asAt: '2024-05-15',
    source: ICB,
    description:
      'What 23 speech and language therapists, occupational therapists, health visitors and school nurses said at a workshop run by the Designated Clinical Officer. “We get the request in good time now and the template makes sense.” “I write the advice and never see the final plan, so I don’t know if it made any difference.” “The plan says weekly therapy but there aren’t enough of us to do that.”',
    personalData: false,
    files: [],
    links: [
      {
        area: 'AOC3',
        stance: 'supports',
        note: 'Health practitioners say requests for advice now arrive in good time and the new template helps them write it, though they rarely see the final plan.',
      },
      {
        area: 'AOC4',
        stance: 'counters',
        note: 'Therapists say plans promise more therapy than there are therapists to deliver it: a commissioning gap still to close.',
      },
    ],
  },
  {
    title: 'Councillor and MP enquiries about SEND – summary of themes, 2023–24',
    kind: 'feedback',
    feedback: { voice: 'other', channel: 'complaint', sentiment: 'negative', consent: false, anonymised: true },
    asAt: '2024-04-30',
    source: COUNCIL,
    description:
      'A summary by theme of the 58 enquiries local councillors and the MP made on behalf of families in 2023–24, down from 97 the year before. Most were about amended plans not arriving after an annual review (21) and secondary school places (14). No family is named. A typical one: “My constituent has chased the amended plan for four months and still has no date.”',
    personalData: false,
    files: [],
    links: [
      {
        area: 'AOC3',
        stance: 'counters',
        note: 'Elected members still raise delayed amendments after annual review more than anything else, matching what SENDIASS and the overdue reviews figures show.',
      },
    ],
  },
  {
    title: 'Year 9 pupils on their first preparing for adulthood review',
    kind: 'feedback',
    feedback: { voice: 'child-young-person', channel: 'survey', sentiment: 'positive', consent: true, anonymised: true },
    asAt: '2024-07-05',
    source: 'Education',
    description:
      'A short survey of 34 pupils with EHC plans after their Year 9 annual review, the first to focus on preparing for adulthood. 26 said they got to say what they want to do after school. “They asked me what I’m good at and wrote it down.” “I liked that I could bring my own slides.” “It was mostly the adults talking, but better than last year.”',
    personalData: false,
    files: [],
    links: [
      {
        area: 'AOC7',
        stance: 'supports',
        note: 'Young people say they now have a say in their Year 9 review and are asked about their plans for after school, as Brackenford Voices asked.',
      },
    ],
  },
  {
    title: 'What young people on part-time timetables told us',
    kind: 'feedback',
    feedback: { voice: 'child-young-person', channel: 'event', sentiment: 'negative', consent: true, anonymised: true },
    asAt: '2024-05-22',
    source: 'Education',
    description:
      'Notes from small-group conversations the inclusion support team held with nine pupils with SEND who were on part-time timetables. “I only go in the mornings. I miss lunch with my mates and I’m behind in everything.” “Nobody told me when I’d be back full time.” “The new teacher who checks on me is alright.”',
    personalData: false,
    files: [],
    links: [
      {
        area: 'AOC8',
        stance: 'counters',
        note: 'Pupils on part-time timetables do not know when they will return full time, and feel cut off from friends and learning.',
      },
    ],
  },
];
