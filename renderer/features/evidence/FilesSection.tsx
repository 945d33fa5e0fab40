import { useState } from 'react';
import { FileTrigger } from 'react-aria-components';
import type { Evidence, EvidenceFile } from '../../../shared/schemas/evidence.ts';
import { describeMediaType, formatFileSize } from '../../../shared/format.ts';
import { api, messageOf } from '../../api/client.ts';
import { AppDialog } from '../../components/Dialog.tsx';
import { Button } from '../../components/Button.tsx';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { ConfirmActions } from '../../components/ConfirmActions.tsx';

export function FilesSection({ evidence }: { evidence: Evidence }) {
  const addFiles = useEvidenceStore((s) => s.addFiles);
  const uploads = useEvidenceStore((s) => s.uploads);
  const [removing, setRemoving] = useState<EvidenceFile | null>(null);

  return (
    <section className="details-section" aria-labelledby="files-heading">
      <div className="section-header">
        <h3 className="section-heading" id="files-heading">
          Files
        </h3>
        <FileTrigger allowsMultiple onSelect={(list) => list && list.length > 0 && void addFiles(evidence.id, [...list])}>
          <Button variant="secondary" size="small">
            Attach files…
          </Button>
        </FileTrigger>
      </div>
      {evidence.files.length === 0 ? (
        <p className="quiet section-empty">No files attached. Choose “Attach files…” or drag files onto this pane.</p>
      ) : (
        <ul className="file-list" aria-labelledby="files-heading">
          {evidence.files.map((f) => (
            <FileRow key={f.id} file={f} onRemove={() => setRemoving(f)} />
          ))}
        </ul>
      )}
      {uploads.length > 0 ? (
        <ul className="upload-list" aria-label="Uploads" aria-live="polite">
          {uploads.map((u) => (
            <li key={u.key} className={`upload upload-${u.state}`}>
              <span className="upload-name">{u.name}</span>{' '}
              <span className="upload-state">
                {u.state === 'waiting'
                  ? 'Waiting…'
                  : u.state === 'uploading'
                    ? 'Attaching…'
                    : u.state === 'done'
                      ? 'Attached'
                      : `Not attached. ${u.message ?? ''}`}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {removing ? <RemoveFileDialog evidence={evidence} file={removing} onClose={() => setRemoving(null)} /> : null}
    </section>
  );
}

function FileRow({ file, onRemove }: { file: EvidenceFile; onRemove: () => void }) {
  const url = api.fileUrl(file.id);
  return (
    <li className="file-row">
      <div className="file-main">
        <span className="file-name">{file.name}</span>
        <span className="file-meta quiet">
          {describeMediaType(file.mediaType, file.name)} · {formatFileSize(file.size)}
        </span>
      </div>
      <div className="file-actions">
        {url ? (
          <a className="btn btn-quiet btn-small" href={url} target="_blank" rel="noopener noreferrer" aria-label={`Open ${file.name}`}>
            Open
          </a>
        ) : null}
        <Button variant="quiet" size="small" onPress={onRemove} aria-label={`Remove ${file.name}`}>
          Remove
        </Button>
      </div>
    </li>
  );
}

function RemoveFileDialog({ evidence, file, onClose }: { evidence: Evidence; file: EvidenceFile; onClose: () => void }) {
  const removeFile = useEvidenceStore((s) => s.removeFile);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    try {
      await removeFile(file.id);
      onClose();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };
  return (
    <AppDialog title={`Remove “${file.name}”?`} isOpen onClose={onClose} role="alertdialog" size="small" isBusy={busy}>
      <p>
        This removes the file from “{evidence.title}”. If another evidence item uses the same file, it stays attached
        there.
      </p>
      <ConfirmActions error={error} busy={busy} label="Remove file" busyLabel="Removing…" onConfirm={confirm} onCancel={onClose} />
    </AppDialog>
  );
}
