import { href } from '../management/routes.js';

// The set-up link an admin copies and sends: the page's own address with the token in the hash.
// A hash never reaches a server, so the token stays out of proxy logs and Referer headers.

/** The absolute link for a one-time set-up token, on the site the page was loaded from. */
export function setupLink(pageUrl, token) {
  return new URL(href.setup(token), new URL('/', pageUrl)).href;
}

/** The token a set-up route carries, or null when the link was cut short. */
export function setupToken(route) {
  const token = route.query.get('token')?.trim();
  return token ? token : null;
}
