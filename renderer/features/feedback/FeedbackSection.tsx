/**
 * A feedback item's details in the details pane: whose voice, channel, sentiment, consent
 * and anonymised, and for a survey answer its question and the respondent's role. Each
 * choice saves when it changes. A flagged answer shows a notice to review it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Evidence } from '../../../shared/schemas/evidence.ts';
import type { Feedback, FeedbackChannel, FeedbackVoice, Sentiment } from '../../../shared/schemas/feedback.ts';
import type { Input } from '../../../shared/contract.ts';
import { api, messageOf } from '../../api/client.ts';
import { CheckboxField, SelectField } from '../../components/fields.tsx';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { say } from '../../stores/status.ts';
import { PersonalDataNotice } from '../../components/PersonalDataNotice.tsx';
import { channelOptions, reasonOf, NOT_RECORDED, sentimentOptions, voiceOptions } from './labels.ts';

type Patch = Omit<Input<'feedback/save'>, 'id'>;

export function FeedbackSection({ evidence }: { evidence: Evidence }) {
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [reviewing, setReviewing] = useState(false);
  const id = evidence.id;

  const load = useCallback(async () => {
    try {
      const f = await api.call('feedback/get', { id });
      setFeedback(f);
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, [id]);

  // Again when the item changes elsewhere (e.g. its personal-data box, or a review in the dialog).
  useEffect(() => {
    void load();
  }, [load, evidence.updatedAt]);

  const save = async (patch: Patch) => {
    setSaveState('saving');
    setError(null);
    try {
      const f = await api.call('feedback/save', { id, ...patch });
      setFeedback(f);
      setSaveState('saved');
      await useEvidenceStore.getState().reloadSelected();
    } catch (e) {
      setError(messageOf(e));
      setSaveState('failed');
    }
  };

  const review = async (personalData: boolean) => {
    setReviewing(true);
    setError(null);
    try {
      await api.call('feedback/review', { ids: [id], personalData });
      say(personalData ? 'Marked as personal data: it will be left out of exports unless you include it.' : 'Marked as not personal data.');
      await load();
      await useEvidenceStore.getState().reloadSelected();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setReviewing(false);
    }
  };

  return (
    <section className="details-section feedback-section" aria-labelledby="feedback-heading">
      <div className="section-header">
        <h3 className="section-heading" id="feedback-heading">
          Feedback
        </h3>
        <span className={`save-status save-${saveState}`} role="status" aria-live="polite">
          {saveState === 'saving' ? 'Saving…' : saveState === 'saved' ? 'Saved' : saveState === 'failed' ? 'Not saved' : ''}
        </span>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {!feedback ? (
        error ? null : (
          <p className="quiet" aria-busy="true">
            Loading…
          </p>
        )
      ) : (
        <>
          {feedback.review ? (
            <PersonalDataNotice reason={reasonOf(feedback.review)} busy={reviewing} onDecide={(pd) => void review(pd)} />
          ) : null}
          <SelectField
            id="feedback-voice"
            label="Whose voice"
            options={voiceOptions}
            value={feedback.voice}
            onChange={(v) => {
              if (v !== feedback.voice) void save({ voice: v as FeedbackVoice });
            }}
          />
          <div className="field-row">
            <SelectField
              id="feedback-channel"
              label="Channel"
              options={channelOptions}
              value={feedback.channel ?? NOT_RECORDED}
              onChange={(v) => {
                const channel = v === NOT_RECORDED ? null : (v as FeedbackChannel);
                if (channel !== feedback.channel) void save({ channel });
              }}
            />
            <SelectField
              id="feedback-sentiment"
              label="Sentiment"
              options={sentimentOptions}
              value={feedback.sentiment ?? NOT_RECORDED}
              onChange={(v) => {
                const sentiment = v === NOT_RECORDED ? null : (v as Sentiment);
                if (sentiment !== feedback.sentiment) void save({ sentiment });
              }}
            />
          </div>
          <CheckboxField
            id="feedback-consent"
            label="Consent given to quote it"
            isSelected={feedback.consent}
            onChange={(consent) => void save({ consent })}
          />
          <CheckboxField
            id="feedback-anonymised"
            label="Anonymised"
            description="Names and details that could identify someone have been taken out."
            isSelected={feedback.anonymised}
            onChange={(anonymised) => void save({ anonymised })}
          />
          {feedback.question || feedback.respondentRole ? (
            <dl className="feedback-facts">
              {feedback.question ? (
                <>
                  <dt>Survey question</dt>
                  <dd>{feedback.question}</dd>
                </>
              ) : null}
              {feedback.respondentRole ? (
                <>
                  <dt>Respondent’s role</dt>
                  <dd>{feedback.respondentRole}</dd>
                </>
              ) : null}
            </dl>
          ) : null}
        </>
      )}
    </section>
  );
}
