// A minimal EventRaised handler for the geofence events in the side panel's feed, until the
// dashboard's general fleet-event handling (branch `defects`) lands and takes these over.
const GEOFENCE_EVENT_TYPES = new Set(['geofenceEntered', 'geofenceExited']);

export function geofenceFeedEntry(event) {
  if (!GEOFENCE_EVENT_TYPES.has(event?.type)) return null;
  return { at: event.occurredAt, vehicleId: event.vehicleId, registration: event.registration, kind: event.type, text: event.summary };
}
