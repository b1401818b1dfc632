const hoursMinutes = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** '07:05': the time of day a driver reads (seconds are noise on a phone); '—' when missing. */
export function clockTime(value) {
  return value ? hoursMinutes.format(new Date(value)) : '—';
}
