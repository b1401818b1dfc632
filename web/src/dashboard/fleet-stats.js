import { api } from '../api/api.js';
import { el } from '../shared/dom.js';

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
  #pushes = 0;
  element = el('div', { className: 'fleet-stats', role: 'status', 'aria-label': 'Fleet figures' }, Object.values(this.#figures).map((f) => f.element));

  /** Reads the figures once (on every (re)connect: pushes sent while away are gone). */
  async refresh() {
    const pushesBefore = this.#pushes;
    try {
      const stats = await api.stats();
      // A push that landed while the read was in flight is at least as new as the read.
      if (this.#pushes === pushesBefore) this.#show(stats);
    } catch (error) {
      console.error('Could not read the fleet figures', error);
    }
  }

  /** The hub's StatsChanged push: the same shape as GET /api/dashboard/stats. */
  pushed(stats) {
    this.#pushes++;
    this.#show(stats);
  }

  #show(stats) {
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
  }
}
