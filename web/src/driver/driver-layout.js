import { el } from '../shared/dom.js';
import { NotificationBell } from '../notifications/notification-bell.js';

/** The phone page's frame: a slim bar (who is signed in, the live map for those who may use it, sign out) and the screen below. */
export function renderDriverLayout(root, user, { mayUseMap, onSignOut }) {
  const notice = el('p', { className: 'notice', role: 'status', hidden: true });
  const screen = el('div', { className: 'driver-screen' });
  // The document scrolls, not a box inside it: a phone then hides its address bar as the driver scrolls.
  root.classList.add('driver-app');
  // Drivers do not connect to the fleet hub (it carries the whole company's map), so their bell
  // counts on load and refreshes whenever they open it.
  const bell = new NotificationBell();
  bell.start();
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
