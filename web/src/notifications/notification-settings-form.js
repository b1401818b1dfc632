import { api, ApiError } from '../api/api.js';
import { isVersionConflict } from '../api/problems.js';
import { el } from '../shared/dom.js';
import { conflictBanner, formSummary } from '../shared/record-form.js';
import { rowKeys, rowLabel as label, ruleKey, rulesFrom } from './notification-rows.js';

const ROLE_LABELS = { admin: 'Admins', manager: 'Managers', mechanic: 'Mechanics', ownDriver: 'The driver concerned' };

/** The company page's "who is notified of what" table (admins): a checkbox per event type and role. */
export async function renderNotificationSettings() {
  let current = await api.notifications.settings();
  const summary = formSummary();
  // Not a .notice: the company form above owns the page's notice area.
  const saved = el('p', { className: 'rules-saved', role: 'status', hidden: true });
  const notice = {
    element: saved,
    show(message) {
      saved.textContent = message ?? '';
      saved.hidden = !message;
    },
  };
  const body = el('tbody');
  const save = el('button', { type: 'submit', className: 'button primary' }, 'Save notifications');
  const boxes = new Map();

  const show = () => {
    boxes.clear();
    const chosen = new Map(current.rules.map((rule) => [ruleKey(rule), new Set(rule.roles)]));
    body.replaceChildren(...rowKeys(current.eventTypes).map((key) => el('tr', {},
      el('th', { scope: 'row' }, label(key)),
      ...current.roles.map((role) => {
        const box = el('input', { type: 'checkbox', checked: chosen.get(key)?.has(role) ?? false, 'aria-label': `${label(key)}: ${ROLE_LABELS[role] ?? role}` });
        boxes.set(`${key}#${role}`, box);
        return el('td', {}, box);
      }))));
  };
  const read = () => ({
    rules: rulesFrom(current.eventTypes, current.roles, (key, role) => boxes.get(`${key}#${role}`).checked),
    version: current.version,
  });
  const conflict = conflictBanner('notification settings', async () => {
    current = await api.notifications.settings();
    show();
  });

  const submit = async (event) => {
    event.preventDefault();
    notice.show(null);
    save.disabled = true;
    try {
      current = await api.notifications.updateSettings(read());
      show();
      summary.show([]);
      notice.show('Notification settings saved.');
    } catch (error) {
      if (error instanceof ApiError && isVersionConflict(error.status, error.problem)) conflict.show();
      else summary.showProblem(error, {});
    } finally {
      save.disabled = false;
    }
  };

  show();
  return el('section', { className: 'manage-view narrow', 'aria-labelledby': 'notification-settings-title' },
    el('header', { className: 'manage-header' }, el('h2', { id: 'notification-settings-title' }, 'Who is notified')),
    el('p', { className: 'field-hint' }, 'Each event ticked for a role becomes a notification for every active user with that role. Geofence events come only from geofences whose rules alert.'),
    notice.element,
    conflict.element,
    el('form', { className: 'record-form', novalidate: true, onsubmit: submit, 'aria-labelledby': 'notification-settings-title' },
      el('table', { className: 'notification-rules' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Event'), ...current.roles.map((role) => el('th', { scope: 'col' }, ROLE_LABELS[role] ?? role)))),
        body),
      summary.element,
      el('div', { className: 'form-actions' }, save)));
}
