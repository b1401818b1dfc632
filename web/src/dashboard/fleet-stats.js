import { api } from '../api/api.js';
import { el } from '../shared/dom.js';

// Events after which the header's figures may have moved; the server's stats grain has taken each
// event before the push, so reading again on arrival shows the new figures.
const MOVING_TYPES = new Set([
  'shiftStarted', 'shiftEnded', 'defectRaised', 'defectRectified', 'vehicleOffRoad', 'vehicleBackInService', 'reminderDueSoon', 'reminderOverdue',
]);
// A burst of events (a check raising several defects) costs one read.
const SETTLE_MS = 300;

function figure(name, label) {
  const value = el('span', { className: 'stat-value' }, '–');
  return { value, element: el('span', { className: 'stat', dataset: { stat: name } }, value, ` ${label}`) };
}

/** The header's fleet figures: vehicles by status, open defects, reminders due or overdue, drivers on shift. */
export class FleetStats {
  #figures = {
    active: figure('active', 'active'),
    vor: figure('vor', 'VOR'),
    maintenance: figure('maintenance', 'in maintenance'),
    defects: figure('defects', 'open defects'),
    dangerous: figure('dangerous', 'dangerous'),
    dueSoon: figure('dueSoon', 'reminders due'),
    overdue: figure('overdue', 'overdue'),
    onShift: figure('onShift', 'on shift'),
  };
  #timer = null;
  element = el('div', { className: 'fleet-stats', role: 'status', 'aria-label': 'Fleet figures' }, Object.values(this.#figures).map((f) => f.element));

  async refresh() {
    try {
      const stats = await api.stats();
      const values = {
        active: stats.vehicles.active,
        vor: stats.vehicles.vor,
        maintenance: stats.vehicles.maintenance,
        defects: stats.openDefects.minor + stats.openDefects.dangerous,
        dangerous: stats.openDefects.dangerous,
        dueSoon: stats.reminders.dueSoon,
        overdue: stats.reminders.overdue,
        onShift: stats.driversOnShift,
      };
      for (const [name, value] of Object.entries(values)) {
        this.#figures[name].value.textContent = String(value);
        this.#figures[name].element.dataset.nonzero = String(value > 0);
      }
    } catch (error) {
      console.error('Could not read the fleet figures', error);
    }
  }

  eventRaised(event) {
    if (!MOVING_TYPES.has(event.type)) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.refresh(), SETTLE_MS);
  }
}
