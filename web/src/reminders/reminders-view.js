import { api, ApiError } from '../api/api.js';
import { isVersionConflict } from '../api/problems.js';
import { can } from '../auth/permissions.js';
import { noticeArea } from '../management/notice.js';
import { confirmDialog } from '../shared/confirm-dialog.js';
import { CursorPager } from '../shared/cursor-pager.js';
import { el } from '../shared/dom.js';
import { formField, select, showFieldErrors } from '../shared/form-field.js';
import { distance } from '../shared/format.js';
import { pagerControls } from '../shared/pager-controls.js';
import { formSummary } from '../shared/record-form.js';
import { fillReminder, readReminder, reminderFields } from './reminder-form.js';
import { recurrenceLabel, REMINDER_STATUSES, REMINDER_TYPES, reminderStatusLabel, reminderTypeLabel } from './reminder-labels.js';

const PAGE_SIZE = 25;

function dueText(reminder) {
  const parts = [];
  if (reminder.dueDate) parts.push(new Date(`${reminder.dueDate}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
  if (reminder.dueMileageKm != null) parts.push(`at ${distance(reminder.dueMileageKm)}`);
  return parts.join(' or ');
}

/**
 * The company's reminders by due date, coloured by status (ok, due soon, overdue, done), with
 * filters; managers and admins add, edit, complete (a recurring one rolls forward) and delete.
 */
export async function renderRemindersView(screen, { user }) {
  const writable = can(user, 'reminders.write');
  const notice = noticeArea();
  const pager = new CursorPager();
  const body = el('tbody');
  const filters = {
    type: formField('reminder-filter', 'type', 'Filter by type', select([{ value: '', label: 'All types' }, ...REMINDER_TYPES], '')),
    status: formField('reminder-filter', 'status', 'Filter by status', select([{ value: '', label: 'All statuses' }, ...REMINDER_STATUSES], '')),
    dueBefore: formField('reminder-filter', 'dueBefore', 'Due by', el('input', { type: 'date' })),
  };
  const reload = () => load().catch((error) => notice.show(`Could not load reminders: ${error.message}`, 'error'));
  const controls = pagerControls(pager, reload, 'Reminder pages');
  for (const field of Object.values(filters)) {
    field.control.addEventListener('change', () => {
      pager.reset();
      reload();
    });
  }

  const vehicles = writable ? (await api.vehicles.list({ limit: 200 })).items : [];
  const fields = reminderFields(vehicles);
  const summary = formSummary();
  const formTitle = el('h2', { id: 'reminder-form-title' }, 'Add reminder');
  const save = el('button', { type: 'submit', className: 'button primary' }, 'Save reminder');
  let editing = null;
  const form = el('form', { className: 'record-form reminder-form', novalidate: true, hidden: true, 'aria-labelledby': 'reminder-form-title' },
    formTitle,
    el('div', { className: 'form-grid' }, Object.values(fields).map((field) => field.element)),
    summary.element,
    el('div', { className: 'form-actions' }, save,
      el('button', { type: 'button', className: 'button subtle', onclick: () => { form.hidden = true; } }, 'Cancel')));
  const openForm = (reminder) => {
    editing = reminder;
    formTitle.textContent = reminder ? `Edit ${reminder.title}` : 'Add reminder';
    fillReminder(fields, reminder);
    showFieldErrors(fields, {});
    summary.show([]);
    form.hidden = false;
    fields.type.control.focus();
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    try {
      const reminder = readReminder(fields);
      const saved = editing ? await api.reminders.update(editing.id, { ...reminder, version: editing.version }) : await api.reminders.create(reminder);
      form.hidden = true;
      notice.show(`${saved.title} saved: ${reminderStatusLabel(saved.status)}.`, 'success');
      await reload();
    } catch (error) {
      if (error instanceof ApiError && isVersionConflict(error.status, error.problem)) {
        form.hidden = true;
        notice.show('That reminder was changed by someone else. The list now shows the latest.', 'warning');
        await reload();
      } else {
        summary.showProblem(error, fields);
      }
    } finally {
      save.disabled = false;
    }
  });

  const act = async (reminder, work, done) => {
    try {
      const result = await work();
      notice.show(done(result), 'success');
    } catch (error) {
      notice.show(error instanceof ApiError && error.status === 409
        ? `${reminder.title} was changed by someone else. The list now shows the latest.`
        : `Could not change ${reminder.title}: ${error.message}`, 'warning');
    }
    await reload();
  };
  const complete = (reminder) => act(reminder, () => api.reminders.complete(reminder.id, reminder.version),
    (saved) => (saved.status === 'done' ? `${saved.title} done.` : `${saved.title} done; next due ${dueText(saved)}.`));
  const remove = async (reminder) => {
    const confirmed = await confirmDialog({
      title: `Delete ${reminder.title}?`, message: 'It stops reminding at once. Its audit entries are kept.', confirmLabel: 'Delete reminder', danger: true,
    });
    if (confirmed) await act(reminder, () => api.reminders.remove(reminder.id, reminder.version), () => `${reminder.title} deleted.`);
  };

  const row = (reminder) => el('tr', { className: `reminder-row reminder-${reminder.status}`, dataset: { reminderId: reminder.id, status: reminder.status } },
    el('td', {}, dueText(reminder)),
    el('th', { scope: 'row' }, reminder.title),
    el('td', {}, reminder.registration ?? 'Company'),
    el('td', {}, reminderTypeLabel(reminder.type)),
    el('td', {}, el('span', { className: `reminder-status reminder-status-${reminder.status}` }, reminderStatusLabel(reminder.status)),
      reminder.escalationLevel > 2 ? el('span', { className: 'reminder-level' }, ` level ${reminder.escalationLevel}`) : null),
    el('td', {}, recurrenceLabel(reminder, distance)),
    el('td', { className: 'row-actions' }, writable ? [
      reminder.status === 'done' ? null : el('button', { type: 'button', className: 'button small', 'aria-label': `Complete ${reminder.title}`, onclick: () => complete(reminder) }, 'Complete'),
      el('button', { type: 'button', className: 'button small', 'aria-label': `Edit ${reminder.title}`, onclick: () => openForm(reminder) }, 'Edit'),
      el('button', { type: 'button', className: 'button small danger', 'aria-label': `Delete ${reminder.title}`, onclick: () => remove(reminder) }, 'Delete'),
    ] : null));

  async function load() {
    body.setAttribute('aria-busy', 'true');
    const query = Object.fromEntries(Object.entries(filters).map(([name, field]) => [name, field.control.value || undefined]));
    const page = await api.reminders.list({ ...query, cursor: pager.cursor, limit: PAGE_SIZE });
    pager.loaded(page.nextCursor);
    body.replaceChildren(...(page.items.length > 0
      ? page.items.map(row)
      : [el('tr', {}, el('td', { colspan: 7, className: 'empty' }, 'No reminders match.'))]));
    body.removeAttribute('aria-busy');
    controls.update();
  }

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'reminders-title' },
    el('header', { className: 'manage-header' },
      el('h1', { id: 'reminders-title' }, 'Reminders'),
      writable ? el('button', { type: 'button', className: 'button primary', onclick: () => openForm(null) }, 'Add reminder') : null),
    notice.element,
    form,
    el('div', { className: 'filters reminder-filters', role: 'search' }, Object.values(filters).map((field) => field.element)),
    el('div', { className: 'table-scroll' },
      el('table', { className: 'records reminders' },
        el('caption', { className: 'visually-hidden' }, 'Reminders of the company by due date'),
        el('thead', {}, el('tr', {},
          ['Due', 'Title', 'Vehicle', 'Type', 'Status', 'Repeats'].map((title) => el('th', { scope: 'col' }, title)),
          el('th', { scope: 'col' }, el('span', { className: 'visually-hidden' }, 'Actions')))),
        body)),
    controls.element));
  await load();
}
