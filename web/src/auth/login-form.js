import { api, ApiError } from '../api/api.js';
import { el } from '../shared/dom.js';

function messageFor(error) {
  if (error instanceof ApiError && error.status === 401) return 'Email or password is not right.';
  if (error instanceof ApiError && error.status === 429) return 'Too many attempts. Wait a minute, then try again.';
  return 'Could not reach Titan Fleet. Check the connection and try again.';
}

/** Shows the sign-in form in root (with a line of news, if any) and resolves with the user once the cookie is set. */
export function showLoginForm(root, { news } = {}) {
  return new Promise((resolve) => {
    const email = el('input', { id: 'login-email', name: 'email', type: 'email', autocomplete: 'username', required: true, autofocus: true });
    const password = el('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
    const error = el('p', { className: 'login-error', role: 'alert' });
    const submit = el('button', { type: 'submit' }, 'Sign in');

    const onsubmit = async (event) => {
      event.preventDefault();
      submit.disabled = true;
      error.textContent = '';
      try {
        resolve(await api.login(email.value.trim(), password.value));
      } catch (failure) {
        error.textContent = messageFor(failure);
        password.select();
      } finally {
        submit.disabled = false;
      }
    };

    root.replaceChildren(el('section', { className: 'login' },
      el('form', { className: 'login-card', onsubmit, 'aria-labelledby': 'login-title' },
        el('h1', { id: 'login-title' }, 'Titan Fleet'),
        el('p', { className: 'login-lead' }, 'Sign in to watch your fleet live.'),
        news ? el('p', { className: 'login-news', role: 'status' }, news) : null,
        el('label', { for: 'login-email' }, 'Email'), email,
        el('label', { for: 'login-password' }, 'Password'), password,
        error,
        submit)));
    email.focus();
  });
}
