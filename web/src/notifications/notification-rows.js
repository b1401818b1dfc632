// The settings table's rows: one per event type, and one per severity where the type has one.
// Only defect events carry a severity a rule may narrow to (the API refuses it on other types).
const SEVERITIES = { defectRaised: ['dangerous', 'minor'] };

/** "defectRaised", "defectRaised|dangerous", ... in the API's order of event types. */
export function rowKeys(eventTypes) {
  return eventTypes.flatMap((type) => [type, ...(SEVERITIES[type] ?? []).map((severity) => `${type}|${severity}`)]);
}

/** "defect raised (dangerous only)" for "defectRaised|dangerous". */
export function rowLabel(key) {
  const [type, severity] = key.split('|');
  const words = type.replace(/([A-Z])/g, ' $1').toLowerCase();
  return severity ? `${words} (${severity} only)` : words;
}

/** The row a stored rule fills. */
export function ruleKey(rule) {
  return rule.severity ? `${rule.eventType}|${rule.severity}` : rule.eventType;
}

/** The rules the ticked boxes mean: a row with no role ticked is left out (it notifies nobody). */
export function rulesFrom(eventTypes, roles, ticked) {
  return rowKeys(eventTypes).flatMap((key) => {
    const chosen = roles.filter((role) => ticked(key, role));
    if (chosen.length === 0) return [];
    const [eventType, severity] = key.split('|');
    return [{ eventType, roles: chosen, severity: severity ?? null }];
  });
}
