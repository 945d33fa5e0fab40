import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { libraryDetailsInput } from '../../../shared/schemas/library.ts';
import { areaCreateInput } from '../../../shared/schemas/areas.ts';
import { evidenceCreateInput, stance, strength } from '../../../shared/schemas/evidence.ts';
import { feedbackDetailsInput, voiceGroup } from '../../../shared/schemas/feedback.ts';
import { seriesDetailsInput, seriesValueInput } from '../../../shared/schemas/series.ts';
import { createArea, findAreaByCode } from '../areas/areas.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { CoreError } from '../errors.ts';
import { attachStaged } from '../evidence/attach.ts';
import { createEvidence, setLink } from '../evidence/evidence.ts';
import { insertDetails } from '../library/details.ts';
import { Library } from '../library/library.ts';
import { writeFeedbackRow } from '../feedback/feedback.ts';
import { writeSeriesDetails, writeValues } from '../series/series.ts';
import { assessmentProblems, seedAssessment, writeAssessment } from './assessment.ts';

const seedSchema = z.object({
  library: libraryDetailsInput,
  areas: z.array(areaCreateInput),
  evidence: z.array(
    evidenceCreateInput.extend({
      files: z.array(z.string()).default([]),
      links: z
        .array(z.object({ area: z.string(), stance: stance.default('supports'), note: z.string().default(''), strength: strength.optional() }))
        .default([]),
      /** A data item's series: its details and values. */
      series: seriesDetailsInput.extend({ values: z.array(seriesValueInput).default([]) }).optional(),
      /** A feedback item's details; "you said, we did" names the answering item by its title. */
      feedback: feedbackDetailsInput.extend({ answeredBy: z.string().nullable().default(null) }).optional(),
    }),
  ),
  /** What the example's LANO has drafted: findings, judgements, actions and stocktakes. */
  assessment: seedAssessment.optional(),
});
export type Seed = z.output<typeof seedSchema>;
type SeedItem = Seed['evidence'][number];

export function readSeed(exampleDir: string): Seed {
  try {
    return seedSchema.parse(JSON.parse(readFileSync(join(exampleDir, 'seed.json'), 'utf8')));
  } catch {
    throw new CoreError('internal', 'The example library that came with the app is missing or damaged. Reinstall Revisit Ready to get it back.');
  }
}

const damaged = (what: string) => new CoreError('internal', `The example library that came with the app is damaged: ${what}. Reinstall Revisit Ready to get it back.`);

/** Checks what the seed says about one item's series and feedback before anything is written. */
function checkItem(item: SeedItem, titles: Set<string>): void {
  if (item.series && item.kind !== 'data') throw damaged(`“${item.title}” has a series but is not a data item`);
  if (item.feedback && item.kind !== 'feedback') throw damaged(`“${item.title}” has feedback details but is not a feedback item`);
  if (item.feedback && item.voice !== voiceGroup[item.feedback.voice]) throw damaged(`“${item.title}” gives two different voices`);
  if (item.series?.values.some((v) => v.label.trim() === '')) throw damaged(`“${item.title}” has a value without a label`);
  const answeredBy = item.feedback?.answeredBy;
  if (answeredBy != null && (answeredBy === item.title || !titles.has(answeredBy))) throw damaged(`“${item.title}” is answered by an unknown item`);
}

/** Writes (or replaces) a data item's series details and values, as the app saves them. */
function writeSeries(db: Db, evidenceId: string, series: NonNullable<SeedItem['series']>): void {
  writeSeriesDetails(db, evidenceId, series);
  writeValues(db, evidenceId, series.values, series.period);
}

/** Writes (or replaces) a feedback item's details, with the item answering it if any. */
function writeFeedback(db: Db, evidenceId: string, feedback: NonNullable<SeedItem['feedback']>, answeredBy: string | null): void {
  writeFeedbackRow(db, evidenceId, {
    voice: feedback.voice,
    channel: feedback.channel,
    sentiment: feedback.sentiment,
    consent: feedback.consent ? 1 : 0,
    anonymised: feedback.anonymised ? 1 : 0,
    question: feedback.question,
    respondent_role: feedback.respondentRole,
    review: '',
    answered_by: answeredBy,
  });
}

/**
 * Builds a library at `target` from the shipped seed, through the same core functions the
 * app uses. The files are staged first; then areas, items, files, links, series,
 * feedback and the assessment (excerpts, findings, judgements, actions, stocktakes) are
 * written in one transaction, so a damaged seed leaves nothing half-built.
 */
export async function buildExampleLibrary(exampleDir: string, target: string, now: Date): Promise<Library> {
  const seed = readSeed(exampleDir);
  const titles = new Set(seed.evidence.map((e) => e.title));
  if (titles.size !== seed.evidence.length) throw damaged('two items have the same title');
  for (const item of seed.evidence) checkItem(item, titles);
  if (seed.assessment) {
    const items = new Map(seed.evidence.map((e) => [e.title, { kind: e.kind, seriesLabels: e.series?.values.map((v) => v.label) ?? [] }]));
    const problem = assessmentProblems(seed.assessment, new Set(seed.areas.map((a) => a.code)), items)[0];
    if (problem !== undefined) throw damaged(problem);
  }
  const lib = Library.create(target, (db) => insertDetails(db, seed.library, now));
  try {
    const staged: { uploadId: string; name: string }[][] = [];
    for (const item of seed.evidence) {
      const files: { uploadId: string; name: string }[] = [];
      for (const file of item.files) files.push({ uploadId: (await lib.store.staging.stageFile(join(exampleDir, file))).uploadId, name: basename(file) });
      staged.push(files);
    }
    writeTransaction(lib.db, () => {
      for (const area of seed.areas) createArea(lib.db, area, now);
      const ids = new Map<string, string>();
      seed.evidence.forEach((item, i) => {
        const { files: _files, links, series, feedback: _feedback, ...fields } = item;
        const created = createEvidence(lib.db, fields, now, seed.library.userName);
        ids.set(item.title, created.id);
        for (const file of staged[i] ?? []) attachStaged(lib, lib.store.staging, created.id, file.uploadId, file.name, now);
        for (const link of links) {
          const area = findAreaByCode(lib.db, link.area);
          if (!area) throw new CoreError('internal', `The example library links to an unknown area ${link.area}.`);
          setLink(lib.db, { evidenceId: created.id, areaId: area.id, stance: link.stance, note: link.note, strength: link.strength }, now);
        }
        if (series) writeSeries(lib.db, created.id, series);
      });
      // Feedback last, so that "you said, we did" can point at any item.
      for (const item of seed.evidence) {
        if (!item.feedback) continue;
        const answeredBy = item.feedback.answeredBy === null ? null : (ids.get(item.feedback.answeredBy) ?? null);
        writeFeedback(lib.db, ids.get(item.title) as string, item.feedback, answeredBy);
      }
      // The assessment last: it cites items and excerpts of them.
      if (seed.assessment) writeAssessment(lib.db, seed.assessment, ids, now, seed.library.userName);
    });
    return lib;
  } catch (e) {
    lib.close();
    throw e;
  }
}
