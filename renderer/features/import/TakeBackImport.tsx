/**
 * "Take back this import…": deletes, all at once and after asking, the items a finished
 * import added (duplicates and failed files added nothing). For an import made into the
 * wrong area, or of the wrong folder, which would otherwise be undone an item at a time.
 */
import { useState } from 'react';
import { plural } from '../../../shared/format.ts';
import { api, messageOf } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { say } from '../../stores/status.ts';

export function TakeBackImport({ ids, onDone }: { ids: readonly string[]; onDone: () => void }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (ids.length === 0) return null;
  const items = plural(ids.length, 'item');

  const takeBack = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.call('evidence/deleteMany', { ids: [...ids] });
      const gone = r.missing > 0 ? ` (${plural(r.missing, 'item was', 'items were')} already deleted)` : '';
      say(`Took back the import: deleted ${plural(r.deleted, 'item')}${gone}.`);
      onDone();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  if (!asking)
    return (
      <Button
        variant="quiet"
        size="small"
        onPress={() => {
          setAsking(true);
          setTimeout(() => document.getElementById('take-back-keep')?.focus(), 0);
        }}
      >
        Take back this import…
      </Button>
    );
  return (
    <div className="notice notice-warning take-back" role="alert">
      <p className="notice-title">Delete the {items} this import added?</p>
      <p>
        Their links, and anything written on them since, go too; files no other item holds are removed from the library. Files
        that were duplicates or failed added nothing and are not affected. This cannot be undone.
      </p>
      {error ? <p className="field-error">{error}</p> : null}
      <div className="review-notice-actions">
        <Button variant="primary" id="take-back-keep" onPress={() => setAsking(false)} isDisabled={busy}>
          Keep them
        </Button>
        <Button variant="danger" onPress={() => void takeBack()} isDisabled={busy}>
          {busy ? 'Deleting…' : `Delete the ${items}`}
        </Button>
      </div>
    </div>
  );
}
