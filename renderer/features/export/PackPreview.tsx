import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from '../../components/Button.tsx';

/**
 * The pack as it will read, in a frame that runs no scripts and has no access to the app
 * (sandbox with no allowances; the pack's own policy forbids scripts too).
 */
export function PackPreview({ html, onClose }: { html: string; onClose: () => void }) {
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
          <iframe className="pack-preview-frame" title="The evidence pack" srcDoc={html} sandbox="" />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
