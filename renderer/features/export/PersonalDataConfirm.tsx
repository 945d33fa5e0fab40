import { AppDialog, DialogActions } from '../../components/Dialog.tsx';
import { Button } from '../../components/Button.tsx';

/**
 * The second, explicit step before items marked as personal data go into a pack
 * (DOMAIN.md, "Personal data"): says what will leave the library, and that the pack says so.
 */
export function PersonalDataConfirm({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  return (
    <AppDialog title="Include personal data in the pack?" role="alertdialog" isOpen onClose={onCancel} size="small">
      <p>
        Items marked as containing personal data, such as case studies, EHC plans, complaints and survey comments, will be
        put in the pack, with their attached files if you export a ZIP. They can name children and families, and health
        information is special category data.
      </p>
      <p>
        The pack will say near its start that it includes personal data, on purpose. Only send it to people entitled to
        see it, by a secure route.
      </p>
      <DialogActions>
        <Button variant="danger" onPress={onConfirm}>
          Include personal data
        </Button>
        <Button variant="secondary" onPress={onCancel} autoFocus>
          Keep personal data out
        </Button>
      </DialogActions>
    </AppDialog>
  );
}
