import { api, ApiError } from '../api/api.js';
import { isVersionConflict } from '../api/problems.js';
import { el } from '../shared/dom.js';
import { formField, showFieldErrors } from '../shared/form-field.js';
import { conflictBanner, formSummary, savedNote } from '../shared/record-form.js';
import { parseCategories } from './driver-expiry.js';

function buildFields() {
  const date = (extra = {}) => el('input', { type: 'date', min: '1970-01-01', max: '2100-12-31', ...extra });
  return {
    licenceNumber: formField('driver-profile', 'licenceNumber', 'Licence number', el('input', { type: 'text', autocomplete: 'off', maxlength: 24, autocapitalize: 'characters', required: true }),
      '16 characters, e.g. MORGA753116SM9IJ (8 digits in Northern Ireland)'),
    licenceCategories: formField('driver-profile', 'licenceCategories', 'Licence categories', el('input', { type: 'text', autocomplete: 'off', maxlength: 100, autocapitalize: 'characters', required: true }),
      'As on the licence, e.g. B, C, CE'),
    licenceExpiry: formField('driver-profile', 'licenceExpiry', 'Licence expiry', date({ required: true })),
    cpcExpiry: formField('driver-profile', 'cpcExpiry', 'Driver CPC expiry (optional)', date(), 'Certificate of Professional Competence, for HGV and PSV drivers'),
  };
}

function fill(fields, profile) {
  fields.licenceNumber.control.value = profile?.licenceNumber ?? '';
  fields.licenceCategories.control.value = profile?.licenceCategories.join(', ') ?? '';
  fields.licenceExpiry.control.value = profile?.licenceExpiry ?? '';
  fields.cpcExpiry.control.value = profile?.cpcExpiry ?? '';
}

function read(fields) {
  const value = (name) => fields[name].control.value.trim();
  return {
    licenceNumber: value('licenceNumber'),
    licenceCategories: parseCategories(value('licenceCategories')),
    licenceExpiry: value('licenceExpiry') || null,
    cpcExpiry: value('cpcExpiry') || null,
  };
}

/**
 * A driver's licence and CPC details (admins and managers). Saves send the profile's version as
 * read (none before the first save), so a stale save meets the same conflict banner as a vehicle's.
 */
export function driverProfileForm(person) {
  let profile = person.driverProfile ?? null;
  const fields = buildFields();
  const summary = formSummary();
  const notice = savedNote();
  const save = el('button', { type: 'submit', className: 'button primary' }, 'Save driver profile');
  const conflict = conflictBanner('driver profile', async () => {
    const latest = await api.users.get(person.id);
    profile = latest.driverProfile ?? null;
    fill(fields, profile);
    showFieldErrors(fields, {});
    notice.show(null);
  });

  const submit = async (event) => {
    event.preventDefault();
    save.disabled = true;
    notice.show(null);
    try {
      profile = await api.users.saveDriverProfile(person.id, { ...read(fields), version: profile?.version ?? null });
      fill(fields, profile);
      showFieldErrors(fields, {});
      summary.show([]);
      notice.show(`Saved ${person.fullName}'s driver profile.`);
    } catch (error) {
      if (error instanceof ApiError && isVersionConflict(error.status, error.problem)) {
        showFieldErrors(fields, {});
        summary.show([]);
        conflict.show();
      } else {
        summary.showProblem(error, fields);
      }
    } finally {
      save.disabled = false;
    }
  };

  fill(fields, profile);
  return el('section', { className: 'record-section', 'aria-labelledby': 'driver-profile-title' },
    el('h2', { id: 'driver-profile-title' }, 'Driver profile'),
    conflict.element,
    notice.element,
    el('form', { className: 'record-form', novalidate: true, onsubmit: submit, 'aria-labelledby': 'driver-profile-title' },
      el('div', { className: 'form-grid' }, Object.values(fields).map((field) => field.element)),
      summary.element,
      el('div', { className: 'form-actions' }, save)));
}
