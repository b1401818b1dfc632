import { api } from '../api/api.js';

// An entry carries only the fields that changed, so an update that left the registration alone does
// not say which vehicle it was: those vehicles are looked up in the register (retired ones too).

/** entityId → "Vehicle AB12CDE" for the vehicles a page of entries mentions. */
export async function vehicleNames(entries) {
  const names = new Map();
  for (const entry of entries) {
    const registration = entry.changes?.registration?.after ?? entry.changes?.registration?.before;
    // Newest first, so the first registration seen is the latest one.
    if (entry.entityType === 'vehicle' && registration && !names.has(entry.entityId)) names.set(entry.entityId, registration);
  }
  const unknown = [...new Set(entries.filter((entry) => entry.entityType === 'vehicle' && !names.has(entry.entityId)).map((entry) => entry.entityId))];
  const found = await Promise.allSettled(unknown.map((vehicleId) => api.vehicles.get(vehicleId)));
  found.forEach((result, i) => {
    if (result.status === 'fulfilled') names.set(unknown[i], result.value.registration);
  });
  return new Map([...names].map(([vehicleId, registration]) => [vehicleId, `Vehicle ${registration}`]));
}
