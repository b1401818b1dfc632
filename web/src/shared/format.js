const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

export function speed(kmh) {
  return kmh == null ? '—' : `${wholeNumber.format(kmh)} km/h (${wholeNumber.format(kmh / 1.609344)} mph)`;
}

export function odometer(metres) {
  return metres == null ? '—' : `${wholeNumber.format(metres / 1000)} km`;
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
