// Vehicle statuses as the hub sends them (VehicleStatus, camelCase) and how the map shows them.
export const STATUSES = ['moving', 'stopped', 'offline', 'vor'];

export const STATUS_STYLE = {
  moving: { label: 'Moving', colour: '#16a34a' },
  stopped: { label: 'Stopped', colour: '#d97706' },
  offline: { label: 'Offline', colour: '#6b7280' },
  vor: { label: 'VOR', colour: '#dc2626', title: 'Vehicle off road' },
};

export function statusIndex(status) {
  const index = STATUSES.indexOf(status);
  return index < 0 ? STATUSES.indexOf('offline') : index;
}

export function statusLabel(status) {
  return STATUS_STYLE[status]?.label ?? status;
}
