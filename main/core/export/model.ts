/**
 * The evidence pack as a plain object shaped like the revisit letter (DOMAIN.md, "The
 * revisit letter"). Every renderer (HTML, ZIP, later PDF and Word) draws from this, so
 * they all say the same thing. Reads only; deterministic for the same library and options.
 */
import type { z } from 'zod';
import type { exportOptions } from '../../../shared/api/export.ts';
import { formatDate, numberInWords, plural } from '../../../shared/format.ts';
import { stanceLabels } from '../../../shared/stance.ts';
import type { Outcome } from '../../../shared/schemas/assessment.ts';
import { evidenceKinds, voices, type EvidenceKind, type Stance } from '../../../shared/schemas/evidence.ts';
import { listActions } from '../actions/actions.ts';
import { listStocktakes } from '../actions/stocktakes.ts';
import { listAreas } from '../areas/areas.ts';
import { listFindings } from '../assessment/findings.ts';
import { getJudgement } from '../assessment/judgements.ts';
import { getSettings } from '../assessment/settings.ts';
import type { Db } from '../db/open.ts';
import { notFound } from '../errors.ts';
import { getDetails } from '../library/details.ts';
import { loadAnswers, loadItems, loadLinks, loadSurveys, type PackFile, type PackItem, type PackLink, type PackSurvey, type SurveyAnswer } from './load.ts';
import { seriesAnnex, voicesAnnex, type PackSeries, type PackVoices } from './annexes.ts';
import { heardFromSentences, judgementSentence, kindLabels, openingSentences, summarySentences, voiceLabels } from './wording.ts';

export type ExportOptions = z.output<typeof exportOptions>;

export interface Exhibit {
  /** "E1", "E2", … */
  ref: string;
  /** The items this exhibit stands for: one item, or every answer of one survey that no finding cites. */
  members: string[];
  title: string;
  kind: EvidenceKind;
  kindLabel: string;
  asAt: string | null;
  source: string;
  personalData: boolean;
  /** Codes of the pack's areas the item is linked to or cited in, in the areas' order. */
  areaCodes: string[];
  files: PackFile[];
  /** A survey's answers, written beside the pack as a table; null for a single item. */
  answers: SurveyAnswer[] | null;
  /** The survey's name, for a survey's answers; null otherwise. */
  survey: string | null;
  /**
   * For an exhibit that travels with no file and no table made for it (a note of what
   * young people said, say): its own words, which the pack prints and the zip carries as
   * text; '' when it holds none. null when the exhibit has a file or a table.
   */
  words: string | null;
  /** How it evidences each of the pack's areas it is linked to, in the areas' order. */
  links: ExhibitLink[];
}

export interface ExhibitLink {
  code: string;
  stance: Stance;
  /** Why it counts, as the link says; '' when not given. */
  note: string;
}

/** One row of an area's "evidence held": an exhibit, how it bears on the area, and why. */
export interface HeldRow {
  ref: string;
  title: string;
  /** "Supports progress", "Counters progress", or "Cited in a finding" when cited but not linked. */
  stance: string;
  note: string;
}

export interface PackHeld {
  code: string;
  title: string;
  rows: HeldRow[];
}

/** The written statement of action's actions for one area, as a table. */
export interface PackActionArea {
  code: string;
  title: string;
  caption: string;
  /** [reference, action, owner, due, status]; the status says "past due" where it is. */
  rows: [string, string, string, string, string][];
}

export interface PackActions {
  sentences: string[];
  areas: PackActionArea[];
}

export interface PackFinding {
  text: string;
  stillToImprove: boolean;
  /** Exhibit references cited, in order, without repeats. */
  refs: string[];
  /** Cited items left out as personal data: the finding says so where it cites them. */
  withheld: number;
}

export interface PackArea {
  code: string;
  title: string;
  /** Verbatim, as the inspection letter put it. */
  weakness: string;
  findings: PackFinding[];
  outcome: Outcome | null;
  /** Exactly the library's sentence for the judgement, or a plain one when not judged. */
  judgementSentence: string;
}

export interface CountRow {
  label: string;
  /** A count of evidence items (not of people, so not suppressed). */
  count: string;
}

