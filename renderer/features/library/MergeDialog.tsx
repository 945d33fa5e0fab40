/**
 * Add the evidence in a colleague's backup: a workstream lead backs up the library on their
 * laptop and sends the file; their items, files and links (by area code) join this library.
 * Says what was added, what was here already, which areas it lacks, and what stays theirs.
 */
import { useRef, useState } from 'react';
import { ProgressBar, Label } from 'react-aria-components';
import type { MergeReport } from '../../../shared/api/library.ts';
import { plural } from '../../../shared/format.ts';
import { api, messageOf } from '../../api/client.ts';
import { AppDialog, DialogActions } from '../../components/Dialog.tsx';
import { Button } from '../../components/Button.tsx';
import { useAppStore } from '../../stores/app.ts';
import { say } from '../../stores/status.ts';
import { openItem } from '../search/openItem.ts';
import { BackupFileChooser } from './BackupFileChooser.tsx';

const SHOWN = 12;

export function MergeDialog({ onClose }: { onClose: () => void }) {
  const library = useAppStore((s) => s.library);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<MergeReport | null>(null);
  const [undone, setUndone] = useState(false);
  const outcome = useRef<HTMLDivElement>(null);

  const run = async () => {
    if (!file) {
      setError('Choose the backup file your colleague sent first.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const staged = await api.upload(file);
      const r = await api.call('library/merge', { uploadId: staged.uploadId });
      setReport(r);
      say(r.added.length > 0 ? `Added ${plural(r.added.length, 'item')} from ${file.name}.` : `No new items in ${file.name}.`);
      // Focus moves to what happened, inside the dialog, so Escape still closes it.
      setTimeout(() => outcome.current?.focus(), 0);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  // The whole merge taken back: its items, and the links and excerpts it gave items already here.
  const undo = async () => {
    if (!report) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api.call('library/undoMerge', report.undo);
      setUndone(true);
      say(`Took back the ${plural(r.items, 'item')} and ${plural(r.links, 'link')} the backup added.`);
      setTimeout(() => outcome.current?.focus(), 0);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const canUndo = !!report && !undone && report.undo.items.length + report.undo.links.length + report.undo.excerpts.length > 0;

  return (
    <AppDialog title="Add evidence from a colleague’s backup" isOpen onClose={onClose} isBusy={busy} size="medium">
      {report && undone ? (
        <div className="notice merge-outcome" role="status" tabIndex={-1} ref={outcome}>
          <p className="notice-title">Taken back</p>
          <p>What the backup added has been removed again; the library is as it was before.</p>
        </div>
      ) : report ? (
        <>
          <div className="notice notice-ok merge-outcome" role="status" tabIndex={-1} ref={outcome}>
            <p className="notice-title">
              {report.added.length > 0
                ? `${plural(report.added.length, 'item')} added`
                : `${report.linksAdded > 0 ? 'No new items' : 'Nothing new'}: every item in the backup is here already`}
            </p>
            <p>
              {report.duplicates.length > 0
                ? `${plural(report.duplicates.length, 'item was', 'items were')} here already and ${report.duplicates.length === 1 ? 'was' : 'were'} not added twice. `
                : ''}
              {plural(report.linksAdded, 'link')} to areas of concern added, with your colleague’s reasons.
            </p>
            {report.missingAreas.length > 0 ? (
              <p>
                Links to {report.missingAreas.join(', ')} were left out: this library has no area with {report.missingAreas.length === 1 ? 'that code' : 'those codes'}.
                Add the area and this backup again to bring them in.
              </p>
            ) : null}
            {report.leftOut.findings + report.leftOut.judgements + report.leftOut.actions > 0 ? (
              <p>
                Their findings, judgements and actions stay theirs and were not brought in ({plural(report.leftOut.findings, 'finding')},{' '}
                {plural(report.leftOut.judgements, 'judgement')}, {plural(report.leftOut.actions, 'action')}).
              </p>
            ) : null}
          </div>
          {report.added.length > 0 ? (
            <ul className="merge-list" aria-label="Items added">
              {report.added.slice(0, SHOWN).map((a) => (
                <li key={a.id}>
                  <Button
                    variant="link"
                    size="small"
                    onPress={() => {
                      onClose();
                      void openItem(a.id, { focus: true });
                    }}
                  >
                    {a.title}
                  </Button>
                </li>
              ))}
              {report.added.length > SHOWN ? <li>and {plural(report.added.length - SHOWN, 'more item')}</li> : null}
            </ul>
          ) : null}
        </>
      ) : (
        <>
          <p>
            A workstream lead can back up their library (Library, Back up library…) and send you the file. Their evidence items, with their files,
            their links to areas of concern (matched by area code) and why each counts, are added to “{library?.details.name}”. Items you already
            have are not added twice. Their findings, judgements and actions are not brought in.
          </p>
          <BackupFileChooser
            id="merge-file"
            file={file}
            isDisabled={busy}
            onChoose={(chosen) => {
              setFile(chosen);
              setError(null);
            }}
          />
          {busy ? (
            <ProgressBar className="progress" isIndeterminate>
              <div className="progress-labels">
                <Label className="progress-label">Checking the backup and adding its evidence…</Label>
              </div>
              <div className="progress-track">
                <div className="progress-fill progress-indeterminate" />
              </div>
            </ProgressBar>
          ) : null}
        </>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <DialogActions>
        {report ? (
          <>
            <Button variant="primary" onPress={onClose} autoFocus isDisabled={busy}>
              Done
            </Button>
            {canUndo ? (
              <Button variant="secondary" onPress={() => void undo()} isDisabled={busy}>
                {busy ? 'Taking it back…' : 'Undo: take back what was added'}
              </Button>
            ) : null}
          </>
        ) : (
          <>
            <Button variant="primary" onPress={() => void run()} isDisabled={busy} aria-describedby="merge-file">
              {busy ? 'Adding…' : 'Add their evidence'}
            </Button>
            <Button variant="quiet" onPress={onClose} isDisabled={busy}>
              Cancel
            </Button>
          </>
        )}
      </DialogActions>
    </AppDialog>
  );
}
