// Every speed and distance a person reads goes through here. The API keeps km/h and km; UK
// fleets read mph and miles, so that is the default until a company setting chooses otherwise.
const KM_PER_MILE = 1.609344;

export const UNIT_SYSTEMS = {
  imperial: { speed: 'mph', distance: 'mi', distanceName: 'miles', perKm: 1 / KM_PER_MILE },
  metric: { speed: 'km/h', distance: 'km', distanceName: 'km', perKm: 1 },
};

let units = UNIT_SYSTEMS.imperial;

/** Switches every later formatting call to 'imperial' or 'metric'. */
export function useUnits(name) {
  if (!(name in UNIT_SYSTEMS)) throw new Error(`Unknown unit system ${name}`);
  units = UNIT_SYSTEMS[name];
}

export function currentUnits() {
  return units;
}

const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

export function speed(kmh) {
  return kmh == null ? '—' : `${wholeNumber.format(kmh * units.perKm)} ${units.speed}`;
}

export function distance(km) {
  return km == null ? '—' : `${wholeNumber.format(km * units.perKm)} ${units.distance}`;
}

export function odometer(metres) {
  return metres == null ? '—' : distance(metres / 1000);
}

/** A whole km figure as the number a person edits in the display unit. */
export function distanceInput(km) {
  return km == null ? '' : String(Math.round(km * units.perKm));
}

/**
 * The km to store for what a person typed in the display unit. An untouched field keeps the exact
 * stored km, so opening and saving a form never drifts a mileage by rounding.
 */
export function kmFromInput(text, originalKm) {
  const trimmed = String(text ?? '').trim();
  if (trimmed === '') return null;
  if (originalKm != null && trimmed === distanceInput(originalKm)) return originalKm;
  const value = Number(trimmed);
  return Number.isFinite(value) ? Math.round(value / units.perKm) : Number.NaN;
}

export function heading(degrees) {
  if (degrees == null) return '—';
  const points = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];
  return `${wholeNumber.format(degrees)}° ${points[Math.round(degrees / 45) % 8]}`;
}

export function timeOfDay(value) {
  return value ? clock.format(new Date(value)) : '—';
}

export function fullTime(value) {
  return value ? dateTime.format(new Date(value)) : 'never';
}

export function ago(value, now = Date.now()) {
  if (!value) return 'never';
  const seconds = Math.max(0, Math.round((now - Date.parse(value)) / 1000));
  if (seconds < 5) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86400)} d ago`;
}
