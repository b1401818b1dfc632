import { api, ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { el } from '../shared/dom.js';
import { formField, select, showFieldErrors } from '../shared/form-field.js';
import { rectificationBody } from './defect-flow.js';

/**
 * The sign-off: "rectified" (only once work is in progress) with the work done, parts and cost, or
 * "no correction needed" with the reason. The signed-in user signs, now.
 */
export function rectificationForm(defect, user, can, onDone) {
  const outcomes = [
    ...(can.rectify ? [{ value: 'rectified', label: 'Rectified' }] : []),
    { value: 'noCorrectionNeeded', label: 'No correction needed' },
  ];
  const fields = {
    outcome: formField('rectify', 'outcome', 'Outcome', select(outcomes, outcomes[0].value)),
    workDone: formField('rectify', 'workDone', 'Work done', el('textarea', { rows: 3, maxlength: 4000 })),
    parts: formField('rectify', 'parts', 'Parts', el('input', { type: 'text', maxlength: 2000 })),
    costPence: formField('rectify', 'costPence', 'Cost (£)', el('input', { type: 'text', inputmode: 'decimal' })),
    reason: formField('rectify', 'reason', 'Why no correction is needed', el('textarea', { rows: 3, maxlength: 2000 })),
  };
  const summary = el('p', { className: 'form-summary', role: 'alert', hidden: true });
  const showOutcome = () => {
    const rectified = fields.outcome.control.value === 'rectified';
    for (const name of ['workDone', 'parts', 'costPence']) fields[name].element.hidden = !rectified;
    fields.reason.element.hidden = rectified;
  };
  fields.outcome.control.addEventListener('change', showOutcome);
  showOutcome();

  const submit = async (event) => {
    event.preventDefault();
    const { body, errors } = rectificationBody({
      outcome: fields.outcome.control.value, workDone: fields.workDone.control.value, parts: fields.parts.control.value,
      cost: fields.costPence.control.value, reason: fields.reason.control.value,
    });
    summary.hidden = true;
    if (errors) {
      showFieldErrors(fields, errors);
      return;
    }
    try {
      await api.defects.rectify(defect.id, body);
      await onDone(body.outcome === 'rectified' ? 'Rectification signed off.' : 'Signed off: no correction needed.');
    } catch (error) {
      const unclaimed = showFieldErrors(fields, error instanceof ApiError ? fieldErrors(error.problem) : {});
      summary.textContent = unclaimed.join(' ') || (error instanceof ApiError && error.status === 409 ? error.message : `Could not sign off: ${error.message}`);
      summary.hidden = false;
    }
  };

  return el('form', { className: 'rectification-form', 'aria-label': 'Sign off the defect', novalidate: true, onsubmit: submit },
    Object.values(fields).map((field) => field.element),
    el('p', { className: 'muted' }, `Signed off by you (${user.displayName}) when you submit.`),
    summary,
    el('button', { type: 'submit', className: 'button primary' }, 'Sign off'));
}
