/**
 * Whether an imported document may hold personal data, so it stays out of packs until a
 * person has looked (DOMAIN.md: case studies, EHC plans and complaints can name children;
 * pseudonymised data is still personal data). Reads what the document calls itself (file
 * name, title, first heading) and its opening pages. Errs towards asking, but ordinary
 * SEND papers (strategies, minutes, data) must not trip it.
 */
import { childIdentifiedReason } from '../feedback/personal-data.ts';

export interface DocumentSigns {
  fileName: string;
  title: string | null;
  heading: string | null;
  /** The first pages' text. */
  text: string;
}

const CASE_STUDY = /\bcase[\s_-]*stud(?:y|ies)\b/i;
// One complaint (not a count of them, "complaints quarterly").
export const COMPLAINT = /\bcomplaint\b(?![\s_-]*(?:s|procedure|policy|process|rates?|figures|data|statistics|log)\b)/i;
const SENSITIVE = /\bOFFICIAL[\s_–-]+SENSITIVE\b/;
// "Child A", "Young person B", "Family E": a pseudonymised child or family.
const PSEUDONYM = /\b(?:Child|Young person|Family|Pupil|Learner|Student)\s+[A-Z]\b(?![\w'’-])/;

/** "case-study_child-a.pdf" → "case study child a", so names written with dashes read as words. */
export const nameWords = (fileName: string) => fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[_.-]+/g, ' ');

/** A short reason ("is marked OFFICIAL-SENSITIVE") when the document may hold personal data; '' when nothing suggests it. */
export function documentPersonalDataReason(d: DocumentSigns): string {
  const names = [nameWords(d.fileName), d.title ?? '', d.heading ?? ''].join('\n');
  const opening = d.text.slice(0, 20_000);
  if (SENSITIVE.test(opening) || SENSITIVE.test(names)) return 'is marked OFFICIAL-SENSITIVE';
  if (CASE_STUDY.test(names)) return 'is a case study, which may describe a child or family';
  if (COMPLAINT.test(names)) return 'is a complaint, which may name a child or family';
  const pseudonym = PSEUDONYM.exec(names) ?? PSEUDONYM.exec(opening);
  if (pseudonym) return `describes “${pseudonym[0]}”: pseudonymised data is still personal data`;
  return childIdentifiedReason(opening);
}

/** True when the file or document calls itself a case study. */
export const isCaseStudy = (d: Omit<DocumentSigns, 'text'>) => CASE_STUDY.test([nameWords(d.fileName), d.title ?? '', d.heading ?? ''].join('\n'));
