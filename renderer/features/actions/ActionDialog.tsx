import { useState, type FormEvent } from 'react';
import { AppDialog } from '../../components/Dialog.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { formatDate } from '../../../shared/format.ts';
import { CheckboxField, SelectField, TextAreaField, TextInputField } from '../../components/fields.tsx';
import { DateInputField } from '../../components/DateInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useAreasStore } from '../../stores/areas.ts';
import { useAssessmentStore } from '../../stores/assessment.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { kindLabels } from '../evidence/labels.ts';

const labels = { text: 'Action', ref: 'Reference', owner: 'Owner', dueOn: 'Due date', statusId: 'Status', evidenceIds: 'Evidence of the action' } as const;
type Field = keyof typeof labels;
const order: readonly Field[] = ['text', 'ref', 'owner', 'dueOn', 'statusId', 'evidenceIds'];
const fieldId = (f: Field) => `action-${f}`;
const NO_STATUS = '__none__';

/** Add an action to an area (no `actionId`) or edit one. */
export function ActionDialog({ areaId, actionId, onClose }: { areaId: string; actionId: string | null; onClose: () => void }) {
  const area = useAreasStore((s) => s.areas.find((a) => a.id === areaId));
  const action = useAssessmentStore((s) => s.actions.find((a) => a.id === actionId));
  const statuses = useAssessmentStore((s) => s.statuses);
  const linked = useAssessmentStore((s) => s.linked);
  const create = useAssessmentStore((s) => s.createAction);
  const update = useAssessmentStore((s) => s.updateAction);
  const [text, setText] = useState(action?.text ?? '');
  const [ref, setRef] = useState(action?.ref ?? '');
  const [owner, setOwner] = useState(action?.owner ?? '');
  const [dueOn, setDueOn] = useState(action?.dueOn ?? '');
  const [statusId, setStatusId] = useState(action?.statusId ?? NO_STATUS);
  // Kept in the order chosen; items no longer linked to the area stay linked to the action.
  const [evidenceIds, setEvidenceIds] = useState<string[]>(action?.evidenceIds ?? []);
  const toggle = (id: string, on: boolean) => setEvidenceIds((ids) => (on ? (ids.includes(id) ? ids : [...ids, id]) : ids.filter((x) => x !== id)));
  const notLinked = evidenceIds.filter((id) => !linked.some((l) => l.id === id)).length;
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(labels, order, fieldId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!errors.check(text.trim() === '' ? { text: 'Enter the action, as the WSoA words it.' } : {})) return;
    setBusy(true);
    const fields = {
      text: text.trim(),
      ref: ref.trim(),
      owner: owner.trim(),
      dueOn: dueOn === '' ? null : dueOn,
      statusId: statusId === NO_STATUS ? null : statusId,
      evidenceIds,
    };
    try {
      if (action) await update({ id: action.id, ...fields });
      else await create(fields);
      onClose();
    } catch (err) {
      errors.fromError(err);
      setBusy(false);
    }
  };

  return (
    <AppDialog title={action ? `Edit action${action.ref ? ` ${action.ref}` : ''}` : `New action for ${area?.code ?? 'the area'}`} isOpen onClose={onClose} isBusy={busy} size="medium">
      <ErrorSummary items={errors.summary} />
      <form className="form" onSubmit={submit} noValidate>
        <TextAreaField id={fieldId('text')} label={labels.text} isRequired value={text} onChange={setText} rows={3} error={errors.fields.text} autoFocus />
        <div className="field-row">
          <TextInputField id={fieldId('ref')} label={labels.ref} description="The tracker’s number, for example 1.3." value={ref} onChange={setRef} error={errors.fields.ref} />
          <TextInputField id={fieldId('owner')} label={labels.owner} value={owner} onChange={setOwner} error={errors.fields.owner} />
        </div>
        <div className="field-row">
          <DateInputField id={fieldId('dueOn')} label={labels.dueOn} value={dueOn} onChange={setDueOn} error={errors.fields.dueOn} />
          <SelectField
            id={fieldId('statusId')}
            label={labels.statusId}
            options={[{ id: NO_STATUS, label: 'No status' }, ...statuses.map((s) => ({ id: s.id, label: s.label }))]}
            value={statusId}
            onChange={setStatusId}
            error={errors.fields.statusId}
          />
        </div>
        <fieldset className="fieldset citation-picker" id={fieldId('evidenceIds')} tabIndex={-1}>
          <legend className="field-label">{labels.evidenceIds}</legend>
          {linked.length === 0 ? (
            <p className="quiet">No evidence is linked to {area?.code ?? 'the area'} yet. Link items to it in the evidence library, then choose them here.</p>
          ) : (
            <>
              <p className="field-description">Items linked to {area?.code ?? 'the area'} that show the action done or its effect:</p>
              <div className="citation-options">
                {linked.map((item) => (
                  <CheckboxField
                    key={item.id}
                    label={
                      <>
                        {item.title} <span className="quiet">({kindLabels[item.kind]}{item.asAt ? `, ${formatDate(item.asAt)}` : ''})</span>
                      </>
                    }
                    isSelected={evidenceIds.includes(item.id)}
                    onChange={(on) => toggle(item.id, on)}
                  />
                ))}
              </div>
            </>
          )}
          {notLinked > 0 ? (
            <p className="field-description">
              Also linked to {notLinked === 1 ? 'one item that is' : `${notLinked} items that are`} no longer linked to {area?.code ?? 'the area'}; {notLinked === 1 ? 'it stays' : 'they stay'}.
            </p>
          ) : null}
          {errors.fields.evidenceIds ? <p className="field-error">{errors.fields.evidenceIds}</p> : null}
        </fieldset>
        <FormActions busy={busy} label={action ? 'Save action' : 'Add action'} onCancel={onClose} />
      </form>
    </AppDialog>
  );
}
