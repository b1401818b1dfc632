import { mercatorX, mercatorY } from '../map/mercator.js';

function hasPosition(vehicle) {
  return vehicle.latitude != null && vehicle.longitude != null;
}

/** Adds the fields the map and list need to a hub VehicleSnapshot, once per update rather than per frame. */
function prepare(snapshot) {
  snapshot.lastSeenMs = snapshot.lastSeen ? Date.parse(snapshot.lastSeen) : 0;
  snapshot.mx = hasPosition(snapshot) ? mercatorX(snapshot.longitude) : NaN;
  snapshot.my = hasPosition(snapshot) ? mercatorY(snapshot.latitude) : NaN;
  return snapshot;
}

/**
 * The company's vehicles as last heard, keyed by vehicleId. Pushes and snapshots can overtake each
 * other (GetSnapshot is in flight while batches arrive), so an entry older than what is held is ignored.
 */
export class FleetStore {
  #vehicles = new Map();
  #listeners = new Set();

  get size() {
    return this.#vehicles.size;
  }

  get(vehicleId) {
    return this.#vehicles.get(vehicleId);
  }

  values() {
    return this.#vehicles.values();
  }

  subscribe(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Applies a full snapshot (first connect or resync) and then any pushes queued behind it, as one change. */
  apply(snapshot, updates) {
    const change = { changed: [], transitions: [], membershipChanged: false, resync: snapshot != null };
    if (snapshot) this.#replaceAll(snapshot, change);
    for (const update of updates) this.#upsert(update, change);
    if (change.changed.length > 0 || change.membershipChanged) {
      for (const listener of this.#listeners) listener(change);
    }
  }

  #replaceAll(snapshot, change) {
    const present = new Set();
    for (const vehicle of snapshot) {
      present.add(vehicle.vehicleId);
      this.#upsert(vehicle, change);
    }
    for (const vehicleId of this.#vehicles.keys()) {
      if (present.has(vehicleId)) continue;
      this.#vehicles.delete(vehicleId);
      change.membershipChanged = true;
    }
  }

  #upsert(update, change) {
    const previous = this.#vehicles.get(update.vehicleId);
    const current = prepare(update);
    if (previous && current.lastSeenMs < previous.lastSeenMs) return;
    this.#vehicles.set(current.vehicleId, current);
    change.changed.push(current);
    if (!previous) change.membershipChanged = true;
    else change.transitions.push({ previous, current });
  }
}
