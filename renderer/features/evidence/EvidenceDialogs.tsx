import { useState, type FormEvent } from 'react';
import { FileTrigger } from 'react-aria-components';
import type { EvidenceKind, EvidenceSummary, Voice } from '../../../shared/schemas/evidence.ts';
import { formatFileSize, plural } from '../../../shared/format.ts';
import { messageOf } from '../../api/client.ts';
import { focusIfLost } from '../../components/focus.ts';
import { AppDialog } from '../../components/Dialog.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { CheckboxField, ComboField, SelectField, TextAreaField, TextInputField } from '../../components/fields.tsx';
import { DateInputField } from '../../components/DateInputField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useAppStore } from '../../stores/app.ts';
import { areaLabel, useAreasStore } from '../../stores/areas.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { evidenceFieldLabels, kindOptions, NO_VOICE, voiceOptions, type EvidenceField } from './labels.ts';
import { ConfirmActions } from '../../components/ConfirmActions.tsx';
import type { NewEvidencePreset } from '../../stores/ui.ts';
import { FormActions } from '../../components/FormActions.tsx';

const order: readonly EvidenceField[] = ['title', 'kind', 'asAt', 'source', 'voice', 'description', 'personalData'];
const newId = (f: EvidenceField) => `new-evidence-${f}`;
const NO_AREA = '__none__';

