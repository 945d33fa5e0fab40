/**
 * Whether free text (a survey answer, a quote) looks as if it names or identifies a
 * person: a child named after "my son", a first name and surname, a title and surname,
 * a date of birth, a named school with a year group, an email address, a UK phone
 * number, a postcode or an NHS number. Errs towards asking: a flag only asks a person
 * to look, but every flag costs them time, so ordinary SEND wording must not trip it.
 */

/** Common first names in England and Wales (children and adults); words that are also ordinary words (Grace, Hope, May, Will, Amber…) are left out. */
const FIRST_NAMES = new Set(
  `Oliver George Harry Noah Jack Leo Arthur Muhammad Mohammed Mohammad Oscar Charlie Jacob Thomas Henry William Alfie Joshua
  Freddie Archie Theo Isaac Alexander James Edward Logan Lucas Max Ethan Mason Daniel Samuel Joseph Benjamin Adam Dylan Riley
  Harrison Tyler Jake Liam Callum Kieran Ryan Connor Luke Matthew Ben Sam Tom Josh Lewis Aaron Jamie Nathan Reuben Finley Toby
  Elliot Ibrahim Yusuf Ali Omar Hamza David John Michael Paul Andrew Peter Richard Robert Stephen Simon Christopher Ahmed
  Kacper Oskar Jayden Kai Louis Ronnie Teddy Tommy Rory Zachary Jenson Bobby Stanley Albie Olivia Amelia Isla Ava Mia Lily
  Isabella Sophia Sophie Emily Ella Freya Evie Charlotte Isabelle Jessica Chloe Millie Ellie Erin Lucy Emma Hannah Megan Amy
  Katie Lauren Rebecca Sarah Laura Rachel Jennifer Nicola Claire Louise Helen Karen Susan Elizabeth Mary Margaret Anne Zara
  Aisha Fatima Maryam Amira Layla Hafsa Priya Aaliyah Harper Florence Matilda Alice Phoebe Scarlett Evelyn Eva Ruby Maisie
  Niamh Caitlin Abigail Leah Imogen Molly Jasmine Harriet Georgia Bethany Nadia Zainab Ayesha Zuzanna Maja Esme Rosie Darcie
  Thea Elsie Mila Sienna Aria Gracie Lola Violet Emilia Julie Kerry Joanne Gemma Kelly Lisa Tracey Dawn Angela Deborah`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that follow a first name without making it a person's full name. */
const NOT_SURNAMES = new Set(
  `January February March April May June July August September October November December Monday Tuesday Wednesday Thursday
  Friday Saturday Sunday Primary School Academy College Council Hospital Centre Center Road Street Lane Avenue Close Drive Way
  House Forum Team Service Services Trust Unit Ward Clinic Surgery Group Club Church Park Nursery Partnership Board Plan Year
  Key Stage Health Care Infant Infants Junior Juniors High Grammar Court Hall Library Project Programme Fund Foundation
  Children Parents The And But Is Was He She They It We I Has Had Who When Where If In At On Of To For With Said Says Told
  Asked Went Goes Gets Got Can Could Would Should Will Did Does Not No Yes Also Then So Because Still Now Just Only Always Never`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that look like names after "my son" but are not ("My son I think…", "my daughter Year 5…"). */
const NOT_NAMES = new Set(
  `I I'm I've The A An And But Or So He She They It Is Was Has Had Have Who When Where Why How What If In At On Of To For With
  Year Reception Nursery School Primary Secondary College Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
  February March April June July August September October November December SEND EHCP EHC ADHD ASD ASC SEN Autism Also Still
  Now Just Only Always Never Then Since After Before Because Aged Age Currently Really Sadly Finally Eventually Recently
  Unfortunately Luckily Thankfully Please Thanks Thank Mainstream Special Local Our My Your His Her Their Both Each`
    .split(/\s+/)
    .filter(Boolean),
);

const clip = (s: string, max = 40) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
};
const quoted = (s: string) => `“${clip(s)}”`;

const RELATIVE =
  /\b(?:[Mm]y|[Oo]ur)\s+(?:(?:eldest|youngest|oldest|middle|little|twin|older|younger|autistic|disabled|foster|adopted|step|grand|baby|teenage|\d{1,2}[- ]?(?:year|yr)[- ]?old)\s+)?(?:son|daughter|child|boy|girl|grandson|granddaughter|grandchild|nephew|niece|brother|sister|stepson|stepdaughter|kid|twins?|child's name is|son's name is|daughter's name is)\s*[,(–-]?\s*([A-Z][a-z'’]+)/g;
