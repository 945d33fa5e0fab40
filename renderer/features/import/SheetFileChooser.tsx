import { useRef } from 'react';
import { FileTrigger } from 'react-aria-components';
import { Button } from '../../components/Button.tsx';
import { focusIfLost } from '../../components/focus.ts';
import type { ChosenFile } from './useSheetImport.ts';

const SPREADSHEETS = ['.csv', '.xlsx', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** The row a spreadsheet import starts from: the button that chooses a CSV or Excel file, and the file chosen. */
export function SheetFileChooser(props: {
  file: ChosenFile | null;
  chooseLabel: string;
  againLabel: string;
  onChoose: (list: FileList | null) => Promise<void>;
  isDisabled?: boolean;
  /** Shows "Reading…" beside the file's name. */
  reading?: boolean;
}) {
  const { file } = props;
  const row = useRef<HTMLDivElement>(null);
  // The button is disabled while the file is read, which takes focus from it: give it back.
  const chosen = (list: FileList | null) => void props.onChoose(list).finally(() => focusIfLost(() => row.current?.querySelector<HTMLElement>('button')));
  return (
    <div className="restore-row" ref={row}>
      <FileTrigger acceptedFileTypes={SPREADSHEETS} onSelect={chosen}>
        <Button variant="secondary" isDisabled={props.isDisabled ?? false}>
          {file ? props.againLabel : props.chooseLabel}
        </Button>
      </FileTrigger>
      {file ? <span className="path">{file.name}</span> : <span className="quiet">No file chosen</span>}
      {props.reading ? <span className="quiet">Reading…</span> : null}
    </div>
  );
}
