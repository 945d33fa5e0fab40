import { COUNCIL, TRUST } from './library.ts';
import type { ItemSpec } from './types.ts';

const pct = (part: number, whole: number): string => ((part / whole) * 100).toFixed(1);

/** Plans issued and issued within 20 weeks, per month, April 2023 to August 2024. */
const ehcMonths: [string, number, number, number][] = [
  // month, issued, within 20 weeks, target (%)
  ['2023-04', 31, 6, 20],
  ['2023-05', 39, 9, 20],
  ['2023-06', 32, 7, 25],
  ['2023-07', 42, 12, 25],
  ['2023-08', 29, 9, 30],
  ['2023-09', 42, 15, 30],
  ['2023-10', 34, 13, 35],
  ['2023-11', 41, 17, 35],
  ['2023-12', 27, 9, 40],
  ['2024-01', 38, 17, 40],
  ['2024-02', 37, 18, 40],
  ['2024-03', 42, 22, 40],
  ['2024-04', 40, 22, 50],
  ['2024-05', 43, 25, 50],
  ['2024-06', 44, 27, 55],
  ['2024-07', 37, 22, 55],
  ['2024-08', 38, 24, 60],
];

const tribunals: [string, number, number, number][] = [
  // year, appealable decisions, appeals registered, mediations held
  ['2021-22', 982, 58, 61],
  ['2022-23', 1060, 51, 74],
  ['2023-24', 1151, 36, 92],
];

