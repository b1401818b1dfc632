// The history view's filter form as the API's query, and the same filter applied to a live event.
// The type choice is '' (any), 'group:<name>' (every type of a group) or one type; dates are whole
// local days and 'to' includes its day (the API's 'to' is exclusive).
import { EVENT_GROUPS } from './event-groups.js';

function localMidnight(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

function types(choice) {
  if (!choice) return null;
  if (choice.startsWith('group:')) {
    const group = EVENT_GROUPS.find((candidate) => candidate.name === choice.slice('group:'.length));
    return group ? Object.keys(group.types) : null;
  }
  return [choice];
}

export function eventsQuery(form) {
  const from = localMidnight(form.from);
  const toDay = localMidnight(form.to);
  const to = toDay ? new Date(toDay.getFullYear(), toDay.getMonth(), toDay.getDate() + 1) : null;
  return { type: types(form.type), vehicleId: form.vehicleId || null, from, to };
}

/** Whether a live event belongs in a list loaded with this query. */
export function matchesQuery(event, query) {
  if (query.type && !query.type.includes(event.type)) return false;
  if (query.vehicleId && event.vehicleId !== query.vehicleId) return false;
  const at = Date.parse(event.occurredAt);
  if (query.from && at < query.from.getTime()) return false;
  if (query.to && at >= query.to.getTime()) return false;
  return true;
}

/** The filter names the view keeps in the address, so a vehicle's history can be linked to. */
export const EVENT_FILTER_NAMES = ['type', 'vehicleId', 'from', 'to'];
