/**
 * Collects hub batches and snapshots between animation frames and hands them over once per frame,
 * so a burst of pushes costs one store update and one redraw. Pending updates are coalesced per
 * vehicle, so a hidden tab (no animation frames) holds at most one entry per vehicle.
 */
export class FrameBatcher {
  #apply;
  #snapshot = null;
  #pending = new Map();
  #frame = 0;

  constructor(apply) {
    this.#apply = apply;
  }

  pushSnapshot(vehicles) {
    this.#snapshot = vehicles;
    this.#schedule();
  }

  pushBatch(vehicles) {
    for (const vehicle of vehicles) this.#pending.set(vehicle.vehicleId, vehicle);
    this.#schedule();
  }

  #schedule() {
    if (this.#frame === 0) this.#frame = requestAnimationFrame(this.#flush);
  }

  #flush = () => {
    this.#frame = 0;
    const snapshot = this.#snapshot;
    const updates = [...this.#pending.values()];
    this.#snapshot = null;
    this.#pending.clear();
    this.#apply(snapshot, updates);
  };
}
