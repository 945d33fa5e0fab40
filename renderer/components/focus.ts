/** True when nothing in particular has focus: it fell to the page's body, or its element has gone. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}
