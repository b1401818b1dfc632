import { distance, speed } from '../shared/format.js';

// Field names come from every resource's audit entries, so labels and units follow the API's
// naming convention (mileageKm, speedLimitKmh) rather than a list per resource.

/** 'mileageKm' → 'Mileage', 'vin' → 'VIN'. */
export function fieldLabel(field) {
  if (field === 'vin') return 'VIN';
  const words = field.replace(/(Kmh|Km)$/, '').replace(/([A-Z])/g, ' $1').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function fieldValue(field, value) {
  if (value == null || value === '') return '—';
  if (typeof value === 'number' && field.endsWith('Kmh')) return speed(value);
  if (typeof value === 'number' && field.endsWith('Km')) return distance(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** [{ field, label, before, after }] in the entry's order, values formatted for reading. */
export function describeChanges(changes) {
  if (!changes || typeof changes !== 'object') return [];
  return Object.entries(changes).map(([field, change]) => ({
    field,
    label: fieldLabel(field),
    before: fieldValue(field, change?.before),
    after: fieldValue(field, change?.after),
  }));
}
