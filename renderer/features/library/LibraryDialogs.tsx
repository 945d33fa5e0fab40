import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CheckReport } from '../../../shared/schemas/library.ts';
import { formatFileSize, plural } from '../../../shared/format.ts';
import { messageOf } from '../../api/client.ts';
import { AppDialog, DialogActions } from '../../components/Dialog.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { useAppStore } from '../../stores/app.ts';
import {
  checkDraft,
  DetailsFields,
  detailsFieldLabels,
  detailsFieldOrder,
  detailsInput,
  draftFrom,
  emptyDraft,
  type DetailsDraft,
  type DetailsField,
} from './detailsForm.tsx';
import { RestoreForm } from './RestoreForm.tsx';
import { FormActions } from '../../components/FormActions.tsx';

const detailsId = (f: DetailsField) => `details-${f}`;

export function LibraryDetailsDialog({ onClose }: { onClose: () => void }) {
  const library = useAppStore((s) => s.library);
  const updateDetails = useAppStore((s) => s.updateDetails);
  const [draft, setDraft] = useState<DetailsDraft>(library ? draftFrom(library.details) : emptyDraft);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(detailsFieldLabels, detailsFieldOrder, detailsId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!errors.check(checkDraft(draft))) return;
    setBusy(true);
    try {
      await updateDetails(detailsInput(draft));
      onClose();
    } catch (err) {
      errors.fromError(err);
      setBusy(false);
    }
  };

  return (
    <AppDialog title="Library details" isOpen onClose={onClose} isBusy={busy} size="large">
      {library ? (
        <p className="quiet">
          Kept in <span className="path">{library.path}</span>
        </p>
      ) : null}
      <ErrorSummary items={errors.summary} />
      <form className="form" onSubmit={submit} noValidate>
        <DetailsFields idPrefix="details" draft={draft} onChange={setDraft} errors={errors.fields} />
        <FormActions busy={busy} label="Save details" onCancel={onClose} />
      </form>
    </AppDialog>
  );
}

export function CheckDialog({ onClose }: { onClose: () => void }) {
  const check = useAppStore((s) => s.check);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [run, setRun] = useState(0);

  useEffect(() => {
    let live = true;
    check().then(
      (r) => live && setReport(r),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [check, run]);

  return (
    <AppDialog title="Check library" isOpen onClose={onClose} size="medium">
      <div aria-live="polite" aria-busy={!report && !error}>
        {error ? (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        ) : !report ? (
          <p>Checking the library and every attached file…</p>
        ) : report.ok ? (
          <div className="notice notice-ok">
            <p className="notice-title">No problems found</p>
            <p>
              The library’s records are consistent
              {report.filesChecked === 0
                ? ', and there are no attached files to check.'
                : report.filesChecked === 1
                  ? ', and its one attached file is present and unchanged.'
                  : `, and all ${report.filesChecked} attached files are present and unchanged.`}
            </p>
          </div>
        ) : (
          <div className="notice notice-warning">
            <p className="notice-title">{plural(report.problems.length, 'problem')} found</p>
            <p>{plural(report.filesChecked, 'file')} checked. Back up the library before you fix anything.</p>
            <ul className="problem-list">
              {report.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <DialogActions>
        <Button variant="primary" onPress={onClose}>
          Close
        </Button>
        {report || error ? (
          <Button
            variant="quiet"
            onPress={() => {
              setReport(null);
              setError(null);
              setRun((n) => n + 1);
            }}
          >
            Check again
          </Button>
        ) : null}
      </DialogActions>
    </AppDialog>
  );
}

export function BackupDialog({ onClose }: { onClose: () => void }) {
  const backup = useAppStore((s) => s.backup);
  const [result, setResult] = useState<{ path: string; files: number; bytes: number; url: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // "Back up now" is disabled while it works, then gone: focus moves to what happened, so it
  // stays in the dialog (Escape still closes it) and a screen reader reads the outcome.
  const outcome = useRef<HTMLDivElement & HTMLParagraphElement>(null);
  useEffect(() => {
    if (result || error) outcome.current?.focus();
  }, [result, error]);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await backup());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppDialog title="Back up library" isOpen onClose={onClose} isBusy={busy} size="medium">
      {!result ? (
        <p>
          A backup is one file holding the whole library: areas of concern, evidence, links and every attached file.
          Keep it somewhere safe, such as your council’s secure network drive.
        </p>
      ) : (
        <div className="notice notice-ok" role="status" tabIndex={-1} ref={outcome}>
          <p className="notice-title">Backup saved</p>
          <p>
            Saved to <span className="path">{result.path}</span> ({plural(result.files, 'file')},{' '}
            {formatFileSize(result.bytes)}).
          </p>
          {result.url ? (
            <p>
              <a className="btn btn-secondary" href={result.url} download>
                Download the backup
              </a>
            </p>
          ) : null}
        </div>
      )}
      {error ? (
        <p className="notice notice-error" role="alert" tabIndex={-1} ref={outcome}>
          {error}
        </p>
      ) : null}
      <DialogActions>
        {!result ? (
          <Button variant="primary" onPress={start} isDisabled={busy}>
            {busy ? 'Backing up…' : 'Back up now'}
          </Button>
        ) : null}
        <Button variant={result ? 'primary' : 'quiet'} onPress={onClose} isDisabled={busy}>
          {result ? 'Done' : 'Cancel'}
        </Button>
      </DialogActions>
    </AppDialog>
  );
}

export function RestoreDialog({ onClose }: { onClose: () => void }) {
  const library = useAppStore((s) => s.library);
  return (
    <AppDialog title="Restore from a backup" isOpen onClose={onClose} size="medium">
      {library ? (
        <p>
          The library open now (“{library.details.name}”) is closed first. It is not changed or deleted, and nothing from the backup is added
          to it: to bring a colleague’s evidence into this library, use “Add evidence from a colleague’s backup…” in the Library menu instead.
        </p>
      ) : null}
      <RestoreForm idPrefix="dialog-restore" onDone={onClose} onCancel={onClose} />
    </AppDialog>
  );
}
