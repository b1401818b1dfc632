import { el } from '../shared/dom.js';
import { formField, select } from '../shared/form-field.js';
import { VEHICLE_STATUSES, VEHICLE_TYPES } from './vehicle-fields.js';

const EMPTY = { registration: '', status: '', type: '', depot: '' };

/** The list's filters (the API's indexed ones); calls onChange with the values on submit or a choice. */
export function vehicleFilters(initial, onChange) {
  const fields = {
    registration: formField('vehicle-filter', 'registration', 'Registration starts with', el('input', { type: 'search', autocomplete: 'off', maxlength: 16 })),
    status: formField('vehicle-filter', 'status', 'Status', select([{ value: '', label: 'All but retired' }, ...VEHICLE_STATUSES])),
    type: formField('vehicle-filter', 'type', 'Type', select([{ value: '', label: 'Any type' }, ...VEHICLE_TYPES])),
    depot: formField('vehicle-filter', 'depot', 'Depot', el('input', { type: 'search', autocomplete: 'off', maxlength: 100 })),
  };
  const values = () => Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.control.value.trim()]));
  const fill = (filters) => {
    for (const [name, field] of Object.entries(fields)) field.control.value = filters[name] ?? '';
  };
  fill(initial);

  const submit = (event) => {
    event.preventDefault();
    onChange(values());
  };
  const clear = () => {
    fill(EMPTY);
    onChange(values());
  };
  fields.status.control.addEventListener('change', () => onChange(values()));
  fields.type.control.addEventListener('change', () => onChange(values()));

  const element = el('form', { className: 'filters', role: 'search', 'aria-label': 'Filter vehicles', onsubmit: submit },
    Object.values(fields).map((field) => field.element),
    el('div', { className: 'filter-actions' },
      el('button', { type: 'submit', className: 'button' }, 'Filter'),
      el('button', { type: 'button', className: 'button subtle', onclick: clear }, 'Clear')));
  return { element, fields };
}
