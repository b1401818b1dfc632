import { api } from '../api/api.js';
import { confirmDialog } from '../shared/confirm-dialog.js';
import { el } from '../shared/dom.js';
import { setupLinkCard } from './setup-link-card.js';

/**
 * Issue a new one-time set-up link (admins): for someone who never chose a password, or as a
 * password reset. Any earlier link stops working, so it asks first when a password is set.
 */
export function setupLinkSection(person) {
  const result = el('div', { className: 'setup-link-result' });
  const issue = el('button', { type: 'button', className: 'button' }, 'Issue set-up link');
  issue.addEventListener('click', async () => {
    if (person.hasPassword && !(await confirmDialog({
      title: `New set-up link for ${person.fullName}?`,
      message: 'Whoever opens it can choose a new password for this account, and any earlier link stops working. Their current password keeps working until then.',
      confirmLabel: 'Issue link',
    }))) return;
    issue.disabled = true;
    try {
      const issued = await api.users.issueSetupLink(person.id);
      result.replaceChildren(setupLinkCard(person, issued, 'Set-up link issued'));
    } catch (error) {
      result.replaceChildren(el('p', { className: 'form-summary', role: 'alert' }, `Could not issue a set-up link: ${error.message}`));
    } finally {
      issue.disabled = false;
    }
  });
  return el('section', { className: 'record-section', 'aria-labelledby': 'setup-link-title' },
    el('h2', { id: 'setup-link-title' }, 'Password set-up link'),
    el('p', { className: 'field-hint' }, person.hasPassword
      ? 'A one-time link with which they choose a new password (for a forgotten one).'
      : 'They have not chosen a password yet. If their first link is lost or expired, issue a new one.'),
    el('div', { className: 'form-actions' }, issue),
    result);
}
