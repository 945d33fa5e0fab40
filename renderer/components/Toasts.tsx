import {
  Button as AriaButton,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';

export interface ToastContentData {
  title: string;
  description?: string;
  /** An action such as "Undo". */
  action?: { label: string; onAction: () => void };
}

/** One queue for the window. Toasts with an action stay until used or dismissed. */
export const toasts = new ToastQueue<ToastContentData>({ maxVisibleToasts: 3 });

export function showToast(content: ToastContentData, timeout?: number): string {
  return toasts.add(content, timeout === undefined ? (content.action ? {} : { timeout: 6000 }) : { timeout });
}

/**
 * Runs the newest "Undo" still offered (Ctrl+Z or Cmd+Z outside a text field, or Quick
 * find's "Undo"), as pressing its button would; false when none is offered.
 */
/** The newest change an "Undo" is still offered for ("Unlinked from AOC1"), if any. */
export function latestUndo(): string | null {
  return newestUndo()?.content.title ?? null;
}

const newestUndo = () => [...toasts.visibleToasts].reverse().find((t) => t.content.action?.label === 'Undo');

export function undoLatest(): boolean {
  const toast = newestUndo();
  if (!toast?.content.action) return false;
  toast.content.action.onAction();
  toasts.close(toast.key);
  return true;
}

export function ToastArea() {
  return (
    <ToastRegion queue={toasts} className="toast-region" aria-label="Notifications">
      {({ toast }) => (
        <Toast toast={toast} className="toast">
          <ToastContent className="toast-content">
            <Text slot="title" className="toast-title">
              {toast.content.title}
            </Text>
            {toast.content.description ? (
              <Text slot="description" className="toast-description">
                {toast.content.description}
              </Text>
            ) : null}
          </ToastContent>
          {toast.content.action ? (
            <AriaButton
              className="btn btn-secondary btn-small"
              onPress={() => {
                toast.content.action?.onAction();
                toasts.close(toast.key);
              }}
            >
              {toast.content.action.label}
            </AriaButton>
          ) : null}
          <AriaButton slot="close" className="toast-close" aria-label="Dismiss">
            <span aria-hidden="true">×</span>
          </AriaButton>
        </Toast>
      )}
    </ToastRegion>
  );
}
