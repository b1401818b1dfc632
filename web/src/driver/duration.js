// Durations as the API may send them: seconds (a number), a .NET TimeSpan ("1.04:30:00") or ISO 8601
// ("PT4H30M"), read as seconds and written the way a driver reads them ("4 h 05 min").

const TIME_SPAN = /^(-)?(?:(\d+)\.)?(\d+):(\d{2}):(\d{2})(?:\.\d+)?$/;
const ISO = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Seconds, or null when the value is missing or not a duration. */
export function durationSeconds(value) {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  let match = TIME_SPAN.exec(value);
  if (match) {
    const [, minus, days = '0', hours, minutes, seconds] = match;
    return (minus ? -1 : 1) * (Number(days) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds));
  }
  match = ISO.exec(value);
  if (match && value !== 'P' && !value.endsWith('T')) {
    const [, minus, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
    return (minus ? -1 : 1) * (Number(days) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Math.floor(Number(seconds)));
  }
  return null;
}

/** '4 h 05 min', '45 min', '0 min'; whole minutes, rounded down (a driver must not read more time than is left). */
export function formatDuration(seconds) {
  if (seconds == null) return '—';
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours === 0 ? `${rest} min` : `${hours} h ${String(rest).padStart(2, '0')} min`;
}
