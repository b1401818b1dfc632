import { api, ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { CursorPager } from '../shared/cursor-pager.js';
import { el } from '../shared/dom.js';
import { formField, select, showFieldErrors } from '../shared/form-field.js';
import { fullTime } from '../shared/format.js';
import { pagerControls } from '../shared/pager-controls.js';
import { describeChanges } from './audit-changes.js';
import { AUDIT_FILTER_NAMES, auditQuery } from './audit-query.js';
import { vehicleNames } from './record-names.js';
import { userNames } from './user-names.js';

const PAGE_SIZE = 50;
const ACTIONS = [{ value: '', label: 'Any action' }, { value: 'create', label: 'Created' }, { value: 'update', label: 'Updated' }, { value: 'delete', label: 'Deleted' }];
const ACTION_LABELS = { create: 'Created', update: 'Updated', delete: 'Deleted' };
const ENTITY_TYPES = [{ value: '', label: 'Any record' }, { value: 'vehicle', label: 'Vehicles' }, { value: 'user', label: 'Users' }, { value: 'device', label: 'Devices' }];

function filterFields(users) {
  return {
    from: formField('audit', 'from', 'From', el('input', { type: 'date' })),
    to: formField('audit', 'to', 'To (inclusive)', el('input', { type: 'date' })),
    userId: formField('audit', 'userId', 'User', select([{ value: '', label: 'Anyone' }, ...[...users].map(([value, label]) => ({ value, label }))])),
    action: formField('audit', 'action', 'Action', select(ACTIONS)),
    entityType: formField('audit', 'entityType', 'Record type', select(ENTITY_TYPES)),
    entityId: formField('audit', 'entityId', 'Record id', el('input', { type: 'search', autocomplete: 'off', maxlength: 36 })),
  };
}

function changesList(entry) {
  const changes = describeChanges(entry.changes);
  if (changes.length === 0) return '—';
  return el('dl', { className: 'changes' }, changes.flatMap((change) => [
    el('dt', {}, change.label),
    el('dd', {}, entry.action === 'create' ? change.after : `${change.before} → ${change.after}`)]));
}

/** Who changed what and when (managers and admins), filtered by the address's query so links can open it filtered. */
export async function renderAuditView(screen, { user, route }) {
  const users = await userNames(user);
  const notice = noticeArea();
  const pager = new CursorPager();
  const fields = filterFields(users);
  for (const name of AUDIT_FILTER_NAMES) fields[name].control.value = route.query.get(name) ?? '';
  const body = el('tbody');
  const who = (userId) => (userId ? users.get(userId) ?? `User ${userId.slice(0, 8)}` : 'System');

  const record = (entry, names) => el('a', { href: href.audit({ entityType: entry.entityType, entityId: entry.entityId }), title: entry.entityId },
    names.get(entry.entityId) ?? `${entry.entityType} ${entry.entityId.slice(0, 8)}`);

  const row = (entry, names) => el('tr', { dataset: { action: entry.action, entityId: entry.entityId } },
    el('td', {}, el('time', { datetime: entry.occurredAt }, fullTime(entry.occurredAt))),
    el('td', {}, who(entry.userId)),
    el('td', {}, ACTION_LABELS[entry.action] ?? entry.action),
    el('td', {}, record(entry, names)),
    el('td', {}, changesList(entry)));

  async function load() {
    const values = Object.fromEntries(AUDIT_FILTER_NAMES.map((name) => [name, fields[name].control.value]));
    showFieldErrors(fields, {});
    try {
      const page = await api.auditLogs({ ...auditQuery(values), cursor: pager.cursor, limit: PAGE_SIZE });
      const names = await vehicleNames(page.items);
      pager.loaded(page.nextCursor);
      notice.show(null);
      body.replaceChildren(...(page.items.length > 0
        ? page.items.map((entry) => row(entry, names))
        : [el('tr', {}, el('td', { colspan: 5, className: 'empty' }, 'No changes match these filters.'))]));
    } catch (error) {
      const errors = error instanceof ApiError ? fieldErrors(error.problem) : {};
      const unclaimed = showFieldErrors(fields, errors);
      notice.show(Object.keys(errors).length === 0 ? `Could not load the audit log: ${error.message}` : unclaimed.join(' ') || null, 'error');
      pager.loaded(null);
      body.replaceChildren();
    }
    controls.update();
  }
  const controls = pagerControls(pager, load, 'Audit log pages');

  const submit = (event) => {
    event.preventDefault();
    pager.reset();
    load();
  };
  const clear = () => {
    for (const name of AUDIT_FILTER_NAMES) fields[name].control.value = '';
    pager.reset();
    load();
  };

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'audit-title' },
    el('header', { className: 'manage-header' }, el('h1', { id: 'audit-title' }, 'Audit log')),
    el('form', { className: 'filters', role: 'search', 'aria-label': 'Filter the audit log', novalidate: true, onsubmit: submit },
      Object.values(fields).map((field) => field.element),
      el('div', { className: 'filter-actions' },
        el('button', { type: 'submit', className: 'button' }, 'Filter'),
        el('button', { type: 'button', className: 'button subtle', onclick: clear }, 'Clear'))),
    notice.element,
    el('div', { className: 'table-scroll' },
      el('table', { className: 'records audit' },
        el('caption', { className: 'visually-hidden' }, 'Audit log entries, newest first'),
        el('thead', {}, el('tr', {}, ['When', 'Who', 'Action', 'Record', 'Changes'].map((title) => el('th', { scope: 'col' }, title)))),
        body)),
    controls.element));
  await load();
}
