// What each role may use on the page, mirroring the API's policies (FleetViewer, FleetManager, the
// admin-only user writes and company settings); the server still refuses anything a role may not do.
// 'users' reads the users list (managers too, for drivers' profiles); 'users.write' changes users.
// 'files.write' uploads to and deletes any of a vehicle's documents: the API lets every signed-in
// user upload, but vehicle documents (MOT, insurance, V5C) are the managers' records on the page.
// 'defects' works defects (DefectWorker: mechanics, managers, admins).
// 'events' reads the event history (FleetViewer: whoever watches the live feed).
// 'reports' opens the reports (admins and managers; the API also lets mechanics read compliance).
const ABILITIES = {
  admin: ['map', 'vehicles.read', 'vehicles.write', 'devices', 'audit', 'timesheets', 'users', 'users.write', 'driver-profiles', 'company', 'files.read', 'files.write', 'defects', 'checks', 'check-items', 'drive', 'geofences.read', 'geofences.write', 'reminders.read', 'reminders.write', 'events', 'reports'],
  manager: ['map', 'vehicles.read', 'vehicles.write', 'devices', 'audit', 'timesheets', 'users', 'driver-profiles', 'files.read', 'files.write', 'defects', 'checks', 'check-items', 'drive', 'geofences.read', 'geofences.write', 'reminders.read', 'reminders.write', 'events', 'reports'],
  mechanic: ['map', 'vehicles.read', 'files.read', 'defects', 'checks', 'geofences.read', 'reminders.read', 'events'],
  driver: ['drive'],
};

export function can(user, ability) {
  return ABILITIES[user?.role]?.includes(ability) ?? false;
}

/** The route each role may open, so a typed-in hash it may not use goes nowhere. */
export function mayOpen(user, routeName) {
  switch (routeName) {
    case 'map': return can(user, 'map');
    case 'vehicles': return can(user, 'vehicles.read');
    case 'vehicle-new':
    case 'vehicle-edit': return can(user, 'vehicles.write');
    case 'vehicle-devices': return can(user, 'devices');
    case 'vehicle-documents': return can(user, 'files.read');
    case 'defects':
    case 'defect': return can(user, 'defects');
    case 'audit': return can(user, 'audit');
    case 'timesheets': return can(user, 'timesheets');
    case 'company': return can(user, 'company');
    case 'driver': return can(user, 'drive');
    case 'checks':
    case 'check-detail': return can(user, 'checks');
    case 'check-items': return can(user, 'check-items');
    case 'geofences':
    case 'geofence': return can(user, 'geofences.read');
    case 'geofence-new':
    case 'geofence-edit': return can(user, 'geofences.write');
    case 'reminders': return can(user, 'reminders.read');
    case 'events': return can(user, 'events');
    case 'reports': return can(user, 'reports');
    case 'users':
    case 'user-edit': return can(user, 'users');
    case 'user-new': return can(user, 'users.write');
    default: return false;
  }
}
