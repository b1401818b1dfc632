// Why POST /api/shifts refused a start, from its 409 problem, as the page offers the way out:
// off road (list its dangerous defects), no check (do the walkaround), the vehicle in another
// driver's shift (offer a handover), already on shift (show the shift).

const IN_USE = /another driver|in use|handover/i;
const NO_CHECK = /check/i;
const ON_SHIFT = /already on (a )?shift/i;

/** { kind: 'offRoad'|'checkNeeded'|'inUse'|'alreadyOnShift'|'other', message, defects }. */
export function shiftRefusal(problem) {
  const message = problem?.detail ?? problem?.title ?? 'The shift could not start.';
  const defects = Array.isArray(problem?.openDangerousDefects) ? problem.openDangerousDefects : [];
  const fields = Object.keys(problem?.errors ?? {});
  const text = [message, ...Object.values(problem?.errors ?? {}).flat()].join(' ');
  let kind = 'other';
  if (defects.length > 0 || /off road|\bVOR\b/i.test(text)) kind = 'offRoad';
  else if (ON_SHIFT.test(text)) kind = 'alreadyOnShift';
  else if (fields.includes('handover') || IN_USE.test(text)) kind = 'inUse';
  else if (NO_CHECK.test(text)) kind = 'checkNeeded';
  return { kind, message, defects };
}
