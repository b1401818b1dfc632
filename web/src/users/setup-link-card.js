import { copyField } from '../shared/copy-field.js';
import { el } from '../shared/dom.js';
import { fullTime } from '../shared/format.js';
import { setupLink } from '../setup/setup-link.js';

/**
 * A freshly issued set-up link, shown once (only the token's hash is stored): the admin copies it
 * and sends it to the person, who opens it to choose their password.
 */
export function setupLinkCard(person, issued, heading) {
  return el('section', { className: 'setup-card', 'aria-labelledby': 'setup-title' },
    el('h2', { id: 'setup-title' }, heading),
    el('p', { className: 'setup-warning', role: 'alert' }, `Copy this link now and send it to ${person.fullName}: it is shown only this once.`),
    copyField('One-time set-up link', setupLink(location.href, issued.token), 'setup-link'),
    el('p', {}, `They open it to choose their password. It works once, until ${fullTime(issued.expiresAt)}; a newer link replaces it.`));
}
