import { api, ApiError } from '../api/api.js';
import { can } from '../auth/permissions.js';
import { noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { confirmDialog } from '../shared/confirm-dialog.js';
import { CursorPager } from '../shared/cursor-pager.js';
import { el } from '../shared/dom.js';
import { formField, select } from '../shared/form-field.js';
import { fullTime } from '../shared/format.js';
import { pagerControls } from '../shared/pager-controls.js';
import { driverDocumentsCell } from './driver-documents-cell.js';
import { localToday } from './driver-expiry.js';
import { ROLES, roleLabel, userState } from './user-fields.js';

const PAGE_SIZE = 25;
const ACTIVE_CHOICES = [{ value: 'true', label: 'Active' }, { value: 'false', label: 'Deactivated' }, { value: '', label: 'Everyone' }];

function deactivateFailure(person, error) {
  if (error instanceof ApiError && error.status === 409) return error.problem?.detail ?? `${person.fullName} was changed by someone else. Check the list and try again.`;
  if (error instanceof ApiError && error.status === 404) return `${person.fullName} no longer exists.`;
  return `Could not deactivate ${person.fullName}: ${error.message}`;
}

/**
 * The company's users: filter by role and state; admins add, edit and deactivate; admins and
 * managers open a driver's profile. Licences and CPCs expired or running out stand out.
 */
export async function renderUsersView(screen, { user }) {
  const writable = can(user, 'users.write');
  const today = localToday();
  const notice = noticeArea();
  const pager = new CursorPager();
  const body = el('tbody');
  const filters = {
    role: formField('user-filter', 'role', 'Role', select([{ value: '', label: 'Any role' }, ...ROLES])),
    active: formField('user-filter', 'active', 'State', select(ACTIVE_CHOICES, 'true')),
  };

  const deactivate = async (person) => {
    const confirmed = await confirmDialog({
      title: `Deactivate ${person.fullName}?`,
      message: 'They are signed out everywhere at once and can no longer sign in. Their history is kept; an admin can reactivate them.',
      confirmLabel: 'Deactivate user',
      danger: true,
    });
    if (!confirmed) return;
    try {
      await api.users.deactivate(person.id, person.version);
      notice.show(`${person.fullName} deactivated.`, 'success');
    } catch (error) {
      notice.show(deactivateFailure(person, error), 'warning');
    }
    await reload();
  };

  const row = (person) => {
    const state = userState(person);
    return el('tr', { dataset: { userId: person.id } },
      el('th', { scope: 'row' }, person.fullName, person.id === user.id ? el('span', { className: 'muted' }, ' (you)') : null),
      el('td', { className: 'wrap-anywhere' }, person.email),
      el('td', {}, person.username ?? '—'),
      el('td', {}, roleLabel(person.role)),
      el('td', {}, el('span', { className: 'record-status', dataset: { status: state.status } }, state.label)),
      driverDocumentsCell(person, today),
      el('td', { className: 'when' }, fullTime(person.updatedAt)),
      el('td', { className: 'row-actions' },
        writable ? el('a', { className: 'button small', href: href.editUser(person.id), 'aria-label': `Edit ${person.fullName}` }, 'Edit') : null,
        !writable && person.role === 'driver' && can(user, 'driver-profiles')
          ? el('a', { className: 'button small', href: href.editUser(person.id), 'aria-label': `Driver profile of ${person.fullName}` }, 'Driver profile')
          : null,
        writable && person.active
          ? el('button', { type: 'button', className: 'button small danger', 'aria-label': `Deactivate ${person.fullName}`, onclick: () => deactivate(person) }, 'Deactivate')
          : null));
  };

  async function load() {
    const page = await api.users.list({ role: filters.role.control.value, active: filters.active.control.value, cursor: pager.cursor, limit: PAGE_SIZE });
    pager.loaded(page.nextCursor);
    body.replaceChildren(...(page.items.length > 0
      ? page.items.map(row)
      : [el('tr', {}, el('td', { colspan: 8, className: 'empty' }, 'No users match these filters.'))]));
    controls.update();
  }
  const reload = () => load().catch((error) => notice.show(`Could not load users: ${error.message}`, 'error'));
  const controls = pagerControls(pager, reload, 'User pages');
  for (const field of Object.values(filters)) {
    field.control.addEventListener('change', () => {
      pager.reset();
      reload();
    });
  }

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'users-title' },
    el('header', { className: 'manage-header' },
      el('h1', { id: 'users-title' }, 'Users'),
      writable ? el('a', { className: 'button primary', href: href.newUser() }, 'Add user') : null),
    el('form', { className: 'filters', role: 'search', 'aria-label': 'Filter users' }, Object.values(filters).map((field) => field.element)),
    notice.element,
    el('div', { className: 'table-scroll' },
      el('table', { className: 'records' },
        el('caption', { className: 'visually-hidden' }, 'Users of the company'),
        el('thead', {}, el('tr', {},
          ['Name', 'Email', 'Username', 'Role', 'State', 'Licence / CPC', 'Updated'].map((title) => el('th', { scope: 'col' }, title)),
          el('th', { scope: 'col' }, el('span', { className: 'visually-hidden' }, 'Actions')))),
        body)),
    controls.element));
  await load();
}
