// Hub fleet events (EventRaised) as event-feed entries: { at, vehicleId, registration, kind, text, colour }.
const COLOURS = {
  defectRaised: '#d97706',
  vehicleOffRoad: '#dc2626',
  defectRectified: '#16a34a',
  vehicleBackInService: '#16a34a',
  hoursApproaching: '#d97706',
  hoursBreached: '#dc2626',
  overspeed: '#dc2626',
  deviceOffline: '#6b7280',
};

const DEFECT_EVENTS = new Set(['defectRaised', 'vehicleOffRoad', 'defectRectified', 'vehicleBackInService']);

function text(event) {
  const details = event.details ?? {};
  const registration = event.registration ?? 'A vehicle';
  switch (event.type) {
    case 'defectRaised':
      return `${registration}: ${details.severity === 'dangerous' ? 'dangerous' : 'minor'} defect reported (${details.category ?? 'defect'})${event.driverName ? ` by ${event.driverName}` : ''}`;
    case 'vehicleOffRoad':
      return `${registration} is off road (VOR): ${details.category ?? 'dangerous defect'}`;
    case 'defectRectified':
      return details.outcome === 'noCorrectionNeeded'
        ? `${registration}: defect needed no correction (${details.category ?? 'defect'})`
        : `${registration}: defect rectified (${details.category ?? 'defect'})`;
    case 'vehicleBackInService':
      return `${registration} is back in service`;
    case 'overspeed':
      return `${registration} at ${Math.round(Number(details.speedKmh))} km/h for ${details.durationSeconds} s, limit ${details.limitKmh} km/h${details.limitSource === 'geofence' ? ' (geofence)' : ''}`;
    default:
      return event.summary ?? event.type;
  }
}

export function fleetEventEntry(event) {
  return {
    at: event.occurredAt,
    vehicleId: event.vehicleId ?? null,
    registration: event.registration ?? null,
    kind: event.type,
    colour: event.details?.severity === 'minor' && event.type === 'defectRaised' ? '#d97706' : COLOURS[event.type],
    text: text(event),
  };
}

/** Whether the event changes which defects are open (the open-defects panel reloads on these). */
export function isDefectEvent(event) {
  return DEFECT_EVENTS.has(event?.type);
}
