import { useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { messageOf } from '../../api/client.ts';
import { useAppStore } from '../../stores/app.ts';
import { BackupFileChooser } from './BackupFileChooser.tsx';

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
      <BackupFileChooser
        id={`${idPrefix}-file`}
        file={file}
        isDisabled={busy}
        onChoose={(chosen) => {
          setFile(chosen);
          setError(null);
        }}
      />
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
