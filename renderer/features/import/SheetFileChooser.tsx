import { FileTrigger } from 'react-aria-components';
import { Button } from '../../components/Button.tsx';
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
  return (
    <div className="restore-row">
      <FileTrigger acceptedFileTypes={SPREADSHEETS} onSelect={(l) => void props.onChoose(l)}>
        <Button variant="secondary" isDisabled={props.isDisabled ?? false}>
          {file ? props.againLabel : props.chooseLabel}
        </Button>
      </FileTrigger>
      {file ? <span className="path">{file.name}</span> : <span className="quiet">No file chosen</span>}
      {props.reading ? <span className="quiet">Reading…</span> : null}
    </div>
  );
}
