import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from '../../components/Button.tsx';

/**
 * The pack as it will read, in a frame that runs no scripts (its sandbox does not allow them,
 * and the pack's own policy forbids them too). The sandbox keeps the app's origin only so that
 * the app can hear Escape pressed while focus is inside the frame, which the frame would
 * otherwise swallow.
 */
export function PackPreview({ html, onClose }: { html: string; onClose: () => void }) {
  const closeOnEscape = (frame: HTMLIFrameElement) =>
    frame.contentDocument?.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      onClose();
    });

  return (
    <ModalOverlay
      className="modal-overlay pack-preview-overlay"
      isOpen
      isDismissable
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className="modal pack-preview-modal">
        <Dialog className="pack-preview">
          <div className="pack-preview-header">
            <Heading slot="title" className="dialog-title">
              Preview of the evidence pack
            </Heading>
            <Button variant="primary" onPress={onClose} autoFocus>
              Close
            </Button>
          </div>
          <p className="quiet pack-preview-hint">
            This is how the pack will read. Nothing has been exported yet. Press Escape or Close to go back to the export choices.
          </p>
          <iframe
            className="pack-preview-frame"
            title="The evidence pack"
            srcDoc={html}
            sandbox="allow-same-origin"
            onLoad={(e) => closeOnEscape(e.currentTarget)}
          />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
