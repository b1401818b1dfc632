import { el } from '../shared/dom.js';
import { photoInput } from './photo-input.js';

const CHOICES = [
  { value: 'pass', label: 'Pass' },
  { value: 'fail', label: 'Fail' },
  { value: 'na', label: 'N/A' },
];

const SEVERITIES = [
  { value: 'minor', label: 'Minor: may be driven' },
  { value: 'dangerous', label: 'Dangerous: off road' },
];

/**
 * One item of the walkaround: big pass / fail / N/A choices (real radios, so a screen reader and
 * the keyboard use them as a group), and for a failure the note, severity and photos.
 * answer is the item's entry of the check state; it is updated in place.
 */
export function checkItemRow(item, answer, vehicleId, onPhotosChange) {
  const name = `item-${item.code}`;
  const error = el('p', { className: 'field-error', id: `${name}-error`, hidden: true });
  const note = el('textarea', { id: `${name}-note`, rows: 2, maxlength: 1000, oninput: () => { answer.note = note.value; row.setError(null); } });
  const severity = el('select', { id: `${name}-severity`, onchange: () => { answer.severity = severity.value; } },
    SEVERITIES.map((option) => el('option', { value: option.value, selected: option.value === answer.severity }, option.label)));
  const details = el('div', { className: 'fail-details', hidden: true },
    el('div', { className: 'field' }, el('label', { for: note.id }, 'What is wrong'), note),
    el('div', { className: 'field' }, el('label', { for: severity.id }, 'Severity'), severity),
    photoInput(`${name}-photo`, vehicleId, 'Add photo', (fileIds, pending) => {
      answer.photoFileIds = fileIds;
      onPhotosChange(pending);
    }));
  const choose = (value) => {
    answer.result = value;
    row.setError(null);
    details.hidden = value !== 'fail';
    element.dataset.result = value;
  };
  const choices = el('div', { className: 'choices' }, CHOICES.map((choice) =>
    el('label', { className: 'choice', dataset: { value: choice.value } },
      el('input', { type: 'radio', name, value: choice.value, onchange: () => choose(choice.value) }),
      el('span', {}, choice.label))));
  const element = el('fieldset', { className: 'check-item', dataset: { code: item.code }, 'aria-describedby': error.id },
    el('legend', {}, item.label), choices, details, error);
  const row = {
    element,
    setError(message) {
      error.textContent = message ?? '';
      error.hidden = !message;
      if (message) element.dataset.invalid = 'true';
      else delete element.dataset.invalid;
    },
  };
  return row;
}
