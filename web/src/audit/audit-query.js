// The audit view's filter form as the API's query: dates are whole local days, and 'to' includes
// its day (the API's 'to' is exclusive, so it gets the next midnight).

function localMidnight(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

export function auditQuery(form) {
  const from = localMidnight(form.from);
  const toDay = localMidnight(form.to);
  const to = toDay ? new Date(toDay.getFullYear(), toDay.getMonth(), toDay.getDate() + 1) : null;
  return {
    from,
    to,
    userId: form.userId || null,
    action: form.action || null,
    entityType: form.entityType || null,
    entityId: form.entityId?.trim() || null,
  };
}

/** The filter names the view keeps in the address, so a link such as a vehicle's history opens filtered. */
export const AUDIT_FILTER_NAMES = ['from', 'to', 'userId', 'action', 'entityType', 'entityId'];
