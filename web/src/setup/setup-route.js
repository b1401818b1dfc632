import { showLoginForm } from '../auth/login-form.js';
import { setupToken } from './setup-link.js';
import { showSetupPasswordForm } from './setup-password-form.js';

/**
 * Opening a set-up link: the password form, then the sign-in form. Setting the password ends the
 * user's sessions, so whoever was signed in in this browser signs in again. The token leaves the
 * address bar (and the history entry) once used.
 */
export async function openSetupLink(root, route) {
  await showSetupPasswordForm(root, setupToken(route));
  history.replaceState(null, '', location.pathname + location.search);
  return showLoginForm(root, { news: 'Your password is set. Sign in with your email and the new password.' });
}
