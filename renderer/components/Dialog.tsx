import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button.tsx';

export interface AppDialogProps {
  title: string;
  isOpen: boolean;
  onClose: () => void;
  children: ReactNode;
  /** 'alert' for confirmations of destructive actions. */
  role?: 'dialog' | 'alertdialog';
  size?: 'small' | 'medium' | 'large';
  /** Set while work is in progress, so Escape or a click outside cannot lose it. */
  isBusy?: boolean;
  /**
   * What typing in it would lose ("the finding you have written"), while there is some:
   * Escape or a click outside then asks before closing, as either is easily pressed by
   * mistake. The dialog's own Cancel closes it without asking.
   */
  unsaved?: string | null;
}

/** A modal dialog: focus is trapped, Escape closes it, focus returns to what opened it. */
export function AppDialog({ title, isOpen, onClose, children, role, size = 'medium', isBusy, unsaved }: AppDialogProps) {
  // Asking happens inside the dialog, in place of its content, which stays mounted (hidden)
  // so what was typed is still there after "Keep editing".
  const [asking, setAsking] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);
  const keepEditing = () => setAsking(false);
  // Back to where the user was, once the content shows again.
  useEffect(() => {
    if (asking || !returnTo.current) return;
    returnTo.current.focus();
    returnTo.current = null;
  }, [asking]);
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (open) return;
        if (asking) return keepEditing(); // Escape while asking: the safe answer
        if (!unsaved) return onClose();
        returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setAsking(true);
      }}
      isDismissable={!isBusy}
      isKeyboardDismissDisabled={isBusy ?? false}
    >
      <Modal className={`modal modal-${size}`}>
        <Dialog className="dialog" role={role ?? 'dialog'}>
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {asking && unsaved ? (
            <div className="notice notice-warning" role="alert">
              <p className="notice-title">Close without saving?</p>
              <p>Closing now loses {unsaved}.</p>
              <div className="review-notice-actions">
                <Button variant="primary" autoFocus onPress={keepEditing}>
                  Keep editing
                </Button>
                <Button variant="danger" onPress={onClose}>
                  Close and lose it
                </Button>
              </div>
            </div>
          ) : null}
          <div className="dialog-content" hidden={asking}>
            {children}
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="dialog-actions">{children}</div>;
}
