// The defect status flow as the page offers it, mirroring DefectStatusFlow on the server (which
// still refuses anything it does not allow): reported -> acknowledged -> inProgress -> rectified,
// or noCorrectionNeeded from any open status.
export const DEFECT_STATUSES = [
  { value: 'reported', label: 'Reported' },
  { value: 'acknowledged', label: 'Acknowledged' },
  { value: 'inProgress', label: 'In progress' },
  { value: 'rectified', label: 'Rectified' },
  { value: 'noCorrectionNeeded', label: 'No correction needed' },
];

export const SEVERITIES = [
  { value: 'minor', label: 'Minor' },
  { value: 'dangerous', label: 'Dangerous (VOR)' },
];

const WORKERS = ['mechanic', 'manager', 'admin'];

export function statusLabel(status) {
  return DEFECT_STATUSES.find((s) => s.value === status)?.label ?? status;
}

export function severityLabel(severity) {
  return SEVERITIES.find((s) => s.value === severity)?.label ?? severity;
}

export function isResolved(status) {
  return status === 'rectified' || status === 'noCorrectionNeeded';
}

/**
 * What the user may do to the defect now: the status moves the flow allows, re-grading, assigning
 * and the two sign-offs. Drivers (and anyone not working defects) get nothing.
 */
export function defectActions(defect, user) {
  const none = { acknowledge: false, start: false, severity: false, assign: false, rectify: false, noCorrection: false };
  if (!WORKERS.includes(user?.role) || !defect || isResolved(defect.status)) return none;
  return {
    acknowledge: defect.status === 'reported',
    start: defect.status === 'reported' || defect.status === 'acknowledged',
    severity: true,
    assign: true,
    rectify: defect.status === 'inProgress',
    noCorrection: true,
  };
}

/** The rectification form as the API's body, or the field errors a person must fix first. */
export function rectificationBody(form) {
  const text = (value) => String(value ?? '').trim();
  const errors = {};
  if (form.outcome === 'rectified' && !text(form.workDone)) errors.workDone = 'Say what work was done.';
  if (form.outcome === 'noCorrectionNeeded' && !text(form.reason)) errors.reason = 'Say why no correction is needed.';
  let costPence = null;
  if (text(form.cost) !== '') {
    const pounds = Number(text(form.cost));
    if (!Number.isFinite(pounds) || pounds < 0) errors.costPence = 'Enter the cost in pounds, e.g. 12.50.';
    else costPence = Math.round(pounds * 100);
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    body: form.outcome === 'rectified'
      ? { outcome: 'rectified', workDone: text(form.workDone), parts: text(form.parts) || null, costPence }
      : { outcome: 'noCorrectionNeeded', reason: text(form.reason) },
  };
}

/** Open defects first (dangerous before minor), then resolved ones; newest first within each. */
export function sortForQueue(defects) {
  const rank = (d) => (isResolved(d.status) ? 2 : d.severity === 'dangerous' ? 0 : 1);
  return [...defects].sort((a, b) => rank(a) - rank(b) || Date.parse(b.reportedAt) - Date.parse(a.reportedAt));
}
