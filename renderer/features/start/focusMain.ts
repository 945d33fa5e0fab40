/**
 * After a library opens from the start screen, the button that opened it has gone with the
 * start screen, and focus would fall to the page's body. Move it to the main screen's
 * heading (the library's name) instead, so a screen-reader user hears where they are and a
 * keyboard user carries on from the top of the new screen.
 */
import { focusIsLost } from '../../components/focus.ts';

/** The main screen's heading: the library's name in the header, else the first h1. */
function mainHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.app-header h1') ?? document.querySelector<HTMLElement>('#main h1, h1');
}

/**
 * Waits (a frame at a time, a few seconds at most) for the main screen to show its
 * heading, then focuses it, unless the user or the screen has put focus somewhere since.
 */
export function focusMainHeading(frames = 120): void {
  const attempt = (left: number) => {
    const heading = mainHeading();
    // The start screen's own heading is not the one: wait for it to go.
    const stillStarting = document.querySelector('.start') !== null;
    if (heading && !stillStarting) {
      if (focusIsLost()) heading.focus(); // the header's h1 has tabIndex -1: focusable, not in the Tab order
      return;
    }
    if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  requestAnimationFrame(() => attempt(frames));
}
