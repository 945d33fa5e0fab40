/**
 * Import a survey export (CSV or Excel): choose the file, tick the free-text questions and
 * say which columns hold the role, date and consent, set what every item gets, then import
 * every answer or none. The summary counts the answers flagged as possible personal data
 * and offers to review them.
 */
import { useState } from 'react';
import { ProgressBar } from 'react-aria-components';
import type { CellProblem } from '../../../shared/schemas/series.ts';
import type { FeedbackVoice, SurveyImportResult, SurveyMapping, SurveyPreview, SurveyPreviewColumn } from '../../../shared/schemas/feedback.ts';
import { plural } from '../../../shared/format.ts';
import { api } from '../../api/client.ts';
import { AppDialog, DialogActions } from '../../components/Dialog.tsx';
import { Button } from '../../components/Button.tsx';
import { ProblemTable } from '../../components/ProblemTable.tsx';
import { CheckboxField, ComboField, SelectField, TextInputField } from '../../components/fields.tsx';
import { DateInputField } from '../../components/DateInputField.tsx';
import { useAppStore } from '../../stores/app.ts';
import { useAreasStore } from '../../stores/areas.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { say } from '../../stores/status.ts';
import { useUiStore } from '../../stores/ui.ts';
import { problemsOf, useSheetImport } from '../import/useSheetImport.ts';
import { SheetFileChooser } from '../import/SheetFileChooser.tsx';
import { AreaChoice } from '../import/AreaChoice.tsx';
import { TickBox } from './TickBox.tsx';
import { voiceGroupLabels, voiceOptions, voices } from './labels.ts';

const NONE = 'none';
const looksLikeWords: Record<SurveyPreviewColumn['looksLike'], string> = {
  'free-text': 'Free text',
  role: 'Role',
  date: 'Dates',
  consent: 'Yes or no',
  choice: 'Choices',
  empty: 'Empty',
};

const emptyMapping: SurveyMapping = { questionColumns: [], roleColumn: null, dateColumn: null, consentColumn: null };

/** "Parent survey 2024.csv" → "Parent survey 2024". */
export const surveyNameOf = (fileName: string) => fileName.replace(/\.(csv|xlsx)$/i, '').replace(/[_]+/g, ' ').trim();

/** "1,240 feedback items from 412 responses; 37 answers left blank; 12 flagged as possible personal data." */
export function summaryWords(r: SurveyImportResult): string {
  return [
    `${plural(r.created, 'feedback item')} from ${plural(r.responses, 'response')}`,
    `${plural(r.skippedBlank, 'answer')} left blank`,
    `${r.flagged.toLocaleString('en-GB')} flagged as possible personal data`,
  ].join('; ') + '.';
}