export interface Pack {
  title: string;
  localArea: string;
  /** YYYY-MM-DD: the pack's date and its "as at" date. */
  asAt: string;
  dateText: string;
  draft: boolean;
  includePersonalData: boolean;
  /** Items marked as personal data that were left out. */
  withheld: number;
  /** Items marked as personal data that are included (on purpose). */
  personalIncluded: number;
  notes: string[];
  opening: string[];
  summary: string[];
  heardFrom: { sentences: string[]; voices: CountRow[]; kinds: CountRow[] };
  areas: PackArea[];
  closing: string[];
  exhibits: Exhibit[];
  /** For each area, every exhibit that evidences it, with its stance and why it counts. */
  held: PackHeld[];
  /** The written statement of action's actions of the pack's areas. */
  actions: PackActions;
  /** Each data series among the exhibits, in exhibit order. */
  series: PackSeries[];
  voices: PackVoices;
  stocktake: { takenOn: string; summary: string; counts: CountRow[] } | null;
}

const ref = (n: number) => `E${n}`;

const isSpreadsheet = (f: PackFile) => /\.(csv|xlsx|xls|ods|tsv)$/i.test(f.name);

/** A survey by its title, or by the day it was imported when its title was not kept. */
const surveyName = (s: PackSurvey) => s.title || `Survey imported on ${formatDate(s.importedAt.slice(0, 10))}`;

