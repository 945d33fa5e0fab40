// Made-up but realistic-looking text for benchmarks: SEND words plus a long tail of
// invented ones, drawn with a Zipf-like spread so queries range from rare to common.

const DOMAIN = `EHC plans assessment annual review tribunal SENDIASS parent carer forum co-production local offer
  joint commissioning speech language therapy CAMHS neurodevelopmental pathway exclusions suspensions attendance
  timeliness quality assurance audit panel SENCO governors inclusion outreach preparation adulthood transition
  NEET children missing education health visitor designated clinical officer key working placement sufficiency
  complaints compliments mediation graduated approach early help social care short breaks personal budgets
  workforce training improvement board written statement action revisit inspection progress impact voice
  partnership leaders families young people school college provider waiting times referral diagnosis`.split(/\s+/).filter(Boolean);

const FILLER = 'the of and to in for with on was were that this by from as at are be has have been their which will an or not'.split(' ');

/** A small seeded random generator (mulberry32), so every run builds the same corpus. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ner', 'tas', 'vel', 'dor', 'pin', 'sul', 'gra', 'bet', 'fon', 'rik', 'ost', 'wem', 'zan', 'cho', 'dri', 'len', 'mur'];

/** Invented words: the long tail of a real vocabulary (names, places, jargon). */
export function inventWords(count: number, random: () => number): string[] {
  const out = new Set<string>();
  while (out.size < count) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    out.add(w);
  }
  return [...out];
}

export interface Vocabulary {
  words: string[];
  pick: () => string;
}

/** Domain words are common, invented ones follow a Zipf tail; filler words glue sentences. */
export function vocabulary(seed: number, tail = 20_000): Vocabulary {
  const random = rng(seed);
  const words = [...DOMAIN, ...inventWords(tail, random)];
  return {
    words,
    pick: () => {
      const r = random();
      if (r < 0.45) return FILLER[Math.floor(random() * FILLER.length)]!;
      // Zipf-ish: index ~ words.length^u, so low indexes (domain words) are frequent.
      const i = Math.floor(Math.pow(words.length, random())) - 1;
      return words[Math.min(words.length - 1, Math.max(0, i))]!;
    },
  };
}

/** A page of sentences, `words` long, with a date now and then. */
export function pageOfText(v: Vocabulary, words: number, random: () => number): string {
  const out: string[] = [];
  let sentence = 0;
  for (let i = 0; i < words; i++) {
    let w = v.pick();
    if (sentence === 0) w = w[0]!.toUpperCase() + w.slice(1);
    out.push(w);
    sentence++;
    if (sentence > 8 && random() < 0.15) {
      out[out.length - 1] += random() < 0.1 ? ` on ${1 + Math.floor(random() * 28)} March 2023.` : '.';
      sentence = 0;
    }
  }
  return `${out.join(' ')}.`;
}
