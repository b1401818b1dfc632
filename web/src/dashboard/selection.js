import { api } from '../api/api.js';

function today() {
  const from = new Date();
  from.setHours(0, 0, 0, 0);
  const to = new Date(from);
  to.setDate(to.getDate() + 1);
  return { from, to };
}

/** Which vehicle is selected: keeps the card, the list highlight, the map ring and the trail in step. */
export class Selection {
  vehicleId = null;
  #parts;

  /** @param parts {{ store, map, vehicles, list, card, trail }} */
  constructor(parts) {
    this.#parts = parts;
  }

  select(vehicleId, { pan = false } = {}) {
    const { store, map, vehicles, list, card, trail } = this.#parts;
    const vehicle = store.get(vehicleId);
    if (!vehicle) return;
    this.vehicleId = vehicleId;
    vehicles.select(vehicleId);
    list.setSelected(vehicleId);
    card.show(vehicle);
    trail.clear();
    if (pan && vehicle.latitude != null) map.panTo([vehicle.latitude, vehicle.longitude]);
    this.#loadTrail(vehicleId);
  }

  clear() {
    const { vehicles, list, card, trail } = this.#parts;
    this.vehicleId = null;
    vehicles.select(null);
    list.setSelected(null);
    card.hide();
    trail.clear();
  }

  /** Keeps the card and trail live as pushes for the selected vehicle arrive. */
  onChange(change) {
    if (!this.vehicleId) return;
    const vehicle = this.#parts.store.get(this.vehicleId);
    if (!vehicle) return this.clear();
    if (!change.resync && !change.changed.includes(vehicle)) return;
    this.#parts.card.update(vehicle);
    this.#parts.trail.extend(vehicle);
  }

  async #loadTrail(vehicleId) {
    const { from, to } = today();
    try {
      const points = await api.trail(vehicleId, from, to);
      if (this.vehicleId !== vehicleId) return;
      this.#parts.trail.show(points);
      this.#parts.card.trailLoaded(points);
    } catch (error) {
      if (this.vehicleId === vehicleId) this.#parts.card.trailFailed();
      console.error('Could not load the trail', error);
    }
  }
}
