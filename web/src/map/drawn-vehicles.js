/**
 * What the vehicle layer drew in its last frame, in canvas (= map container) pixels. A canvas has no
 * DOM node per vehicle, so hover, click and the test hook look vehicles up here. Arrays are reused
 * between frames so a redraw allocates nothing per vehicle.
 */
export class DrawnVehicles {
  count = 0;
  vehicles = [];
  xs = new Float32Array(1024);
  ys = new Float32Array(1024);
  statuses = new Uint8Array(1024);

  clear() {
    this.count = 0;
  }

  add(vehicle, x, y, status) {
    if (this.count === this.xs.length) this.#grow();
    const index = this.count++;
    this.vehicles[index] = vehicle;
    this.xs[index] = x;
    this.ys[index] = y;
    this.statuses[index] = status;
  }

  /** Drops references to vehicles that were not drawn this frame, so replaced snapshots can be collected. */
  trim() {
    this.vehicles.length = this.count;
  }

  nearest(x, y, radius) {
    let best = -1;
    let bestDistance = radius * radius;
    for (let index = 0; index < this.count; index++) {
      const dx = this.xs[index] - x;
      const dy = this.ys[index] - y;
      const distance = dx * dx + dy * dy;
      if (distance <= bestDistance) {
        best = index;
        bestDistance = distance;
      }
    }
    return best < 0 ? null : this.vehicles[best];
  }

  indexOf(vehicleId) {
    for (let index = 0; index < this.count; index++) {
      if (this.vehicles[index].vehicleId === vehicleId) return index;
    }
    return -1;
  }

  #grow() {
    const size = this.xs.length * 2;
    const grow = (array, Type) => {
      const larger = new Type(size);
      larger.set(array);
      return larger;
    };
    this.xs = grow(this.xs, Float32Array);
    this.ys = grow(this.ys, Float32Array);
    this.statuses = grow(this.statuses, Uint8Array);
  }
}
