// The checks view's filter form as the API's query: dates are whole local days and 'to' includes its
// day (the API's 'to' is exclusive); 'defects' is 'with', 'without' or '' for any.

function localMidnight(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

export function checksQuery(form) {
  const from = localMidnight(form.from);
  const toDay = localMidnight(form.to);
  const to = toDay ? new Date(toDay.getFullYear(), toDay.getMonth(), toDay.getDate() + 1) : null;
  const hasDefects = { with: true, without: false }[form.defects] ?? null;
  return { vehicleId: form.vehicleId || null, driverId: form.driverId || null, from, to, hasDefects };
}

/** The filter names the view keeps in the address, so a vehicle's checks can be linked to. */
export const CHECK_FILTER_NAMES = ['vehicleId', 'driverId', 'from', 'to', 'defects'];

export const RESULT_LABELS = { pass: 'Pass', fail: 'Fail', na: 'N/A' };
export const SEVERITY_LABELS = { minor: 'Minor', dangerous: 'Dangerous' };
