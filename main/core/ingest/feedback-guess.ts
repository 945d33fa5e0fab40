/**
 * Whether an imported document is itself feedback, and whose voice it carries: a complaint or
 * a compliment, notes of a coffee morning, a SENCO survey, a paper from the parent carer
 * forum or SENDIASS, or notes of a young people's forum. Such papers come in as documents otherwise, and Voices would then say
 * those voices are missing while their own papers are in the library. Guesses only from what
 * the document calls itself, the source suggested for it and who its opening says took part;
 * anything else stays a document.
 */
import type { FeedbackChannel, FeedbackVoice } from '../../../shared/schemas/feedback.ts';
import { COMPLAINT, nameWords } from './personal-data.ts';

export interface FeedbackGuess {
  voice: FeedbackVoice;
  channel: FeedbackChannel | null;
}

export interface FeedbackSigns {
  fileName: string;
  title: string | null;
  heading: string | null;
  /** The source organisation suggested for it, if any. */
  source: string | null;
  /** The opening of its text (a few hundred characters), where session notes say who took part. */
  opening?: string;
}

const PCF = /\bparent[\s_-]*carers?[\s_-]*(?:forum|council)\b|\bPCF\b/i;
const SENDIASS = /\bSENDIASS\b|\bIASS\b|\binformation,?\s+advice\s+and\s+support\b/i;

/** What a paper by the forum or SENDIASS calls itself when it gives their view, not a guide or a leaflet they wrote. */
const VIEWS = /\b(?:feedback|survey|views|mystery[\s_-]*shop|report|response|consultation|listening|told us|you said|what (?:families|parents)|forum)\b/i;

/** A group of children or young people that gives their view: a youth forum, a children in care council… */
const YOUNG_GROUP =
  /\byoung[\s_-]*people[’']?s?[\s_-]*(?:forum|council|panel|group|parliament|voice|survey)\b|\byouth[\s_-]*(?:forum|council|parliament|panel|voice|survey)\b|\bchildren[\s_-]*in[\s_-]*care[\s_-]*council\b|\bchildren[’']?s?[\s_-]*(?:council|forum|panel)\b|\b(?:pupil|student|learner)[\s_-]*voice\b/i;
/** Session notes that open by counting the young people who took part ("Young people: 11, aged 15 to 22"). */
const YOUNG_PEOPLE_TOOK_PART = /^[\s*_#-]*(?:children and young people|young people|children|pupils|students)[\s*_]*:[\s*_]*\d+/im;

const channelIn = (names: string): FeedbackChannel | null =>
  /\bsurvey\b/i.test(names)
    ? 'survey'
    : /\byou said,?\s*we did\b/i.test(names)
      ? 'you-said-we-did'
      : /\bmystery[\s_-]*shop|\bcoffee[\s_-]*morning|\bworkshop\b|\bevent\b/i.test(names)
        ? 'event'
        : /\bforum\b|\bmeeting\b|\bboard\b/i.test(names)
          ? 'forum-meeting'
          : null;

export function guessFeedback(d: FeedbackSigns): FeedbackGuess | null {
  const names = [nameWords(d.fileName), d.title ?? '', d.heading ?? ''].join('\n');
  const source = d.source ?? '';
  if (COMPLAINT.test(names)) return { voice: 'parent-carer', channel: 'complaint' };
  if (/\bcompliment\b/i.test(names)) return { voice: 'parent-carer', channel: 'compliment' };
  if (SENDIASS.test(names) || (SENDIASS.test(source) && VIEWS.test(names))) return { voice: 'sendiass', channel: channelIn(names) };
  // The forum's own papers; a coffee morning it hosts gives parents' own words.
  if (/\bcoffee[\s_-]*morning\b/i.test(names)) return { voice: 'parent-carer', channel: 'event' };
  if (PCF.test(names) || (PCF.test(source) && VIEWS.test(names))) return { voice: 'parent-carer-forum', channel: channelIn(names) };
  if (/\bparent[\s_-]*carers?[\s_-]*survey\b/i.test(names)) return { voice: 'parent-carer', channel: 'survey' };
  if (/\bSENCO\b/i.test(names) && /\b(?:survey|feedback|views)\b/i.test(names)) return { voice: 'school-senco', channel: channelIn(names) };
  if (/\byou said,?\s*we did\b/i.test(names)) return { voice: 'parent-carer', channel: 'you-said-we-did' };
  if (YOUNG_GROUP.test(names)) return { voice: 'child-young-person', channel: channelIn(names) };
  if (YOUNG_PEOPLE_TOOK_PART.test(d.opening ?? '')) return { voice: 'child-young-person', channel: channelIn(names) ?? 'forum-meeting' };
  return null;
}
