import { api, ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { el } from '../shared/dom.js';
import { formField, showFieldErrors } from '../shared/form-field.js';

const NO_TOKEN = 'This set-up link is incomplete. Copy the whole link from the message your admin sent, or ask them for a new one.';

function tokenFailure(message) {
  return `${message} Ask your admin for a new set-up link.`;
}

/**
 * The page a set-up link opens (#/setup?token=...), signed in or not: choose a password under the
 * server's password rules (its messages shown at the field), then resolves so the caller can show
 * the sign-in form.
 */
export function showSetupPasswordForm(root, token) {
  return new Promise((resolve) => {
    const fields = {
      password: formField('setup', 'password', 'New password', el('input', { type: 'password', autocomplete: 'new-password', required: true, maxlength: 256 })),
      confirm: formField('setup', 'confirm', 'Repeat the new password', el('input', { type: 'password', autocomplete: 'new-password', required: true, maxlength: 256 })),
    };
    const summary = el('p', { className: 'login-error', role: 'alert' });
    const submit = el('button', { type: 'submit', disabled: !token }, 'Set password');
    summary.textContent = token ? '' : NO_TOKEN;

    const onsubmit = async (event) => {
      event.preventDefault();
      summary.textContent = '';
      const password = fields.password.control.value;
      if (password !== fields.confirm.control.value) {
        showFieldErrors(fields, { confirm: 'The two passwords are not the same.' });
        return;
      }
      submit.disabled = true;
      try {
        await api.users.setPassword(token, password);
        resolve();
      } catch (error) {
        const errors = error instanceof ApiError ? fieldErrors(error.problem) : {};
        const { token: tokenError, ...rest } = errors;
        showFieldErrors(fields, rest);
        if (tokenError) summary.textContent = tokenFailure(tokenError);
        else if (Object.keys(rest).length === 0) summary.textContent = `Could not set the password: ${error.message}`;
      } finally {
        submit.disabled = !token;
      }
    };

    root.replaceChildren(el('section', { className: 'login' },
      el('form', { className: 'login-card setup-password', novalidate: true, onsubmit, 'aria-labelledby': 'setup-password-title' },
        el('h1', { id: 'setup-password-title' }, 'Choose your password'),
        el('p', { className: 'login-lead' }, 'Your Titan Fleet admin sent you this link. It works once; after this you sign in with your email and this password.'),
        fields.password.element,
        fields.confirm.element,
        summary,
        submit)));
    fields.password.control.focus();
  });
}
