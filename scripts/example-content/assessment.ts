import type { AssessmentSpec } from './types.ts';

/**
 * The assessment the Local Area Nominated Officer has drafted by 31 August 2024, in the
 * words a revisit letter uses: excerpts taken from the evidence, findings per area
 * (what has changed, and what is still to improve), a draft judgement for most areas,
 * the key actions from the written statement of action and the July 2024 stocktake.
 *
 * The story is deliberately mixed: five areas look sufficient, the neurodevelopmental
 * pathway (AOC5) and exclusions and attendance (AOC8) plainly do not, and preparation for
 * adulthood (AOC7) is not yet judged. Some countering evidence is answered by a finding;
 * some is not yet, so the readiness dashboard still has gaps to show.
 */

const DEEP_DIVE = 'DfE and NHS England advisors’ deep dive feedback – March 2024';
const SELF_EVALUATION = 'Self-evaluation framework – refreshed March 2024';
const LAIB_MINUTES = 'SEND Local Area Improvement Board minutes – June 2023';
const STOCKTAKE = 'Written statement of action stocktake – July 2024';
const STRATEGY = 'SEND and Inclusion Strategy 2023–2027';
const PCF_ONE_YEAR = 'Parent carer forum feedback to the Improvement Board – one year on';
const SURVEY = 'Parent carer survey 2024 – summary of results';
const YOU_SAID = '“You said, we did” – autumn 2023';
const COMPLAINTS = 'Complaints about SEND services – quarterly, 2023–24 and 2024–25';
const EHC_20_WEEKS = 'EHC plans issued within 20 weeks – monthly, January 2021 to August 2024';
const AUDIT_SPRING = 'Multi-agency EHC plan quality audit – spring 2024';
const AUDIT_BASELINE = 'Multi-agency EHC plan quality audit – baseline, December 2022';
const DCO_EMAIL = 'Email from the Designated Clinical Officer on health advice timeliness';
const REVIEWS_OVERDUE = 'Annual reviews overdue – quarterly, March 2023 to June 2024';
const COMPLAINT_AMENDMENT = 'Complaint about a delayed amendment after an annual review';
const TRIBUNAL = 'SEND Tribunal appeals as a percentage of appealable decisions, 2021–22 to 2023–24';
const JC_STRATEGY = 'Joint Commissioning Strategy and section 75 agreement summary';
const ICB_PAPER = 'ICB Board paper: SEND assurance report, January 2024';
const WAITING_WELL = '“Waiting well” support offer for families on the neurodevelopmental pathway';
const HEALTH_WORKSHOP = 'Health practitioners on writing advice for EHC plans – workshop feedback';
const SHORT_BREAKS = 'Short breaks services statement 2023';
const ND_WAITING = 'Children waiting for a neurodevelopmental assessment – monthly, September 2023 to August 2024';
const COFFEE_MORNING = 'Coffee morning notes – families waiting for a neurodevelopmental assessment';
const LOCAL_OFFER = 'Local offer website – home page capture and usage figures';
const MYSTERY_SHOP = 'Local offer mystery shopping by the parent carer forum';
const PFA_PROTOCOL = 'Preparing for Adulthood protocol: moving from children’s to adult services';
const HEALTH_AT_18 = '“What happens to my health care at 18?” – guide written with young people';
const YEAR_9 = 'Year 9 pupils on their first preparing for adulthood review';
const NEET = 'Young people aged 16 and 17 with EHC plans who are NEET or not known';
const TRAINING = 'Inclusion and Ordinarily Available Provision training record 2023–24';
const SUSPENSIONS = 'Suspensions and permanent exclusions of pupils with SEND – 2021/22 to 2023/24';
const ABSENCE = 'Persistent absence and part-time timetables, pupils with EHC plans – termly';
const PART_TIME_VOICES = 'What young people on part-time timetables told us';
const SENDIASS_REPORT = 'SENDIASS annual report 2023–24 – extract on themes of enquiries';
const SENCO_SURVEY = 'SENCO network survey on the EHC process and inclusion support';

