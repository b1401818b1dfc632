import { api, ApiError } from '../api/api.js';
import { isVersionConflict } from '../api/problems.js';
import { noticeArea } from '../management/notice.js';
import { el } from '../shared/dom.js';
import { formField, select, showFieldErrors } from '../shared/form-field.js';
import { currentUnits, distanceInput, kmFromInput } from '../shared/format.js';
import { conflictBanner, formSummary } from '../shared/record-form.js';
import { renderNotificationSettings } from '../notifications/notification-settings-form.js';
import { VEHICLE_TYPES } from '../vehicles/vehicle-fields.js';
import { applyCompanyUnits, DISPLAY_UNITS } from './company-units.js';

// Speed limits are stored in km/h and edited in the display unit. mph per km/h is the same ratio
// as miles per km, so the distance helpers convert them (an untouched field keeps its exact km/h).
const speedInput = distanceInput;
const kmhFromInput = kmFromInput;

function buildFields() {
  const units = currentUnits();
  const fields = {
    name: formField('company', 'name', 'Company name', el('input', { type: 'text', maxlength: 100, required: true, autocomplete: 'organization' })),
    timeZone: formField('company', 'timeZone', 'Time zone', el('input', { type: 'text', maxlength: 64, required: true, autocomplete: 'off' }), 'IANA name, e.g. Europe/London'),
    displayUnits: formField('company', 'displayUnits', 'Units people read', select(DISPLAY_UNITS)),
    walkaroundCheckDueAt: formField('company', 'walkaroundCheckDueAt', 'Walkaround check due by', el('input', { type: 'time', step: 60 }), 'Local time each day'),
    reminderDueSoonDays: formField('company', 'reminderDueSoonDays', 'Reminders turn "due soon" (days before)', el('input', { type: 'number', min: 1, max: 90, step: 1 })),
    osmAndEnabled: formField('company', 'osmAndEnabled', 'Accept OsmAnd / Traccar Client positions', select([{ value: 'true', label: 'On' }, { value: 'false', label: 'Off' }]),
      'Off refuses every OsmAnd post of the company at once'),
    overspeedMinDurationSeconds: formField('company', 'overspeedMinDurationSeconds', 'Overspeed counts after (seconds above the limit)',
      el('input', { type: 'number', min: 1, max: 600, step: 1 }), "Empty: the server's default"),
  };
  for (const type of VEHICLE_TYPES) {
    fields[`speedLimitsKmh.${type.value}`] = formField('company', `speed-${type.value}`, `${type.label} default speed limit (${units.speed})`,
      el('input', { type: 'number', min: 0, step: 1 }), 'Empty: no default');
  }
  return fields;
}

function fill(fields, company) {
  for (const name of ['name', 'timeZone', 'displayUnits', 'walkaroundCheckDueAt', 'reminderDueSoonDays']) fields[name].control.value = company[name] ?? '';
  fields.osmAndEnabled.control.value = String(company.osmAndEnabled);
  fields.overspeedMinDurationSeconds.control.value = company.overspeedMinDurationSeconds ?? '';
  for (const type of VEHICLE_TYPES) fields[`speedLimitsKmh.${type.value}`].control.value = speedInput(company.speedLimitsKmh[type.value]);
}

function read(fields, original) {
  const speedLimitsKmh = {};
  for (const type of VEHICLE_TYPES) {
    const kmh = kmhFromInput(fields[`speedLimitsKmh.${type.value}`].control.value, original.speedLimitsKmh[type.value]);
    if (kmh !== null) speedLimitsKmh[type.value] = kmh;
  }
  return {
    name: fields.name.control.value.trim(),
    timeZone: fields.timeZone.control.value.trim(),
    displayUnits: fields.displayUnits.control.value,
    speedLimitsKmh,
    walkaroundCheckDueAt: fields.walkaroundCheckDueAt.control.value,
    reminderDueSoonDays: Number(fields.reminderDueSoonDays.control.value),
    osmAndEnabled: fields.osmAndEnabled.control.value === 'true',
    overspeedMinDurationSeconds: fields.overspeedMinDurationSeconds.control.value === '' ? null : Number(fields.overspeedMinDurationSeconds.control.value),
    version: original.version,
  };
}

/** #/company: the admins' company settings; saving applies the units to the page at once. */
export async function renderCompanySettings(screen) {
  let current = await api.company.get();
  let fields = buildFields();
  const summary = formSummary();
  const notice = noticeArea();
  const grid = el('div', { className: 'form-grid' });
  const save = el('button', { type: 'submit', className: 'button primary' }, 'Save settings');
  const show = () => {
    // Speed labels and values follow the units in force, so rebuild the fields when they change.
    fields = buildFields();
    fill(fields, current);
    grid.replaceChildren(...Object.values(fields).map((field) => field.element));
  };
  const conflict = conflictBanner('company settings', async () => {
    current = await api.company.get();
    show();
  });

  const submit = async (event) => {
    event.preventDefault();
    notice.show(null);
    const company = read(fields, current);
    const badSpeed = Object.entries(company.speedLimitsKmh).find(([, kmh]) => Number.isNaN(kmh));
    if (badSpeed) {
      summary.show([]);
      showFieldErrors(fields, { [`speedLimitsKmh.${badSpeed[0]}`]: 'A speed limit must be a whole number.' });
      return;
    }
    save.disabled = true;
    try {
      current = await api.company.update(company);
      applyCompanyUnits(current);
      show();
      summary.show([]);
      notice.show('Company settings saved.');
    } catch (error) {
      if (error instanceof ApiError && isVersionConflict(error.status, error.problem)) {
        showFieldErrors(fields, {});
        conflict.show();
      } else {
        summary.showProblem(error, fields);
      }
    } finally {
      save.disabled = false;
    }
  };

  show();
  screen.replaceChildren(el('section', { className: 'manage-view narrow', 'aria-labelledby': 'company-form-title' },
    el('header', { className: 'manage-header' }, el('h1', { id: 'company-form-title' }, 'Company settings')),
    notice.element,
    conflict.element,
    el('form', { className: 'record-form', novalidate: true, onsubmit: submit, 'aria-labelledby': 'company-form-title' },
      grid, summary.element, el('div', { className: 'form-actions' }, save))),
  await renderNotificationSettings());
  fields.name.control.focus();
}
