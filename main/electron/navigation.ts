/**
 * What to do when a page tries to go somewhere: stay (the app's own pages), hand a safe
 * web address to the user's browser, or refuse. Pure.
 */
import { isAppUrl } from './sender.ts';
import { safeExternalUrl } from './url-policy.ts';

export type NavigationDecision =
  | { kind: 'allow' }
  | { kind: 'open-external'; url: string }
  | { kind: 'block' };

/** For will-navigate / will-redirect: the app's own pages load in place. */
export function decideNavigation(url: string, appOrigin: string): NavigationDecision {
  if (isAppUrl(url, appOrigin)) return { kind: 'allow' };
  return decideWindowOpen(url);
}

/** For window.open and target=_blank: never a new app window; web links go to the browser. */
export function decideWindowOpen(url: string): NavigationDecision {
  const external = safeExternalUrl(url);
  return external === null ? { kind: 'block' } : { kind: 'open-external', url: external };
}
