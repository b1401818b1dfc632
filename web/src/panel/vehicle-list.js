import { el } from '../shared/dom.js';
import { ago, speed } from '../shared/format.js';
import { STATUS_STYLE, statusLabel } from '../shared/status.js';

const ROW_HEIGHT = 46;
const OVERSCAN = 8;
const REFRESH_MS = 250;

function normalise(text) {
  return (text ?? '').replace(/\s+/g, '').toUpperCase();
}

/**
 * The searchable vehicle list. Only the rows in view exist in the DOM (a fleet can have 10,000
 * vehicles), and it re-renders at most four times a second however fast pushes arrive.
 */
export class VehicleList {
  element;
  #store;
  #onSelect;
  #viewport;
  #spacer;
  #rows = [];
  #matches = [];
  #query = '';
  #status = null;
  #selectedId = null;
  #needsFilter = true;
  #timer = 0;

  constructor(store, onSelect) {
    this.#store = store;
    this.#onSelect = onSelect;
    this.#spacer = el('div', { className: 'vehicle-list-spacer' });
    this.#viewport = el('div', { className: 'vehicle-list', role: 'listbox', 'aria-label': 'Vehicles', tabindex: '0', onscroll: () => this.#render() }, this.#spacer);
    this.element = this.#viewport;
  }

  setQuery(query) {
    this.#query = normalise(query);
    this.#refilterNow();
  }

  setStatus(status) {
    this.#status = status;
    this.#refilterNow();
  }

  setSelected(vehicleId) {
    this.#selectedId = vehicleId;
    this.#render();
  }

  /** Called on every store change; filtering and sorting wait for the next refresh slot. */
  invalidate({ membershipChanged, transitions }) {
    if (membershipChanged || (this.#status && transitions.some(({ previous, current }) => previous.status !== current.status))) this.#needsFilter = true;
    if (this.#timer === 0) this.#timer = setTimeout(() => this.#refresh(), REFRESH_MS);
  }

  /** Re-renders the rows in view, so "last seen" stays current without pushes. */
  tick() {
    this.#render();
  }

  #refilterNow() {
    this.#needsFilter = true;
    this.#refresh();
    this.#viewport.scrollTop = 0;
  }

  #refresh() {
    clearTimeout(this.#timer);
    this.#timer = 0;
    if (this.#needsFilter) this.#filter();
    this.#render();
  }

  #filter() {
    const matches = [];
    for (const vehicle of this.#store.values()) {
      if (this.#status && vehicle.status !== this.#status) continue;
      if (this.#query && !normalise(vehicle.registration).includes(this.#query) && !normalise(vehicle.driverName).includes(this.#query)) continue;
      matches.push(vehicle);
    }
    matches.sort((a, b) => (a.registration < b.registration ? -1 : a.registration > b.registration ? 1 : 0));
    this.#matches = matches.map((vehicle) => vehicle.vehicleId);
    this.#needsFilter = false;
    this.#spacer.style.height = `${matches.length * ROW_HEIGHT}px`;
  }

  #render() {
    const first = Math.max(0, Math.floor(this.#viewport.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const visible = Math.ceil(this.#viewport.clientHeight / ROW_HEIGHT) + 2 * OVERSCAN;
    const last = Math.min(this.#matches.length, first + visible);
    while (this.#rows.length < last - first) this.#rows.push(this.#createRow());
    this.#rows.forEach((row, slot) => {
      const index = first + slot;
      const vehicle = index < last ? this.#store.get(this.#matches[index]) : undefined;
      row.element.hidden = !vehicle;
      if (vehicle) this.#fillRow(row, vehicle, index);
    });
  }

  #createRow() {
    const row = {
      swatch: el('span', { className: 'swatch' }),
      registration: el('span', { className: 'registration' }),
      detail: el('span', { className: 'detail' }),
      seen: el('span', { className: 'seen' }),
    };
    row.element = el('div', { className: 'vehicle-row', role: 'option', tabindex: '-1',
      onclick: () => this.#onSelect(row.vehicleId, { pan: true }),
      onkeydown: (event) => event.key === 'Enter' && this.#onSelect(row.vehicleId, { pan: true }) },
    row.swatch, row.registration, row.detail, row.seen);
    this.#spacer.append(row.element);
    return row;
  }

  #fillRow(row, vehicle, index) {
    row.vehicleId = vehicle.vehicleId;
    row.element.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
    row.element.dataset.vehicleId = vehicle.vehicleId;
    row.element.setAttribute('aria-selected', String(vehicle.vehicleId === this.#selectedId));
    row.swatch.style.background = STATUS_STYLE[vehicle.status]?.colour ?? '#6b7280';
    row.registration.textContent = vehicle.registration;
    row.detail.textContent = vehicle.status === 'moving' ? `${statusLabel(vehicle.status)} · ${speed(vehicle.speedKmh)}` : statusLabel(vehicle.status);
    row.seen.textContent = ago(vehicle.lastSeen);
  }
}
