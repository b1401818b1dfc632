import { ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { el } from './dom.js';
import { showFieldErrors } from './form-field.js';

/** The stale-write banner every edit form shows on a version conflict, with its one way out: reload. */
export function conflictBanner(what, onReload) {
  const reload = el('button', { type: 'button', className: 'button' }, 'Reload latest');
  const element = el('div', { className: 'conflict', role: 'alert', hidden: true },
    el('p', {}, `Someone else changed this ${what} since you opened it, so your changes were not saved. Reload to see the latest details, then make your changes again.`),
    reload);
  reload.addEventListener('click', async () => {
    reload.disabled = true;
    try {
      await onReload();
      element.hidden = true;
    } finally {
      reload.disabled = false;
    }
  });
  return {
    element,
    show() {
      element.hidden = false;
      reload.focus();
    },
  };
}

/** The line under a form for what no field claims (or a failure with no field at all). */
export function formSummary() {
  const element = el('p', { className: 'form-summary', role: 'alert', hidden: true });
  const show = (messages) => {
    element.textContent = messages.join(' ');
    element.hidden = messages.length === 0;
  };
  return {
    element,
    show,
    /** Puts a failed request's field errors next to their fields and the rest in the summary. */
    showProblem(error, fields) {
      const errors = error instanceof ApiError ? fieldErrors(error.problem) : {};
      const unclaimed = showFieldErrors(fields, errors);
      show(Object.keys(errors).length === 0 ? [`Could not save: ${error.message}`] : unclaimed);
    },
  };
}

/** A polite "Saved …" line for a form that stays open after saving (show(null) hides it). */
export function savedNote() {
  const element = el('p', { className: 'notice', role: 'status', hidden: true, dataset: { tone: 'success' } });
  return {
    element,
    show(message) {
      element.textContent = message ?? '';
      element.hidden = !message;
    },
  };
}
