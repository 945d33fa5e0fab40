/**
 * The right pane: the selected evidence item, edited in place. Each field saves when
 * you leave it (or, for choices, when you change it); files and links below.
 */
import { useEffect, useRef, useState } from 'react';
import type { Evidence, EvidenceKind, Voice } from '../../../shared/schemas/evidence.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { Button } from '../../components/Button.tsx';
import { CheckboxField, ComboField, SelectField, TextAreaField, TextInputField } from '../../components/fields.tsx';
import { DateInputField } from '../../components/DateInputField.tsx';
import { PersonalDataNotice } from '../../components/PersonalDataNotice.tsx';
import { mapErrors, type FieldErrors } from '../../components/forms.ts';
import { useAppStore } from '../../stores/app.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { useUiStore } from '../../stores/ui.ts';
import { say } from '../../stores/status.ts';
import { messageOf } from '../../api/client.ts';
import type { Input } from '../../../shared/contract.ts';
import { FilesSection } from './FilesSection.tsx';
import { ReadSection } from '../import/ReadSection.tsx';
import { LinksSection } from './LinksSection.tsx';
import { ExcerptsSection } from '../excerpts/ExcerptsSection.tsx';
import { SeriesSection } from '../series/SeriesSection.tsx';
import { FeedbackSection } from '../feedback/FeedbackSection.tsx';
import { AnswerPairsSection } from '../feedback/AnswerPairsSection.tsx';
import { evidenceFieldLabels, kindOptions, NO_VOICE, voiceOptions, type EvidenceField } from './labels.ts';
import { useDraft } from './useDraft.ts';
import { useFileDrop } from './useFileDrop.ts';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export function DetailsPane() {
  const selectedId = useEvidenceStore((s) => s.selectedId);
  const selected = useEvidenceStore((s) => s.selected);
  const detailError = useEvidenceStore((s) => s.detailError);
  const addFiles = useEvidenceStore((s) => s.addFiles);
  const { isDropTarget, dropProps } = useFileDrop((files) => {
    if (selected) void addFiles(selected.id, files);
  });

  if (!selectedId) {
    return (
      <section className="pane pane-right" aria-label="Evidence details">
        <div className="empty empty-right">
          <p className="empty-title">No evidence item selected</p>
          <p>Choose an item in the list to see and edit its details, attach files and link it to areas of concern.</p>
        </div>
      </section>
    );
  }
  if (detailError) {
    return (
      <section className="pane pane-right" aria-label="Evidence details">
        <p className="pane-error" role="alert">
          {detailError}
        </p>
      </section>
    );
  }
  if (!selected) {
    return (
      <section className="pane pane-right" aria-label="Evidence details" aria-busy="true">
        <p className="quiet pane-loading">Loading…</p>
      </section>
    );
  }

  return (
    <section className="pane pane-right" aria-label="Evidence details">
      {/* Files can also be attached with “Attach files…” in the Files section. */}
      <div className={`dropzone${isDropTarget ? ' is-drop-target' : ''}`} {...dropProps}>
        <DetailsForm key={selected.id} evidence={selected} />
        {isDropTarget ? (
          <div className="drop-overlay" aria-hidden="true">
            <p>Drop to attach to “{selected.title}”</p>
          </div>
        ) : null}
      </div>
    </section>
  );
}

