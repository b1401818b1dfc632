// What each role may use on the page, mirroring the API's policies (FleetViewer, FleetManager and
// the admin-only users API and company settings); the server still refuses anything a role may not do.
const ABILITIES = {
  admin: ['map', 'vehicles.read', 'vehicles.write', 'devices', 'audit', 'users', 'company', 'geofences.read', 'geofences.write'],
  manager: ['map', 'vehicles.read', 'vehicles.write', 'devices', 'audit', 'geofences.read', 'geofences.write'],
  mechanic: ['map', 'vehicles.read', 'geofences.read'],
  driver: [],
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
    case 'audit': return can(user, 'audit');
    case 'company': return can(user, 'company');
    case 'geofences': return can(user, 'geofences.read');
    case 'geofence-new': return can(user, 'geofences.write');
    case 'users':
    case 'user-new':
    case 'user-edit': return can(user, 'users');
    default: return false;
  }
}
