import { ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { formField } from '../shared/form-field.js';
import { el } from '../shared/dom.js';
import { currentUnits, kmFromInput } from '../shared/format.js';
import { clockTime } from './clock.js';
import { driverApi } from './driver-api.js';
import { hoursPanel } from './hours-panel.js';

const ACTIVITIES = [
  { value: 'driving', label: 'Driving' },
  { value: 'break', label: 'Break' },
  { value: 'otherWork', label: 'Other work' },
  { value: 'available', label: 'Available' },
];

const ACTIVITY_TEXT = Object.fromEntries(ACTIVITIES.map((a) => [a.value, a.label]));

/**
 * On shift: the vehicle and since when, the current activity with buttons to change it, the hours
 * left, and the end-of-shift form. update(current) refreshes it in place (the odometer typed so far
 * stays). onChanged(current) after an activity change; onEnded(timesheet) after the end.
 */
export function shiftPanel({ onChanged, onEnded, onError }) {
  const title = el('h1', {});
  const since = el('p', { className: 'muted' });
  const activityText = el('p', { className: 'activity-now' });
  const hours = hoursPanel();
  const buttons = ACTIVITIES.map((activity) => el('button', {
    type: 'button', className: 'button big activity', dataset: { activity: activity.value },
    onclick: async () => {
      try {
        await driverApi.setActivity(activity.value);
        onChanged(await driverApi.currentShift());
      } catch (error) {
        onError(error);
      }
    },
  }, activity.label));

  const odometer = formField('end', 'odometerKm', `Odometer (${currentUnits().distanceName})`,
    el('input', { type: 'number', inputmode: 'numeric', min: 0, step: 1, required: true }));
  const endButton = el('button', { type: 'submit', className: 'button danger big' }, 'End shift');
  const endForm = el('form', { className: 'end-shift', novalidate: true },
    el('h2', {}, 'End shift'), odometer.element, endButton);
  endForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const km = kmFromInput(odometer.control.value, null);
    if (km == null || !Number.isInteger(km) || km < 0) {
      odometer.setError('Enter the odometer reading, a whole number.');
      odometer.control.focus();
      return;
    }
    odometer.setError(null);
    endButton.disabled = true;
    try {
      onEnded(await driverApi.endShift(km));
    } catch (error) {
      const message = error instanceof ApiError ? fieldErrors(error.problem).odometerKm : null;
      if (message) odometer.setError(message);
      else onError(error);
    } finally {
      endButton.disabled = false;
    }
  });

  const element = el('section', { className: 'driver-card on-shift' },
    title, since, activityText,
    el('div', { className: 'activities', role: 'group', 'aria-label': 'Activity' }, buttons),
    hours.element, endForm);

  return {
    element,
    update(current) {
      title.textContent = `On shift · ${current.registration ?? ''}`.trim();
      since.textContent = `Started at ${clockTime(current.startedAt)}`;
      activityText.textContent = `${ACTIVITY_TEXT[current.activity] ?? current.activity ?? 'Driving'} since ${clockTime(current.activitySince)}`;
      for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.activity === current.activity));
      hours.update(current.hours);
    },
  };
}
