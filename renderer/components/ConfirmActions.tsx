import { Button } from './Button.tsx';
import { DialogActions } from './Dialog.tsx';

/** The end of every "are you sure?" dialog: the error if the action failed, then Confirm / Cancel (Cancel focused). */
export function ConfirmActions(props: { error: string | null; busy: boolean; label: string; busyLabel: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <>
      {props.error ? (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <DialogActions>
        <Button variant="danger" onPress={props.onConfirm} isDisabled={props.busy}>
          {props.busy ? props.busyLabel : props.label}
        </Button>
        <Button variant="quiet" onPress={props.onCancel} isDisabled={props.busy} autoFocus>
          Cancel
        </Button>
      </DialogActions>
    </>
  );
}
