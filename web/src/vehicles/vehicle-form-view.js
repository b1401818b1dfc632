import { api, ApiError } from '../api/api.js';
import { isVersionConflict } from '../api/problems.js';
import { documentsSection } from '../files/documents-section.js';
import { flash } from '../management/notice.js';
import { href } from '../management/routes.js';
import { el } from '../shared/dom.js';
import { formField, select, showFieldErrors } from '../shared/form-field.js';
import { currentUnits, distanceInput, kmFromInput } from '../shared/format.js';
import { conflictBanner, formSummary } from '../shared/record-form.js';
import { defaultRemindersOffer } from '../reminders/default-reminders-offer.js';
import { editableStatuses, VEHICLE_TYPES } from './vehicle-fields.js';

const BLANK = { registration: '', make: '', model: '', year: null, vin: '', type: 'van', status: 'active', mileageKm: 0, depot: '' };

function buildFields(status) {
  const units = currentUnits();
  const text = (maxlength, extra = {}) => el('input', { type: 'text', autocomplete: 'off', maxlength, ...extra });
  return {
    registration: formField('vehicle', 'registration', 'Registration', text(16, { required: true, autocapitalize: 'characters' }), 'UK format, e.g. AB12 CDE'),
    type: formField('vehicle', 'type', 'Type', select(VEHICLE_TYPES)),
    status: formField('vehicle', 'status', 'Status', select(editableStatuses(status))),
    make: formField('vehicle', 'make', 'Make', text(60)),
    model: formField('vehicle', 'model', 'Model', text(60)),
    year: formField('vehicle', 'year', 'Year', el('input', { type: 'number', inputmode: 'numeric', min: 1900, max: 2100, step: 1 })),
    vin: formField('vehicle', 'vin', 'VIN', text(32, { autocapitalize: 'characters' }), '17 characters, no I, O or Q'),
    mileageKm: formField('vehicle', 'mileageKm', `Mileage (${units.distanceName})`, el('input', { type: 'number', inputmode: 'numeric', min: 0, step: 1 })),
    depot: formField('vehicle', 'depot', 'Depot', text(100)),
  };
}

function fill(fields, vehicle) {
  for (const name of ['registration', 'make', 'model', 'vin', 'type', 'status', 'depot']) fields[name].control.value = vehicle[name] ?? '';
  fields.year.control.value = vehicle.year ?? '';
  fields.mileageKm.control.value = distanceInput(vehicle.mileageKm);
}

function read(fields, original) {
  const value = (name) => fields[name].control.value.trim();
  const year = value('year');
  return {
    registration: value('registration'),
    make: value('make') || null,
    model: value('model') || null,
    year: year === '' ? null : Number(year),
    vin: value('vin') || null,
    type: value('type'),
    status: value('status'),
    mileageKm: kmFromInput(value('mileageKm'), original.mileageKm),
    depot: value('depot') || null,
  };
}

/** Add (#/vehicles/new) or edit (#/vehicles/<id>/edit) one vehicle; edits send the version they started from. */
export async function renderVehicleForm(screen, { route, user }) {
  const vehicleId = route.params.vehicleId ?? null;
  let current = vehicleId ? await loadVehicle(vehicleId) : BLANK;
  if (current === null) {
    screen.replaceChildren(el('section', { className: 'manage-view' }, el('h1', {}, 'Vehicle not found'),
      el('p', {}, 'It may have been removed. ', el('a', { href: href.vehicles() }, 'Back to vehicles'))));
    return;
  }

  const fields = buildFields(current.status);
  const summary = formSummary();
  const save = el('button', { type: 'submit', className: 'button primary' }, vehicleId ? 'Save changes' : 'Add vehicle');
  const title = el('h1', { id: 'vehicle-form-title' }, vehicleId ? `Edit ${current.registration}` : 'Add vehicle');
  const gone = () => {
    flash('That vehicle no longer exists.');
    location.hash = href.vehicles();
  };
  const conflict = conflictBanner('vehicle', async () => {
    const latest = await loadVehicle(vehicleId);
    if (latest === null) return gone();
    current = latest;
    fill(fields, current);
    title.textContent = `Edit ${current.registration}`;
    showFieldErrors(fields, {});
    fields.registration.control.focus();
  });

  const submit = async (event) => {
    event.preventDefault();
    const vehicle = read(fields, current);
    if (Number.isNaN(vehicle.mileageKm)) {
      summary.show([]);
      showFieldErrors(fields, { mileageKm: 'Mileage must be a whole number.' });
      return;
    }
    save.disabled = true;
    try {
      const saved = vehicleId
        ? await api.vehicles.update(vehicleId, { ...vehicle, version: current.version })
        : await api.vehicles.create(vehicle);
      const reminders = vehicleId ? null : await defaults?.apply(saved);
      flash(vehicleId ? `Saved ${saved.registration}.` : `Added ${saved.registration}.${reminders ?? ''}`);
      location.hash = href.vehicles();
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
  const defaults = vehicleId ? null : defaultRemindersOffer(user);
  const documents = vehicleId ? documentsSection({ entityType: 'vehicle', entityId: vehicleId }, user) : null;
  screen.replaceChildren(el('section', { className: 'manage-view narrow', 'aria-labelledby': 'vehicle-form-title' },
    el('header', { className: 'manage-header' }, el('a', { className: 'back', href: href.vehicles() }, '← Vehicles'), title),
    conflict.element,
    el('form', { className: 'record-form', novalidate: true, onsubmit: submit, 'aria-labelledby': 'vehicle-form-title' },
      el('div', { className: 'form-grid' }, Object.values(fields).map((field) => field.element)),
      defaults?.element,
      summary.element,
      el('div', { className: 'form-actions' }, save, el('a', { className: 'button subtle', href: href.vehicles() }, 'Cancel'))),
    documents?.element));
  fields.registration.control.focus();
  await documents?.load();
}

async function loadVehicle(vehicleId) {
  try {
    return await api.vehicles.get(vehicleId);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
