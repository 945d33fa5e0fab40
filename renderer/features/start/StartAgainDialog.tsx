/**
 * "Start the example again…": asks once, names what will go, then throws away the
 * user's copy of the example library and opens a fresh one.
 */
import { useState } from 'react';
import { api, messageOf } from '../../api/client.ts';
import { AppDialog } from '../../components/Dialog.tsx';
import { ConfirmActions } from '../../components/ConfirmActions.tsx';
import { useAppStore } from '../../stores/app.ts';
import { say } from '../../stores/status.ts';
import { focusMainHeading } from './focusMain.ts';

export function StartAgainDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setError(null);
    onClose();
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.call('library/openExample', { startAgain: true });
      // The core has opened the fresh copy; load the session so every screen starts over.
      await useAppStore.getState().load();
      say('Started the example library again. Everything is as it came with the app.');
      setBusy(false);
      onClose();
      focusMainHeading();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <AppDialog title="Start the example again?" isOpen={isOpen} onClose={close} role="alertdialog" size="small" isBusy={busy}>
      <p>
        Your changes in the example library will be lost: items, links, findings, judgements and actions you added,
        changed or deleted. You get a fresh copy of the example as it came with the app.
      </p>
      <p className="quiet">Your own library is not affected.</p>
      <ConfirmActions error={error} busy={busy} label="Start again" busyLabel="Starting again…" onConfirm={() => void confirm()} onCancel={close} />
    </AppDialog>
  );
}
