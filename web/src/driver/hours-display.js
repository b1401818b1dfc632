// GET /api/shifts/current's hours object as the driver reads it. With the hours rules it carries
// `limits` (rule, used, limit, remaining, state) and the next limit to be hit; without them, only
// the day's totals. Durations may come as seconds or TimeSpan strings (see duration.js).
import { durationSeconds, formatDuration } from './duration.js';

const RULE_LABELS = {
  continuousDriving: 'Driving before a break',
  dailyDriving: 'Driving today',
  weeklyDriving: 'Driving this week',
  fortnightlyDriving: 'Driving this fortnight',
  dailyRest: 'Until daily rest',
  weeklyRest: 'Until weekly rest',
  workingTimeBreak: 'Work before a break',
  weeklyWorkingTime: 'Working time this week',
};

const TOTAL_LABELS = [
  ['drivingSinceBreak', 'Driven since break'],
  ['drivingToday', 'Driven today'],
  ['drivingThisWeek', 'Driven this week'],
  ['otherWorkToday', 'Other work today'],
  ['breaksToday', 'Breaks today'],
  ['drivingTodaySeconds', 'Driven today'],
  ['otherWorkTodaySeconds', 'Other work today'],
  ['breakTodaySeconds', 'Breaks today'],
  ['availableTodaySeconds', 'Available today'],
];

const TONES = { ok: 'ok', approaching: 'warning', breached: 'danger' };

function camel(name) {
  return typeof name === 'string' && name ? name[0].toLowerCase() + name.slice(1) : name;
}

/**
 * { limits: [{ rule, label, remaining, text, tone }], totals: [{ key, label, text }], next }:
 * the limits in the order the API lists them, each with what is left ("1 h 20 min left" or
 * "Over by 5 min"); the totals the object carries; next names the next limit and when it falls.
 */
export function hoursView(hours) {
  if (!hours || typeof hours !== 'object') return { limits: [], totals: [], next: null };
  const limits = (Array.isArray(hours.limits) ? hours.limits : []).map((limit) => {
    const rule = camel(limit.rule);
    const state = camel(limit.state) ?? 'ok';
    const remaining = durationSeconds(limit.remaining);
    const used = durationSeconds(limit.used);
    const allowed = durationSeconds(limit.limit);
    const text = state === 'breached' && used != null && allowed != null
      ? `Over by ${formatDuration(used - allowed)}`
      : `${formatDuration(remaining)} left`;
    return { rule, label: RULE_LABELS[rule] ?? rule, remaining, text, tone: TONES[state] ?? 'ok' };
  });
  const seen = new Set();
  const totals = [];
  for (const [key, label] of TOTAL_LABELS) {
    const seconds = durationSeconds(hours[key]);
    if (seconds == null || seen.has(label)) continue;
    seen.add(label);
    totals.push({ key, label, text: formatDuration(seconds) });
  }
  const nextRule = camel(hours.nextLimit);
  const next = nextRule && hours.nextLimitAt ? { rule: nextRule, label: RULE_LABELS[nextRule] ?? nextRule, at: hours.nextLimitAt } : null;
  return { limits, totals, next };
}
