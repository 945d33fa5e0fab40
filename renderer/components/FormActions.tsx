import { Button } from './Button.tsx';
import { DialogActions } from './Dialog.tsx';

/** The end of every form in a dialog: the submit button (saying what it does, then what it is doing) and Cancel. */
export function FormActions(props: { busy: boolean; label: string; busyLabel?: string; onCancel: () => void }) {
  return (
    <DialogActions>
      <Button type="submit" variant="primary" isDisabled={props.busy}>
        {props.busy ? (props.busyLabel ?? 'Saving…') : props.label}
      </Button>
      <Button variant="quiet" onPress={props.onCancel} isDisabled={props.busy}>
        Cancel
      </Button>
    </DialogActions>
  );
}
