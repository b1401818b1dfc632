// The walkaround form's state and the POST /api/inspections body built from it. The page refuses
// what the API would refuse (an unanswered item, a failure without a note) before sending, naming
// the same fields, so the driver sees the message next to the item without a round trip.

export const RESULTS = ['pass', 'fail', 'na'];

/** A fresh answer for each item: unanswered, the item's default severity, no photos. */
export function newCheckState(items) {
  return {
    answers: Object.fromEntries(items.map((item) => [item.code, { result: null, note: '', severity: item.defaultSeverity ?? 'minor', photoFileIds: [] }])),
    odometerKm: null,
    fuelLevelPercent: null,
  };
}

/**
 * { payload, errors }: errors is keyed like the API's ('results.<code>', 'odometerKm',
 * 'fuelLevelPercent') and empty when the payload may be sent. odometerKm is already in km
 * (NaN when the typed text is not a number).
 */
export function buildCheckPayload(vehicleId, items, state) {
  const errors = {};
  const results = items.map((item) => {
    const answer = state.answers[item.code];
    const key = `results.${item.code}`;
    if (!answer || !RESULTS.includes(answer.result)) {
      errors[key] = `Choose pass, fail or N/A for ${item.label}.`;
      return { itemCode: item.code, result: answer?.result ?? null };
    }
    const note = answer.note.trim();
    if (answer.result !== 'fail') return note ? { itemCode: item.code, result: answer.result, note } : { itemCode: item.code, result: answer.result };
    if (!note) errors[key] = `Say what is wrong with ${item.label}.`;
    const failed = { itemCode: item.code, result: 'fail', note, severity: answer.severity };
    if (answer.photoFileIds.length > 0) failed.photoFileIds = [...answer.photoFileIds];
    return failed;
  });
  const odometerKm = state.odometerKm;
  if (odometerKm == null) errors.odometerKm = 'Enter the odometer reading.';
  else if (!Number.isInteger(odometerKm) || odometerKm < 0) errors.odometerKm = 'The odometer reading must be a whole number, 0 or more.';
  const fuel = state.fuelLevelPercent;
  if (fuel == null) errors.fuelLevelPercent = 'Enter the fuel level.';
  else if (!Number.isFinite(fuel) || fuel < 0 || fuel > 100) errors.fuelLevelPercent = 'The fuel level is a percentage from 0 to 100.';
  return { payload: { vehicleId, odometerKm, fuelLevelPercent: fuel, results }, errors };
}

/**
 * The item code a server error key names: 'results.<code>' (and anything below it) or
 * FluentValidation's 'results[i]...' by position in the payload sent; null for other fields.
 */
export function itemCodeOfError(key, payload) {
  const named = /^results\.([^.[]+)/i.exec(key);
  if (named) return named[1];
  const indexed = /^results\[(\d+)\]/i.exec(key);
  if (indexed) return payload?.results?.[Number(indexed[1])]?.itemCode ?? null;
  return null;
}
