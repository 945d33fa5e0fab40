/** Answers flagged "possible personal data — review", to mark as personal data or not. */
export function ReviewFlaggedDialog(_props: { onClose: () => void; importId?: string }) {
  return null;
}
