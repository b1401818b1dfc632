import { ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { formField, showFieldErrors } from '../shared/form-field.js';
import { el } from '../shared/dom.js';
import { currentUnits, kmFromInput } from '../shared/format.js';
import { buildCheckPayload, itemCodeOfError, newCheckState } from './check-payload.js';
import { groupByCategory } from './check-groups.js';
import { checkItemRow } from './check-item-row.js';
import { driverApi } from './driver-api.js';

function categoryTitle(category) {
  return category ? category[0].toUpperCase() + category.slice(1) : 'Other';
}

function wholeNumber(text) {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

/**
 * The walkaround check of one vehicle: its type's items grouped by category, odometer and fuel,
 * then submit. Errors (the page's own or the API's) go next to the item or field they name.
 * onSubmitted(inspection) with the API's answer; onCancel() to go back.
 */
export async function renderWalkaround(screen, vehicle, { onSubmitted, onCancel }) {
  const { items } = await driverApi.checkItems(vehicle.type);
  const state = newCheckState(items);
  const rows = {};
  let uploading = 0;

  const submit = el('button', { type: 'submit', className: 'button primary big' }, 'Submit check');
  const summary = el('p', { className: 'form-summary', role: 'alert', hidden: true });
  const odometer = formField('check', 'odometerKm', `Odometer (${currentUnits().distanceName})`,
    el('input', { type: 'number', inputmode: 'numeric', min: 0, step: 1, required: true }));
  const fuel = formField('check', 'fuelLevelPercent', 'Fuel level (%)',
    el('input', { type: 'number', inputmode: 'numeric', min: 0, max: 100, step: 1, required: true }));
  const fields = { odometerKm: odometer, fuelLevelPercent: fuel };
  const photosChanged = (delta) => {
    uploading = delta;
    submit.disabled = uploading > 0;
    submit.textContent = uploading > 0 ? 'Uploading photos…' : 'Submit check';
  };

  const showErrors = (errors, payload) => {
    const byItem = {};
    const others = {};
    for (const [key, message] of Object.entries(errors)) {
      const code = itemCodeOfError(key, payload);
      if (code && rows[code]) byItem[code] = byItem[code] ? `${byItem[code]} ${message}` : message;
      else others[key] = message;
    }
    for (const [code, row] of Object.entries(rows)) row.setError(byItem[code]);
    const unclaimed = showFieldErrors(fields, others);
    const firstItem = Object.keys(byItem)[0];
    if (firstItem) rows[firstItem].element.scrollIntoView({ block: 'center' });
    const count = Object.keys(errors).length;
    summary.textContent = [`${count === 1 ? 'One answer needs' : `${count} answers need`} attention.`, ...unclaimed].join(' ');
    summary.hidden = count === 0;
  };

  const form = el('form', { className: 'walkaround', novalidate: true },
    groupByCategory(items).map(({ category, items: grouped }) => el('section', { className: 'check-group' },
      el('h2', {}, categoryTitle(category)),
      grouped.map((item) => {
        rows[item.code] = checkItemRow(item, state.answers[item.code], vehicle.id, photosChanged);
        return rows[item.code].element;
      }))),
    el('section', { className: 'check-group readings' }, el('h2', {}, 'Readings'), odometer.element, fuel.element),
    summary,
    el('div', { className: 'driver-actions' }, submit, el('button', { type: 'button', className: 'button big', onclick: onCancel }, 'Cancel')));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (uploading > 0) return;
    state.odometerKm = kmFromInput(odometer.control.value, null);
    state.fuelLevelPercent = wholeNumber(fuel.control.value);
    const { payload, errors } = buildCheckPayload(vehicle.id, items, state);
    if (Object.keys(errors).length > 0) {
      showErrors(errors, payload);
      return;
    }
    submit.disabled = true;
    try {
      onSubmitted(await driverApi.submitCheck(payload));
    } catch (error) {
      const errors = error instanceof ApiError ? fieldErrors(error.problem) : {};
      showErrors(Object.keys(errors).length > 0 ? errors : { check: error.message }, payload);
    } finally {
      submit.disabled = false;
    }
  });

  screen.replaceChildren(el('section', { className: 'driver-card' },
    el('h1', {}, `Walkaround check · ${vehicle.registration}`),
    el('p', { className: 'muted' }, 'Answer every item. A failed item needs a note; add a photo if it helps the mechanic.'),
    form));
}