export const data: ItemSpec[] = [
  {
    title: 'EHC plans issued within 20 weeks – monthly, April 2023 to August 2024',
    kind: 'data',
    asAt: '2024-08-31',
    source: COUNCIL,
    description:
      'The percentage of new EHC plans issued within the statutory 20 weeks (excluding exceptions), by month, with the monthly target from the written statement of action. Timeliness rose from 19.4% in April 2023 to 63.2% in August 2024, with a dip in December 2023 when educational psychology capacity fell. The 2022 calendar-year baseline was 16.8%. Higher is better.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'ehcp-20-week-timeliness.csv',
        rows: [
          ['Month', 'Plans issued', 'Issued within 20 weeks', 'Percentage issued within 20 weeks', 'Target (%)'],
          ...ehcMonths.map(([m, issued, within, target]) => [m, issued, within, pct(within, issued), target]),
        ],
      },
    ],
    links: [
      {
        area: 'AOC3',
        stance: 'supports',
        note: 'Our headline timeliness measure: from under a fifth of plans on time to almost two thirds, above target every month since January 2024 and above the most recent England average.',
      },
    ],
  },
  {
    title: 'Annual reviews overdue – quarterly, March 2023 to June 2024',
    kind: 'data',
    asAt: '2024-06-30',
    source: COUNCIL,
    description:
      'The number of EHC plan annual reviews that are overdue at the end of each quarter, and how many of those are more than six months overdue. The backlog has fallen from a peak of 655 to 388 but is still well above the target of 250 by September 2024. Lower is better.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'annual-reviews-overdue.csv',
        rows: [
          ['Quarter end', 'EHC plans maintained', 'Annual reviews overdue', 'Overdue more than 6 months', 'Target'],
          ['2023-03-31', 2410, 612, 244, ''],
          ['2023-06-30', 2475, 655, 261, ''],
          ['2023-09-30', 2530, 590, 230, 500],
          ['2023-12-31', 2588, 511, 187, 450],
          ['2024-03-31', 2641, 447, 152, 350],
          ['2024-06-30', 2702, 388, 121, 300],
        ],
      },
    ],
    links: [
      {
        area: 'AOC3',
        stance: 'counters',
        note: 'The backlog is falling but 388 reviews are still overdue, above our own target every quarter. Inspectors will see this as a weakness that remains.',
      },
    ],
  },
  {
    title: 'SEND Tribunal appeals as a percentage of appealable decisions, 2021–22 to 2023–24',
    kind: 'data',
    asAt: '2024-04-30',
    source: COUNCIL,
    description:
      'Appeals registered with the First-tier Tribunal (SEND) as a percentage of all appealable decisions, by financial year, with the number of mediations held. The appeal rate has fallen from 5.9% to 3.1% while the number of decisions has grown, and more disagreements are now resolved through mediation. Lower is better.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'tribunal-appeal-rate.csv',
        rows: [
          ['Financial year', 'Appealable decisions', 'Appeals registered', 'Appeal rate (%)', 'Mediations held'],
          ...tribunals.map(([y, decisions, appeals, mediations]) => [y, decisions, appeals, pct(appeals, decisions), mediations]),
        ],
      },
    ],
    links: [
      {
        area: 'AOC3',
        stance: 'supports',
        note: 'Fewer decisions end in appeal, which suggests families are more satisfied with assessments and plans.',
      },
      {
        area: 'AOC2',
        stance: 'supports',
        note: 'More disagreements are settled by talking, through mediation, rather than at tribunal: a sign of better relationships with families.',
      },
    ],
  },
  {
    title: 'Neurodevelopmental pathway waiting times – September 2023 to August 2024',
    kind: 'data',
    asAt: '2024-08-30',
    source: TRUST,
    description:
      'Monthly figures from the community health trust for the neurodevelopmental (autism and ADHD) pathway: median and longest wait from referral to first assessment, and the number of children waiting. The median wait has fallen from 71 to 58 weeks, but the number waiting has risen to over 1,500 because referrals keep rising. Lower is better.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'nd-pathway-waiting-times.csv',
        rows: [
          ['Month', 'Children waiting', 'New referrals', 'Median wait (weeks)', 'Longest wait (weeks)'],
          ['2023-09', 1412, 118, 71, 124],
          ['2023-10', 1425, 131, 70, 125],
          ['2023-11', 1441, 127, 69, 126],
          ['2023-12', 1446, 96, 68, 127],
          ['2024-01', 1460, 139, 66, 124],
          ['2024-02', 1472, 128, 65, 121],
          ['2024-03', 1480, 134, 63, 118],
          ['2024-04', 1493, 125, 62, 112],
          ['2024-05', 1507, 141, 61, 108],
          ['2024-06', 1519, 133, 60, 104],
          ['2024-07', 1531, 122, 59, 101],
          ['2024-08', 1538, 104, 58, 99],
        ],
      },
    ],
    links: [
      {
        area: 'AOC5',
        stance: 'counters',
        note: 'The median wait is falling, but 58 weeks is still far too long and more children are waiting than a year ago. We do not think this is yet sufficient progress.',
      },
    ],
  },
  {
    title: 'Suspensions and permanent exclusions of pupils with SEND – 2021/22 to 2023/24',
    kind: 'data',
    asAt: '2024-07-26',
    source: 'Education',
    description:
      'Permanent exclusions and suspension rates for pupils with SEN support and with EHC plans, by academic year; 2023/24 figures are provisional to the end of the summer term. Permanent exclusions of pupils with SEND have halved over three years and suspension rates fell in 2023/24 after rising the year before. Lower is better.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'suspensions-exclusions-send.csv',
        rows: [
          ['Academic year', 'Group', 'Permanent exclusions', 'Suspensions', 'Suspension rate per 100 pupils'],
          ['2021/22', 'SEN support', 19, 712, 14.2],
          ['2021/22', 'EHC plan', 6, 231, 17.8],
          ['2022/23', 'SEN support', 14, 779, 15.1],
          ['2022/23', 'EHC plan', 4, 252, 18.4],
          ['2023/24 (provisional)', 'SEN support', 9, 689, 13.0],
          ['2023/24 (provisional)', 'EHC plan', 3, 226, 15.9],
        ],
      },
    ],
    links: [
      {
        area: 'AOC8',
        stance: 'supports',
        note: 'Permanent exclusions of pupils with SEND have fallen from 25 to 12 in three years, and suspension rates are down this year for both groups.',
      },
    ],
  },
  {
    title: 'Persistent absence and part-time timetables, pupils with EHC plans – termly',
    kind: 'data',
    asAt: '2024-07-31',
    source: 'Education',
    description:
      'Termly persistent absence (missing 10% or more of sessions) for pupils with EHC plans compared with all pupils, and the number of pupils with SEND on a part-time timetable at the census date. Persistent absence has barely moved and part-time timetables rose again in the summer term. Lower is better.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'persistent-absence-ehcp.csv',
        rows: [
          ['Term', 'Persistent absence, pupils with EHC plans (%)', 'Persistent absence, all pupils (%)', 'Pupils with SEND on part-time timetables'],
          ['Autumn 2022', 38.1, 21.6, 142],
          ['Spring 2023', 39.4, 22.3, 137],
          ['Summer 2023', 41.0, 23.0, 129],
          ['Autumn 2023', 36.9, 20.1, 118],
          ['Spring 2024', 37.8, 20.9, 124],
          ['Summer 2024 (provisional)', 38.6, 21.4, 131],
        ],
      },
    ],
    links: [
      {
        area: 'AOC8',
        stance: 'counters',
        note: 'Persistent absence for pupils with EHC plans is almost unchanged at nearly twice the rate for all pupils, and part-time timetables crept up again. Not yet good enough.',
      },
    ],
  },
  {
    title: 'Complaints about SEND services – quarterly, 2023–24 and 2024–25',
    kind: 'data',
    asAt: '2024-07-15',
    source: COUNCIL,
    description:
      'Formal complaints received about SEND services each quarter, the share answered within 20 working days, and how many were upheld in whole or part. Complaints have more than halved, from 41 to 19 a quarter, and nearly all are now answered on time. Lower is better for the count; higher is better for timeliness.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'send-complaints-quarterly.csv',
        rows: [
          ['Quarter', 'Complaints received', 'Answered within 20 working days (%)', 'Upheld or partly upheld', 'Main theme'],
          ['2023-24 Q1', 41, 52, 24, 'EHC assessment delays'],
          ['2023-24 Q2', 36, 61, 19, 'EHC assessment delays'],
          ['2023-24 Q3', 29, 70, 14, 'Communication'],
          ['2023-24 Q4', 24, 78, 11, 'Annual reviews'],
          ['2024-25 Q1', 19, 84, 8, 'Annual reviews'],
        ],
      },
    ],
    links: [
      {
        area: 'AOC2',
        stance: 'supports',
        note: 'Fewer complaints, answered faster. Communication has dropped out of the top themes since the autumn.',
      },
      {
        area: 'AOC3',
        stance: 'supports',
        note: 'Complaints about assessment delays have fallen away, in step with the improvement in 20-week timeliness; annual reviews are now the main theme.',
      },
    ],
  },
  {
    title: 'Young people aged 16 and 17 with EHC plans who are NEET or not known',
    kind: 'data',
    asAt: '2024-03-31',
    source: COUNCIL,
    description:
      'The percentage of young people aged 16 and 17 with EHC plans who are not in education, employment or training (NEET), and whose activity is not known, at the end of March each year, compared with all young people of that age. Tracking has improved sharply but the NEET rate is still three times that of their peers. Lower is better.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'neet-16-17-ehcp.csv',
        rows: [
          ['Year (March)', 'NEET, with EHC plans (%)', 'Not known, with EHC plans (%)', 'NEET, all 16-17 year olds (%)'],
          ['2022', 8.9, 6.2, 3.1],
          ['2023', 10.6, 4.1, 3.4],
          ['2024', 9.8, 2.5, 3.2],
        ],
      },
    ],
    links: [
      {
        area: 'AOC7',
        stance: 'counters',
        note: 'We now know what almost every young person is doing, but nearly one in ten with an EHC plan is NEET, three times the rate for all young people.',
      },
    ],
  },
  {
    title: 'Written statement of action stocktake – July 2024',
    kind: 'data',
    asAt: '2024-07-24',
    source: COUNCIL,
    description:
      'Status of all 96 actions in the written statement of action by area of concern, using the board’s BRAG scheme, with the totals from the January 2024 stocktake for comparison. 61 actions (64%) are complete, up from 38 (40%) in January; 4 have missed their deadline, all in AOC5 and AOC8.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'wsoa-stocktake-2024-07.csv',
        rows: [
          ['Area of concern', 'Total actions', 'Completed', 'On track', 'At risk of delay', 'Missed deadline'],
          ['AOC1', 10, 9, 1, 0, 0],
          ['AOC2', 14, 11, 3, 0, 0],
          ['AOC3', 18, 12, 5, 1, 0],
          ['AOC4', 11, 8, 3, 0, 0],
          ['AOC5', 12, 5, 3, 2, 2],
          ['AOC6', 8, 7, 1, 0, 0],
          ['AOC7', 12, 5, 5, 2, 0],
          ['AOC8', 11, 4, 3, 2, 2],
          ['Total, July 2024', 96, 61, 24, 7, 4],
          ['Total, January 2024', 96, 38, 35, 14, 9],
        ],
      },
    ],
    links: [
      {
        area: 'AOC1',
        stance: 'supports',
        note: 'Leaders track every action and know where delivery is slipping; the stocktake matches our self-evaluation about where we are weakest.',
      },
    ],
  },
];
