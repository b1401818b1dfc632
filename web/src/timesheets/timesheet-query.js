// The timesheet filters as the API's query: dates are whole local days on the shift's start, and
// 'to' includes its day (the API's 'to' is exclusive, so it gets the next midnight).

function localMidnight(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

export function timesheetQuery(form) {
  const toDay = localMidnight(form.to);
  return {
    driverId: form.driverId || null,
    vehicleId: form.vehicleId || null,
    from: localMidnight(form.from),
    to: toDay ? new Date(toDay.getFullYear(), toDay.getMonth(), toDay.getDate() + 1) : null,
  };
}

export const TIMESHEET_FILTER_NAMES = ['driverId', 'vehicleId', 'from', 'to'];

/** An ISO instant as the value of a datetime-local input (local time, to the minute), and back. */
export function localInput(iso) {
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromLocalInput(text) {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** 5400 → "1 h 30 min". */
export function duration(seconds) {
  const minutes = Math.round((seconds ?? 0) / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
