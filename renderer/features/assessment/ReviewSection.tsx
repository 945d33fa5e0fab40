import { useState } from 'react';
import type { Area } from '../../../shared/schemas/areas.ts';
import { deepDiveQuestions, type AreaReview, type ReviewField } from '../../../shared/schemas/assessment.ts';
import { messageOf } from '../../api/client.ts';
import { TextAreaField } from '../../components/fields.tsx';
import { useAssessmentStore } from '../../stores/assessment.ts';
import { useDraft } from '../evidence/useDraft.ts';
import { sectionId } from './AreaPage.tsx';

const questions = Object.entries(deepDiveQuestions) as [Exclude<ReviewField, 'evenBetterIf'>, string][];

export function ReviewSection({ area, review }: { area: Area; review: AreaReview }) {
  return (
    <section className="area-block" id={sectionId('review')} aria-labelledby="review-heading">
      <h3 className="section-heading" id="review-heading" tabIndex={-1} data-section-focus>
        Deep dive
      </h3>
      <p className="quiet">
        The questions DfE and NHS England advisors ask in a deep dive, and their “even better if” feedback. Each answer
        is saved when you leave it.
      </p>
      <div className="review-grid">
        {questions.map(([field, question]) => (
          <ReviewField key={field} area={area} field={field} label={question} saved={review[field]} />
        ))}
        <ReviewField area={area} field="evenBetterIf" label="Even better if" saved={review.evenBetterIf} />
      </div>
    </section>
  );
}

function ReviewField({ area, field, label, saved }: { area: Area; field: ReviewField; label: string; saved: string }) {
  const setReview = useAssessmentStore((s) => s.setReview);
  const draft = useDraft(saved);
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<'' | 'Saving…' | 'Saved'>('');
  return (
    <div className="review-field">
      <TextAreaField
        id={`review-${field}`}
        label={label}
        hiddenLabelSuffix={`(${area.code})`}
        value={draft.draft}
        onChange={draft.change}
        onBlur={() => {
          draft.finish();
          if (draft.draft === saved && !error) return;
          setState('Saving…');
          setReview({ [field]: draft.draft }).then(
            () => {
              setError(null);
              setState('Saved');
            },
            (e: unknown) => {
              setError(messageOf(e));
              setState('');
            },
          );
        }}
        rows={3}
        error={error}
      />
      <span className="save-status" role="status">
        {state}
      </span>
    </div>
  );
}
