import { api, ApiError } from '../api/api.js';

const WORKER_ROLES = new Set(['mechanic', 'manager', 'admin']);

/**
 * Who a defect may be assigned to, as [{ value: userId, label }]: the company's active mechanics,
 * managers and admins. Mechanics may not read the users list, so they are offered themselves.
 */
export async function assignees(user) {
  const self = { value: user.id, label: `Me (${user.displayName})` };
  try {
    const page = await api.users.list({ active: true, limit: 200 });
    const others = page.items.filter((person) => WORKER_ROLES.has(person.role) && person.id !== user.id)
      .map((person) => ({ value: person.id, label: `${person.fullName} (${person.role})` }));
    return [self, ...others];
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return [self];
  }
}
