import { el } from './dom.js';

/** A modal yes/no question (the native dialog: focus trapped, Escape cancels). Resolves true on confirm. */
export function confirmDialog({ title, message, confirmLabel, danger = false }) {
  return new Promise((resolve) => {
    const confirm = el('button', { type: 'submit', value: 'confirm', className: danger ? 'button danger' : 'button primary' }, confirmLabel);
    const dialog = el('dialog', { className: 'confirm-dialog', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-message' },
      el('form', { method: 'dialog' },
        el('h2', { id: 'confirm-title' }, title),
        el('p', { id: 'confirm-message' }, message),
        el('div', { className: 'form-actions' },
          confirm,
          el('button', { type: 'submit', value: 'cancel', className: 'button' }, 'Cancel'))));
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'confirm');
    });
    document.body.append(dialog);
    dialog.showModal();
    confirm.focus();
  });
}
