import { ApiError } from '../api/api.js';
import { el } from '../shared/dom.js';
import { clockTime } from './clock.js';
import { driverApi } from './driver-api.js';
import { shiftRefusal } from './shift-refusal.js';

/**
 * The chosen vehicle, off duty: do the walkaround, start the shift, or pick another. A refused
 * start says why in plain words with the way out (the defects that keep it off road, the check to
 * do, a handover when another driver has it). onStarted(current) with the API's shift state;
 * startNow asks for the start at once (the check result's "Start shift"); odometerKm, when a
 * check just read it, is the shift's start reading.
 */
export function renderShiftStart(screen, vehicle, current, { onCheck, onStarted, onChangeVehicle, startNow = false, odometerKm = null }) {
  const refusal = el('div', { className: 'refusal', role: 'alert', hidden: true });
  const lastCheck = current?.lastCheck?.vehicleId === vehicle.id ? current.lastCheck : null;

  const start = async (handover) => {
    refusal.hidden = true;
    try {
      const body = { vehicleId: vehicle.id };
      if (odometerKm != null) body.odometerKm = odometerKm;
      if (handover) body.handover = true;
      onStarted(await driverApi.startShift(body));
    } catch (error) {
      showRefusal(error instanceof ApiError && error.status === 409 ? shiftRefusal(error.problem) : { kind: 'other', message: error.message, defects: [] });
    }
  };
  const showRefusal = ({ kind, message, defects }) => {
    refusal.dataset.kind = kind;
    refusal.replaceChildren(...[
      el('p', { className: 'refusal-message' }, message),
      defects.length > 0 ? el('ul', { className: 'defect-list' }, defects.map((defect) =>
        el('li', { dataset: { severity: 'dangerous' } }, el('span', { className: 'severity' }, defect.category), ' ', defect.description))) : null,
      kind === 'checkNeeded' ? el('button', { type: 'button', className: 'button primary big', onclick: onCheck }, 'Do the walkaround check') : null,
      kind === 'inUse' ? el('button', { type: 'button', className: 'button primary big', onclick: () => start(true) }, 'Take over (handover)') : null,
    ].filter(Boolean));
    refusal.hidden = false;
  };

  screen.replaceChildren(el('section', { className: 'driver-card' },
    el('h1', {}, vehicle.registration),
    el('p', { className: 'muted' }, [[vehicle.make, vehicle.model].filter(Boolean).join(' '), vehicle.type.toUpperCase()].filter(Boolean).join(' · ')),
    vehicle.status === 'vor' ? el('p', { className: 'notice', dataset: { tone: 'error' } }, 'Off road (VOR): it may not be driven until a mechanic signs its dangerous defects off.') : null,
    el('p', {}, lastCheck ? `Last checked at ${clockTime(lastCheck.submittedAt)}.` : 'Not checked by you today.'),
    el('div', { className: 'driver-actions' },
      el('button', { type: 'button', className: `button big${lastCheck ? '' : ' primary'}`, onclick: onCheck }, 'Walkaround check'),
      el('button', { type: 'button', className: `button big${lastCheck ? ' primary' : ''}`, onclick: () => start(false) }, 'Start shift'),
      el('button', { type: 'button', className: 'button subtle', onclick: onChangeVehicle }, 'Choose another vehicle')),
    refusal));
  if (startNow) start(false);
}
