import { el } from '../shared/dom.js';
import { ago, fullTime, heading, odometer, speed } from '../shared/format.js';
import { STATUS_STYLE, statusLabel } from '../shared/status.js';

/** The selected vehicle's card over the map. Open defects are not in the product yet. */
export class VehicleCard {
  element;
  #fields = {};
  #title;
  #badge;
  #vehicle = null;

  constructor(onClose) {
    const field = (name, label) => {
      this.#fields[name] = el('dd', { dataset: { field: name } });
      return [el('dt', {}, label), this.#fields[name]];
    };
    this.#title = el('h2', { id: 'vehicle-card-title' });
    this.#badge = el('span', { className: 'status-badge' });
    this.element = el('aside', { className: 'vehicle-card', hidden: true, 'aria-labelledby': 'vehicle-card-title' },
      el('header', {}, this.#title, this.#badge,
        el('button', { type: 'button', className: 'close', 'aria-label': 'Close vehicle card', onclick: onClose }, '×')),
      el('dl', {},
        field('driver', 'Driver'),
        field('speed', 'Speed'),
        field('heading', 'Heading'),
        field('lastSeen', 'Last seen'),
        field('odometer', 'Odometer'),
        field('position', 'Position'),
        field('defects', 'Open defects'),
        field('trail', "Today's trail")));
  }

  get vehicleId() {
    return this.#vehicle?.vehicleId ?? null;
  }

  show(vehicle) {
    this.element.hidden = false;
    this.#fields.defects.textContent = 'None recorded yet';
    this.#fields.trail.textContent = 'Loading…';
    this.update(vehicle);
  }

  update(vehicle) {
    this.#vehicle = vehicle;
    this.#title.textContent = vehicle.registration;
    this.#badge.textContent = statusLabel(vehicle.status);
    this.#badge.style.background = STATUS_STYLE[vehicle.status]?.colour ?? '#6b7280';
    this.#fields.driver.textContent = vehicle.driverName ?? 'Not assigned';
    this.#fields.speed.textContent = speed(vehicle.speedKmh);
    this.#fields.heading.textContent = heading(vehicle.heading);
    this.#fields.odometer.textContent = odometer(vehicle.odometerMetres);
    this.#fields.position.textContent = vehicle.latitude == null ? 'No fix yet' : `${vehicle.latitude.toFixed(5)}, ${vehicle.longitude.toFixed(5)}`;
    this.tick();
  }

  tick() {
    if (!this.#vehicle) return;
    this.#fields.lastSeen.textContent = ago(this.#vehicle.lastSeen);
    this.#fields.lastSeen.title = fullTime(this.#vehicle.lastSeen);
  }

  trailLoaded(points) {
    this.#fields.trail.textContent = points.length === 0 ? 'No positions yet today' : `${points.length} positions since midnight`;
  }

  trailFailed() {
    this.#fields.trail.textContent = 'Could not load the trail';
  }

  hide() {
    this.#vehicle = null;
    this.element.hidden = true;
  }
}
