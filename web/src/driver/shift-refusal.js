// Why POST /api/shifts refused a start, from its 409 problem, as the page offers the way out:
// off road (list its dangerous defects), no check (do the walkaround), the vehicle in another
// driver's shift (offer a handover), already on shift (show the shift). The field the problem
// names decides where it can (check, shift); the vehicleId refusals differ by their extension
// and wording.

const OFF_ROAD = /off (the )?road|\bVOR\b/i;
const IN_USE = /handover|in use/i;

/** { kind: 'offRoad'|'checkNeeded'|'inUse'|'alreadyOnShift'|'other', message, defects }. */
export function shiftRefusal(problem) {
  const message = problem?.detail ?? problem?.title ?? 'The shift could not start.';
  const defects = Array.isArray(problem?.openDangerousDefects) ? problem.openDangerousDefects : [];
  const fields = Object.keys(problem?.errors ?? {});
  const text = [message, ...Object.values(problem?.errors ?? {}).flat()].join(' ');
  let kind = 'other';
  if (defects.length > 0 || OFF_ROAD.test(text)) kind = 'offRoad';
  else if (fields.includes('check')) kind = 'checkNeeded';
  else if (fields.includes('shift')) kind = 'alreadyOnShift';
  else if (fields.includes('handover') || IN_USE.test(text)) kind = 'inUse';
  return { kind, message, defects };
}
