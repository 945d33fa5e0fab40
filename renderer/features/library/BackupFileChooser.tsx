import { FileTrigger } from 'react-aria-components';
import { formatFileSize } from '../../../shared/format.ts';
import { Button } from '../../components/Button.tsx';

/** The button that chooses a backup file, and the file chosen (its line's id describes the action button). */
export function BackupFileChooser({ id, file, onChoose, isDisabled }: { id: string; file: File | null; onChoose: (file: File | null) => void; isDisabled: boolean }) {
  return (
    <div className="restore-row">
      <FileTrigger onSelect={(list) => onChoose(list?.[0] ?? null)}>
        <Button variant="secondary" isDisabled={isDisabled}>
          Choose backup file…
        </Button>
      </FileTrigger>
      <span className="restore-file" id={id} aria-live="polite">
        {file ? `${file.name} (${formatFileSize(file.size)})` : 'No file chosen'}
      </span>
    </div>
  );
}
