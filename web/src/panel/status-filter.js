import { el } from '../shared/dom.js';
import { STATUSES, STATUS_STYLE } from '../shared/status.js';

/** Toggle buttons "All / Moving / Stopped / Offline / VOR" with live counts; one status or all. */
export class StatusFilter {
  element;
  #buttons = new Map();
  #selected = null;
  #onChange;

  constructor(onChange) {
    this.#onChange = onChange;
    const button = (status, label, colour) => {
      const count = el('span', { className: 'count' }, '0');
      const element = el('button', { type: 'button', className: 'status-chip', dataset: { status: status ?? 'all' }, 'aria-pressed': String(status === null), onclick: () => this.#select(status) },
        colour ? el('span', { className: 'swatch', style: { background: colour } }) : null, label, ' ', count);
      this.#buttons.set(status, { element, count });
      return element;
    };
    this.element = el('div', { className: 'status-filter', role: 'group', 'aria-label': 'Filter by status' },
      button(null, 'All'),
      STATUSES.map((status) => button(status, STATUS_STYLE[status].label, STATUS_STYLE[status].colour)));
  }

  get selected() {
    return this.#selected;
  }

  updateCounts(vehicles) {
    const counts = Object.fromEntries(STATUSES.map((status) => [status, 0]));
    let total = 0;
    for (const vehicle of vehicles) {
      counts[vehicle.status] = (counts[vehicle.status] ?? 0) + 1;
      total++;
    }
    for (const [status, { count }] of this.#buttons) count.textContent = String(status === null ? total : counts[status]);
  }

  #select(status) {
    this.#selected = this.#selected === status ? null : status;
    for (const [key, { element }] of this.#buttons) element.setAttribute('aria-pressed', String(key === this.#selected));
    this.#onChange(this.#selected);
  }
}
