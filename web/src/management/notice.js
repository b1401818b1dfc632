import { el } from '../shared/dom.js';

// A message that survives one navigation, e.g. "Added AB12CDE" shown by the list the form returns to.
let pending = null;

export function flash(message) {
  pending = message;
}

/** A polite live region; shows the flashed message once, if any. */
export function noticeArea() {
  const element = el('p', { className: 'notice', role: 'status' });
  const show = (message, tone = 'info') => {
    element.textContent = message ?? '';
    element.dataset.tone = tone;
    element.hidden = !message;
  };
  show(pending);
  pending = null;
  return { element, show };
}
