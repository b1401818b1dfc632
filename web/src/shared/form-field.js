import { el } from './dom.js';

/**
 * A labelled form control with a slot for the server's message about it, tied to the control by
 * aria-describedby so a screen reader reads the error with the field.
 */
export function formField(form, name, label, control, hint) {
  const id = `${form}-${name}`;
  const error = el('p', { className: 'field-error', id: `${id}-error`, hidden: true });
  const hintElement = hint ? el('p', { className: 'field-hint', id: `${id}-hint` }, hint) : null;
  control.id = id;
  control.name = name;
  control.setAttribute('aria-describedby', [hintElement?.id, error.id].filter(Boolean).join(' '));
  const element = el('div', { className: 'field', dataset: { field: name } }, el('label', { for: id }, label), control, hintElement, error);
  return {
    element,
    control,
    setError(message) {
      error.textContent = message ?? '';
      error.hidden = !message;
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    },
  };
}

/** Shows each message next to its field; returns the messages no field claimed (shown in the form's summary). */
export function showFieldErrors(fields, errors) {
  const unclaimed = [];
  for (const field of Object.values(fields)) field.setError(null);
  for (const [name, message] of Object.entries(errors)) {
    const field = fields[name];
    if (field) field.setError(message);
    else unclaimed.push(message);
  }
  const first = Object.keys(errors).map((name) => fields[name]).find(Boolean);
  first?.control.focus();
  return unclaimed;
}

export function select(options, value) {
  return el('select', {}, options.map((option) => el('option', { value: option.value, selected: option.value === value }, option.label)));
}
