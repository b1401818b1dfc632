import { el } from '../shared/dom.js';
import { timeOfDay } from '../shared/format.js';
import { STATUS_STYLE } from '../shared/status.js';

const MAX_ENTRIES = 100;

/** The live event feed, newest first, capped so a busy fleet cannot grow the page without bound. */
export class EventFeed {
  element;
  #list;
  #onSelect;

  constructor(onSelect) {
    this.#onSelect = onSelect;
    this.#list = el('ol', { className: 'event-feed', 'aria-live': 'polite', 'aria-label': 'Live events' },
      el('li', { className: 'event-empty' }, 'Waiting for live events…'));
    this.element = this.#list;
  }

  /** @param entries feed entries, oldest first: { at, vehicleId, registration, kind, text, colour? } */
  add(entries) {
    if (entries.length === 0) return;
    this.#list.querySelector('.event-empty')?.remove();
    const newest = entries.slice(-MAX_ENTRIES).reverse().map((entry) => this.#render(entry));
    this.#list.prepend(...newest);
    while (this.#list.childElementCount > MAX_ENTRIES) this.#list.lastElementChild.remove();
  }

  #render(entry) {
    const colour = entry.colour ?? STATUS_STYLE[entry.kind]?.colour ?? '#2563eb';
    return el('li', { className: 'event', dataset: { kind: entry.kind, vehicleId: entry.vehicleId }, onclick: () => entry.vehicleId && this.#onSelect(entry.vehicleId, { pan: true }) },
      el('time', { datetime: entry.at }, timeOfDay(entry.at)),
      el('span', { className: 'swatch', style: { background: colour } }),
      el('span', { className: 'event-text' }, entry.text));
  }
}
