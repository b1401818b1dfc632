// Client-side routes in the location hash, so the silo serves one page and the map keeps running.
const PATTERNS = [
  { name: 'map', pattern: /^\/?$/ },
  { name: 'vehicles', pattern: /^\/vehicles$/ },
  { name: 'vehicle-new', pattern: /^\/vehicles\/new$/ },
  { name: 'vehicle-edit', pattern: /^\/vehicles\/([0-9a-f-]{36})\/edit$/i, keys: ['vehicleId'] },
  { name: 'vehicle-devices', pattern: /^\/vehicles\/([0-9a-f-]{36})\/devices$/i, keys: ['vehicleId'] },
  { name: 'vehicle-documents', pattern: /^\/vehicles\/([0-9a-f-]{36})\/documents$/i, keys: ['vehicleId'] },
  { name: 'defects', pattern: /^\/defects$/ },
  { name: 'defect', pattern: /^\/defects\/([0-9a-f-]{36})$/i, keys: ['defectId'] },
  { name: 'audit', pattern: /^\/audit$/ },
  { name: 'timesheets', pattern: /^\/timesheets$/ },
  { name: 'geofences', pattern: /^\/geofences$/ },
  { name: 'geofence-new', pattern: /^\/geofences\/new$/ },
  { name: 'reminders', pattern: /^\/reminders$/ },
  { name: 'geofence', pattern: /^\/geofences\/([0-9a-f-]{36})$/i, keys: ['geofenceId'] },
  { name: 'geofence-edit', pattern: /^\/geofences\/([0-9a-f-]{36})\/edit$/i, keys: ['geofenceId'] },
  { name: 'company', pattern: /^\/company$/ },
  { name: 'users', pattern: /^\/users$/ },
  { name: 'user-new', pattern: /^\/users\/new$/ },
  { name: 'user-edit', pattern: /^\/users\/([0-9a-f-]{36})\/edit$/i, keys: ['userId'] },
  { name: 'checks', pattern: /^\/checks$/ },
  { name: 'check-items', pattern: /^\/checks\/items$/ },
  { name: 'check-detail', pattern: /^\/checks\/([0-9a-f-]{36})$/i, keys: ['inspectionId'] },
  { name: 'events', pattern: /^\/events$/ },
  { name: 'reports', pattern: /^\/reports$/ },
  { name: 'setup', pattern: /^\/setup$/ },
  { name: 'driver', pattern: /^\/driver$/ },
];

/**
 * '#/vehicles/<id>/edit' → { name: 'vehicle-edit', params: { vehicleId }, query }; an unknown path
 * is 'not-found'. query holds what follows '?' (e.g. the audit view's filters).
 */
export function parseRoute(hash) {
  const [path, search = ''] = String(hash ?? '').replace(/^#/, '').split('?');
  const query = new URLSearchParams(search);
  for (const { name, pattern, keys = [] } of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return { name, params: Object.fromEntries(keys.map((key, i) => [key, match[i + 1]])), query };
  }
  return { name: 'not-found', params: {}, query };
}

export const href = {
  map: () => '#/',
  vehicles: () => '#/vehicles',
  newVehicle: () => '#/vehicles/new',
  editVehicle: (vehicleId) => `#/vehicles/${vehicleId}/edit`,
  vehicleDevices: (vehicleId) => `#/vehicles/${vehicleId}/devices`,
  vehicleDocuments: (vehicleId) => `#/vehicles/${vehicleId}/documents`,
  audit: (filters = {}) => {
    const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value)).toString();
    return query ? `#/audit?${query}` : '#/audit';
  },
  defects: (filters = {}) => {
    const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value)).toString();
    return query ? `#/defects?${query}` : '#/defects';
  },
  defect: (defectId) => `#/defects/${defectId}`,
  timesheets: () => '#/timesheets',
  company: () => '#/company',
  geofences: () => '#/geofences',
  newGeofence: () => '#/geofences/new',
  reminders: () => '#/reminders',
  geofence: (geofenceId) => `#/geofences/${geofenceId}`,
  editGeofence: (geofenceId) => `#/geofences/${geofenceId}/edit`,
  users: () => '#/users',
  newUser: () => '#/users/new',
  editUser: (userId) => `#/users/${userId}/edit`,
  driver: () => '#/driver',
  checks: (filters = {}) => {
    const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value)).toString();
    return query ? `#/checks?${query}` : '#/checks';
  },
  check: (inspectionId) => `#/checks/${inspectionId}`,
  checkItems: () => '#/checks/items',
  events: (filters = {}) => {
    const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value)).toString();
    return query ? `#/events?${query}` : '#/events';
  },
  reports: () => '#/reports',
  setup: (token) => `#/setup?${new URLSearchParams({ token })}`,
};
