// problem+json bodies as forms show them: one message per field, field names as the API sends them.

/** { registration: 'msg', ... } from a ValidationProblem or a 409 that names its field; {} otherwise. */
export function fieldErrors(problem) {
  const errors = problem?.errors;
  if (!errors || typeof errors !== 'object') return {};
  return Object.fromEntries(Object.entries(errors)
    .filter(([, messages]) => Array.isArray(messages) ? messages.length > 0 : Boolean(messages))
    .map(([field, messages]) => [field, Array.isArray(messages) ? messages.join(' ') : String(messages)]));
}

/** A stale write: the record changed since the client read it. */
export function isVersionConflict(status, problem) {
  return status === 409 && Boolean(problem?.errors?.version);
}

/** '?a=1&b=x' from the set values only; '' when none is set. An array repeats its name (?type=a&type=b). */
export function queryString(values) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item == null || item === '') continue;
      query.append(name, item instanceof Date ? item.toISOString() : String(item));
    }
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
