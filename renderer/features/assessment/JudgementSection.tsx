import { useEffect, useRef, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import type { Area } from '../../../shared/schemas/areas.ts';
import type { AreaAssessment, JudgementWording, Outcome } from '../../../shared/schemas/assessment.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { messageOf } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { TextAreaField } from '../../components/fields.tsx';
import { useAssessmentStore } from '../../stores/assessment.ts';
import { sectionId } from './AreaPage.tsx';

const NOT_JUDGED = 'none';

export function outcomeLabel(outcome: Outcome | null, wording: JudgementWording): string {
  return outcome === 'sufficient' ? wording.sufficient : outcome === 'not-sufficient' ? wording.notSufficient : 'Not judged yet';
}

/**
 * A judgement chosen or written but not saved, by area: going to another area and back
 * (or to another screen) finds it as it was left, marked "not saved yet", until it is
 * saved or put back. Kept while the app is open.
 */
const unsavedJudgements = new Map<string, { outcome: string; rationale: string }>();

export function JudgementSection({ area, assessment }: { area: Area; assessment: AreaAssessment }) {
  const judge = useAssessmentStore((s) => s.judge);
  const { judgement, wording } = assessment;
  const draft = unsavedJudgements.get(area.id);
  const [outcome, setOutcome] = useState<string>(draft?.outcome ?? judgement?.outcome ?? NOT_JUDGED);
  const [rationale, setRationale] = useState(draft?.rationale ?? judgement?.rationale ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // A judgement changed elsewhere (history, another window) shows here; one saved here already does.
  const updatedAt = judgement?.updatedAt ?? null;
  const shownAt = useRef(updatedAt);
  useEffect(() => {
    if (shownAt.current === updatedAt) return; // not on first showing: an unsaved draft may be shown
    shownAt.current = updatedAt;
    setOutcome(judgement?.outcome ?? NOT_JUDGED);
    setRationale(judgement?.rationale ?? '');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the saved judgement changes
  }, [updatedAt]);
  const chosen = outcome === NOT_JUDGED ? null : (outcome as Outcome);
  const changed = chosen !== (judgement?.outcome ?? null) || rationale !== (judgement?.rationale ?? '');
  useEffect(() => {
    if (changed) unsavedJudgements.set(area.id, { outcome, rationale });
    else unsavedJudgements.delete(area.id);
  }, [area.id, changed, outcome, rationale]);
  const putBack = () => {
    unsavedJudgements.delete(area.id);
    setOutcome(judgement?.outcome ?? NOT_JUDGED);
    setRationale(judgement?.rationale ?? '');
  };

  const save = async () => {
    if (busy) return;
    if (!changed) {
      setSaved(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await judge(chosen, rationale);
      setSaved(true);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="area-block" id={sectionId('judgement')} aria-labelledby="judgement-heading">
      <h3 className="section-heading" id="judgement-heading" tabIndex={-1} data-section-focus>
        Judgement
      </h3>
      <p className="quiet">
        Has the area made sufficient progress in addressing {area.code}? Judge it as the inspectors would, from the evidence and findings below.
      </p>
      <RadioGroup
        className="radio-group"
        value={outcome}
        onChange={(v) => {
          setOutcome(v);
          setSaved(false);
        }}
        orientation="horizontal"
      >
        <Label className="field-label">Judgement for {area.code}</Label>
        <div className="radio-row">
          <Radio value="sufficient" className="radio radio-sufficient">
            <span className="radio-circle" aria-hidden="true" />
            {wording.sufficient}
          </Radio>
          <Radio value="not-sufficient" className="radio radio-not-sufficient">
            <span className="radio-circle" aria-hidden="true" />
            {wording.notSufficient}
          </Radio>
          <Radio value={NOT_JUDGED} className="radio">
            <span className="radio-circle" aria-hidden="true" />
            Not judged yet
          </Radio>
        </div>
      </RadioGroup>
      {chosen ? (
        <p className={`judgement-sentence judgement-${chosen}`}>
          <span className="visually-hidden">In the pack: </span>“{chosen === 'sufficient' ? wording.sufficientSentence : wording.notSufficientSentence}”
        </p>
      ) : null}
      <TextAreaField
        id="judgement-rationale"
        label="Rationale"
        hiddenLabelSuffix={`for ${area.code}`}
        description="Why: the difference made for children and families, and what is still not good enough. For your own records: the pack gives the findings and the judgement sentence, not this."
        value={rationale}
        onChange={(v) => {
          setRationale(v);
          setSaved(false);
        }}
        rows={4}
        error={error}
      />
      <div className="section-actions">
        <Button variant="primary" onPress={() => void save()}>
          {busy ? 'Saving…' : 'Save judgement'}
        </Button>
        <span className="save-status" role="status">
          {saved && !changed ? 'Saved' : changed ? 'Not saved yet' : ''}
        </span>
        {changed ? (
          <Button variant="quiet" size="small" onPress={putBack}>
            Put back the saved judgement
          </Button>
        ) : null}
        {judgement ? (
          <span className="quiet">
            Now: <strong className={`judgement-inline judgement-${judgement.outcome ?? 'none'}`}>{outcomeLabel(judgement.outcome, wording)}</strong>
            {judgement.updatedBy ? `, by ${judgement.updatedBy}` : ''} on {formatDateTime(judgement.updatedAt)}
          </span>
        ) : null}
      </div>
    </section>
  );
}
