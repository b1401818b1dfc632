// The silo's HTTP API, called with the auth cookie (same origin).
import { queryString } from './problems.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

function encode(body) {
  if (body === undefined) return { headers: { Accept: 'application/json' } };
  // A form (an upload) sets its own multipart Content-Type with the boundary.
  if (body instanceof FormData) return { headers: { Accept: 'application/json' }, body };
  return { headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

export async function request(method, path, body) {
  const response = await fetch(path, { method, credentials: 'same-origin', ...encode(body) });
  if (!response.ok) {
    const problem = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
    throw new ApiError(response.status, problem);
  }
  return response.status === 204 ? null : response.json();
}

export const api = {
  me: () => request('GET', '/api/auth/me'),
  login: (email, password) => request('POST', '/api/auth/login', { email, password }),
  logout: () => request('POST', '/api/auth/logout'),
  config: () => request('GET', '/api/dashboard/config'),
  stats: () => request('GET', '/api/dashboard/stats'),
  trail: (vehicleId, from, to) =>
    request('GET', `/api/vehicles/${encodeURIComponent(vehicleId)}/trail${queryString({ from, to })}`),
  vehicles: {
    list: (filters) => request('GET', `/api/vehicles${queryString(filters)}`),
    get: (vehicleId) => request('GET', `/api/vehicles/${encodeURIComponent(vehicleId)}`),
    create: (vehicle) => request('POST', '/api/vehicles', vehicle),
    update: (vehicleId, vehicle) => request('PUT', `/api/vehicles/${encodeURIComponent(vehicleId)}`, vehicle),
    retire: (vehicleId, version) => request('DELETE', `/api/vehicles/${encodeURIComponent(vehicleId)}${queryString({ version })}`),
  },
  devices: {
    list: (vehicleId, filters) => request('GET', `/api/vehicles/${encodeURIComponent(vehicleId)}/devices${queryString(filters)}`),
    register: (vehicleId, device) => request('POST', `/api/vehicles/${encodeURIComponent(vehicleId)}/devices`, device),
    revoke: (vehicleId, deviceId) => request('DELETE', `/api/vehicles/${encodeURIComponent(vehicleId)}/devices/${encodeURIComponent(deviceId)}`),
  },
  users: {
    list: (filters) => request('GET', `/api/users${queryString(filters)}`),
    get: (userId) => request('GET', `/api/users/${encodeURIComponent(userId)}`),
    create: (user) => request('POST', '/api/users', user),
    update: (userId, user) => request('PUT', `/api/users/${encodeURIComponent(userId)}`, user),
    deactivate: (userId, version) => request('DELETE', `/api/users/${encodeURIComponent(userId)}${queryString({ version })}`),
    issueSetupLink: (userId) => request('POST', `/api/users/${encodeURIComponent(userId)}/setup-link`),
    setPassword: (token, password) => request('POST', '/api/users/setup-password', { token, password }),
    saveDriverProfile: (userId, profile) => request('PUT', `/api/users/${encodeURIComponent(userId)}/driver-profile`, profile),
  },
  files: {
    list: (filters) => request('GET', `/api/files${queryString(filters)}`),
    upload: (form) => request('POST', '/api/files', form),
    remove: (fileId) => request('DELETE', `/api/files/${encodeURIComponent(fileId)}`),
    contentUrl: (fileId) => `/api/files/${encodeURIComponent(fileId)}/content`,
  },
  company: {
    get: () => request('GET', '/api/company'),
    update: (company) => request('PUT', '/api/company', company),
  },
  geofences: {
    list: (filters) => request('GET', `/api/geofences${queryString(filters)}`),
    get: (geofenceId) => request('GET', `/api/geofences/${encodeURIComponent(geofenceId)}`),
    occupants: (geofenceId) => request('GET', `/api/geofences/${encodeURIComponent(geofenceId)}/occupants`),
    create: (geofence) => request('POST', '/api/geofences', geofence),
    update: (geofenceId, geofence) => request('PUT', `/api/geofences/${encodeURIComponent(geofenceId)}`, geofence),
    remove: (geofenceId, version) => request('DELETE', `/api/geofences/${encodeURIComponent(geofenceId)}${queryString({ version })}`),
  },
  defects: {
    list: (filters) => request('GET', `/api/defects${queryString(filters)}`),
    get: (defectId) => request('GET', `/api/defects/${encodeURIComponent(defectId)}`),
    update: (defectId, change) => request('PUT', `/api/defects/${encodeURIComponent(defectId)}`, change),
    comment: (defectId, body) => request('POST', `/api/defects/${encodeURIComponent(defectId)}/comments`, { body }),
    rectify: (defectId, rectification) => request('POST', `/api/defects/${encodeURIComponent(defectId)}/rectifications`, rectification),
  },
  auditLogs: (filters) => request('GET', `/api/audit-logs${queryString(filters)}`),
  checkItems: {
    list: (vehicleType) => request('GET', `/api/check-items${queryString({ vehicleType })}`),
    create: (item) => request('POST', '/api/check-items', item),
  },
  inspections: {
    list: (filters) => request('GET', `/api/inspections${queryString(filters)}`),
    get: (inspectionId) => request('GET', `/api/inspections/${encodeURIComponent(inspectionId)}`),
  },
  notifications: {
    list: (filters) => request('GET', `/api/notifications${queryString(filters)}`),
    unreadCount: () => request('GET', '/api/notifications/unread-count'),
    markRead: (notificationId) => request('POST', `/api/notifications/${encodeURIComponent(notificationId)}/read`),
    markAllRead: () => request('POST', '/api/notifications/read-all'),
    settings: () => request('GET', '/api/company/notification-settings'),
    updateSettings: (settings) => request('PUT', '/api/company/notification-settings', settings),
  },
  reminders: {
    list: (filters) => request('GET', `/api/reminders${queryString(filters)}`),
    create: (reminder) => request('POST', '/api/reminders', reminder),
    update: (reminderId, reminder) => request('PUT', `/api/reminders/${encodeURIComponent(reminderId)}`, reminder),
    complete: (reminderId, version) => request('POST', `/api/reminders/${encodeURIComponent(reminderId)}/complete`, { version }),
    remove: (reminderId, version) => request('DELETE', `/api/reminders/${encodeURIComponent(reminderId)}${queryString({ version })}`),
    addDefaults: (vehicleId, dates) => request('POST', `/api/vehicles/${encodeURIComponent(vehicleId)}/reminders/defaults`, dates),
  },
  events: {
    list: (filters) => request('GET', `/api/events${queryString(filters)}`),
  },
  reports: {
    get: (type, query) => request('GET', `/api/reports/${encodeURIComponent(type)}${queryString(query)}`),
  },
  timesheets: {
    list: (filters) => request('GET', `/api/timesheets${queryString(filters)}`),
    update: (timesheetId, correction) => request('PUT', `/api/timesheets/${encodeURIComponent(timesheetId)}`, correction),
  },
};

/** The signed-in user, or null when the cookie is missing or expired. */
export async function currentUser() {
  try {
    return await api.me();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
