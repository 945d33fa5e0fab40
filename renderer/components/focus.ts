/** True when nothing in particular has focus: it fell to the page's body, or its element has gone. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

/**
 * After what had focus has gone (a deleted row's own Delete button, a button disabled while it
 * worked), and once the page has settled, moves focus to `target` (a selector, or the element
 * itself) if it is still nowhere, so the keyboard carries on near where it was rather than
 * from the top of the page.
 */
export function focusIfLost(target: string | (() => HTMLElement | null | undefined)): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (focusIsLost()) (typeof target === 'string' ? document.querySelector<HTMLElement>(target) : target())?.focus();
    }),
  );
}
