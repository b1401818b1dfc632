import { api } from '../api/api.js';
import { el } from '../shared/dom.js';

/** A signed-in user whose role may not watch the fleet (drivers): say so, and offer to sign out. */
export function showNoAccess(root, user) {
  const signOut = async () => {
    await api.logout();
    location.reload();
  };
  root.replaceChildren(el('section', { className: 'login' },
    el('div', { className: 'login-card', role: 'alert' },
      el('h1', {}, 'Titan Fleet'),
      el('p', { className: 'login-lead' }, `Signed in as ${user.displayName} (${user.role}). The live map is for admins, managers and mechanics.`),
      el('button', { type: 'button', onclick: signOut }, 'Sign out'))));
}
