import { api } from '../api/api.js';
import { noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { CursorPager } from '../shared/cursor-pager.js';
import { el } from '../shared/dom.js';
import { emptyRow, filterForm, filterValues, loadPage, recordsTable } from '../shared/filtered-list.js';
import { formField, select } from '../shared/form-field.js';
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
    const query = auditQuery(filterValues(fields, AUDIT_FILTER_NAMES));
    await loadPage({
      fields, notice, pager, body,
      fetchPage: (cursor) => api.auditLogs({ ...query, cursor, limit: PAGE_SIZE }),
      rows: async (entries) => {
        const names = await vehicleNames(entries);
        return entries.map((entry) => row(entry, names));
      },
      empty: () => emptyRow(5, 'No changes match these filters.'),
      failure: 'Could not load the audit log',
    });
    controls.update();
  }
  const controls = pagerControls(pager, load, 'Audit log pages');

  const apply = () => {
    pager.reset();
    load();
  };

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'audit-title' },
    el('header', { className: 'manage-header' }, el('h1', { id: 'audit-title' }, 'Audit log')),
    filterForm({ label: 'Filter the audit log', fields, names: AUDIT_FILTER_NAMES, apply }),
    notice.element,
    recordsTable({ className: 'audit', caption: 'Audit log entries, newest first', headings: ['When', 'Who', 'Action', 'Record', 'Changes'], body }),
    controls.element));
  await load();
}
