import { useEffect, useState, type FormEvent } from 'react';
import type { Citation } from '../../../shared/schemas/assessment.ts';
import { formatDate } from '../../../shared/format.ts';
import { AppDialog } from '../../components/Dialog.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { CheckboxField, TextAreaField } from '../../components/fields.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useAreasStore } from '../../stores/areas.ts';
import { useAssessmentStore } from '../../stores/assessment.ts';
import { kindLabels } from '../evidence/labels.ts';
import { FormActions } from '../../components/FormActions.tsx';

const labels = { text: 'Finding', citations: 'Evidence it cites' } as const;
type Field = keyof typeof labels;
const order: readonly Field[] = ['text', 'citations'];
const fieldId = (f: Field) => `finding-${f}`;

const citationOf = (key: string): Citation => (key.startsWith('x:') ? { excerptId: key.slice(2) } : { evidenceId: key.slice(2) });

interface Props {
  areaId: string;
  findingId: string | null;
  citeEvidenceId: string | null;
  onClose: () => void;
}

/** Add a finding (optionally citing an item, e.g. counter-evidence to answer) or edit one. */
export function FindingDialog(props: Props) {
  const { areaId, onClose } = props;
  const area = useAreasStore((s) => s.areas.find((a) => a.id === areaId));
  const storeArea = useAssessmentStore((s) => s.areaId);
  const loaded = useAssessmentStore((s) => s.loaded);
  const load = useAssessmentStore((s) => s.load);
  useEffect(() => {
    if (storeArea !== areaId) void load(areaId);
  }, [storeArea, areaId, load]);
  if (storeArea === areaId && loaded) return <FindingForm {...props} />;
  return (
    <AppDialog title={`Finding for ${area?.code ?? 'the area'}`} isOpen onClose={onClose} size="large">
      <p className="quiet">Loading the evidence linked to {area?.code ?? 'the area'}…</p>
    </AppDialog>
  );
}

function FindingForm({ areaId, findingId, citeEvidenceId, onClose }: Props) {
  const area = useAreasStore((s) => s.areas.find((a) => a.id === areaId));
  const finding = useAssessmentStore((s) => s.assessment?.findings.find((f) => f.id === findingId));
  const linked = useAssessmentStore((s) => s.linked);
  const excerpts = useAssessmentStore((s) => s.excerpts);
  const create = useAssessmentStore((s) => s.createFinding);
  const update = useAssessmentStore((s) => s.updateFinding);
  const [text, setText] = useState(finding?.text ?? '');
  const [stillToImprove, setStillToImprove] = useState(finding?.stillToImprove ?? false);
  const [cited, setCited] = useState<Set<string>>(
    () =>
      new Set([
        ...(finding?.citations ?? []).map((c) => (c.excerptId ? `x:${c.excerptId}` : `e:${c.evidenceId}`)),
        ...(citeEvidenceId ? [`e:${citeEvidenceId}`] : []),
      ]),
  );
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(labels, order, fieldId);

  const toggle = (key: string, on: boolean) =>
    setCited((s) => {
      const next = new Set(s);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!errors.check(text.trim() === '' ? { text: 'Enter the finding: what has changed, and what shows it.' } : {})) return;
    setBusy(true);
    const citations = [...cited].map(citationOf);
    try {
      if (finding) await update({ id: finding.id, text: text.trim(), stillToImprove, citations });
      else await create({ text: text.trim(), stillToImprove, citations });
      onClose();
    } catch (err) {
      errors.fromError(err);
      setBusy(false);
    }
  };

  const counterTitle = citeEvidenceId ? linked.find((l) => l.id === citeEvidenceId)?.title : undefined;

  return (
    <AppDialog
      title={finding ? `Edit finding for ${area?.code ?? 'the area'}` : `New finding for ${area?.code ?? 'the area'}`}
      isOpen
      onClose={onClose}
      isBusy={busy}
      size="large"
      unsaved={text.trim() !== (finding?.text ?? '').trim() ? 'the finding you have written' : null}
    >
      {counterTitle && !finding ? (
        <p className="notice notice-warning">
          “{counterTitle}” counters progress on {area?.code}. Write a finding that answers it: what it shows, and what is being done.
        </p>
      ) : null}
      <ErrorSummary items={errors.summary} />
      <form className="form" onSubmit={submit} noValidate>
        <TextAreaField
          id={fieldId('text')}
          label={labels.text}
          description="One short statement, as the revisit letter would write it."
          isRequired
          value={text}
          onChange={setText}
          rows={3}
          error={errors.fields.text}
          autoFocus
        />
        <CheckboxField label="Still to improve" description="What is still not good enough." isSelected={stillToImprove} onChange={setStillToImprove} />
        <fieldset className="fieldset citation-picker" id={fieldId('citations')} tabIndex={-1}>
          <legend className="field-label">{labels.citations}</legend>
          {linked.length === 0 ? (
            <p className="quiet">No evidence is linked to {area?.code} yet. Link items to it in the evidence library, then cite them here.</p>
          ) : (
            <>
              <p className="field-description">Items linked to {area?.code}:</p>
              <div className="citation-options">
                {linked.map((item) => (
                  <CheckboxField
                    key={item.id}
                    label={
                      <>
                        {item.title} <span className="quiet">({kindLabels[item.kind]}{item.asAt ? `, ${formatDate(item.asAt)}` : ''})</span>
                      </>
                    }
                    isSelected={cited.has(`e:${item.id}`)}
                    onChange={(on) => toggle(`e:${item.id}`, on)}
                  />
                ))}
              </div>
              {excerpts.length > 0 ? (
                <>
                  <p className="field-description">Excerpts:</p>
                  <div className="citation-options">
                    {excerpts.map((x) => (
                      <CheckboxField
                        key={x.id}
                        label={
                          <>
                            “{x.quote.length > 140 ? `${x.quote.slice(0, 140)}…` : x.quote}”{' '}
                            <span className="quiet">
                              from {x.evidenceTitle}
                              {x.page ? `, page ${x.page}` : ''}
                            </span>
                          </>
                        }
                        isSelected={cited.has(`x:${x.id}`)}
                        onChange={(on) => toggle(`x:${x.id}`, on)}
                      />
                    ))}
                  </div>
                </>
              ) : null}
            </>
          )}
          {errors.fields.citations ? <p className="field-error">{errors.fields.citations}</p> : null}
        </fieldset>
        <FormActions busy={busy} label={finding ? 'Save finding' : 'Add finding'} onCancel={onClose} />
      </form>
    </AppDialog>
  );
}
