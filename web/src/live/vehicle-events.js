// Feed entries derived client-side from vehicle pushes. Hub fleet events (fleet-events.js) become
// feed entries of the same shape: { at, vehicleId, registration, kind, text }.
const STATUS_TEXT = {
  moving: 'started moving',
  stopped: 'stopped',
  offline: 'went offline',
  vor: 'was taken off the road (VOR)',
};

export function vehicleEvent(previous, current) {
  if (previous.status !== current.status) {
    const text = previous.status === 'vor' && current.status !== 'vor' ? 'returned to service' : STATUS_TEXT[current.status] ?? `is ${current.status}`;
    return entry(current, current.status, text);
  }
  if (previous.latitude == null && current.latitude != null) return entry(current, 'position', 'reported its first position');
  return null;
}

function entry(vehicle, kind, text) {
  return {
    at: vehicle.lastSeen ?? new Date().toISOString(),
    vehicleId: vehicle.vehicleId,
    registration: vehicle.registration,
    kind,
    text: `${vehicle.registration} ${text}`,
  };
}
