/**
 * A short title for an area of concern, suggested from its weakness text: the SEND
 * topic it names first (EHC plans, local offer…), or else its opening words.
 */

const topics: readonly (readonly [RegExp, string])[] = [
  [/\bEHC ?(?:P|plans?)\b|\(EHC\) plans?|education,? health and care (?:\(EHC\) )?plans?/i, 'EHC plans'],
  [/\blocal offer\b/i, 'Local offer'],
  [/\bjoint(?:ly)? commission/i, 'Joint commissioning'],
  [/\bco-?production|co-?produc/i, 'Co-production'],
  [/\bexclu(?:sion|ded)|suspension/i, 'Exclusions'],
  [/\bmissing (?:from )?education\b/i, 'Children missing education'],
  [/\bautis|\bASD\b/i, 'Autism support'],
  [/\bneurodevelopment/i, 'Neurodevelopmental pathway'],
  [/\bSENDIASS\b|\bIASS\b|information,? advice and support/i, 'Information, advice and support'],
  [/\bannual reviews?\b/i, 'Annual reviews'],
  [/\bpreparing for adulthood|\bpreparation for adulthood|\btransitions?\b/i, 'Preparing for adulthood'],
  [/\bwaiting (?:times?|lists?)\b/i, 'Waiting times'],
  [/\bmental health\b|\bCAMHS\b/i, 'Mental health support'],
  [/\bspeech and language\b|\btherap(?:y|ies)\b/i, 'Therapies'],
  [/\bgraduated (?:response|approach)\b|\bSEN support\b/i, 'SEN support'],
  [/\bidentif(?:y|ied|ication)\b/i, 'Identifying needs'],
  [/\bself-?evaluation\b|\b(?:accurate|shared|common) (?:or shared )?understanding\b/i, 'Self-evaluation and shared understanding'],
  [/\boutcomes?\b/i, 'Outcomes'],
  [/\bquality assurance\b/i, 'Quality assurance'],
  [/\b(?:strategic )?leadership\b/i, 'Leadership'],
  [/\bcommunicat/i, 'Communication with families'],
];

const clauseBreak = /[,;:()]|\s[–—-]\s|\s(?:which|that|because|so that|where|and do not|and does not|and are not|and is not)\s/i;

/** The first clause, without a leading article, at most `maxWords` words, capitalised. */
function openingWords(text: string, maxWords: number): string {
  const clause = text.split(clauseBreak)[0] ?? text;
  const words = clause.replace(/^\s*(?:the|a|an)\s+/i, '').trim().split(/\s+/).filter(Boolean).slice(0, maxWords);
  // A title does not end on a little word ("Slow and uneven way in" → "Slow and uneven way").
  while (words.length > 1 && /^(?:in|of|for|to|with|by|on|at|and|or|the|a|an)$/i.test(words[words.length - 1]!)) words.pop();
  const joined = words.join(' ').replace(/[.!?…]+$/, '');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

export function suggestTitle(weakness: string): string {
  let best: { at: number; title: string } | null = null;
  for (const [pattern, title] of topics) {
    const at = weakness.search(pattern);
    if (at >= 0 && (best === null || at < best.at)) best = { at, title };
  }
  const title = best?.title ?? openingWords(weakness, 8);
  return (title || 'Area of concern').slice(0, 200);
}
