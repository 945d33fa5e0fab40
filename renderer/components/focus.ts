/** True when nothing in particular has focus: it fell to the page's body, or its element has gone. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

/**
 * After what had focus has gone (a deleted row's own Delete button), and once the page has
 * settled, moves focus to `selector` if it is still nowhere, so the keyboard carries on near
 * where it was rather than from the top of the page.
 */
export function focusIfLost(selector: string): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (focusIsLost()) document.querySelector<HTMLElement>(selector)?.focus();
    }),
  );
}