// The surname is in a lookahead, so "Dear Jacob Smith" still finds "Jacob Smith" after trying "Dear Jacob".
const FIRST_AND_SURNAME = /(?<![\w'’])([A-Z][a-z]+)(?=(\s+)([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?|[A-Z]{2,})(?![\w'’]))/g;
const TITLE_AND_SURNAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)/g;
const DOB =
  /\b(?:D\.?O\.?B)\b|\bdate of birth\b|\bborn\s+(?:on\s+|in\s+)?(?:the\s+)?(?:\d{1,4}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?(?:st|nd|rd|th)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;
const YEAR_GROUP = /\b(?:year|yr|y)\s?(?:[1-9]|1[0-3])\b|\breception class\b/gi;
const SCHOOL_WORD = '(?:Primary|Academy|School|High|College|Infants?|Juniors?|Nursery|Grammar)';
const NAMED_SCHOOL = new RegExp(`\\b((?:St\\.? )?[A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,3} ${SCHOOL_WORD})\\b`, 'g');
const NOT_SCHOOL_NAMES = new Set(['The', 'A', 'An', 'Special', 'Secondary', 'Mainstream', 'Local', 'Primary', 'High', 'Independent', 'Their', 'His', 'Her', 'My', 'Our', 'Your', 'Every', 'Each', 'New', 'Current', 'Previous', 'Old', 'Same', 'Another', 'Nursery', 'Infant', 'Junior', 'At', 'In']);
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const PHONE = /(?<![\d+])(?:\+44\s?\(?0?\)?\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d])/g;
const POSTCODE = /\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b/;
const NHS = /(?<![\d-])(?:[1-9]\d{2}[ -]?\d{3}[ -]?\d{4})(?![\d-])/;

function relativeName(text: string): string {
  for (const m of text.matchAll(RELATIVE)) {
    const name = m[1]!;
    if (NOT_NAMES.has(name)) continue;
    // "my son Year…", "my daughter Reception…": a word after the name that shows it was not one.
    return `names a child (${quoted(m[0])})`;
  }
  return '';
}

function fullName(text: string): string {
  for (const m of text.matchAll(FIRST_AND_SURNAME)) {
    const [first, second] = [m[1]!, m[3]!];
    const whole = `${first}${m[2]!}${second}`;
    if (!FIRST_NAMES.has(first) || NOT_SURNAMES.has(second)) continue;
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    // "St Mary", "Saint Thomas", "Queen Elizabeth": places and institutions named after people.
    if (/(?:\bSt\.?|\bSaint|\bQueen|\bKing|\bPrince|\bPrincess|\bLady)\s+$/.test(before)) continue;
    const after = text.slice(m.index + whole.length, m.index + whole.length + 30);
    if (new RegExp(`^\\s+(?:[A-Z][a-z'’]+\\s+){0,2}${SCHOOL_WORD.replace('(?:', '(?:Hospital|Centre|House|Road|Street|')}\\b`).test(after)) continue;
    return `names a person (${quoted(whole)})`;
  }
  for (const m of text.matchAll(TITLE_AND_SURNAME)) {
    if (NOT_NAMES.has(m[1]!) || NOT_SURNAMES.has(m[1]!)) continue;
    return `names a person (${quoted(m[0])})`;
  }
  return '';
}

function schoolAndYear(text: string): string {
  const schools = [...text.matchAll(NAMED_SCHOOL)].filter((m) => {
    const words = m[1]!.split(' ');
    // "The School", "Special School", "Local Primary": no school named.
    const named = words.slice(0, -1).filter((w) => !NOT_SCHOOL_NAMES.has(w));
    return named.length > 0;
  });
  if (schools.length === 0) return '';
  for (const y of text.matchAll(YEAR_GROUP)) {
    for (const s of schools) {
      const start = Math.min(y.index, s.index);
      const end = Math.max(y.index + y[0].length, s.index + s[0].length);
      if (end - start <= 80) return `names a school and year group (${quoted(text.slice(start, end))})`;
    }
  }
  return '';
}

function phoneNumber(text: string): string {
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '').replace(/^44/, '0');
    if (digits.length >= 10 && digits.length <= 11) return 'gives a phone number';
  }
  return '';
}

/** A short reason when `text` looks as if it names or identifies a person; '' when it does not. */
export function personalDataReason(text: string): string {
  if (text.trim() === '') return '';
  if (EMAIL.test(text)) return 'gives an email address';
  const dob = DOB.exec(text);
  if (dob) return `gives a date of birth (${quoted(dob[0])})`;
  const child = relativeName(text);
  if (child) return child;
  const school = schoolAndYear(text);
  if (school) return school;
  const name = fullName(text);
  if (name) return name;
  const phone = phoneNumber(text);
  if (phone) return phone;
  if (NHS.test(text)) return 'gives what may be an NHS number';
  const postcode = POSTCODE.exec(text);
  if (postcode) return `gives a postcode (${quoted(postcode[0])})`;
  return '';
}

/**
 * The strongest signs only, for long documents where names of staff and schools are
 * ordinary: a date of birth, a child named after "my son", an NHS number given as one.
 */
export function childIdentifiedReason(text: string): string {
  const dob = DOB.exec(text);
  if (dob) return `gives a date of birth (${quoted(dob[0])})`;
  const child = relativeName(text);
  if (child) return child;
  const nhs = /\bNHS\s+(?:no|number)\b\.?:?\s*\d/i.exec(text);
  if (nhs) return `gives an NHS number (${quoted(nhs[0])}…)`;
  return '';
}

/** The review note written on a flagged item. */
export const reviewNote = (reason: string) => `Possible personal data — review: ${reason}`;
