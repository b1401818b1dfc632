import { el } from '../shared/dom.js';

/** The page skeleton: header with navigation and the fleet figures, full-window map with the vehicle card over it, side panel, and the management area over both. */
export function renderLayout(root, user, parts) {
  const search = el('input', { type: 'search', className: 'vehicle-search', placeholder: 'Search registration or driver', 'aria-label': 'Search vehicles', oninput: (event) => parts.onSearch(event.target.value) });
  const map = el('div', { id: 'map', className: 'map' });
  root.replaceChildren(
    el('header', { className: 'topbar' },
      el('span', { className: 'brand' }, 'Titan Fleet'),
      el('span', { className: 'company', title: user.companyName }, user.companyName),
      parts.navigation,
      parts.connection,
      el('span', { className: 'spacer' }),
      parts.bell,
      el('span', { className: 'user', title: user.email }, `${user.displayName} · ${user.role}`),
      el('button', { type: 'button', className: 'sign-out', onclick: parts.onSignOut }, 'Sign out')),
    parts.stats,
    el('div', { className: 'workspace' },
      el('div', { className: 'map-area' }, map, parts.card),
      el('aside', { className: 'side-panel', 'aria-label': 'Fleet' },
        el('section', { className: 'panel-vehicles' }, el('h2', {}, 'Vehicles'), search, parts.filter, parts.list),
        el('section', { className: 'panel-defects' }, el('h2', {}, 'Open defects'), parts.defects),
        el('section', { className: 'panel-feed' },
          el('h2', {}, 'Live events', parts.eventHistory ? el('a', { className: 'panel-link', href: parts.eventHistory }, 'History') : null), parts.feed)),
      parts.management));
  return { map };
}
