import { api } from '../api/api.js';
import { can } from '../auth/permissions.js';
import { el } from '../shared/dom.js';

/**
 * The new-vehicle form's offer of the default reminders (MOT from the registration date, safety
 * inspection, tax, insurance, and tachograph for HGVs and PSVs): giving the date of first
 * registration takes it up. apply() runs after the vehicle is saved and returns a sentence for the
 * flash message; a failure there does not undo the vehicle.
 */
export function defaultRemindersOffer(user) {
  if (!can(user, 'reminders.write')) return null;
  const registered = el('input', { type: 'date', id: 'vehicle-registration-date', name: 'registrationDate', 'aria-describedby': 'vehicle-registration-date-hint' });
  const element = el('fieldset', { className: 'default-reminders' },
    el('legend', {}, 'Reminders'),
    el('div', { className: 'field' },
      el('label', { for: registered.id }, 'Date of first registration'),
      registered,
      el('p', { className: 'field-hint', id: 'vehicle-registration-date-hint' },
        'Adds the default reminders: MOT, safety inspection, tax, insurance, and the tachograph for HGVs and PSVs.')));
  return {
    element,
    async apply(vehicle) {
      if (!registered.value) return '';
      try {
        const created = await api.reminders.addDefaults(vehicle.id, { registrationDate: registered.value });
        return ` ${created.length} reminders added.`;
      } catch (error) {
        return ` The default reminders were not added: ${error.message}`;
      }
    },
  };
}