function DetailsForm({ evidence }: { evidence: Evidence }) {
  const update = useEvidenceStore((s) => s.update);
  const partners = useAppStore((s) => s.library?.details.partners ?? []);
  const openDialog = useUiStore((s) => s.openDialog);
  const [errors, setErrors] = useState<FieldErrors<EvidenceField>>({});
  const [saveState, setSaveState] = useState<SaveState>('idle');

  const title = useDraft(evidence.title);
  const asAt = useDraft(evidence.asAt ?? '');
  const source = useDraft(evidence.source);
  const description = useDraft(evidence.description);

  // Text typed but not yet saved (fields save when left). Choosing another item replaces this
  // form before its field is left, so what is still unsaved then is saved to this item.
  const unsaved = useRef<Omit<Input<'evidence/update'>, 'id'>>({});
  unsaved.current = {
    ...(title.draft !== evidence.title && title.draft.trim() !== '' ? { title: title.draft } : {}),
    ...(asAt.draft !== (evidence.asAt ?? '') ? { asAt: asAt.draft || null } : {}),
    ...(source.draft !== evidence.source ? { source: source.draft } : {}),
    ...(description.draft !== evidence.description ? { description: description.draft } : {}),
  };
  const itemId = evidence.id;
  useEffect(
    () => () => {
      const patch = unsaved.current;
      if (Object.keys(patch).length === 0) return;
      update(patch, itemId).then(
        (saved) => say(`Saved your change to “${saved.title}”.`),
        (e: unknown) => say(`Your change was not saved: ${messageOf(e)}`),
      );
    },
    [update, itemId],
  );

  const save = async (field: EvidenceField, patch: Parameters<typeof update>[0]) => {
    setSaveState('saving');
    try {
      await update(patch);
      setErrors((e) => ({ ...e, [field]: undefined }));
      setSaveState('saved');
    } catch (err) {
      const mapped = mapErrors(err, evidenceFieldLabels);
      const message = mapped.fields[field] ?? Object.values(mapped.fields)[0] ?? mapped.form ?? 'This change was not saved.';
      setErrors((e) => ({ ...e, [field]: message }));
      setSaveState('failed');
    }
  };

  const saveText = (field: 'title' | 'source' | 'description', draft: { draft: string; finish: () => void }) => {
    draft.finish();
    if (draft.draft !== evidence[field] || errors[field]) void save(field, { [field]: draft.draft });
  };

  return (
    <div className="details">
      <div className="details-header">
        <h2 className="pane-heading">Evidence details</h2>
        <span className={`save-status save-${saveState}`} role="status" aria-live="polite">
          {saveState === 'saving' ? 'Saving…' : saveState === 'saved' ? 'Saved' : saveState === 'failed' ? 'Not saved' : ''}
        </span>
      </div>
      <p className="details-meta quiet">
        Added {formatDateTime(evidence.createdAt, 'recently')}
        {formatDateTime(evidence.updatedAt) !== formatDateTime(evidence.createdAt) ? ` · changed ${formatDateTime(evidence.updatedAt)}` : ''}
      </p>

      <TextInputField
        id="evidence-title"
        label="Title"
        isRequired
        value={title.draft}
        onChange={title.change}
        onBlur={() => saveText('title', title)}
        error={errors.title}
      />
      <div className="field-row">
        <SelectField
          id="evidence-kind"
          label="Kind"
          options={kindOptions}
          value={evidence.kind}
          onChange={(k) => {
            if (k !== evidence.kind) void save('kind', { kind: k as EvidenceKind });
          }}
          error={errors.kind}
        />
        <DateInputField
          id="evidence-asAt"
          label="As at"
          value={asAt.draft}
          onChange={asAt.change}
          onBlur={(typed) => {
            asAt.finish();
            const value = typed === '' ? null : typed;
            if (value !== evidence.asAt || errors.asAt) void save('asAt', { asAt: value });
          }}
          error={errors.asAt}
        />
      </div>
      <ComboField
        id="evidence-source"
        label="Source organisation"
        description="Where it came from. Choose a partner or type another."
        suggestions={partners}
        value={source.draft}
        onChange={source.change}
        onPick={(v) => {
          source.finish();
          if (v !== evidence.source) void save('source', { source: v });
        }}
        onBlur={() => saveText('source', source)}
        error={errors.source}
      />
      {evidence.kind === 'feedback' ? null : (
        <SelectField
          id="evidence-voice"
          label="Whose voice"
          description="For feedback: whose views it gives."
          options={voiceOptions}
          value={evidence.voice ?? NO_VOICE}
          onChange={(v) => {
            const voice = v === NO_VOICE ? null : (v as Voice);
            if (voice !== evidence.voice) void save('voice', { voice });
          }}
          error={errors.voice}
        />
      )}
      <TextAreaField
        id="evidence-description"
        label={evidence.kind === 'feedback' ? 'Quote or summary' : evidence.kind === 'data' ? 'Notes' : 'Description'}
        description={
          evidence.kind === 'feedback'
            ? 'What they said, in their words where you can.'
            : evidence.kind === 'data'
              ? 'How the figures are counted, and anything a reader should know about them.'
              : 'What it shows, and the difference it makes for children and families.'
        }
        value={description.draft}
        onChange={description.change}
        onBlur={() => saveText('description', description)}
        error={errors.description}
        rows={5}
      />
      {evidence.personalDataReview ? (
        <PersonalDataNotice reason={`It ${evidence.personalDataReview}.`} busy={saveState === 'saving'} onDecide={(v) => void save('personalData', { personalData: v })} />
      ) : null}
      <CheckboxField
        id="evidence-personalData"
        label="Contains personal data"
        description="Tick if it names or could identify a child, parent or member of staff (case studies, EHC plans, complaints, survey comments). It is then left out of exports unless you include it on purpose."
        isSelected={evidence.personalData}
        onChange={(v) => void save('personalData', { personalData: v })}
      />
      {errors.personalData ? <p className="field-error">{errors.personalData}</p> : null}

      {evidence.kind === 'data' ? <SeriesSection evidence={evidence} /> : null}
      {evidence.kind === 'feedback' ? <FeedbackSection evidence={evidence} /> : null}
      <AnswerPairsSection evidence={evidence} />
      <FilesSection evidence={evidence} />
      <ReadSection evidence={evidence} />
      <LinksSection evidence={evidence} />
      <ExcerptsSection evidence={evidence} />

      <div className="details-footer">
        <Button variant="danger" onPress={() => openDialog({ kind: 'delete-evidence', evidenceId: evidence.id })}>
          Delete item…
        </Button>
      </div>
    </div>
  );
}
