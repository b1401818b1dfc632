import { api, ApiError } from '../api/api.js';

const MAX_USERS = 200;

/**
 * userId → name for the audit view's "who" column and user filter; the signed-in user is "You".
 * Managers and admins may read the users list; should it fail, entries still show, by user id.
 */
export async function userNames(user) {
  const names = new Map([[user.id, `You (${user.displayName})`]]);
  try {
    const page = await api.users.list({ limit: MAX_USERS });
    for (const person of page.items) if (!names.has(person.id)) names.set(person.id, person.fullName);
  } catch (error) {
    // The names are a convenience: the entries themselves are the point of the view.
    if (!(error instanceof ApiError)) throw error;
  }
  return names;
}
