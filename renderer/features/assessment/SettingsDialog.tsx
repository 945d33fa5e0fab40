/** The library's judgement wording (revisit, 2023 monitoring, or its own) and the freshness limit. */
import { useEffect, useState, type FormEvent } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { judgementWordingPresets, type JudgementWording, type WordingPresetId } from '../../../shared/schemas/assessment.ts';
import { messageOf } from '../../api/client.ts';
import { AppDialog } from '../../components/Dialog.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextInputField } from '../../components/fields.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useAssessmentStore } from '../../stores/assessment.ts';
import { useReadinessStore } from '../../stores/readiness.ts';
import { FormActions } from '../../components/FormActions.tsx';

const labels = {
  sufficient: 'Short label for sufficient progress',
  notSufficient: 'Short label for not sufficient progress',
  sufficientSentence: 'Sentence for sufficient progress',
  notSufficientSentence: 'Sentence for not sufficient progress',
  areaTerm: 'What the letters call an area',
  freshnessMonths: 'Freshness limit in months',
} as const;
type Field = keyof typeof labels;
const order: readonly Field[] = ['sufficient', 'notSufficient', 'sufficientSentence', 'notSufficientSentence', 'areaTerm', 'freshnessMonths'];
const fieldId = (f: Field) => `settings-${f}`;
const wordingFields: readonly (keyof JudgementWording)[] = ['sufficient', 'notSufficient', 'sufficientSentence', 'notSufficientSentence', 'areaTerm'];

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const settings = useAssessmentStore((s) => s.settings);
  const loadSettings = useAssessmentStore((s) => s.loadSettings);
  const updateSettings = useAssessmentStore((s) => s.updateSettings);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    loadSettings().catch((e: unknown) => setLoadError(messageOf(e)));
  }, [loadSettings]);

  return (
    <AppDialog title="Judgement wording and freshness" isOpen onClose={onClose} size="large">
      {loadError ? (
        <p className="notice notice-error" role="alert">
          {loadError}
        </p>
      ) : !settings ? (
        <p className="quiet">Loading…</p>
      ) : (
        <SettingsForm settings={settings} onSave={updateSettings} onClose={onClose} />
      )}
    </AppDialog>
  );
}

function SettingsForm({
  settings,
  onSave,
  onClose,
}: {
  settings: NonNullable<ReturnType<typeof useAssessmentStore.getState>['settings']>;
  onSave: ReturnType<typeof useAssessmentStore.getState>['updateSettings'];
  onClose: () => void;
}) {
  const [preset, setPreset] = useState<string>(settings.wordingPreset);
  const [wording, setWording] = useState<JudgementWording>(settings.wording);
  const [months, setMonths] = useState(String(settings.freshnessMonths));
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(labels, order, fieldId);
  const shown = preset === 'custom' ? wording : judgementWordingPresets[preset as WordingPresetId].wording;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(months);
    const own: Partial<Record<Field, string>> = {};
    if (!Number.isInteger(n) || n < 1 || n > 36) own.freshnessMonths = 'Enter a whole number of months from 1 to 36, for example 6.';
    if (preset === 'custom') for (const f of wordingFields) if (wording[f].trim() === '') own[f] = `Enter the ${labels[f].toLowerCase()}.`;
    if (!errors.check(own)) return;
    setBusy(true);
    try {
      await onSave(
        preset === 'custom'
          ? { wordingPreset: 'custom', wording, freshnessMonths: n }
          : { wordingPreset: preset as WordingPresetId, freshnessMonths: n },
      );
      void useReadinessStore.getState().load();
      onClose();
    } catch (err) {
      errors.fromError(err);
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary items={errors.summary} />
      <form className="form" onSubmit={submit} noValidate>
        <RadioGroup
          className="radio-group"
          value={preset}
          onChange={(v) => {
            setPreset(v);
            if (v === 'custom' && preset !== 'custom') setWording(shown);
          }}
        >
          <Label className="field-label">Judgement wording</Label>
          <p className="field-description">Used on the area pages, the readiness dashboard and in the exported pack.</p>
          {(Object.keys(judgementWordingPresets) as WordingPresetId[]).map((id) => (
            <Radio key={id} value={id} className="radio">
              <span className="radio-circle" aria-hidden="true" />
              {judgementWordingPresets[id].name}
            </Radio>
          ))}
          <Radio value="custom" className="radio">
            <span className="radio-circle" aria-hidden="true" />
            Our own wording
          </Radio>
        </RadioGroup>
        {preset === 'custom' ? (
          <div className="wording-fields">
            {wordingFields.map((f) => (
              <TextInputField key={f} id={fieldId(f)} label={labels[f]} isRequired value={wording[f]} onChange={(v) => setWording({ ...wording, [f]: v })} error={errors.fields[f]} />
            ))}
          </div>
        ) : (
          <dl className="wording-preview">
            <dt>Labels</dt>
            <dd>
              {shown.sufficient} / {shown.notSufficient}
            </dd>
            <dt>Sentences</dt>
            <dd>
              “{shown.sufficientSentence}”<br />“{shown.notSufficientSentence}”
            </dd>
          </dl>
        )}
        <TextInputField
          id={fieldId('freshnessMonths')}
          label={labels.freshnessMonths}
          description="Evidence older than this before the revisit window is shown as stale on the readiness dashboard. Usually 6."
          type="number"
          value={months}
          onChange={setMonths}
          error={errors.fields.freshnessMonths}
          className="field-narrow"
        />
        <FormActions busy={busy} label="Save settings" onCancel={onClose} />
      </form>
    </>
  );
}
