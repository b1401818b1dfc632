import { api, ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { el } from '../shared/dom.js';
import { formField, select, showFieldErrors } from '../shared/form-field.js';
import { typeLabel } from '../vehicles/vehicle-fields.js';
import { SEVERITY_LABELS } from './checks-query.js';

const VEHICLE_TYPES = ['hgv', 'psv', 'van', 'car', 'trailer'];
const SEVERITIES = Object.entries(SEVERITY_LABELS).map(([value, label]) => ({ value, label }));

function itemFields() {
  return {
    code: formField('check-item', 'code', 'Code', el('input', { type: 'text', required: true, maxlength: 64, autocomplete: 'off', pattern: '[a-z0-9][a-z0-9_]*' }),
      'Lower-case letters, digits and underscores, e.g. tail_lift'),
    label: formField('check-item', 'label', 'Label', el('input', { type: 'text', required: true, maxlength: 200 })),
    category: formField('check-item', 'category', 'Category', el('input', { type: 'text', required: true, maxlength: 60 })),
    defaultSeverity: formField('check-item', 'defaultSeverity', 'Severity when failed', select(SEVERITIES, 'minor')),
  };
}

/** The walkaround list of each vehicle type (admins, managers): the built-in items, then the company's, which they add here. */
export async function renderCheckItemsView(screen) {
  const notice = noticeArea();
  const typeField = formField('check-items', 'vehicleType', 'Vehicle type', select(VEHICLE_TYPES.map((value) => ({ value, label: typeLabel(value) })), 'hgv'));
  const fields = itemFields();
  const body = el('tbody');

  const row = (item) => el('tr', { dataset: { code: item.code } },
    el('th', { scope: 'row' }, item.label),
    el('td', {}, item.code),
    el('td', {}, item.category),
    el('td', {}, SEVERITY_LABELS[item.defaultSeverity] ?? item.defaultSeverity),
    el('td', {}, item.builtIn ? 'Built in' : 'Company'));

  async function load() {
    const list = await api.checkItems.list(typeField.control.value);
    body.replaceChildren(...list.items.map(row));
  }

  const add = async (event) => {
    event.preventDefault();
    const item = Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.control.value.trim()]));
    showFieldErrors(fields, {});
    try {
      const created = await api.checkItems.create({ vehicleType: typeField.control.value, ...item });
      notice.show(`Added ${created.label} to the ${typeLabel(typeField.control.value)} list.`, 'success');
      for (const name of ['code', 'label', 'category']) fields[name].control.value = '';
      await load();
    } catch (error) {
      const errors = error instanceof ApiError ? fieldErrors(error.problem) : {};
      const unclaimed = showFieldErrors(fields, errors);
      notice.show(Object.keys(errors).length === 0 ? `Could not add the item: ${error.message}` : unclaimed.join(' ') || null, 'error');
    }
  };

  typeField.control.addEventListener('change', () => load().catch((error) => notice.show(`Could not load the list: ${error.message}`, 'error')));

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'check-items-title' },
    el('header', { className: 'manage-header' },
      el('h1', { id: 'check-items-title' }, 'Check items'),
      el('a', { className: 'button subtle', href: href.checks() }, 'All checks')),
    el('div', { className: 'filters' }, typeField.element),
    notice.element,
    el('div', { className: 'table-scroll' },
      el('table', { className: 'records check-items' },
        el('caption', { className: 'visually-hidden' }, 'The items a check of this vehicle type answers, in order'),
        el('thead', {}, el('tr', {}, ['Item', 'Code', 'Category', 'Severity when failed', 'List'].map((title) => el('th', { scope: 'col' }, title)))),
        body)),
    el('form', { className: 'record-form', 'aria-label': 'Add a company item', novalidate: true, onsubmit: add },
      el('h2', {}, 'Add a company item'),
      Object.values(fields).map((field) => field.element),
      el('div', { className: 'form-actions' }, el('button', { type: 'submit', className: 'button' }, 'Add item')))));
  await load();
}
