import { mayOpen } from '../auth/permissions.js';
import { renderAuditView } from '../audit/audit-view.js';
import { renderCheckDetail } from '../checks/check-detail-view.js';
import { renderCheckItemsView } from '../checks/check-items-view.js';
import { renderChecksView } from '../checks/checks-view.js';
import { renderCompanySettings } from '../company/company-settings-view.js';
import { renderDefectDetail } from '../defects/defect-detail-view.js';
import { renderDefectsView } from '../defects/defects-view.js';
import { renderDevicesView } from '../devices/devices-view.js';
import { renderGeofenceDetail } from '../geofences/geofence-detail-view.js';
import { renderGeofenceEditor } from '../geofences/geofence-editor-view.js';
import { renderGeofencesView } from '../geofences/geofences-view.js';
import { renderRemindersView } from '../reminders/reminders-view.js';
import { renderReportsView } from '../reports/reports-view.js';
import { renderEventsView } from '../events/events-view.js';
import { renderDocumentsView } from '../files/documents-view.js';
import { el } from '../shared/dom.js';
import { renderUserForm } from '../users/user-form-view.js';
import { renderUsersView } from '../users/users-view.js';
import { renderVehicleForm } from '../vehicles/vehicle-form-view.js';
import { renderTimesheetsView } from '../timesheets/timesheets-view.js';
import { renderVehiclesView } from '../vehicles/vehicles-view.js';
import { Navigation } from './navigation.js';
import { parseRoute } from './routes.js';

const VIEWS = {
  vehicles: { title: 'Vehicles', render: renderVehiclesView },
  'vehicle-new': { title: 'Add vehicle', render: renderVehicleForm },
  'vehicle-edit': { title: 'Edit vehicle', render: renderVehicleForm },
  'vehicle-devices': { title: 'Devices', render: renderDevicesView },
  'vehicle-documents': { title: 'Documents', render: renderDocumentsView },
  users: { title: 'Users', render: renderUsersView },
  'user-new': { title: 'Add user', render: renderUserForm },
  'user-edit': { title: 'Edit user', render: renderUserForm },
  defects: { title: 'Defects', render: renderDefectsView },
  defect: { title: 'Defect', render: renderDefectDetail },
  audit: { title: 'Audit log', render: renderAuditView },
  timesheets: { title: 'Timesheets', render: renderTimesheetsView },
  company: { title: 'Company settings', render: renderCompanySettings },
  checks: { title: 'Walkaround checks', render: renderChecksView },
  'check-detail': { title: 'Walkaround check', render: renderCheckDetail },
  'check-items': { title: 'Check items', render: renderCheckItemsView },
  geofences: { title: 'Geofences', render: renderGeofencesView },
  'geofence-new': { title: 'Add geofence', render: renderGeofenceEditor },
  reminders: { title: 'Reminders', render: renderRemindersView },
  geofence: { title: 'Geofence', render: renderGeofenceDetail },
  'geofence-edit': { title: 'Edit geofence', render: renderGeofenceEditor },
  events: { title: 'Events', render: renderEventsView },
  reports: { title: 'Reports', render: renderReportsView },
};

function unavailable() {
  return el('section', { className: 'manage-view' },
    el('h1', {}, 'Page not available'),
    el('p', {}, 'This page does not exist, or your role may not use it. ', el('a', { href: '#/' }, 'Back to the live map')));
}

/**
 * The management area laid over the map: the hash picks the screen, and the map keeps its size and
 * its live connection beneath it, so going back to the map needs no reload or reconnect.
 */
export class Management {
  area = el('main', { className: 'management', hidden: true, 'aria-label': 'Management' });
  #navigation;
  #user;

  constructor(user) {
    this.#user = user;
    this.#navigation = new Navigation(user, new Set(['map', ...Object.keys(VIEWS)]));
  }

  get navigation() {
    return this.#navigation.element;
  }

  start() {
    window.addEventListener('hashchange', () => this.#show());
    this.#show();
  }

  #show() {
    const route = parseRoute(location.hash);
    // A set-up link pasted into this tab: main.js reloads the page, which opens it before sign-in.
    if (route.name === 'setup') return;
    this.#navigation.show(route.name);
    if (route.name === 'map') {
      this.area.hidden = true;
      this.area.replaceChildren();
      document.title = 'Titan Fleet · Live map';
      return;
    }
    this.area.hidden = false;
    const view = mayOpen(this.#user, route.name) ? VIEWS[route.name] : null;
    document.title = `Titan Fleet · ${view?.title ?? 'Not available'}`;
    // Each screen renders into its own element: a slow load finishing after the user moved on
    // writes into a detached element, never over the next screen.
    const screen = el('div', { className: 'manage-screen' });
    this.area.replaceChildren(screen);
    this.area.scrollTop = 0;
    if (!view) {
      screen.append(unavailable());
      return;
    }
    view.render(screen, { user: this.#user, route }).catch((error) => {
      screen.replaceChildren(el('section', { className: 'manage-view' }, el('h1', {}, view.title),
        el('p', { className: 'notice', role: 'alert', dataset: { tone: 'error' } }, `Could not load this page: ${error.message}`)));
    });
  }
}