export function NewEvidenceDialog({ onClose, preset }: { onClose: () => void; preset?: NewEvidencePreset | undefined }) {
  const create = useEvidenceStore((s) => s.create);
  const scope = useEvidenceStore((s) => s.scope);
  const areas = useAreasStore((s) => s.areas);
  const partners = useAppStore((s) => s.library?.details.partners ?? []);
  const [title, setTitle] = useState(preset?.title ?? '');
  const [kind, setKind] = useState<EvidenceKind>(preset?.kind ?? 'document');
  const [asAt, setAsAt] = useState('');
  const [source, setSource] = useState('');
  const [description, setDescription] = useState('');
  const [personalData, setPersonalData] = useState(false);
  const [voice, setVoice] = useState<string>(preset?.voice ?? NO_VOICE);
  const [linkTo, setLinkTo] = useState<string>(preset?.areaId ?? (scope.type === 'area' ? scope.areaId : NO_AREA));
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(evidenceFieldLabels, order, newId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!errors.check(title.trim() === '' ? { title: 'Enter a title, for example “SEND strategy 2022 to 2025”.' } : {})) return;
    setBusy(true);
    try {
      await create(
        {
          title: title.trim(),
          kind,
          asAt: asAt.trim() === '' ? null : asAt,
          source: source.trim(),
          description,
          personalData,
          voice: voice === NO_VOICE ? null : (voice as Voice),
        },
        { files, linkTo: linkTo === NO_AREA ? null : linkTo },
      );
      onClose();
    } catch (err) {
      errors.fromError(err);
      setBusy(false);
    }
  };

  return (
    <AppDialog
      title="New evidence item"
      isOpen
      onClose={onClose}
      isBusy={busy}
      size="large"
      unsaved={title.trim() !== (preset?.title ?? '').trim() || description.trim() || files.length > 0 ? 'what you have entered' : null}
    >
      <ErrorSummary items={errors.summary} />
      <form className="form" onSubmit={submit} noValidate>
        <TextInputField
          id={newId('title')}
          label="Title"
          isRequired
          value={title}
          onChange={setTitle}
          error={errors.fields.title}
          autoFocus
        />
        <div className="field-row">
          <SelectField
            id={newId('kind')}
            label="Kind"
            options={kindOptions}
            value={kind}
            onChange={(k) => setKind(k as EvidenceKind)}
            error={errors.fields.kind}
          />
          <DateInputField
            id={newId('asAt')}
            label="As at"
            description="The date it describes or was published."
            value={asAt}
            onChange={setAsAt}
            error={errors.fields.asAt}
          />
        </div>
        <ComboField
          id={newId('source')}
          label="Source organisation"
          description="Choose a partner or type another."
          suggestions={partners}
          value={source}
          onChange={setSource}
          error={errors.fields.source}
        />
        <SelectField
          id={newId('voice')}
          label="Whose voice"
          description="For feedback: whose views it gives."
          options={voiceOptions}
          value={voice}
          onChange={setVoice}
          error={errors.fields.voice}
        />
        <TextAreaField
          id={newId('description')}
          label="Description"
          description="What it shows, and the difference it makes for children and families."
          value={description}
          onChange={setDescription}
          error={errors.fields.description}
          rows={3}
        />
        <CheckboxField
          id={newId('personalData')}
          label="Contains personal data"
          description="Tick if it names or could identify a child, parent or member of staff. It is then left out of exports unless you include it on purpose."
          isSelected={personalData}
          onChange={setPersonalData}
        />
        {areas.length > 0 ? (
          <SelectField
            id="new-evidence-area"
            label="Link to an area of concern"
            options={[{ id: NO_AREA, label: 'Not yet' }, ...areas.map((a) => ({ id: a.id, label: areaLabel(a) }))]}
            value={linkTo}
            onChange={setLinkTo}
          />
        ) : null}
        <div className="field">
          <span className="field-label" id="new-evidence-files-label">
            Files to attach
          </span>
          <div className="restore-row">
            <FileTrigger allowsMultiple onSelect={(list) => setFiles(list ? [...files, ...list] : files)}>
              <Button variant="secondary" size="small" aria-describedby="new-evidence-files-label">
                Choose files…
              </Button>
            </FileTrigger>
            {files.length === 0 ? <span className="quiet">No files chosen</span> : null}
          </div>
          {files.length > 0 ? (
            <ul className="chosen-files" aria-labelledby="new-evidence-files-label">
              {files.map((f, i) => (
                <li key={`${f.name}-${i}`}>
                  {f.name} <span className="quiet">({formatFileSize(f.size)})</span>{' '}
                  <Button
                    variant="link"
                    size="small"
                    onPress={() => setFiles(files.filter((_, j) => j !== i))}
                    aria-label={`Remove ${f.name}`}
                  >
                    Remove
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <FormActions busy={busy} label="Add evidence item" busyLabel="Adding…" onCancel={onClose} />
      </form>
    </AppDialog>
  );
}

const inWords = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** "This deletes the evidence item, its links to AOC1 and AOC9 (with why each counts), and its attached file. It cannot be undone." */
export function deletionSentence(areaCodes: readonly string[], fileCount: number): string {
  const parts = ['the evidence item'];
  if (areaCodes.length > 0) parts.push(`its ${areaCodes.length === 1 ? 'link' : 'links'} to ${inWords.format(areaCodes)} (with the stance and reason written on ${areaCodes.length === 1 ? 'it' : 'each'})`);
  if (fileCount > 0) parts.push(fileCount === 1 ? 'its attached file' : `its ${plural(fileCount, 'attached file')}`);
  return `This deletes ${inWords.format(parts)}. It cannot be undone.`;
}

export function DeleteEvidenceDialog({
  item,
  onClose,
}: {
  item: Pick<EvidenceSummary, 'id' | 'title' | 'fileCount' | 'areaCodes'>;
  onClose: () => void;
}) {
  const remove = useEvidenceStore((s) => s.remove);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await remove(item.id);
      onClose();
      // The item's Delete button went with it: carry on from the evidence list, not the page's body.
      focusIfLost('[role="grid"][aria-label="Evidence list"]');
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <AppDialog title={`Delete “${item.title}”?`} isOpen onClose={onClose} role="alertdialog" size="small" isBusy={busy}>
      <p>{deletionSentence(item.areaCodes, item.fileCount)}</p>
      {item.fileCount > 0 ? (
        <p>Attached files that other evidence items still use are kept for those items.</p>
      ) : null}
      <ConfirmActions error={error} busy={busy} label="Delete item" busyLabel="Deleting…" onConfirm={confirm} onCancel={onClose} />
    </AppDialog>
  );
}
