import L from 'leaflet';

/** The selected vehicle's trail for today: loaded from the API, then extended by live pushes. */
export class TrailLayer {
  #line;
  #lastFix = null;

  constructor(map) {
    this.#line = L.polyline([], {
      color: '#2563eb',
      weight: 3,
      opacity: 0.85,
      interactive: false,
      renderer: L.canvas({ padding: 0.5 }),
    }).addTo(map);
  }

  get length() {
    return this.#line.getLatLngs().length;
  }

  /** @param points trail rows from GET /api/vehicles/{id}/trail, oldest first */
  show(points) {
    this.#line.setLatLngs(points.map((point) => [point.latitude, point.longitude]));
    this.#lastFix = points.at(-1)?.fixTime ?? null;
  }

  extend(vehicle) {
    if (vehicle.latitude == null || !vehicle.fixTime || (this.#lastFix && vehicle.fixTime <= this.#lastFix)) return;
    this.#line.addLatLng([vehicle.latitude, vehicle.longitude]);
    this.#lastFix = vehicle.fixTime;
  }

  clear() {
    this.#line.setLatLngs([]);
    this.#lastFix = null;
  }
}
