import { useState } from 'react';
import { FileTrigger } from 'react-aria-components';
import { Button } from '../../components/Button.tsx';
import { messageOf } from '../../api/client.ts';
import { formatFileSize } from '../../../shared/format.ts';
import { useAppStore } from '../../stores/app.ts';

/** Choose a backup file, then restore it (it is uploaded to the core, restored and opened). */
export function RestoreForm({ idPrefix, onDone, onCancel }: { idPrefix: string; onDone?: () => void; onCancel?: () => void }) {
  const restore = useAppStore((s) => s.restore);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    if (!file) {
      setError('Choose the backup file to restore first.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await restore(file);
      onDone?.();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <div className="restore-form">
      <p className="field-description">
        Choose a backup made with “Back up library…”. Revisit Ready restores it as a library and opens it.
      </p>
      <div className="restore-row">
        <FileTrigger
          onSelect={(list) => {
            const chosen = list?.[0] ?? null;
            setFile(chosen);
            setError(null);
          }}
        >
          <Button variant="secondary" isDisabled={busy}>
            Choose backup file…
          </Button>
        </FileTrigger>
        <span className="restore-file" id={`${idPrefix}-file`} aria-live="polite">
          {file ? `${file.name} (${formatFileSize(file.size)})` : 'No file chosen'}
        </span>
      </div>
      {error ? (
        <p className="field-error" role="alert" id={`${idPrefix}-error`}>
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <Button variant="primary" onPress={run} isDisabled={busy} aria-describedby={`${idPrefix}-file`}>
          {busy ? 'Restoring…' : 'Restore this backup'}
        </Button>
        {onCancel ? (
          <Button variant="quiet" onPress={onCancel} isDisabled={busy}>
            Cancel
          </Button>
        ) : null}
      </div>
    </div>
  );
}
