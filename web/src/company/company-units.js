import { useUnits } from '../shared/format.js';

// The company's displayUnits setting (the API's names) as format.js's unit systems.
const SYSTEM_OF = { mph_miles: 'imperial', kmh_km: 'metric' };

export const DISPLAY_UNITS = [
  { value: 'mph_miles', label: 'mph and miles' },
  { value: 'kmh_km', label: 'km/h and km' },
];

/** The format.js unit system for a displayUnits value; anything unknown keeps the UK default. */
export function unitSystemFor(displayUnits) {
  return SYSTEM_OF[displayUnits] ?? 'imperial';
}

/** Every later speed and distance on the page reads in the company's units. */
export function applyCompanyUnits(company) {
  useUnits(unitSystemFor(company?.displayUnits));
}
