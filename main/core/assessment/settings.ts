import type { z } from 'zod';
import {
  judgementWordingPresets,
  wordingPresetIds,
  type AssessmentSettings,
  type JudgementWording,
  type WordingPresetId,
  type settingsUpdateInput,
} from '../../../shared/schemas/assessment.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { CoreError } from '../errors.ts';

interface Row {
  judgement_wording: WordingPresetId | 'custom';
  judgement_labels: string;
  freshness_months: number;
}

export const wordingPresetList = wordingPresetIds.map((id) => ({ id, name: judgementWordingPresets[id].name }));

export function getSettings(db: Db): AssessmentSettings {
  const row = db.prepare('SELECT judgement_wording, judgement_labels, freshness_months FROM library WHERE id = 1').get() as Row | undefined;
  if (!row) throw new CoreError('library-corrupt', 'The library has lost its details (local area name and dates). Restore it from a backup.');
  const preset = row.judgement_wording;
  const wording = preset === 'custom'
    ? { ...judgementWordingPresets.revisit.wording, ...(JSON.parse(row.judgement_labels) as Partial<JudgementWording>) }
    : judgementWordingPresets[preset].wording;
  return { wordingPreset: preset, wording, freshnessMonths: row.freshness_months };
}

export function updateSettings(db: Db, input: z.output<typeof settingsUpdateInput>): AssessmentSettings {
  return writeTransaction(db, () => {
    const current = getSettings(db);
    const preset = input.wordingPreset ?? (input.wording ? 'custom' : current.wordingPreset);
    if (preset === 'custom' && !input.wording && current.wordingPreset !== 'custom')
      throw new CoreError('invalid-input', 'wording: give the wording to use when choosing your own (custom) wording.');
    const labels = preset === 'custom' ? JSON.stringify(input.wording ?? current.wording) : '{}';
    db.prepare('UPDATE library SET judgement_wording = ?, judgement_labels = ?, freshness_months = ? WHERE id = 1').run(
      preset,
      labels,
      input.freshnessMonths ?? current.freshnessMonths,
    );
    return getSettings(db);
  });
}
