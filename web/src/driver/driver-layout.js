import { el } from '../shared/dom.js';
import { NotificationBell } from '../notifications/notification-bell.js';
import { connectNotifications } from '../notifications/notification-connection.js';

/** The phone page's frame: a slim bar (who is signed in, the live map for those who may use it, sign out) and the screen below. */
export function renderDriverLayout(root, user, { mayUseMap, onSignOut }) {
  const notice = el('p', { className: 'notice', role: 'status', hidden: true });
  const screen = el('div', { className: 'driver-screen' });
  // The document scrolls, not a box inside it: a phone then hides its address bar as the driver scrolls.
  root.classList.add('driver-app');
  // A driver's hub connection carries their own notifications only, so the bell counts live. Those
  // who may use the map get the whole fleet's stream there; here their bell counts on load.
  const bell = new NotificationBell();
  if (user.role === 'driver') connectNotifications(bell);
  else bell.start();
  root.replaceChildren(
    el('header', { className: 'topbar driver-bar' },
      el('span', { className: 'brand' }, 'Titan Fleet'),
      el('span', { className: 'user' }, user.displayName),
      el('span', { className: 'spacer' }),
      bell.element,
      mayUseMap ? el('a', { href: '#/', className: 'nav-link' }, 'Live map') : null,
      el('button', { type: 'button', className: 'sign-out', onclick: onSignOut }, 'Sign out')),
    el('main', { className: 'driver-page', 'aria-label': 'Driver' }, notice, screen));
  return {
    screen,
    show(message, tone = 'info') {
      notice.textContent = message ?? '';
      notice.dataset.tone = tone;
      notice.hidden = !message;
    },
  };
}