export function ImportSurveyDialog({ onClose }: { onClose: () => void }) {
  const areas = useAreasStore((s) => s.areas);
  const partners = useAppStore((s) => s.library?.details.partners ?? []);
  const openDialog = useUiStore((s) => s.openDialog);
  const [data, setData] = useState<SurveyPreview | null>(null);
  const [mapping, setMapping] = useState<SurveyMapping>(emptyMapping);
  const [surveyTitle, setSurveyTitle] = useState('');
  const [voice, setVoice] = useState<FeedbackVoice>('parent-carer');
  const [date, setDate] = useState('');
  const [anonymised, setAnonymised] = useState(true);
  const [consent, setConsent] = useState(false);
  const [source, setSource] = useState('');
  const [areaIds, setAreaIds] = useState<string[]>([]);
  const [problems, setProblems] = useState<CellProblem[]>([]);
  const [result, setResult] = useState<SurveyImportResult | null>(null);

  const { file, phase, busy, error, setError, choose, changeSheet, importing } = useSheetImport<SurveyPreview>({
    preview: async (f) => {
      const { uploadId } = await api.upload(f);
      return { uploadId, preview: await api.call('feedback/previewSurvey', { source: { uploadId } }) };
    },
    previewAgain: (uploadId, sheet) => api.call('feedback/previewSurvey', { source: { uploadId, sheet } }),
    took: (p, chosen) => {
      if (chosen) setSurveyTitle(surveyNameOf(chosen.name));
      setData(p);
      setMapping(p.proposedMapping ?? emptyMapping);
      setProblems([]);
    },
  });
  const reading = phase?.kind === 'uploading' || phase?.kind === 'reading';

  const toggleQuestion = (index: number, on: boolean) => {
    const rest = mapping.questionColumns.filter((c) => c !== index);
    setMapping({ ...mapping, questionColumns: on ? [...rest, index].sort((a, b) => a - b) : rest });
  };

  const run = async () => {
    if (!file || !data || busy) return;
    if (mapping.questionColumns.length === 0) {
      setError('Tick at least one free-text question: each answer to it becomes a feedback item.');
      return;
    }
    setProblems([]);
    await importing(
      async () => {
        const r = await api.call('feedback/importSurvey', {
          source: data.sheet ? { uploadId: file.uploadId, sheet: data.sheet } : { uploadId: file.uploadId },
          mapping,
          defaults: { surveyTitle: surveyTitle.trim(), voice, date: date || null, anonymised, consent, source: source.trim() },
          areaIds,
        });
        setResult(r);
        say(`Imported the survey: ${summaryWords(r)}`);
        void useEvidenceStore.getState().refresh();
        void useAreasStore.getState().load();
      },
      (e) => setProblems(problemsOf<CellProblem>(e)),
    );
  };

  const columnOptions = [{ id: NONE, label: 'None' }, ...(data?.columns ?? []).map((c) => ({ id: String(c.index), label: c.heading || `Column ${c.index + 1}` }))];
  const sampleOf = (index: number) => (data?.sample ?? []).map((r) => r.cells[index] ?? '').find((v) => v.trim() !== '') ?? '';
  const answers = data ? data.columns.filter((c) => mapping.questionColumns.includes(c.index)).reduce((n, c) => n + c.answered, 0) : 0;
  // After a failed import, its problems; before, the cells the preview could not read.
  const allProblems = problems.length > 0 ? problems : (data?.problems ?? []);

  return (
    <AppDialog title="Import survey responses" isOpen onClose={onClose} isBusy={busy} size="large">
      {result ? (
        <>
          <div className="notice notice-ok" role="status">
            <p className="notice-title">Imported the survey</p>
            <p>{summaryWords(result)}</p>
          </div>
          <h3 className="section-heading">By voice</h3>
          <ul className="survey-by-voice">
            {voices
              .filter((v) => (result.byVoice[v] ?? 0) > 0)
              .map((v) => (
                <li key={v}>
                  {plural(result.byVoice[v] ?? 0, 'item')} from {voiceGroupLabels[v]}
                </li>
              ))}
          </ul>
          {result.flagged > 0 ? (
            <p>
              Answers that may name or identify someone are flagged. Review them before you share anything: mark each as
              personal data (left out of exports) or not.
            </p>
          ) : null}
          <DialogActions>
            {result.flagged > 0 ? (
              <Button variant="primary" autoFocus onPress={() => openDialog({ kind: 'review-flagged', importId: result.importId })}>
                {`Review the ${result.flagged.toLocaleString('en-GB')} flagged ${result.flagged === 1 ? 'answer' : 'answers'}`}
              </Button>
            ) : null}
            <Button variant={result.flagged > 0 ? 'secondary' : 'primary'} onPress={onClose} autoFocus={result.flagged === 0}>
              Done
            </Button>
          </DialogActions>
        </>
      ) : (
        <>
          <p>
            Choose a survey export (a CSV file or an Excel workbook) with a header row of questions and one row per response.
            Each answer to a free-text question becomes one feedback item. You will see the columns before anything is
            imported.
          </p>
          <SheetFileChooser file={file} chooseLabel="Choose a survey export…" againLabel="Choose another file…" onChoose={choose} isDisabled={busy} reading={reading} />
          <div aria-live="polite">
            {error ? (
              <div className="notice notice-error" role="alert">
                <p>{error}</p>
              </div>
            ) : null}
          </div>
          {allProblems.length > 0 ? (
            <div className="data-table-wrap" tabIndex={0} role="region" aria-label="Problems in the survey (scrolls)">
              <ProblemTable caption={problems.length > 0 ? 'Problems in the survey (nothing was imported)' : 'Cells that cannot be read'} problems={allProblems} />
            </div>
          ) : null}
          {data ? (
            <>
              <p>
                {plural(data.rowCount, 'response')} under the header in row {data.headerRow}
                {data.sheet ? ` of the sheet “${data.sheet}”` : ''}.
              </p>
              {data.sheets.length > 1 ? (
                <SelectField id="survey-sheet" label="Sheet" options={data.sheets.map((s) => ({ id: s, label: s }))} value={data.sheet} onChange={(s) => void changeSheet(s)} />
              ) : null}
              <div className="data-table-wrap survey-columns-wrap" tabIndex={0} role="region" aria-label="The survey’s columns (scrolls)">
                <table className="data-table survey-columns">
                  <caption>
                    The survey’s columns: tick the free-text questions whose answers should become feedback items
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Import answers</th>
                      <th scope="col">Column</th>
                      <th scope="col">Looks like</th>
                      <th scope="col" className="num">
                        Answered
                      </th>
                      <th scope="col">Example</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.columns.map((c) => {
                      const heading = c.heading || `Column ${c.index + 1}`;
                      const ticked = mapping.questionColumns.includes(c.index);
                      return (
                        <tr key={c.index} className={ticked ? 'is-ticked' : undefined}>
                          <td>
                            <TickBox label={`Import answers to “${heading}”`} isSelected={ticked} onChange={(on) => toggleQuestion(c.index, on)} />
                          </td>
                          <th scope="row" className="survey-question">
                            {heading}
                          </th>
                          <td>{looksLikeWords[c.looksLike]}</td>
                          <td className="num">{c.answered.toLocaleString('en-GB')}</td>
                          <td>
                            <div className="survey-sample">{sampleOf(c.index)}</div>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <fieldset className="fieldset survey-fieldset">
                <legend className="field-label">Other columns</legend>
                <div className="mapping-grid">
                  <SelectField
                    id="survey-role"
                    label="Role column"
                    description="Sets whose voice each is."
                    options={columnOptions}
                    value={mapping.roleColumn === null ? NONE : String(mapping.roleColumn)}
                    onChange={(v) => setMapping({ ...mapping, roleColumn: v === NONE ? null : Number(v) })}
                  />
                  <SelectField
                    id="survey-date"
                    label="Date column"
                    description="When each was given."
                    options={columnOptions}
                    value={mapping.dateColumn === null ? NONE : String(mapping.dateColumn)}
                    onChange={(v) => setMapping({ ...mapping, dateColumn: v === NONE ? null : Number(v) })}
                  />
                  <SelectField
                    id="survey-consent"
                    label="Consent column"
                    description="Agreed to be quoted?"
                    options={columnOptions}
                    value={mapping.consentColumn === null ? NONE : String(mapping.consentColumn)}
                    onChange={(v) => setMapping({ ...mapping, consentColumn: v === NONE ? null : Number(v) })}
                  />
                </div>
              </fieldset>
              <fieldset className="fieldset survey-fieldset">
                <legend className="field-label">Every item from this survey</legend>
                <div className="mapping-grid">
                  <TextInputField
                    id="survey-title"
                    className="survey-name"
                    label="Survey name"
                    description="Starts every item’s title."
                    value={surveyTitle}
                    onChange={setSurveyTitle}
                  />
                  <ComboField
                    id="survey-source"
                    label="Source organisation"
                    description="Who ran the survey."
                    suggestions={partners}
                    value={source}
                    onChange={setSource}
                    onPick={setSource}
                  />
                  <SelectField
                    id="survey-voice"
                    label="Whose voice"
                    description={mapping.roleColumn === null ? 'For every answer.' : 'Unless the role says.'}
                    options={voiceOptions}
                    value={voice}
                    onChange={(v) => setVoice(v as FeedbackVoice)}
                  />
                  <DateInputField
                    id="survey-default-date"
                    label="Date"
                    description={mapping.dateColumn === null ? 'When the survey closed.' : 'When a response has no date.'}
                    value={date}
                    onChange={setDate}
                  />
                </div>
                <CheckboxField id="survey-anonymised" label="The answers are anonymised" isSelected={anonymised} onChange={setAnonymised} />
                <CheckboxField
                  id="survey-consent-default"
                  label={mapping.consentColumn === null ? 'Respondents agreed to be quoted' : 'Respondents agreed to be quoted, unless the consent column says no'}
                  isSelected={consent}
                  onChange={setConsent}
                />
              </fieldset>
              <AreaChoice
                legend="Link every item to these areas of concern (optional)"
                areas={areas}
                selected={areaIds}
                onChange={setAreaIds}
                className="fieldset survey-fieldset"
                listClassName="survey-areas"
              />
              {phase?.kind === 'importing' ? (
                <ProgressBar className="progress" isIndeterminate aria-label="Importing the survey" valueLabel={`Importing ${plural(answers, 'answer')}…`}>
                  {({ valueText }) => (
                    <>
                      <div className="progress-labels">
                        <span className="progress-label">Importing the survey</span>
                        <span className="progress-value">{valueText}</span>
                      </div>
                      <div className="progress-track">
                        <div className="progress-fill progress-indeterminate" />
                      </div>
                    </>
                  )}
                </ProgressBar>
              ) : null}
            </>
          ) : null}
          <DialogActions>
            <Button variant="primary" onPress={() => void run()} isDisabled={!data || busy}>
              {phase?.kind === 'importing'
                ? 'Importing…'
                : data
                  ? `Import ${plural(answers, 'answer')} from ${plural(data.rowCount, 'response')}`
                  : 'Import'}
            </Button>
            <Button variant="quiet" onPress={onClose} isDisabled={busy}>
              Cancel
            </Button>
          </DialogActions>
        </>
      )}
    </AppDialog>
  );
}
