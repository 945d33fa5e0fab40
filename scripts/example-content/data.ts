import { COUNCIL, TRUST } from './library.ts';
import type { ItemSpec, SeriesValueSpec } from './types.ts';

/**
 * Every data item carries a series (its headline measure) made from the same numbers
 * as its CSV file, so the file and the series always agree: the series' labels are the
 * first cells of the file's rows, and its values one of the file's columns.
 */

/** A percentage to one decimal place, as a number (the file shows the same digits). */
const pct = (part: number, whole: number): number => Number(((part / whole) * 100).toFixed(1));

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2021-01" → "Jan 2021", as council KPI tables write months. */
const monthLabel = (ym: string): string => `${MONTH_ABBR[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;

/**
 * EHC plans issued, and issued within 20 weeks, per month, January 2021 to August 2024,
 * with the monthly target from the written statement of action (none before April 2023).
 * Timeliness slid through 2021 and 2022 (16.8% across 2022, the baseline) and has risen
 * since the WSoA.
 */
const ehcMonths: [string, number, number, number | null][] = [
  // month, issued, within 20 weeks, target (%)
  ['2021-01', 28, 12, null],
  ['2021-02', 25, 10, null],
  ['2021-03', 33, 13, null],
  ['2021-04', 27, 11, null],
  ['2021-05', 30, 11, null],
  ['2021-06', 35, 12, null],
  ['2021-07', 38, 12, null],
  ['2021-08', 22, 7, null],
  ['2021-09', 31, 9, null],
  ['2021-10', 34, 9, null],
  ['2021-11', 36, 8, null],
  ['2021-12', 26, 6, null],
  ['2022-01', 33, 7, null],
  ['2022-02', 30, 6, null],
  ['2022-03', 38, 7, null],
  ['2022-04', 29, 5, null],
  ['2022-05', 36, 6, null],
  ['2022-06', 41, 7, null],
  ['2022-07', 40, 6, null],
  ['2022-08', 24, 4, null],
  ['2022-09', 35, 5, null],
  ['2022-10', 37, 6, null],
  ['2022-11', 39, 5, null],
  ['2022-12', 28, 5, null],
  ['2023-01', 32, 5, null],
  ['2023-02', 29, 5, null],
  ['2023-03', 36, 6, null],
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

/** Annual reviews overdue at the end of each quarter (financial quarters, as the council reports them). */
const reviewQuarters: [string, string, number, number, number, number | null][] = [
  // quarter, first day, plans maintained, overdue, overdue more than 6 months, target
  ['2022-23 Q4', '2023-01-01', 2410, 612, 244, null],
  ['2023-24 Q1', '2023-04-01', 2475, 655, 261, null],
  ['2023-24 Q2', '2023-07-01', 2530, 590, 230, 500],
  ['2023-24 Q3', '2023-10-01', 2588, 511, 187, 450],
  ['2023-24 Q4', '2024-01-01', 2641, 447, 152, 350],
  ['2024-25 Q1', '2024-04-01', 2702, 388, 121, 300],
];

const tribunals: [string, string, number, number, number][] = [
  // financial year, first day, appealable decisions, appeals registered, mediations held
  ['2021-22', '2021-04-01', 982, 58, 61],
  ['2022-23', '2022-04-01', 1060, 51, 74],
  ['2023-24', '2023-04-01', 1151, 36, 92],
];

/** The neurodevelopmental pathway, monthly: more children waiting, though the median wait falls. */
const ndMonths: [string, number, number, number, number][] = [
  // month, children waiting, new referrals, median wait (weeks), longest wait (weeks)
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
];

const exclusionYears: [string, string, number, number, number, number, number, number, string][] = [
  // academic year, first day; permanent exclusions, suspensions, suspension rate per 100 pupils: SEN support then EHC plan; figures
  ['2021/22', '2021-09-01', 19, 6, 712, 231, 14.2, 17.8, 'Final'],
  ['2022/23', '2022-09-01', 14, 4, 779, 252, 15.1, 18.4, 'Final'],
  ['2023/24', '2023-09-01', 9, 3, 689, 226, 13.0, 15.9, 'Provisional'],
];

const absenceTerms: [string, string, number, number, number, string][] = [
  // term, first day, persistent absence with EHC plans (%), all pupils (%), part-time timetables, figures
  ['Autumn 2022', '2022-09-01', 38.1, 21.6, 142, 'Final'],
  ['Spring 2023', '2023-01-01', 39.4, 22.3, 137, 'Final'],
  ['Summer 2023', '2023-04-01', 40.6, 23.0, 129, 'Final'],
  ['Autumn 2023', '2023-09-01', 36.9, 20.1, 118, 'Final'],
  ['Spring 2024', '2024-01-01', 38.2, 20.9, 124, 'Final'],
  ['Summer 2024', '2024-04-01', 39.0, 21.4, 131, 'Provisional'],
];

const complaintQuarters: [string, string, number, number, number, string][] = [
  // quarter, first day, received, answered within 20 working days (%), upheld, main theme
  ['2023-24 Q1', '2023-04-01', 41, 52, 24, 'EHC assessment delays'],
  ['2023-24 Q2', '2023-07-01', 36, 61, 19, 'EHC assessment delays'],
  ['2023-24 Q3', '2023-10-01', 29, 70, 14, 'Communication'],
  ['2023-24 Q4', '2024-01-01', 24, 78, 11, 'Annual reviews'],
  ['2024-25 Q1', '2024-04-01', 19, 84, 8, 'Annual reviews'],
];

const neetYears: [string, string, number, number, number][] = [
  // academic year (figures at the end of March), first day, NEET with EHC plans (%), not known with EHC plans (%), NEET all 16-17 (%)
  ['2021/22', '2021-09-01', 8.9, 6.2, 3.1],
  ['2022/23', '2022-09-01', 10.6, 4.1, 3.4],
  ['2023/24', '2023-09-01', 9.8, 2.5, 3.2],
];

const STOCKTAKE_ACTIONS = 96;
/** The board's quarterly stocktakes, taken in the first month of each quarter. */
const stocktakes: [string, string, number][] = [
  // stocktake, first day of the quarter, actions completed
  ['Jul 2023', '2023-07-01', 14],
  ['Oct 2023', '2023-10-01', 24],
  ['Jan 2024', '2024-01-01', 38],
  ['Apr 2024', '2024-04-01', 49],
  ['Jul 2024', '2024-07-01', 61],
];

const values = <T>(rows: T[], make: (row: T) => SeriesValueSpec): SeriesValueSpec[] => rows.map(make);
const provisional = (figures: string) => (figures === 'Provisional' ? { note: 'Provisional figures' } : {});

export const data: ItemSpec[] = [
  {
    title: 'EHC plans issued within 20 weeks – monthly, January 2021 to August 2024',
    kind: 'data',
    asAt: '2024-08-31',
    source: COUNCIL,
    description:
      'The percentage of new EHC plans issued within the statutory 20 weeks (excluding exceptions), by month, with the monthly target from the written statement of action. Timeliness slid from around 40% in early 2021 to 16.8% across 2022 (our baseline), then rose from 19.4% in April 2023 to 63.2% in August 2024, with a dip in December 2023 when educational psychology capacity fell. The England average for 2023 was 50.3%. Higher is better.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'ehcp-20-week-timeliness.csv',
        rows: [
          ['Month', 'Plans issued', 'Issued within 20 weeks', 'Percentage issued within 20 weeks', 'Target (%)'],
          ...ehcMonths.map(([m, issued, within, target]) => [monthLabel(m), issued, within, pct(within, issued).toFixed(1), target ?? '']),
        ],
      },
    ],
    series: {
      unit: 'percentage',
      period: 'month',
      better: 'higher',
      baseline: 16.8,
      target: 60,
      milestone: 40,
      englandAverage: 50.3,
      values: values(ehcMonths, ([m, issued, within]) => ({ periodStart: `${m}-01`, label: monthLabel(m), value: pct(within, issued) })),
    },
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
          ['Quarter', 'EHC plans maintained', 'Annual reviews overdue', 'Overdue more than 6 months', 'Target'],
          ...reviewQuarters.map(([q, , maintained, overdue, over6, target]) => [q, maintained, overdue, over6, target ?? '']),
        ],
      },
    ],
    series: {
      unit: 'count',
      period: 'quarter',
      better: 'lower',
      baseline: 612,
      target: 250,
      milestone: 300,
      englandAverage: null,
      values: values(reviewQuarters, ([q, start, , overdue]) => ({ periodStart: start, label: q, value: overdue })),
    },
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
      'Appeals registered with the First-tier Tribunal (SEND) as a percentage of all appealable decisions, by financial year, with the number of mediations held. The appeal rate has fallen from 5.9% to 3.1% while the number of decisions has grown, and more disagreements are now resolved through mediation. The England rate is about 2.5%. Lower is better.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'tribunal-appeal-rate.csv',
        rows: [
          ['Financial year', 'Appealable decisions', 'Appeals registered', 'Appeal rate (%)', 'Mediations held'],
          ...tribunals.map(([y, , decisions, appeals, mediations]) => [y, decisions, appeals, pct(appeals, decisions).toFixed(1), mediations]),
        ],
      },
    ],
    series: {
      unit: 'percentage',
      period: 'year',
      better: 'lower',
      baseline: 5.9,
      target: 3,
      milestone: null,
      englandAverage: 2.5,
      values: values(tribunals, ([y, start, decisions, appeals]) => ({ periodStart: start, label: y, value: pct(appeals, decisions) })),
    },
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
    title: 'Children waiting for a neurodevelopmental assessment – monthly, September 2023 to August 2024',
    kind: 'data',
    asAt: '2024-08-30',
    source: TRUST,
    description:
      'Monthly figures from the community health trust for the neurodevelopmental (autism and ADHD) pathway: the number of children waiting, new referrals, and the median and longest wait from referral to first assessment. The number waiting has risen every month, from 1,412 to 1,538, because referrals keep rising; the median wait has fallen from 71 to 58 weeks, but that is still far too long. Lower is better.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'nd-pathway-waiting-times.csv',
        rows: [
          ['Month', 'Children waiting', 'New referrals', 'Median wait (weeks)', 'Longest wait (weeks)'],
          ...ndMonths.map(([m, waiting, referrals, median, longest]) => [monthLabel(m), waiting, referrals, median, longest]),
        ],
      },
    ],
    series: {
      unit: 'count',
      period: 'month',
      better: 'lower',
      baseline: 1412,
      target: 1200,
      milestone: null,
      englandAverage: null,
      // The trust reports the list year on year: a month or two of small rises is easy to miss.
      trendPeriods: 12,
      values: values(ndMonths, ([m, waiting]) => ({ periodStart: `${m}-01`, label: monthLabel(m), value: waiting })),
    },
    links: [
      {
        area: 'AOC5',
        stance: 'counters',
        note: 'More children are waiting than a year ago, and the median wait of 58 weeks is still far too long. We do not think this is yet sufficient progress.',
      },
    ],
  },
  {
    title: 'Suspensions and permanent exclusions of pupils with SEND – 2021/22 to 2023/24',
    kind: 'data',
    asAt: '2024-07-26',
    source: 'Education',
    description:
      'Permanent exclusions, suspensions and suspension rates for pupils with SEN support and with EHC plans, by academic year; 2023/24 figures are provisional to the end of the summer term. The series shows the suspension rate for pupils with EHC plans. Permanent exclusions of pupils with SEND have halved over three years and suspension rates fell in 2023/24 after rising the year before. Lower is better.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'suspensions-exclusions-send.csv',
        rows: [
          [
            'Academic year',
            'Permanent exclusions, SEN support',
            'Permanent exclusions, EHC plan',
            'Suspensions, SEN support',
            'Suspensions, EHC plan',
            'Suspension rate per 100 pupils, SEN support',
            'Suspension rate per 100 pupils, EHC plan',
            'Figures',
          ],
          ...exclusionYears.map(([y, , peSupport, peEhc, sSupport, sEhc, rSupport, rEhc, figures]) => [
            y,
            peSupport,
            peEhc,
            sSupport,
            sEhc,
            rSupport.toFixed(1),
            rEhc.toFixed(1),
            figures,
          ]),
        ],
      },
    ],
    series: {
      unit: 'rate',
      period: 'year',
      better: 'lower',
      baseline: 17.8,
      target: 14,
      milestone: null,
      englandAverage: null,
      values: values(exclusionYears, ([y, start, , , , , , rEhc, figures]) => ({ periodStart: start, label: y, value: rEhc, ...provisional(figures) })),
    },
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
      'Termly persistent absence (missing 10% or more of sessions) for pupils with EHC plans compared with all pupils, and the number of pupils with SEND on a part-time timetable at the census date; summer 2024 figures are provisional. The series shows persistent absence for pupils with EHC plans, which has barely moved in two years; part-time timetables rose again in the summer term. Lower is better.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'persistent-absence-ehcp.csv',
        rows: [
          ['Term', 'Persistent absence, pupils with EHC plans (%)', 'Persistent absence, all pupils (%)', 'Pupils with SEND on part-time timetables', 'Figures'],
          ...absenceTerms.map(([t, , ehc, all, partTime, figures]) => [t, ehc.toFixed(1), all.toFixed(1), partTime, figures]),
        ],
      },
    ],
    series: {
      unit: 'percentage',
      period: 'term',
      better: 'lower',
      baseline: 38.1,
      target: 32,
      milestone: null,
      englandAverage: null,
      // Two school years, so one good autumn term is not read as a change.
      trendPeriods: 6,
      values: values(absenceTerms, ([t, start, ehc, , , figures]) => ({ periodStart: start, label: t, value: ehc, ...provisional(figures) })),
    },
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
      'Formal complaints received about SEND services each quarter, the share answered within 20 working days, and how many were upheld in whole or part. Complaints have more than halved, from 41 to 19 a quarter, and nearly all are now answered on time. The series shows complaints received. Lower is better for the count; higher is better for timeliness.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'send-complaints-quarterly.csv',
        rows: [
          ['Quarter', 'Complaints received', 'Answered within 20 working days (%)', 'Upheld or partly upheld', 'Main theme'],
          ...complaintQuarters.map(([q, , received, onTime, upheld, theme]) => [q, received, onTime, upheld, theme]),
        ],
      },
    ],
    series: {
      unit: 'count',
      period: 'quarter',
      better: 'lower',
      baseline: 41,
      target: 20,
      milestone: null,
      englandAverage: null,
      values: values(complaintQuarters, ([q, start, received]) => ({ periodStart: start, label: q, value: received })),
    },
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
      'The percentage of young people aged 16 and 17 with EHC plans who are not in education, employment or training (NEET), and whose activity is not known, at the end of March each academic year, compared with all young people of that age. Tracking has improved sharply but the NEET rate has not come down and is still three times that of their peers. The series shows the NEET rate for young people with EHC plans. Lower is better.',
    personalData: false,
    files: [
      {
        type: 'csv',
        name: 'neet-16-17-ehcp.csv',
        rows: [
          ['Academic year (end of March)', 'NEET, with EHC plans (%)', 'Not known, with EHC plans (%)', 'NEET, all 16-17 year olds (%)'],
          ...neetYears.map(([y, , neet, notKnown, all]) => [y, neet.toFixed(1), notKnown.toFixed(1), all.toFixed(1)]),
        ],
      },
    ],
    series: {
      unit: 'percentage',
      period: 'year',
      better: 'lower',
      baseline: 8.9,
      target: 6,
      milestone: null,
      englandAverage: null,
      values: values(neetYears, ([y, start, neet]) => ({ periodStart: start, label: y, value: neet })),
    },
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
      'Status of all 96 actions in the written statement of action by area of concern, using the board’s BRAG scheme, with the totals from the January 2024 stocktake for comparison. 61 actions (64%) are complete, up from 38 (40%) in January and 14 (15%) in July 2023; 4 have missed their deadline, all in AOC5 and AOC8. The series shows the percentage of actions complete at each quarterly stocktake.',
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
      {
        type: 'csv',
        name: 'wsoa-actions-complete.csv',
        rows: [
          ['Stocktake', 'Total actions', 'Completed', 'Completed (%)'],
          ...stocktakes.map(([when, , done]) => [when, STOCKTAKE_ACTIONS, done, pct(done, STOCKTAKE_ACTIONS).toFixed(1)]),
        ],
      },
    ],
    series: {
      unit: 'percentage',
      period: 'quarter',
      better: 'higher',
      baseline: null,
      target: 100,
      milestone: 75,
      englandAverage: null,
      values: values(stocktakes, ([when, start, done]) => ({ periodStart: start, label: when, value: pct(done, STOCKTAKE_ACTIONS) })),
    },
    links: [
      {
        area: 'AOC1',
        stance: 'supports',
        note: 'Leaders track every action and know where delivery is slipping; the stocktake matches our self-evaluation about where we are weakest.',
      },
    ],
  },
];