export const assessment: AssessmentSpec = {
  statusPreset: 'wirral',
  impact: [
    { item: DEEP_DIVE, area: 'AOC1' },
    { item: PCF_ONE_YEAR, area: 'AOC2' },
    { item: COMPLAINTS, area: 'AOC2' },
    { item: EHC_20_WEEKS, area: 'AOC3' },
    { item: 'Case study: Child A – EHC plan issued in 17 weeks with joined-up advice', area: 'AOC3' },
    { item: LOCAL_OFFER, area: 'AOC6' },
    { item: 'Case study: Family E – finding a short break through the local offer', area: 'AOC6' },
    { item: 'Case study: Young person B – moving to adult health and social care', area: 'AOC7' },
    { item: 'Case study: Child C – back to full-time school after the risk of exclusion', area: 'AOC8' },
  ],
  excerpts: [
    { key: 'leaders-consistent', item: DEEP_DIVE, area: 'AOC1', quote: 'Leaders across the partnership gave a consistent account of the area’s strengths and weaknesses, supported by the shared dashboard.', note: 'The advisors’ view of leaders’ shared understanding.' },
    { key: 'stocktake-july', item: STOCKTAKE, area: 'AOC1', dataPoint: 'Jul 2024', note: 'Share of WSoA actions complete at the July stocktake.' },
    { key: 'pcf-vice-chair', item: PCF_ONE_YEAR, area: 'AOC2', quote: 'We vice-chair the Improvement Board and co-chair the co-production workstream.', note: '' },
    { key: 'survey-not-listened', item: SURVEY, area: 'AOC2', quote: 'But a majority of parents still do not feel listened to, and we want the partnership to treat communication as a priority in its own right.', note: 'The forum’s own view; answer it in the findings.' },
    { key: 'complaints-q1', item: COMPLAINTS, area: 'AOC2', dataPoint: '2024-25 Q1', note: '' },
    { key: 'ehc-aug-2024', item: EHC_20_WEEKS, area: 'AOC3', dataPoint: 'Aug 2024', note: 'The latest month, above the WSoA target of 60%.' },
    { key: 'ehc-apr-2023', item: EHC_20_WEEKS, area: 'AOC3', dataPoint: 'Apr 2023', note: 'The month the WSoA was declared fit for purpose.' },
    { key: 'social-care-advice', item: AUDIT_SPRING, area: 'AOC3', quote: 'Social care advice met the standard in only 15 of 36 plans.', note: '' },
    { key: 'reviews-overdue-q1', item: REVIEWS_OVERDUE, area: 'AOC3', dataPoint: '2024-25 Q1', note: 'Target: 250 by September 2024.' },
    { key: 'jc-no-impact-yet', item: DEEP_DIVE, area: 'AOC4', quote: 'Joint commissioning: the structures are in place, but leaders could not yet show a service that families experience differently because it was jointly commissioned.', note: '“Even better if” feedback.' },
    { key: 'median-wait', item: ICB_PAPER, area: 'AOC5', quote: 'The median wait from referral to first assessment is 66 weeks.', note: '' },
    { key: 'nd-waiting-aug', item: ND_WAITING, area: 'AOC5', dataPoint: 'Aug 2024', note: 'Up from 1,412 in September 2023.' },
    { key: 'lo-headings', item: LOCAL_OFFER, area: 'AOC6', quote: 'Parents chose the six headings above in two design workshops.', note: '' },
    { key: 'pfa-discharge', item: PFA_PROTOCOL, area: 'AOC7', quote: 'Community paediatrics will not discharge a young person at 18 until an adult clinician or the GP has accepted their care and a handover letter has been shared with the young person in a format they understand.', note: '' },
    { key: 'pfa-sample', item: DEEP_DIVE, area: 'AOC7', quote: 'Preparation for adulthood: the new protocol is clear, but only 4 of the 9 young people in the sample had a health transition plan.', note: '' },
    { key: 'neet-2023-24', item: NEET, area: 'AOC7', dataPoint: '2023/24', note: '' },
    { key: 'training-changed', item: TRAINING, area: 'AOC8', quote: 'In the follow-up survey, 71% of schools said they had changed their behaviour policy or practice as a result.', note: '' },
    { key: 'sendiass-timetables', item: SENDIASS_REPORT, area: 'AOC8', quote: 'Children are still being sent home early or placed on reduced timetables without a clear plan to return to full time.', note: '' },
    { key: 'absence-summer-2024', item: ABSENCE, area: 'AOC8', dataPoint: 'Summer 2024', note: 'Provisional.' },
    { key: 'suspensions-2023-24', item: SUSPENSIONS, area: 'AOC8', dataPoint: '2023/24', note: 'Provisional.' },
  ],
  findings: [
    // AOC1
    {
      area: 'AOC1',
      text: 'Leaders across education, health and social care now share an accurate understanding of the area’s strengths and weaknesses. In March 2024, DfE and NHS England advisors found that leaders gave a consistent account, supported by a shared SEND dashboard that the Improvement Board agreed to build in June 2023.',
      cites: [{ excerpt: 'leaders-consistent' }, { item: LAIB_MINUTES }],
    },
    {
      area: 'AOC1',
      text: 'Leaders have rewritten the self-evaluation with partners and the parent carer forum. It draws on the dashboard and audit findings and is candid about where progress is slower, including waiting times on the neurodevelopmental pathway and persistent absence.',
      cites: [{ item: SELF_EVALUATION }],
    },
    {
      area: 'AOC1',
      text: 'Leaders track the written statement of action closely: 61 of the 96 actions were complete at the July 2024 stocktake, up from 38 in January 2024.',
      cites: [{ excerpt: 'stocktake-july' }],
    },
    {
      area: 'AOC1',
      text: 'Leaders cannot yet show the impact of their work as clearly in every area. The advisors asked for evidence of impact from joint commissioning and for the voice of young people aged 16 to 25 to be heard as strongly as that of parents.',
      stillToImprove: true,
      cites: [{ item: DEEP_DIVE }],
    },
    // AOC2
    {
      area: 'AOC2',
      text: 'Leaders have made the parent carer forum an equal partner in governance. The forum vice-chairs the Improvement Board, co-chairs the co-production workstream and helped write the SEND and Inclusion Strategy.',
      cites: [{ excerpt: 'pcf-vice-chair' }, { item: STRATEGY }],
    },
    {
      area: 'AOC2',
      text: 'Leaders tell families what has changed because of what they said, through a termly “you said, we did” report. Formal complaints about SEND services have more than halved, from 41 to 19 a quarter.',
      cites: [{ item: YOU_SAID }, { excerpt: 'complaints-q1' }],
    },
    {
      area: 'AOC2',
      text: 'Communication with individual families is still not good enough. In the forum’s 2024 survey, 38% of parents felt listened to, up from 29%, and only 24% said communication was clear and timely. Leaders have accepted the forum’s challenge to treat communication as a priority in its own right and are agreeing a standard for replying to families.',
      stillToImprove: true,
      cites: [{ excerpt: 'survey-not-listened' }, { item: PCF_ONE_YEAR }],
    },
    // AOC3
    {
      area: 'AOC3',
      text: 'The timeliness of EHC plans has improved markedly. The proportion issued within 20 weeks rose from 19.4% in April 2023 to 63.2% in August 2024, above the target of 60% and the England average.',
      cites: [{ excerpt: 'ehc-apr-2023' }, { excerpt: 'ehc-aug-2024' }],
    },
    {
      area: 'AOC3',
      text: 'The quality of plans has improved since the baseline audit, when only 8 of 40 plans were good or better. In the spring 2024 audit, 21 of 36 plans were good or better, and health advice met the standard in 30 of 36, helped by the Designated Clinical Officer’s review of every health contribution.',
      cites: [{ item: AUDIT_SPRING }, { item: AUDIT_BASELINE }, { item: DCO_EMAIL }],
    },
    {
      area: 'AOC3',
      text: 'Fewer families need to challenge decisions: appeals to the SEND Tribunal fell from 5.9% to 3.1% of appealable decisions between 2021–22 and 2023–24.',
      cites: [{ item: TRIBUNAL }],
    },
    {
      area: 'AOC3',
      text: 'Annual reviews are still not completed on time. Overdue reviews have fallen from a peak of 655 to 388, but remain well above the target of 250, and families wait too long for amended plans, as a complaint upheld in January 2024 shows. Social care advice met the standard in only 15 of 36 plans.',
      stillToImprove: true,
      cites: [{ excerpt: 'reviews-overdue-q1' }, { item: COMPLAINT_AMENDMENT }, { excerpt: 'social-care-advice' }],
    },
    // AOC4
    {
      area: 'AOC4',
      text: 'Leaders have put joint commissioning on a firm footing. A jointly funded SEND Joint Commissioner has been in post since October 2023, and a section 75 agreement pools £3.4 million a year for therapies and short breaks from April 2024.',
      cites: [{ item: JC_STRATEGY }],
    },
    {
      area: 'AOC4',
      text: 'Leaders use information about need to plan services. The ICB Board approved £1.2 million a year for the neurodevelopmental pathway after referrals rose by 38% in two years, and the “waiting well” offer is jointly commissioned.',
      cites: [{ item: ICB_PAPER }, { item: WAITING_WELL }],
    },
    {
      area: 'AOC4',
      text: 'Leaders cannot yet show a service that families experience differently because it was jointly commissioned. The advisors asked for evidence of impact from the therapies review.',
      stillToImprove: true,
      cites: [{ excerpt: 'jc-no-impact-yet' }],
    },
    // AOC5
    {
      area: 'AOC5',
      text: 'Leaders have invested in the pathway and in support while families wait. The “waiting well” offer of parent workshops, a sleep clinic and an advice line is sent to every family accepted onto the pathway.',
      cites: [{ item: WAITING_WELL }, { item: ICB_PAPER }],
    },
    {
      area: 'AOC5',
      text: 'Waiting times remain far too long. The median wait for a first assessment is 66 weeks, and the number of children waiting has risen every month, to 1,538 in August 2024.',
      stillToImprove: true,
      cites: [{ excerpt: 'median-wait' }, { excerpt: 'nd-waiting-aug' }],
    },
    {
      area: 'AOC5',
      text: 'Families on the waiting list told leaders that they value the sleep clinic and parent workshops, but still feel forgotten while they wait.',
      stillToImprove: true,
      cites: [{ item: COFFEE_MORNING }],
    },
    // AOC6
    {
      area: 'AOC6',
      text: 'Leaders rebuilt the local offer after the parent carer forum’s mystery shopping found broken links and services that had closed. Parents chose its headings, and every entry now shows when it was last checked.',
      cites: [{ excerpt: 'lo-headings' }, { item: MYSTERY_SHOP }],
    },
    {
      area: 'AOC6',
      text: 'More families know about and use the local offer. Monthly sessions have more than doubled since the relaunch in November 2023, and 52% of parents in the 2024 survey knew about the website, up from 37%.',
      cites: [{ item: LOCAL_OFFER }, { item: SURVEY }],
    },
    {
      area: 'AOC6',
      text: 'Only 27% of parents find it easy to find what they need, and information for older children and young adults is still hard to find.',
      stillToImprove: true,
      cites: [{ item: SURVEY }],
    },
    // AOC7
    {
      area: 'AOC7',
      text: 'Leaders have agreed a joint protocol for moving from children’s to adult services, with a monthly transition panel from age 14. Community paediatrics no longer discharges a young person at 18 until an adult clinician has accepted their care.',
      cites: [{ excerpt: 'pfa-discharge' }, { item: PFA_PROTOCOL }],
    },
    {
      area: 'AOC7',
      text: 'Young people are more involved in planning their own future. Brackenford Voices wrote the guide to adult health care, and 26 of 34 Year 9 pupils said they got to say what they want to do after school.',
      cites: [{ item: HEALTH_AT_18 }, { item: YEAR_9 }],
    },
    {
      area: 'AOC7',
      text: 'Too few young people have a health transition plan, and the proportion of 16- and 17-year-olds with EHC plans who are NEET remains high.',
      stillToImprove: true,
      cites: [{ excerpt: 'pfa-sample' }, { excerpt: 'neet-2023-24' }],
    },
    // AOC8
    {
      area: 'AOC8',
      text: 'Leaders have trained staff from 81 of 91 schools in ordinarily available provision and alternatives to suspension, and 71% of schools say they have changed their behaviour policy or practice as a result.',
      cites: [{ excerpt: 'training-changed' }, { item: TRAINING }],
    },
    {
      area: 'AOC8',
      text: 'The suspension rate for pupils with EHC plans has begun to fall, but persistent absence among pupils with EHC plans has not: it was 39% in the summer term of 2024, much as it was at the inspection.',
      stillToImprove: true,
      cites: [{ excerpt: 'suspensions-2023-24' }, { excerpt: 'absence-summer-2024' }],
    },
    {
      area: 'AOC8',
      text: 'Part-time timetables are still used without a clear plan to return to full time, as SENDIASS and the young people on them told us.',
      stillToImprove: true,
      cites: [{ excerpt: 'sendiass-timetables' }, { item: PART_TIME_VOICES }],
    },
  ],
  judgements: [
    { area: 'AOC1', outcome: 'sufficient', rationale: 'Leaders share an accurate view, the self-evaluation is candid and evidence-based, and the advisors confirmed it in March 2024.' },
    { area: 'AOC2', outcome: 'sufficient', rationale: 'Strategic co-production is real and recognised by the forum. Communication with individual families is the weakest part; we should say so and show the standard being agreed.' },
    { area: 'AOC3', outcome: 'sufficient', rationale: 'Timeliness has risen above the 60% target and the share of good plans has nearly tripled since the baseline. Annual reviews are the risk: be ready to show the recovery plan.' },
    { area: 'AOC4', outcome: 'sufficient', rationale: 'Arrangements, pooled budgets and needs-led investment are in place. Impact on families is thin, so bring forward the therapies review before the revisit.' },
    { area: 'AOC5', outcome: 'not-sufficient', rationale: 'The support offer is better, but waits are longer and the list is still growing. Inspectors will judge what families experience.' },
    { area: 'AOC6', outcome: 'sufficient', rationale: 'Rebuilt with parents, much more used and kept up to date. Information for young adults still to improve.' },
    { area: 'AOC8', outcome: 'not-sufficient', rationale: 'Training and suspensions are moving the right way, but persistent absence has not fallen and part-time timetables are still misused.' },
  ],
  actions: [
    { area: 'AOC1', ref: '1.1', text: 'Build one SEND dashboard drawing on education, health and care data, shared by all partners.', owner: 'Head of Business Intelligence', dueOn: '2023-09-30', status: 'Completed', evidence: [LAIB_MINUTES] },
    { area: 'AOC1', ref: '1.2', text: 'Report at least one measure of impact in every workstream’s highlight report to the Improvement Board.', owner: 'Local Area Nominated Officer', dueOn: '2023-07-31', status: 'Completed', evidence: [LAIB_MINUTES] },
    { area: 'AOC1', ref: '1.3', text: 'Rewrite the SEND self-evaluation with partners and the parent carer forum.', owner: 'Assistant Director for SEND and Inclusion', dueOn: '2024-03-31', status: 'Completed', evidence: [SELF_EVALUATION] },
    { area: 'AOC1', ref: '1.4', text: 'Add early help and social care measures to the SEND dashboard.', owner: 'Head of Business Intelligence', dueOn: '2024-10-31', status: 'On track', evidence: [] },
    { area: 'AOC2', ref: '2.1', text: 'Co-produce the SEND and Inclusion Strategy with the parent carer forum and Brackenford Voices.', owner: 'Assistant Director for SEND and Inclusion', dueOn: '2023-09-30', status: 'Completed', evidence: [STRATEGY] },
    { area: 'AOC2', ref: '2.2', text: 'Publish a “you said, we did” report every term, agreed with the parent carer forum.', owner: 'Participation and Engagement Lead', dueOn: '2023-11-30', status: 'Completed', evidence: [YOU_SAID] },
    { area: 'AOC2', ref: '2.3', text: 'Give every family a named EHC coordinator who contacts them within five working days of a request.', owner: 'Head of SEND Assessment and Review', dueOn: '2024-01-31', status: 'Completed', evidence: [] },
    { area: 'AOC2', ref: '2.4', text: 'Agree and measure a standard for replying to families’ calls and emails.', owner: 'Participation and Engagement Lead', dueOn: '2024-10-31', status: 'On track', evidence: [SURVEY] },
    { area: 'AOC3', ref: '3.1', text: 'Recruit two more EHC coordinators and clear the cases waiting more than 30 weeks.', owner: 'Head of SEND Assessment and Review', dueOn: '2023-06-30', status: 'Completed', evidence: [LAIB_MINUTES] },
    { area: 'AOC3', ref: '3.2', text: 'Designated Clinical Officer to review every health contribution before it is sent.', owner: 'Designated Clinical Officer', dueOn: '2023-09-30', status: 'Completed', evidence: [DCO_EMAIL] },
    { area: 'AOC3', ref: '3.3', text: 'Run a termly multi-agency audit of EHC plans, with a parent carer forum member on the panel.', owner: 'SEND Quality Assurance Lead', dueOn: '2023-12-31', status: 'Completed', evidence: [AUDIT_SPRING] },
    { area: 'AOC3', ref: '3.4', text: 'Reduce overdue annual reviews to 250 or fewer.', owner: 'Head of SEND Assessment and Review', dueOn: '2024-09-30', status: 'At risk of delay', evidence: [REVIEWS_OVERDUE] },
    { area: 'AOC3', ref: '3.5', text: 'Request social care advice for every child known to early help.', owner: 'Head of Early Help', dueOn: '2024-11-30', status: 'On track', evidence: [] },
    { area: 'AOC4', ref: '4.1', text: 'Appoint a jointly funded SEND Joint Commissioner.', owner: 'Head of Commissioning', dueOn: '2023-10-31', status: 'Completed', evidence: [JC_STRATEGY] },
    { area: 'AOC4', ref: '4.2', text: 'Agree a section 75 agreement pooling budgets for therapies and short breaks.', owner: 'ICB Associate Director for Children', dueOn: '2024-04-01', status: 'Completed', evidence: [JC_STRATEGY] },
    { area: 'AOC4', ref: '4.3', text: 'Complete the joint therapies review and bring speech and language therapy into one waiting list.', owner: 'SEND Joint Commissioner', dueOn: '2024-12-31', status: 'On track', evidence: [HEALTH_WORKSHOP] },
    { area: 'AOC4', ref: '4.4', text: 'Revise the short breaks statement from the joint strategic needs assessment.', owner: 'SEND Joint Commissioner', dueOn: '2024-10-31', status: 'On track', evidence: [SHORT_BREAKS] },
    { area: 'AOC5', ref: '5.1', text: 'Send the “waiting well” offer to every family accepted onto the neurodevelopmental pathway.', owner: 'Clinical Lead, Neurodevelopmental Pathway', dueOn: '2023-10-31', status: 'Completed', evidence: [WAITING_WELL] },
    { area: 'AOC5', ref: '5.2', text: 'Fund two additional assessment teams.', owner: 'ICB Associate Director for Children', dueOn: '2024-04-30', status: 'Completed', evidence: [ICB_PAPER] },
    { area: 'AOC5', ref: '5.3', text: 'Write to every family on the waiting list at least every six months.', owner: 'Neurodevelopmental Service Manager', dueOn: '2024-03-31', status: 'Missed deadline', evidence: [COFFEE_MORNING] },
    { area: 'AOC5', ref: '5.4', text: 'Bring the median wait for a first assessment below 52 weeks.', owner: 'Clinical Lead, Neurodevelopmental Pathway', dueOn: '2024-06-30', status: 'Missed deadline', evidence: [ND_WAITING] },
    { area: 'AOC5', ref: '5.5', text: 'Give schools outreach advice so that pupils get support without waiting for a diagnosis.', owner: 'Head of Inclusion', dueOn: '2024-12-31', status: 'At risk of delay', evidence: [] },
    { area: 'AOC6', ref: '6.1', text: 'Rebuild the local offer website with parents and young people.', owner: 'Local Offer Manager', dueOn: '2023-11-30', status: 'Completed', evidence: [LOCAL_OFFER, MYSTERY_SHOP] },
    { area: 'AOC6', ref: '6.2', text: 'Show on every service entry the date it was last checked.', owner: 'Local Offer Manager', dueOn: '2024-01-31', status: 'Completed', evidence: [LOCAL_OFFER] },
    { area: 'AOC6', ref: '6.3', text: 'Improve search, and information for young adults aged 19 to 25.', owner: 'Local Offer Manager', dueOn: '2024-11-30', status: 'On track', evidence: [SURVEY] },
    { area: 'AOC7', ref: '7.1', text: 'Agree a joint preparing for adulthood protocol, with a monthly transition panel from age 14.', owner: 'Preparing for Adulthood Lead', dueOn: '2024-01-31', status: 'Completed', evidence: [PFA_PROTOCOL] },
    { area: 'AOC7', ref: '7.2', text: 'Write a guide to adult health care with Brackenford Voices.', owner: 'Participation and Engagement Lead', dueOn: '2024-06-30', status: 'Completed', evidence: [HEALTH_AT_18] },
    { area: 'AOC7', ref: '7.3', text: 'Give every young person with an EHC plan in Year 11 and above a health transition plan.', owner: 'Designated Clinical Officer', dueOn: '2024-07-31', status: 'At risk of delay', evidence: [DEEP_DIVE] },
    { area: 'AOC7', ref: '7.4', text: 'Double supported internship places to 24.', owner: 'Head of Post-16 Education', dueOn: '2024-09-30', status: 'On track', evidence: [NEET] },
    { area: 'AOC8', ref: '8.1', text: 'Train staff from every school in ordinarily available provision and alternatives to suspension.', owner: 'Head of Inclusion', dueOn: '2024-03-31', status: 'Completed', evidence: [TRAINING] },
    { area: 'AOC8', ref: '8.2', text: 'Offer a team-around-the-child meeting within a week of any referral for risk of exclusion.', owner: 'Inclusion Support Team Manager', dueOn: '2023-12-31', status: 'Completed', evidence: [SENCO_SURVEY] },
    { area: 'AOC8', ref: '8.3', text: 'Require a written end date and a fortnightly review for every part-time timetable.', owner: 'Head of Inclusion', dueOn: '2024-01-31', status: 'Missed deadline', evidence: [PART_TIME_VOICES] },
    { area: 'AOC8', ref: '8.4', text: 'Bring persistent absence among pupils with EHC plans below 35%.', owner: 'Head of Education Welfare', dueOn: '2024-07-31', status: 'Missed deadline', evidence: [ABSENCE] },
    { area: 'AOC8', ref: '8.5', text: 'Reduce the suspension rate for pupils with EHC plans to 14 or below.', owner: 'Head of Inclusion', dueOn: '2024-08-31', status: 'At risk of delay', evidence: [SUSPENSIONS] },
  ],
  stocktakes: [
    {
      takenOn: '2024-07-24',
      note: 'All 96 actions in the WSoA tracker, by the Improvement Board’s BRAG scheme (see the July 2024 stocktake item). The library holds the key actions for each area; the tracker holds the rest.',
      counts: [
        { label: 'Completed', count: 61 },
        { label: 'On track', count: 24 },
        { label: 'At risk of delay', count: 7 },
        { label: 'Missed deadline', count: 4 },
      ],
    },
  ],
};
