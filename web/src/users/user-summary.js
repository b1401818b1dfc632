import { el } from '../shared/dom.js';
import { roleLabel, userState } from './user-fields.js';

/** A user's details read-only, for managers (who may read users but only change drivers' profiles). */
export function userSummary(person) {
  const item = (term, value) => [el('dt', {}, term), el('dd', {}, value ?? '—')];
  return el('dl', { className: 'record-summary' },
    item('Email', person.email),
    item('Role', roleLabel(person.role)),
    item('Phone', person.phone),
    item('State', userState(person).label));
}
