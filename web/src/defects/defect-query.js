// The defects view's filter form as the API's query: dates are whole local days and 'to' includes
// its day (the API's 'to' is exclusive). "Open" is the default: mechanics work the open queue.

function localMidnight(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

export const DEFECT_FILTER_NAMES = ['state', 'vehicleId', 'status', 'severity', 'assignedTo', 'from', 'to'];

export function defectQuery(form) {
  const from = localMidnight(form.from);
  const toDay = localMidnight(form.to);
  const to = toDay ? new Date(toDay.getFullYear(), toDay.getMonth(), toDay.getDate() + 1) : null;
  const state = form.state ?? 'open';
  return {
    open: state === 'open' ? true : state === 'resolved' ? false : null,
    vehicleId: form.vehicleId || null,
    status: form.status || null,
    severity: form.severity || null,
    assignedTo: form.assignedTo || null,
    from,
    to,
  };
}
