import { COUNCIL, ICB, TRUST } from './library.ts';
import type { ItemSpec } from './types.ts';

/** Documents that record the action taken in answer to feedback ("you said, we did"). */
export const LOCAL_OFFER_RELAUNCH = 'Local offer website – home page capture and usage figures';
export const HEALTH_AT_18 = '“What happens to my health care at 18?” – guide written with young people';

export const documents: ItemSpec[] = [
  {
    title: 'SEND Local Area Improvement Board minutes – June 2023',
    kind: 'document',
    asAt: '2023-06-20',
    source: COUNCIL,
    description:
      'Minutes of the second meeting of the Local Area Improvement Board (LAIB) after the written statement of action was declared fit for purpose. They record the new independent chair, the parent carer forum taking the vice-chair role, and agreement to build a single SEND performance dashboard shared by the council and the ICB.',
    personalData: false,
    files: [
      {
        type: 'pdf',
        name: 'laib-minutes-2023-06.pdf',
        org: COUNCIL,
        label: 'SEND Local Area Improvement Board – Minutes',
        heading: 'Local Area Improvement Board: minutes of the meeting',
        blocks: [
          {
            meta: [
              ['Venue', 'Committee Room 2, Brackenford Civic Centre, and online'],
              ['Chair', 'Independent Chair of the LAIB'],
              ['Vice-chair', 'Chair, Brackenford Parent Carer Forum'],
              [
                'Present',
                'Director of Children’s Services; Assistant Director for SEND and Inclusion; ICB Director of Nursing; Designated Clinical Officer; Head of SENDIASS; two headteacher representatives; workstream leads',
              ],
            ],
          },
          { h: '1. Welcome and declarations' },
          {
            p: 'The chair welcomed members. This is the board’s first meeting with the parent carer forum in the vice-chair role, agreed at the May meeting. No declarations of interest were made.',
          },
          { h: '2. Written statement of action: progress by workstream' },
          {
            p: 'The Assistant Director for SEND and Inclusion reported that 11 of the 96 actions are complete. Workstream leads gave short updates. The EHC assessment workstream has recruited two additional EHC coordinators and cleared 40 cases that had waited more than 30 weeks. The joint commissioning workstream has agreed terms of reference for a Joint Commissioning Group.',
          },
          {
            p: 'The vice-chair challenged the board to report impact, not activity: families want to know whether their child’s plan will arrive on time, not how many meetings have been held. The chair agreed that every future highlight report will include at least one measure of impact.',
          },
          { h: '3. A single SEND performance dashboard' },
          {
            p: 'The board agreed that the council’s business intelligence team and the ICB will build one dashboard drawing on education, health and care data. A first version will come to the September board. Until then, the board has no single view of waiting times, EHC timeliness and attendance together.',
          },
          { h: 'Actions' },
          {
            table: {
              head: ['No.', 'Action', 'Owner', 'Due'],
              widths: [44, 256, 120, 63],
              rows: [
                ['23/14', 'First version of the joint SEND dashboard to the board', 'Head of Business Intelligence', 'Sep 2023'],
                ['23/15', 'Highlight reports to include an impact measure per workstream', 'Workstream leads', 'Jul 2023'],
                ['23/16', 'Parent carer forum to co-chair the co-production workstream', 'Assistant Director for SEND', 'Jul 2023'],
              ],
            },
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC1',
        stance: 'supports',
        note: 'Shows the governance we put in place after the inspection: an independent chair, challenge on impact, and the decision to build one dashboard so leaders share the same picture.',
      },
      {
        area: 'AOC2',
        stance: 'supports',
        note: 'The parent carer forum became vice-chair of the board, so families now sit at the top table rather than being consulted afterwards.',
      },
    ],
  },
  {
    title: 'SEND and Inclusion Strategy 2023–2027',
    kind: 'document',
    asAt: '2023-09-12',
    source: COUNCIL,
    description:
      'The area’s co-produced SEND and Inclusion Strategy, written with the parent carer forum, young people from the Brackenford Voices group, schools and health partners. It sets out five shared priorities and how progress against each will be measured. Signed off by the council’s Cabinet and the ICB Board.',
    personalData: false,
    files: [
      {
        type: 'pdf',
        name: 'send-inclusion-strategy-2023-2027.pdf',
        org: COUNCIL,
        label: 'Strategy – co-produced with families',
        blocks: [
          { h: 'Foreword' },
          {
            p: 'This strategy was written together. Over the spring and summer of 2023, more than 300 parents and carers, 46 young people and staff from schools, colleges, health and social care told us what matters to them. The parent carer forum and the Brackenford Voices group helped draft every chapter and agreed the final wording.',
          },
          { h: 'Our shared priorities' },
          {
            bullets: [
              'Families are heard, informed and involved in every decision about their child and about services.',
              'Needs are identified early and met without waiting for a diagnosis or a plan.',
              'EHC plans are timely, of good quality and reviewed every year.',
              'Children and young people attend, are included in and achieve at their local setting.',
              'Young people are well prepared for adult life, work and independence.',
            ],
          },
          { h: 'How we will know it is working' },
          {
            table: {
              head: ['Measure', 'Baseline', 'Target (2025)'],
              widths: [260, 110, 113],
              rows: [
                ['EHC plans issued within 20 weeks', '16.8%', '60%'],
                ['Parents who feel listened to (annual survey)', '29%', '50%'],
                ['Median wait for neurodevelopmental assessment', '71 weeks', '40 weeks'],
                ['Persistent absence, pupils with EHC plans', '39.4%', '30%'],
                ['Young people aged 16–17 with EHC plans who are NEET', '10.6%', '7%'],
              ],
            },
          },
          { h: 'Governance' },
          {
            p: 'The Local Area Improvement Board owns the strategy. Progress will be reported every quarter to the board and twice a year to the Health and Wellbeing Board, with a plain-English summary for families published on the local offer.',
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC2',
        stance: 'supports',
        note: 'Co-produced from the start with the parent carer forum and young people, who agreed the final wording. A clear example of strategic co-production.',
      },
      {
        area: 'AOC1',
        stance: 'supports',
        note: 'Sets baselines and targets that all partners signed up to, giving leaders a shared definition of success.',
      },
    ],
  },
  {
    title: 'Multi-agency EHC plan quality audit – baseline, December 2022',
    kind: 'document',
    asAt: '2022-12-09',
    source: COUNCIL,
    description:
      'The first multi-agency audit of 40 EHC plans, carried out a month after the inspection. Only 8 of the 40 plans were judged good or better. Health and social care sections were missing or generic in most plans, and the child’s voice was rarely recorded. This is the baseline the improvement work is measured against.',
    personalData: false,
    files: [
      {
        type: 'pdf',
        name: 'ehcp-audit-baseline-2022-12.pdf',
        org: COUNCIL,
        label: 'Quality assurance report',
        blocks: [
          { meta: [['Sample', '40 EHC plans issued between January and October 2022'], ['Auditors', 'SEND casework, educational psychology, Designated Clinical Officer, children’s social care']] },
          { h: 'Summary of grades' },
          {
            table: {
              head: ['Grade', 'Number of plans', 'Percentage'],
              widths: [200, 140, 143],
              rows: [
                ['Outstanding', '0', '0%'],
                ['Good', '8', '20%'],
                ['Requires improvement', '19', '48%'],
                ['Inadequate', '13', '33%'],
              ],
            },
          },
          { h: 'Main findings' },
          {
            bullets: [
              'Section E outcomes were vague in 29 plans and could not be measured.',
              'Health advice was missing or copied from an old report in 24 plans.',
              'Social care sections said “no needs identified” in 17 plans where the family had an open social care case.',
              'The child’s or young person’s own views were recorded in only 11 plans.',
            ],
          },
          { h: 'Recommendations' },
          {
            p: 'A shared quality standard for advice from all agencies; training for EHC coordinators on writing outcomes; and a termly multi-agency audit, with results reported to the Local Area Improvement Board.',
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC3',
        stance: 'counters',
        note: 'This is our starting point and confirms the inspection finding: only a fifth of plans were good. Useful to show the distance travelled, but on its own it shows the weakness.',
      },
    ],
  },
  {
    title: 'Multi-agency EHC plan quality audit – spring 2024',
    kind: 'document',
    asAt: '2024-04-26',
    source: COUNCIL,
    description:
      'The fifth termly multi-agency audit, of 36 plans issued between October 2023 and March 2024. 21 of 36 plans (58%) were judged good or better, up from 20% at the baseline. Health advice is now present and specific in most plans, but social care contributions remain the weakest section.',
    personalData: false,
    files: [
      {
        type: 'pdf',
        name: 'ehcp-audit-spring-2024.pdf',
        org: COUNCIL,
        label: 'Quality assurance report',
        blocks: [
          { meta: [['Sample', '36 EHC plans issued between October 2023 and March 2024'], ['Auditors', 'EHC coordinators, educational psychology, Designated Clinical Officer, social care, parent carer forum representative']] },
          { h: 'Grades compared with the baseline' },
          {
            table: {
              head: ['Grade', 'Dec 2022 (40 plans)', 'Mar 2024 (36 plans)'],
              widths: [180, 150, 153],
              rows: [
                ['Outstanding', '0%', '6%'],
                ['Good', '20%', '53%'],
                ['Requires improvement', '48%', '33%'],
                ['Inadequate', '33%', '8%'],
              ],
            },
          },
          { h: 'What has improved' },
          {
            bullets: [
              'Outcomes are specific and measurable in 27 of 36 plans.',
              'Health advice met the area’s quality standard in 30 of 36 plans, helped by the Designated Clinical Officer’s review of every health contribution.',
              'The child’s voice is recorded in their own words, or through an observation, in 28 plans.',
            ],
          },
          { h: 'What still needs to improve' },
          {
            p: 'Social care advice met the standard in only 15 of 36 plans. Where a child is known to early help rather than to a social worker, advice is often not requested. A parent carer forum representative joined the audit for the first time and noted that parents’ own contributions are sometimes summarised so briefly that families do not recognise them.',
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC3',
        stance: 'supports',
        note: 'Plans judged good or better rose from 20% to 58%, with health advice much stronger. Direct evidence that plan quality has improved, though social care advice is still weak.',
      },
    ],
  },
  {
    title: 'Joint Commissioning Strategy and section 75 agreement summary',
    kind: 'document',
    asAt: '2023-11-30',
    source: ICB,
    description:
      'The joint commissioning strategy for SEND agreed by the council and the ICB, with a summary of the new section 75 agreement that pools budgets for speech and language therapy, occupational therapy and short breaks. It names a joint commissioner and sets out how needs data will inform commissioning decisions.',
    personalData: false,
    files: [
      {
        type: 'pdf',
        name: 'joint-commissioning-strategy-2023.pdf',
        org: ICB,
        label: 'Joint strategy – council and ICB',
        heading: 'Joint Commissioning Strategy for children and young people with SEND',
        blocks: [
          { h: 'Why we need to commission together' },
          {
            p: 'At the inspection, leaders could not show how services were planned from an understanding of need. Therapies were commissioned separately by the council and the health service, with different waiting lists and different thresholds. Families were passed between them.',
          },
          { h: 'What we have agreed' },
          {
            bullets: [
              'A Joint Commissioning Group, chaired alternately by the council’s Head of Commissioning and the ICB’s Associate Director for Children, meets every six weeks.',
              'A jointly funded SEND Joint Commissioner post, in place from October 2023.',
              'A section 75 agreement pooling £3.4 million a year for therapies and short breaks from April 2024.',
              'Commissioning intentions will be set each year from the SEND joint strategic needs assessment and the SEND dashboard.',
            ],
          },
          { h: 'Pooled budget 2024–25' },
          {
            table: {
              head: ['Service', 'Council (£000)', 'ICB (£000)', 'Total (£000)'],
              widths: [200, 95, 95, 93],
              rows: [
                ['Speech and language therapy', '620', '980', '1,600'],
                ['Occupational therapy', '240', '410', '650'],
                ['Short breaks', '1,050', '100', '1,150'],
                ['Total', '1,910', '1,490', '3,400'],
              ],
            },
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC4',
        stance: 'supports',
        note: 'The formal basis of joint commissioning: a joint group, a joint commissioner and £3.4m pooled under section 75. Inspectors will want to see what it has changed, so pair it with the waiting-time data.',
      },
    ],
  },
  {
    title: 'ICB Board paper: SEND assurance report, January 2024',
    kind: 'document',
    asAt: '2024-01-10',
    source: ICB,
    description:
      'Report to the ICB Board from the Director of Nursing giving assurance on the health actions in the written statement of action. It records the Board’s decision to invest an extra £1.2 million in the neurodevelopmental pathway and the first results of the jointly commissioned therapies review.',
    personalData: false,
    files: [
      {
        type: 'pdf',
        name: 'icb-board-send-assurance-2024-01.pdf',
        org: ICB,
        label: 'Report to the ICB Board – for assurance and decision',
        heading: 'SEND assurance report',
        blocks: [
          { meta: [['Report of', 'Director of Nursing'], ['Purpose', 'Assurance and decision'], ['Classification', 'Public']] },
          { h: 'Recommendations' },
          {
            bullets: [
              'That the Board notes progress on the health actions in the written statement of action.',
              'That the Board approves recurrent investment of £1.2 million a year in the neurodevelopmental pathway from April 2024.',
            ],
          },
          { h: 'Progress on health actions' },
          {
            p: 'Health advice for EHC needs assessments is now returned within six weeks in 81% of cases, up from 43% in March 2023. The Designated Clinical Officer reviews every health contribution before it is sent. The therapies review, commissioned jointly with the council, has mapped demand for speech and language therapy by school and found the highest unmet need in the east of the borough.',
          },
          { h: 'The neurodevelopmental pathway' },
          {
            p: 'The median wait from referral to first assessment is 66 weeks. Referrals have risen by 38% in two years. Without further investment the waiting list will keep growing. The proposed investment funds two additional assessment teams and extends the “waiting well” offer to every family on the list.',
          },
          { h: 'Board decision' },
          { p: 'The Board approved the investment.' },
        ],
      },
    ],
    links: [
      {
        area: 'AOC4',
        stance: 'supports',
        note: 'Shows health leaders using needs data from the joint therapies review to make a commissioning decision.',
      },
      {
        area: 'AOC5',
        stance: 'supports',
        note: 'The ICB Board approved £1.2m a year of recurrent funding for the neurodevelopmental pathway, including support while families wait.',
      },
    ],
  },
  {
    title: 'Self-evaluation framework – refreshed March 2024',
    kind: 'document',
    asAt: '2024-03-28',
    source: COUNCIL,
    description:
      'The local area’s SEND self-evaluation, rewritten with partners and the parent carer forum in March 2024. For each area of concern it sets out what has changed, the evidence of impact and what is still not good enough. Written in Word so that workstream leads could edit their sections.',
    personalData: false,
    files: [
      {
        type: 'docx',
        name: 'send-self-evaluation-2024-03.docx',
        org: COUNCIL,
        label: 'Local area SEND self-evaluation',
        heading: 'Brackenford local area SEND self-evaluation',
        blocks: [
          { h: 'How we wrote this self-evaluation' },
          {
            p: 'Each workstream lead drafted their section using the SEND dashboard, audit findings and what families have told us. The parent carer forum read every section and challenged claims that were not backed by evidence. Where partners disagreed, we say so.',
          },
          { h: 'Summary of our judgements' },
          {
            table: {
              head: ['Area of concern', 'Our view', 'Main evidence'],
              rows: [
                ['AOC1 Leaders’ understanding', 'Strong progress', 'Joint dashboard; advisors’ deep dive'],
                ['AOC2 Co-production', 'Good progress, not yet felt by all families', 'Co-produced strategy; parent survey'],
                ['AOC3 EHC plans', 'Good progress on quality; timeliness improving', 'Audits; 20-week data'],
                ['AOC4 Joint commissioning', 'Good progress', 'Section 75 agreement; therapies review'],
                ['AOC5 Neurodevelopmental waits', 'Not yet sufficient', 'Waiting times; coffee mornings'],
                ['AOC6 Local offer', 'Good progress', 'Usage data; “you said, we did”'],
                ['AOC7 Preparation for adulthood', 'Some progress', 'Transition protocol; NEET data'],
                ['AOC8 Exclusions and attendance', 'Some progress', 'Exclusion data; absence data'],
              ],
            },
          },
          { h: 'Where we are least confident' },
          {
            p: 'Waiting times on the neurodevelopmental pathway have fallen but remain far too long. Persistent absence among pupils with EHC plans has not fallen as we hoped. Fewer young people are NEET than at the inspection, but the rate is still well above that of their peers.',
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC1',
        stance: 'supports',
        note: 'An honest, evidence-based self-evaluation, challenged by the parent carer forum, that names where we are weakest. This is what the inspection said we lacked.',
      },
    ],
  },
  {
    title: LOCAL_OFFER_RELAUNCH,
    kind: 'document',
    asAt: '2024-05-10',
    source: COUNCIL,
    description:
      'A capture of the relaunched local offer home page, redesigned with parents and young people, with a note of the changes made. The attached spreadsheet gives monthly visits and searches since April 2023; sessions have more than doubled since the relaunch in November 2023.',
    personalData: false,
    files: [
      {
        type: 'pdf',
        name: 'local-offer-home-page-2024-05.pdf',
        org: COUNCIL,
        label: 'Website capture – Brackenford SEND Local Offer',
        heading: 'Brackenford SEND Local Offer: home page',
        blocks: [
          { meta: [['Address', 'localoffer.brackenford.example'], ['Captured', 'Friday morning, from a desktop browser']] },
          { h: 'Welcome to the Brackenford SEND Local Offer' },
          {
            p: 'Information, advice and services for children and young people aged 0 to 25 with special educational needs and disabilities, and their families. Not sure where to start? Try “I’m worried about my child”, or call the SEND information line.',
          },
          { h: 'Find what you need' },
          {
            bullets: [
              'I’m worried about my child',
              'Education, health and care plans: how they work and what to expect',
              'Waiting for an autism or ADHD assessment: support while you wait',
              'Things to do: short breaks, clubs and holiday activities',
              'Moving on: preparing for adulthood from age 14',
              'You said, we did',
            ],
          },
          { h: 'Note on the relaunch (November 2023)' },
          {
            p: 'The site was rebuilt after the parent carer forum’s mystery shopping found broken links and out-of-date entries. Parents chose the six headings above in two design workshops. Every service entry now shows the date it was last checked, and entries not checked for six months are hidden automatically.',
          },
        ],
      },
      {
        type: 'csv',
        name: 'local-offer-usage.csv',
        rows: [
          ['Month', 'Sessions', 'Unique users', 'Searches', 'Top search term'],
          ['2023-04', 3120, 2210, 940, 'EHCP'],
          ['2023-05', 3240, 2290, 1010, 'EHCP'],
          ['2023-06', 3005, 2150, 930, 'autism'],
          ['2023-07', 2980, 2110, 880, 'holiday activities'],
          ['2023-08', 2760, 1980, 790, 'holiday activities'],
          ['2023-09', 3410, 2400, 1120, 'EHCP'],
          ['2023-10', 3560, 2480, 1170, 'autism assessment'],
          ['2023-11', 5210, 3620, 1880, 'autism assessment'],
          ['2023-12', 4980, 3470, 1730, 'short breaks'],
          ['2024-01', 6120, 4190, 2240, 'EHCP'],
          ['2024-02', 6350, 4300, 2310, 'waiting well'],
          ['2024-03', 6870, 4620, 2540, 'EHCP'],
          ['2024-04', 6990, 4710, 2600, 'annual review'],
        ],
      },
    ],
    links: [
      {
        area: 'AOC6',
        stance: 'supports',
        note: 'The relaunched site was designed with parents, and visits have more than doubled since November 2023. Shows both the change and its take-up.',
      },
    ],
  },
  {
    title: HEALTH_AT_18,
    kind: 'document',
    asAt: '2024-06-12',
    source: ICB,
    description:
      'A one-page guide for young people about moving from children’s to adult health services, written with Brackenford Voices after they told us the move came as a shock. It is now sent to every young person with an EHC plan at 16 and published on the local offer’s “Moving on” pages.',
    personalData: false,
    files: [
      {
        type: 'text',
        name: 'health-care-at-18-guide.md',
        text: `# What happens to my health care at 18?

*Written with Brackenford Voices, June 2024. For young people aged 16 to 25.*

## You said

"One day I just got a letter saying I'd been discharged."
"Nobody told me I'd have a different doctor."

## So we did this guide. Here is what happens

1. **From 14:** your annual review starts talking about your health when you are an adult.
   You can ask questions. You do not have to wait to be asked.
2. **At 16:** you get this guide, and the name of the person who will help you move.
3. **At 17:** you meet your adult team before you leave the children's team.
   You can bring someone with you.
4. **At 18:** your children's team does not just stop. They hand over to the adult
   team, and they tell you when.

## If something goes wrong

Ring the transition line (weekdays, 9am to 5pm) or tell the person at your annual
review. You can also ask Brackenford SENDIASS for help. It is free and private.

## Who wrote this

Eleven young people from Brackenford Voices, with the ICB and Wendle Valley
Community Health. They chose the words. We only checked the facts.
`,
      },
    ],
    links: [
      {
        area: 'AOC7',
        stance: 'supports',
        note: 'The guide young people asked for in March, written with them and now sent to every young person with an EHC plan at 16: their request, our answer.',
      },
    ],
  },
  {
    title: 'Preparing for Adulthood protocol: moving from children’s to adult services',
    kind: 'document',
    asAt: '2024-01-22',
    source: COUNCIL,
    description:
      'A joint protocol between children’s and adult social care, the community health trust and the ICB setting out who does what, and when, for young people with SEND moving into adult services. It introduces a transition panel that meets monthly from age 14 and a named transition worker from age 17.',
    personalData: false,
    files: [
      {
        type: 'pdf',
        name: 'pfa-transition-protocol-2024.pdf',
        org: COUNCIL,
        label: 'Joint protocol – council, ICB and community health trust',
        blocks: [
          { h: 'Purpose' },
          {
            p: 'Young people and their families told us that moving to adult services felt like “falling off a cliff”. This protocol sets out what every young person with an EHC plan, or known to children’s disability services, can expect from age 14.',
          },
          { h: 'What happens and when' },
          {
            table: {
              head: ['Age', 'What happens', 'Who leads'],
              widths: [50, 300, 133],
              rows: [
                ['14', 'Preparing for adulthood outcomes added at the Year 9 annual review', 'EHC coordinator'],
                ['14–16', 'Young person added to the transition tracker and reviewed by the monthly transition panel', 'Transition panel'],
                ['16', 'Adult social care Care Act assessment started where eligibility is likely', 'Adult social care'],
                ['17', 'Named transition worker; health transition plan agreed with the paediatrician or GP', 'Transition worker; community trust'],
                ['18', 'Adult services in place; children’s services stay involved until the handover meeting', 'Adult social care'],
              ],
            },
          },
          { h: 'Health transition' },
          {
            p: 'Community paediatrics will not discharge a young person at 18 until an adult clinician or the GP has accepted their care and a handover letter has been shared with the young person in a format they understand.',
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC7',
        stance: 'supports',
        note: 'A joint protocol with clear ages and owners, including health transition. It shows the system now has a route; the NEET data and young people’s feedback show it is not yet working for everyone.',
      },
    ],
  },
  {
    title: '“Waiting well” support offer for families on the neurodevelopmental pathway',
    kind: 'document',
    asAt: '2023-10-05',
    source: TRUST,
    description:
      'The leaflet sent to every family when their child is accepted onto the neurodevelopmental pathway, describing support available without a diagnosis: parent workshops, a sleep clinic, a weekly advice line and school outreach. The offer is jointly commissioned by the ICB and the council.',
    personalData: false,
    files: [
      {
        type: 'pdf',
        name: 'waiting-well-leaflet-2023.pdf',
        org: TRUST,
        label: 'Information for families',
        heading: 'Waiting well: support while you wait for an assessment',
        blocks: [
          {
            p: 'Your child has been accepted for an assessment by our neurodevelopmental team. We know the wait is long. You do not need a diagnosis to get help, and there is support you can use now.',
          },
          { h: 'Support you can use straight away' },
          {
            bullets: [
              'Understanding your child: a four-week online workshop for parents and carers, run monthly.',
              'Sleep clinic: advice from a specialist nurse, by phone or face to face.',
              'Advice line: every Wednesday, 9.30am to 12.30pm, with a clinician from the team.',
              'School outreach: your child’s school can ask our outreach team for advice on meeting needs now.',
            ],
          },
          { h: 'If things get harder' },
          {
            p: 'If your child’s needs change, or you are worried about their safety, call the advice line or speak to your GP. We will look again at your child’s place on the list.',
          },
          { h: 'Who provides this' },
          {
            p: 'This offer is funded jointly by NHS Brackenford and Wendle Integrated Care Board and Brackenford Borough Council, and was designed with the parent carer forum.',
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC5',
        stance: 'supports',
        note: 'Evidence that there is now support for families while they wait, which the inspection found was missing.',
      },
      {
        area: 'AOC4',
        stance: 'supports',
        note: 'A jointly commissioned and jointly designed service, funded by the ICB and the council together.',
      },
    ],
  },
  {
    title: 'Inclusion and Ordinarily Available Provision training record 2023–24',
    kind: 'document',
    asAt: '2024-03-01',
    source: 'Education',
    description:
      'Record of attendance at the area’s inclusion training programme for school staff, run by the inclusion support team and the educational psychology service. By February 2024, 81 of 91 schools had sent at least one member of staff, and 67 had sent their SENCO and a senior leader.',
    personalData: false,
    files: [
      {
        type: 'pdf',
        name: 'inclusion-training-record-2023-24.pdf',
        org: COUNCIL,
        label: 'Training record – Inclusion Support Team',
        blocks: [
          { h: 'The programme' },
          {
            p: 'Four half-day sessions: the Ordinarily Available Provision guide; adapting teaching for neurodivergent pupils; alternatives to suspension; and using part-time timetables lawfully and for the shortest time.',
          },
          { h: 'Attendance by phase, September 2023 to February 2024' },
          {
            table: {
              head: ['Phase', 'Schools', 'Schools attending', 'SENCO and senior leader', 'Staff trained'],
              widths: [90, 70, 100, 123, 100],
              rows: [
                ['Primary', '68', '62', '52', '214'],
                ['Secondary', '15', '13', '10', '96'],
                ['Special', '4', '4', '3', '31'],
                ['Alternative provision', '4', '2', '2', '9'],
                ['Total', '91', '81', '67', '350'],
              ],
            },
          },
          { h: 'Evaluation' },
          {
            p: '92% of participants rated the sessions good or very good. In the follow-up survey, 71% of schools said they had changed their behaviour policy or practice as a result.',
          },
        ],
      },
    ],
    links: [
      {
        area: 'AOC8',
        stance: 'supports',
        note: 'Nearly all schools have been trained on alternatives to suspension and lawful use of part-time timetables. This is activity; the exclusion data shows the impact.',
      },
    ],
  },
  {
    title: 'Email from the Designated Clinical Officer on health advice timeliness',
    kind: 'document',
    asAt: '2024-06-18',
    source: ICB,
    description:
      'An email from the Designated Clinical Officer to the Assistant Director for SEND confirming that health advice for EHC needs assessments was returned within six weeks in 88% of cases in May 2024, and explaining the changes that made the difference.',
    personalData: false,
    files: [
      {
        type: 'text',
        name: 'dco-health-advice-email-2024-06-18.eml',
        text: [
          'From: Designated Clinical Officer <dco@brackenford-wendle-icb.example>',
          'To: Assistant Director for SEND and Inclusion <ad.send@brackenford.example>',
          'Cc: Local Area Nominated Officer <lano@brackenford.example>',
          'Date: Tue, 18 Jun 2024 16:42:10 +0100',
          'Subject: Health advice within 6 weeks - May figures',
          'Message-ID: <20240618164210.dco-01@brackenford-wendle-icb.example>',
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset=utf-8',
          'Content-Transfer-Encoding: 8bit',
          '',
          'Hello,',
          '',
          'As promised at the LAIB, here are the May figures for health advice.',
          '',
          'In May we received 52 requests for health advice for EHC needs',
          'assessments and returned 46 within six weeks (88%). The figure in',
          'March 2023 was 43%.',
          '',
          'Three things made the difference:',
          '',
          '1. A single health advice inbox, so requests no longer go to the wrong',
          '   team and wait there.',
          '2. I now check every piece of health advice against the quality',
          '   standard before it goes to the EHC coordinator, and send it back',
          '   the same week if it is not specific enough.',
          '3. Therapy services have protected time for EHC advice each week.',
          '',
          'The six late returns were all paediatric advice during a period of',
          'consultant sickness. This is now resolved.',
          '',
          'Happy for this to go in the evidence library against AOC3.',
          '',
          'Best wishes,',
          '',
          'Designated Clinical Officer for SEND',
          'NHS Brackenford and Wendle Integrated Care Board',
          '',
        ].join('\r\n'),
      },
    ],
    links: [
      {
        area: 'AOC3',
        stance: 'supports',
        note: 'Health advice on time has risen from 43% to 88%, one of the main reasons plans are now issued faster. The email explains how.',
      },
    ],
  },
  {
    title: 'DfE and NHS England advisors’ deep dive feedback – March 2024',
    kind: 'document',
    asAt: '2024-03-20',
    source: COUNCIL,
    description:
      'Written feedback from the DfE and NHS England advisors after their deep dive into three areas of concern. They found leaders now know the area well and that joint working is much stronger, but gave “even better if” feedback on preparation for adulthood and on showing the impact of joint commissioning.',
    personalData: false,
    files: [
      {
        type: 'pdf',
        name: 'advisors-deep-dive-2024-03.pdf',
        org: COUNCIL,
        label: 'DfE and NHS England monitoring – deep dive feedback',
        heading: 'Deep dive: feedback from the DfE and NHS England advisors',
        blocks: [
          { meta: [['Areas covered', 'AOC1 leadership; AOC4 joint commissioning; AOC7 preparation for adulthood'], ['Format', 'Presentations by leaders, a session with the parent carer forum, and a review of evidence']] },
          { h: 'What has changed' },
          {
            p: 'Leaders across the partnership gave a consistent account of the area’s strengths and weaknesses, supported by the shared dashboard. They were open about where progress is slower. The advisors noted a marked change since the first monitoring meeting in 2023, when partners described different priorities.',
          },
          { h: 'Even better if' },
          {
            bullets: [
              'Joint commissioning: the structures are in place, but leaders could not yet show a service that families experience differently because it was jointly commissioned. Bring forward evidence of impact from the therapies review.',
              'Preparation for adulthood: the new protocol is clear, but only 4 of the 9 young people in the sample had a health transition plan. The NEET rate for young people with EHC plans remains high.',
              'Make sure the voice of young people aged 16 to 25 is heard as strongly as that of parents.',
            ],
          },
          { h: 'Next steps' },
          { p: 'A follow-up meeting on preparation for adulthood in June 2024.' },
        ],
      },
    ],
    links: [
      {
        area: 'AOC1',
        stance: 'supports',
        note: 'Independent advisors found leaders now give a consistent, accurate account of the area, in contrast to the first monitoring meeting.',
      },
      {
        area: 'AOC4',
        stance: 'counters',
        note: 'The advisors said we could not yet show a service families experience differently because it is jointly commissioned. We must address this before the revisit.',
      },
      {
        area: 'AOC7',
        stance: 'counters',
        note: 'Only 4 of 9 young people sampled had a health transition plan. An honest sign that the protocol is not yet embedded.',
      },
    ],
  },
  {
    title: 'Short breaks services statement 2023',
    kind: 'document',
    asAt: '2023-03-31',
    source: COUNCIL,
    description:
      'The council’s annual statutory statement of the short breaks available to disabled children and their carers, with eligibility criteria and how to apply. Published before the joint commissioning changes and due to be revised.',
    personalData: false,
    files: [
      {
        type: 'pdf',
        name: 'short-breaks-statement-2023.pdf',
        org: COUNCIL,
        label: 'Statutory statement',
        blocks: [
          { h: 'About this statement' },
          {
            p: 'Every council must publish a statement of the short breaks available in its area. Short breaks give disabled children and young people the chance to enjoy new experiences and give their parents and carers a break from caring.',
          },
          { h: 'Short breaks you can use without an assessment' },
          {
            bullets: [
              'After-school and holiday clubs for disabled children, run by local charities.',
              'Saturday activity sessions at the Brackenford Leisure Centre.',
              'Family fun days twice a year.',
            ],
          },
          { h: 'Short breaks that need an assessment' },
          {
            p: 'Overnight breaks, a personal assistant or a direct payment are available after an assessment by the children with disabilities team. Ask for an assessment through the Children’s Front Door.',
          },
        ],
      },
    ],
    links: [],
  },
  {
    title: 'Draft sufficiency plan for specialist school places',
    kind: 'document',
    asAt: null,
    source: COUNCIL,
    description:
      'Working draft of the plan for specialist and resourced provision places to 2028, still with the capital team. Not yet agreed, so not yet linked to an area; no file attached until the draft is approved.',
    personalData: false,
    files: [],
    links: [],
  },
];
