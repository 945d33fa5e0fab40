import type { AreaSpec, LibrarySpec } from './types.ts';

/**
 * Brackenford is a fictional local area. Its council, ICB, trust, parent carer forum
 * and SENDIASS are invented; any likeness to a real place is accidental.
 */
export const COUNCIL = 'Brackenford Borough Council';
export const ICB = 'NHS Brackenford and Wendle Integrated Care Board';
export const PCF = 'Brackenford Parent Carer Forum';
export const SENDIASS = 'Brackenford SENDIASS';
export const TRUST = 'Wendle Valley Community Health NHS Foundation Trust';

export const library: LibrarySpec = {
  name: 'Brackenford',
  partners: [COUNCIL, ICB, PCF, SENDIASS, TRUST],
  initialInspectionDate: '2022-11-07',
  wsoaFitDate: '2023-04-17',
  revisitWindowStart: '2024-07-01',
  revisitWindowEnd: '2024-10-17',
  userName: 'Local Area Nominated Officer',
};

export const areas: AreaSpec[] = [
  {
    code: 'AOC1',
    title: 'Leaders’ shared understanding and self-evaluation',
    weakness:
      'Leaders across education, health and social care do not have an accurate or shared understanding of the area’s strengths and weaknesses. Self-evaluation is not informed by reliable performance information, so leaders cannot judge the impact of their actions on the outcomes of children and young people with SEND.',
  },
  {
    code: 'AOC2',
    title: 'Co-production and communication with families',
    weakness:
      'Weak co-production with parents and carers, and with children and young people, at both a strategic and an individual level. Communication with families is poor, and too many parents and carers have lost confidence in the area’s ability to meet their children’s needs.',
  },
  {
    code: 'AOC3',
    title: 'Timeliness and quality of EHC plans',
    weakness:
      'The poor timeliness and quality of education, health and care (EHC) needs assessments and plans. Too many EHC plans are issued after the statutory 20 weeks, annual reviews are not completed on time, and plans do not reliably describe children’s and young people’s needs, aspirations or the contributions of health and social care.',
  },
  {
    code: 'AOC4',
    title: 'Joint commissioning',
    weakness:
      'Ineffective joint commissioning arrangements. Leaders do not use information about the needs of the local population well enough to plan, commission and review services for children and young people with SEND, including therapies.',
  },
  {
    code: 'AOC5',
    title: 'Neurodevelopmental pathway waiting times',
    weakness:
      'Long waiting times for assessment on the neurodevelopmental pathway, including for autism spectrum disorder and attention deficit hyperactivity disorder, and a lack of support for children, young people and their families while they wait and after diagnosis.',
  },
  {
    code: 'AOC6',
    title: 'The local offer',
    weakness:
      'The local offer is not well known or well used by families or practitioners. It does not give parents and carers, or children and young people, accurate and up-to-date information about the services available to them.',
  },
  {
    code: 'AOC7',
    title: 'Preparation for adulthood',
    weakness:
      'Weak and inconsistent preparation for adulthood, including the transition from children’s to adult health and social care services. Too many young people with SEND do not have clear pathways into education, employment, training or independent living at 16 and beyond.',
  },
  {
    code: 'AOC8',
    title: 'Exclusions, attendance and part-time timetables',
    weakness:
      'The high and disproportionate rates of suspension, permanent exclusion and persistent absence among children and young people with SEND, and the inappropriate use of part-time timetables.',
  },
];