export function buildPack(db: Db, options: ExportOptions, today: string): Pack {
  const details = getDetails(db);
  const { wording } = getSettings(db);
  const asAt = options.asAt ?? today;
  const all = listAreas(db);
  const wanted = options.areaIds ? new Set(options.areaIds) : null;
  for (const id of wanted ?? []) if (!all.some((a) => a.id === id)) throw notFound(`The area of concern ${id}`);
  const areas = wanted ? all.filter((a) => wanted.has(a.id)) : all;
  const items = loadItems(db);
  const links = loadLinks(db);

  const withheld = new Set<string>();
  const refs = new Map<string, string>();
  const usable = (id: string): PackItem | null => {
    const item = items.get(id);
    if (!item) return null;
    if (item.personalData && !options.includePersonalData) {
      withheld.add(id);
      return null;
    }
    return item;
  };
  const areaOf = new Map<string, Set<string>>();
  const touch = (itemId: string, code: string) => areaOf.set(itemId, (areaOf.get(itemId) ?? new Set()).add(code));

  const packAreas: PackArea[] = areas.map((a) => {
    const outcome = getJudgement(db, a.id)?.outcome ?? null;
    const findings = listFindings(db, a.id).map((f) => {
      const cited: string[] = [];
      const left = new Set<string>();
      for (const c of f.citations) {
        if (!usable(c.evidenceId)) {
          left.add(c.evidenceId);
          continue;
        }
        if (!refs.has(c.evidenceId)) refs.set(c.evidenceId, ref(refs.size + 1));
        touch(c.evidenceId, a.code);
        const r = refs.get(c.evidenceId)!;
        if (!cited.includes(r)) cited.push(r);
      }
      return { text: f.text, stillToImprove: f.stillToImprove, refs: cited, withheld: left.size };
    });
    return { code: a.code, title: a.title, weakness: a.weakness, findings, outcome, judgementSentence: judgementSentence(outcome, wording) };
  });

  // Items linked to the areas but not cited follow, by title then id (items come sorted so).
  // A survey's uncited answers make one exhibit, where its first answer would stand.
  const members = new Map<string, string[]>([...refs.keys()].map((id) => [id, [id]]));
  const linked = new Set(areas.flatMap((a) => (links.get(a.id) ?? []).map((l) => l.evidenceId)));
  const linkOf = new Map<string, PackLink>(areas.flatMap((a) => (links.get(a.id) ?? []).map((l) => [`${a.code}\u0000${l.evidenceId}`, l] as const)));
  for (const a of areas) for (const l of links.get(a.id) ?? []) if (usable(l.evidenceId)) touch(l.evidenceId, a.code);
  for (const item of items.values()) {
    if (!linked.has(item.id) || !usable(item.id) || refs.has(item.id)) continue;
    const key = item.surveyId === null ? item.id : `survey:${item.surveyId}`;
    if (!refs.has(key)) refs.set(key, ref(refs.size + 1));
    members.set(key, [...(members.get(key) ?? []), item.id]);
  }

  const codeOrder = areas.map((a) => a.code);
  const surveys = loadSurveys(db);
  const exhibits: Exhibit[] = [...refs.entries()].map(([key, r]) => {
    const ids = members.get(key)!;
    const first = items.get(ids[0]!)!;
    const all = ids.map((id) => items.get(id)!);
    const codes = new Set(ids.flatMap((id) => [...(areaOf.get(id) ?? [])]));
    const survey = key === first.id ? null : surveys.get(first.surveyId!)!;
    const sources = new Set(all.map((i) => i.source));
    const areaCodes = codeOrder.filter((c) => codes.has(c));
    // A data series' figures and a survey's answers travel as tables; anything else with no file travels as its words.
    const files = all.flatMap((i) => (i.kind === 'data' ? i.files.filter((f) => !isSpreadsheet(f)) : i.files));
    const words = !survey && first.kind !== 'data' && files.length === 0 ? first.description.trim() : null;
    const exhibitLinks = areaCodes.flatMap((code): ExhibitLink[] => {
      const found = ids.map((id) => linkOf.get(`${code}\u0000${id}`)).filter((l): l is PackLink => l !== undefined);
      if (!found.length) return [];
      const notes = [...new Set(found.map((l) => l.note.trim()).filter(Boolean))];
      return [{ code, stance: found.some((l) => l.stance === 'counters') ? 'counters' : 'supports', note: notes.join(' ') }];
    });
    return {
      ref: r,
      members: ids,
      title: survey ? `${surveyName(survey)}: ${plural(ids.length, 'answer')}` : first.title,
      kind: first.kind,
      kindLabel: survey ? 'Feedback (survey)' : kindLabels[first.kind],
      asAt: all.reduce<string | null>((latest, i) => (i.asAt !== null && (latest === null || i.asAt > latest) ? i.asAt : latest), null),
      source: sources.size === 1 ? first.source : '',
      personalData: all.some((i) => i.personalData),
      areaCodes,
      // A data series travels as the table of its figures the pack shows (small counts
      // suppressed, see zip.ts), not as the spreadsheet it came from, which may hold more.
      files,
      answers: survey ? loadAnswers(db, ids) : null,
      survey: survey ? surveyName(survey) : null,
      words,
      links: exhibitLinks,
    };
  });

  const included = exhibits.flatMap((e) => e.members.map((id) => items.get(id)!));
  const personalIncluded = included.filter((i) => i.personalData).length;
  const notes: string[] = [];
  if (withheld.size > 0)
    notes.push(`${capital(numberInWords(withheld.size))} ${withheld.size === 1 ? 'item marked as containing personal data was' : 'items marked as containing personal data were'} withheld from this pack.`);
  const citing = packAreas.reduce((n, a) => n + a.findings.filter((f) => f.withheld > 0).length, 0);
  if (citing > 0)
    notes.push(
      `${capital(numberInWords(citing))} ${citing === 1 ? 'finding cites' : 'findings cite'} evidence withheld as personal data; ${citing === 1 ? 'it says so' : 'each says so'} where the evidence would be cited.`,
    );
  if (options.includePersonalData)
    notes.push(
      personalIncluded > 0
        ? `This pack includes ${numberInWords(personalIncluded)} ${personalIncluded === 1 ? 'item' : 'items'} marked as containing personal data, included on purpose. Share it only with those who need it.`
        : 'Items marked as containing personal data were allowed in this pack, but none is cited or linked.',
    );

  const summary = summarySentences(packAreas.map((a) => a.outcome), packAreas.filter((a) => !a.outcome).map((a) => a.code), wording);
  const count = <K extends string>(keys: readonly K[], of: (e: PackItem) => K | null) =>
    keys.map((k) => ({ key: k, count: included.filter((i) => of(i) === k).length }));
  const voiceCounts = count(voices, (e) => e.voice);
  const kindCounts = count(evidenceKinds, (e) => e.kind);
  const latest = listStocktakes(db)[0];

  return {
    title: `Joint local area SEND revisit: evidence pack — ${details.name}`,
    localArea: details.name,
    asAt,
    dateText: formatDate(asAt),
    draft: options.draft,
    includePersonalData: options.includePersonalData,
    withheld: withheld.size,
    personalIncluded,
    notes,
    opening: openingSentences({ name: details.name, initialInspectionDate: details.initialInspectionDate, wsoaFitDate: details.wsoaFitDate, asAt, areaCount: areas.length, libraryAreaCount: all.length, wording }),
    summary,
    heardFrom: {
      sentences: heardFromSentences(voiceCounts.map((v) => ({ voice: v.key, count: v.count })), kindCounts.map((k) => ({ kind: k.key, count: k.count }))),
      // Counts of items, not of people: shown as they are (small-cell suppression is for the series' counts).
      voices: voiceCounts.map((v) => ({ label: voiceLabels[v.key], count: String(v.count) })),
      kinds: kindCounts.map((k) => ({ label: kindLabels[k.key], count: String(k.count) })),
    },
    areas: packAreas,
    closing: [
      ...summary,
      latest ? `At the latest stocktake of the written statement of action (${formatDate(latest.takenOn)}): ${latest.summary}` : 'No stocktake of the written statement of action has been recorded yet.',
      ...closingIndex(packAreas, exhibits.length),
    ],
    exhibits,
    held: heldFor(areas, exhibits),
    actions: actionsFor(db, areas, asAt),
    series: seriesAnnex(db, exhibits),
    voices: voicesAnnex(db, exhibits),
    stocktake: latest ? { takenOn: latest.takenOn, summary: latest.summary, counts: latest.counts.map((c) => ({ label: c.label, count: String(c.count) })) } : null,
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The closing's word on the exhibits: how findings cite them, only when a finding does. */
function closingIndex(areas: readonly PackArea[], exhibits: number): string[] {
  if (exhibits === 0) return [];
  const citing = areas.some((a) => a.findings.some((f) => f.refs.length > 0));
  return [
    citing
      ? 'Each finding above cites its evidence by exhibit reference; the exhibit index below lists every exhibit, and the files travel beside this pack.'
      : 'The exhibit index below lists the evidence linked to each area, and the files travel beside this pack.',
  ];
}


/** Each area's exhibits (linked or cited), with how each bears on the area; counter-evidence is listed like the rest. */
function heldFor(areas: readonly { code: string; title: string }[], exhibits: readonly Exhibit[]): PackHeld[] {
  return areas.map((a) => ({
    code: a.code,
    title: a.title,
    rows: exhibits
      .filter((e) => e.areaCodes.includes(a.code))
      .map((e) => {
        const link = e.links.find((l) => l.code === a.code);
        return { ref: e.ref, title: e.title, stance: link ? stanceLabels[link.stance] : 'Cited in a finding', note: link?.note ?? '' };
      }),
  }));
}

/** The actions of the pack's areas, one table per area; an action not complete by its due date (as at the pack's date) is flagged. */
function actionsFor(db: Db, areas: readonly { id: string; code: string; title: string }[], asAt: string): PackActions {
  let total = 0;
  let late = 0;
  const out: PackActionArea[] = [];
  for (const a of areas) {
    const actions = listActions(db, a.id, asAt);
    if (!actions.length) continue;
    const overdue = actions.filter((x) => x.pastDue).length;
    total += actions.length;
    late += overdue;
    out.push({
      code: a.code,
      title: a.title,
      caption: `${a.code}: ${plural(actions.length, 'action')}${overdue ? `, ${overdue} past due and not complete` : ''}`,
      rows: actions.map((x) => [
        x.ref || '—',
        x.text,
        x.owner || 'Not recorded',
        formatDate(x.dueOn, 'No date'),
        `${x.statusLabel ?? 'No status'}${x.pastDue ? ' (past due)' : ''}`,
      ]),
    });
  }
  if (total === 0) return { sentences: ['No actions of the written statement of action are recorded for the areas in this pack.'], areas: [] };
  const sentences = [
    `The written statement of action holds ${plural(total, 'action')} for the areas in this pack, listed by area below.`,
    late === 0
      ? `As at ${formatDate(asAt)}, none is past its due date without being complete.`
      : `As at ${formatDate(asAt)}, ${late === 1 ? 'one is' : `${numberInWords(late)} are`} past the due date and not complete; ${late === 1 ? 'its' : 'their'} status is marked “past due”.`,
  ];
  return { sentences, areas: out };
}
