import { api, ApiError } from '../api/api.js';
import { isVersionConflict } from '../api/problems.js';
import { can } from '../auth/permissions.js';
import { flash } from '../management/notice.js';
import { href } from '../management/routes.js';
import { el } from '../shared/dom.js';
import { formField, select, showFieldErrors } from '../shared/form-field.js';
import { conflictBanner, formSummary } from '../shared/record-form.js';
import { driverProfileForm } from './driver-profile-form.js';
import { setupLinkCard } from './setup-link-card.js';
import { setupLinkSection } from './setup-link-section.js';
import { ROLES } from './user-fields.js';
import { userSummary } from './user-summary.js';

const BLANK = { fullName: '', email: '', username: '', phone: '', role: 'driver', active: true };

function buildFields(creating) {
  const text = (type, maxlength, extra = {}) => el('input', { type, maxlength, autocomplete: 'off', ...extra });
  const fields = {
    fullName: formField('user', 'fullName', 'Full name', text('text', 100, { required: true })),
    email: formField('user', 'email', 'Email', text('email', 254, { required: true })),
    username: formField('user', 'username', 'Username (optional)', text('text', 50)),
    phone: formField('user', 'phone', 'Phone (optional)', text('tel', 30), 'e.g. +44 7700 900123'),
    role: formField('user', 'role', 'Role', select(ROLES)),
  };
  if (creating) {
    fields.password = formField('user', 'password', 'Initial password (optional)', text('password', 128, { autocomplete: 'new-password' }),
      'Leave empty to get a one-time set-up link instead, with which they choose their own.');
  } else {
    fields.active = formField('user', 'active', 'Can sign in', el('input', { type: 'checkbox' }));
  }
  return fields;
}

function fill(fields, person) {
  for (const name of ['fullName', 'email', 'username', 'phone', 'role']) fields[name].control.value = person[name] ?? '';
  if (fields.active) fields.active.control.checked = person.active;
}

function read(fields) {
  const value = (name) => fields[name].control.value.trim();
  return {
    fullName: value('fullName'),
    email: value('email'),
    username: value('username') || null,
    phone: value('phone') || null,
    role: value('role'),
    ...(fields.active ? { active: fields.active.control.checked } : { password: fields.password.control.value || null }),
  };
}

/** What follows a user's details: a set-up link (admins) and a driver's profile (admins and managers). */
function userSections(person, user) {
  return [
    can(user, 'users.write') ? setupLinkSection(person) : null,
    person.role === 'driver' && can(user, 'driver-profiles') ? driverProfileForm(person) : null,
  ].filter(Boolean);
}

/** A user as a manager sees them: details read-only, and a driver's profile to keep up to date. */
function renderUserReadOnly(screen, person, user) {
  screen.replaceChildren(el('section', { className: 'manage-view narrow', 'aria-labelledby': 'user-form-title' },
    el('header', { className: 'manage-header' }, el('a', { className: 'back', href: href.users() }, '← Users'),
      el('h1', { id: 'user-form-title' }, person.fullName)),
    userSummary(person),
    userSections(person, user)));
}

/**
 * Add (#/users/new) or edit (#/users/<id>/edit) a user (admins; managers see the details
 * read-only); edits send the version they started from.
 */
export async function renderUserForm(screen, { route, user }) {
  const userId = route.params.userId ?? null;
  let current = userId ? await loadUser(userId) : BLANK;
  if (current === null) {
    screen.replaceChildren(el('section', { className: 'manage-view' }, el('h1', {}, 'User not found'),
      el('p', {}, el('a', { href: href.users() }, 'Back to users'))));
    return;
  }
  if (userId && !can(user, 'users.write')) {
    renderUserReadOnly(screen, current, user);
    return;
  }

  const fields = buildFields(!userId);
  const summary = formSummary();
  const save = el('button', { type: 'submit', className: 'button primary' }, userId ? 'Save changes' : 'Add user');
  const title = el('h1', { id: 'user-form-title' }, userId ? `Edit ${current.fullName}` : 'Add user');
  const section = el('section', { className: 'manage-view narrow', 'aria-labelledby': 'user-form-title' });
  const gone = () => {
    flash('That user no longer exists.');
    location.hash = href.users();
  };
  const conflict = conflictBanner('user', async () => {
    const latest = await loadUser(userId);
    if (latest === null) return gone();
    current = latest;
    fill(fields, current);
    showFieldErrors(fields, {});
  });

  const submit = async (event) => {
    event.preventDefault();
    save.disabled = true;
    try {
      if (userId) {
        const saved = await api.users.update(userId, { ...read(fields), version: current.version });
        flash(`Saved ${saved.fullName}.`);
        location.hash = href.users();
        return;
      }
      const created = await api.users.create(read(fields));
      if (!created.setupLink) {
        flash(`Added ${created.user.fullName}.`);
        location.hash = href.users();
        return;
      }
      section.replaceChildren(el('header', { className: 'manage-header' }, el('a', { className: 'back', href: href.users() }, '← Users'),
        el('h1', { id: 'user-form-title' }, 'User added')),
      setupLinkCard(created.user, created.setupLink, `${created.user.fullName} is added`),
      el('p', {}, el('a', { href: href.users() }, 'Back to users')));
    } catch (error) {
      if (error instanceof ApiError && isVersionConflict(error.status, error.problem)) {
        showFieldErrors(fields, {});
        summary.show([]);
        conflict.show();
      } else if (error instanceof ApiError && error.status === 404) {
        gone();
      } else {
        summary.showProblem(error, fields);
      }
    } finally {
      save.disabled = false;
    }
  };

  fill(fields, current);
  section.replaceChildren(
    el('header', { className: 'manage-header' }, el('a', { className: 'back', href: href.users() }, '← Users'), title),
    conflict.element,
    el('form', { className: 'record-form', novalidate: true, onsubmit: submit, 'aria-labelledby': 'user-form-title' },
      el('div', { className: 'form-grid' }, Object.values(fields).map((field) => field.element)),
      summary.element,
      el('div', { className: 'form-actions' }, save, el('a', { className: 'button subtle', href: href.users() }, 'Cancel'))),
    ...(userId ? userSections(current, user) : []));
  screen.replaceChildren(section);
  fields.fullName.control.focus();
}

async function loadUser(userId) {
  try {
    return await api.users.get(userId);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
