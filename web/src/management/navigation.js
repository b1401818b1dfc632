import { can } from '../auth/permissions.js';
import { el } from '../shared/dom.js';
import { href } from './routes.js';

const ITEMS = [
  { route: 'map', label: 'Live map', href: href.map(), ability: 'map' },
  { route: 'vehicles', label: 'Vehicles', href: href.vehicles(), ability: 'vehicles.read' },
  { route: 'geofences', label: 'Geofences', href: href.geofences(), ability: 'geofences.read' },
  { route: 'reminders', label: 'Reminders', href: href.reminders(), ability: 'reminders.read' },
  { route: 'defects', label: 'Defects', href: href.defects(), ability: 'defects' },
  { route: 'users', label: 'Users', href: href.users(), ability: 'users' },
  { route: 'checks', label: 'Checks', href: href.checks(), ability: 'checks' },
  { route: 'events', label: 'Events', href: href.events(), ability: 'events' },
  { route: 'reports', label: 'Reports', href: href.reports(), ability: 'reports' },
  { route: 'timesheets', label: 'Timesheets', href: href.timesheets(), ability: 'timesheets' },
  { route: 'audit', label: 'Audit log', href: href.audit(), ability: 'audit' },
  { route: 'company', label: 'Company', href: href.company(), ability: 'company' },
  // The phone page is a page of its own, not a view of the management area.
  { route: 'driver', label: 'Driver', href: href.driver(), ability: 'drive', ownPage: true },
];

// Which top-level item a route belongs to (an edit form is under Vehicles).
const SECTION = {
  'vehicle-new': 'vehicles', 'vehicle-edit': 'vehicles', 'vehicle-devices': 'vehicles', 'vehicle-documents': 'vehicles', 'user-new': 'users', 'user-edit': 'users',
  defect: 'defects', 'geofence-new': 'geofences', geofence: 'geofences', 'geofence-edit': 'geofences',
  'check-detail': 'checks', 'check-items': 'checks',
};

/** The top bar's links: only what the role may use. */
export class Navigation {
  element;
  #links;

  constructor(user, implemented) {
    const items = ITEMS.filter((item) => can(user, item.ability) && (item.ownPage || implemented.has(item.route)));
    this.#links = items.map((item) => el('a', { href: item.href, className: 'nav-link', dataset: { route: item.route } }, item.label));
    this.element = el('nav', { className: 'main-nav', 'aria-label': 'Main' }, this.#links);
  }

  show(routeName) {
    const section = SECTION[routeName] ?? routeName;
    for (const link of this.#links) {
      if (link.dataset.route === section) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  }
}
