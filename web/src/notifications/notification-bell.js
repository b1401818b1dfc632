import { api } from '../api/api.js';
import { el } from '../shared/dom.js';
import { ago, fullTime } from '../shared/format.js';

const LIST_SIZE = 20;
const SVG = 'http://www.w3.org/2000/svg';

/** A bell drawn inline: an emoji glyph is missing from many fonts (it shows as an empty box). */
function bellIcon() {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({ viewBox: '0 0 24 24', width: '18', height: '18', 'aria-hidden': 'true', class: 'bell-icon' })) svg.setAttribute(name, value);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M12 2a6 6 0 0 0-6 6v4.5L4 16v1h16v-1l-2-3.5V8a6 6 0 0 0-6-6zm0 20a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/**
 * The header's bell: the signed-in user's unread count, kept live by pushed notifications, and a
 * dropdown of the newest ones. Clicking one marks it read; "Mark all read" marks the rest.
 */
export class NotificationBell {
  constructor() {
    this.unread = 0;
    this.count = el('span', { className: 'bell-count', hidden: true, 'aria-hidden': 'true' });
    this.button = el('button', {
      type: 'button', className: 'bell', 'aria-haspopup': 'true', 'aria-expanded': 'false', 'data-testid': 'notification-bell',
      onclick: () => this.toggle(),
    }, bellIcon(), this.count);
    this.list = el('ul', { className: 'bell-list' });
    this.markAll = el('button', { type: 'button', className: 'button subtle small', onclick: () => this.markAllRead() }, 'Mark all read');
    this.panel = el('div', { className: 'bell-panel', hidden: true, role: 'region', 'aria-label': 'Notifications' },
      el('div', { className: 'bell-panel-header' }, el('strong', {}, 'Notifications'), this.markAll),
      this.list);
    this.element = el('div', { className: 'bell-wrap' }, this.button, this.panel);
    document.addEventListener('click', (event) => {
      if (!this.panel.hidden && !this.element.contains(event.target)) this.close();
    });
  }

  async start() {
    try {
      this.setUnread((await api.notifications.unreadCount()).unread);
    } catch (error) {
      console.error('Could not read the notification count', error);
    }
  }

  /** A notification pushed over the hub (NotificationRaised): count it, and show it if the list is open. */
  pushed(notification) {
    this.setUnread(this.unread + (notification.readAt ? 0 : 1));
    if (!this.panel.hidden) this.list.prepend(this.item(notification));
  }

  setUnread(count) {
    this.unread = Math.max(0, count);
    this.count.textContent = this.unread > 99 ? '99+' : String(this.unread);
    this.count.hidden = this.unread === 0;
    this.button.setAttribute('aria-label', this.unread === 0 ? 'Notifications, none unread' : `Notifications, ${this.unread} unread`);
    this.button.title = this.button.getAttribute('aria-label');
  }

  async toggle() {
    if (!this.panel.hidden) {
      this.close();
      return;
    }
    this.panel.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.list.replaceChildren(el('li', { className: 'bell-empty' }, 'Loading…'));
    try {
      const [page, count] = await Promise.all([api.notifications.list({ limit: LIST_SIZE }), api.notifications.unreadCount()]);
      this.setUnread(count.unread);
      this.list.replaceChildren(...(page.items.length ? page.items.map((n) => this.item(n)) : [el('li', { className: 'bell-empty' }, 'No notifications yet')]));
    } catch (error) {
      this.list.replaceChildren(el('li', { className: 'bell-empty' }, `Could not load notifications: ${error.message}`));
    }
  }

  close() {
    this.panel.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
  }

  item(notification) {
    const when = el('time', { dateTime: notification.createdAt, title: fullTime(notification.createdAt) }, ago(notification.createdAt));
    const entry = el('li', {},
      el('button', { type: 'button', className: 'bell-item', dataset: { unread: String(!notification.readAt) }, onclick: () => this.markRead(notification, entry) },
        el('span', { className: 'bell-summary' }, notification.summary), when));
    return entry;
  }

  async markRead(notification, entry) {
    if (notification.readAt) return;
    const read = await api.notifications.markRead(notification.id);
    notification.readAt = read.readAt;
    entry.querySelector('.bell-item').dataset.unread = 'false';
    this.setUnread(this.unread - 1);
  }

  async markAllRead() {
    await api.notifications.markAllRead();
    for (const item of this.list.querySelectorAll('.bell-item')) item.dataset.unread = 'false';
    this.setUnread(0);
  }
}
