import L from 'leaflet';
import { statusIndex } from '../shared/status.js';
import { DrawnVehicles } from './drawn-vehicles.js';
import { GlyphAtlas } from './glyph-atlas.js';
import { glyphSize } from './vehicle-glyphs.js';
import { drawLabels } from './vehicle-labels.js';

// Moving vehicles are drawn over parked ones, and off-road (VOR) vehicles over everything: they are
// the ones a manager must not miss in a crowd.
const DRAW_ORDER = ['offline', 'stopped', 'moving', 'vor'].map(statusIndex);
const HIT_RADIUS_PX = 10;
const EDGE_PX = 24;

/**
 * Every vehicle on one canvas. Positions are projected from the Web Mercator coordinates the store
 * keeps per vehicle, so a frame is a loop over the fleet with a multiply and a bounds check each.
 * Fires 'vehicleclick' ({ vehicle }) and 'emptyclick'.
 */
export const VehicleLayer = L.Layer.extend({
  options: { pane: 'vehicles' },

  initialize(vehicles, options) {
    L.setOptions(this, options);
    this._vehicles = vehicles;
    this._drawn = new DrawnVehicles();
    this._selectedId = null;
    this._hovered = null;
    this._statusFilter = null;
    this._frame = 0;
    this._atlases = new Map();
  },

  onAdd(map) {
    this._canvas = L.DomUtil.create('canvas', 'vehicle-canvas');
    this._context = this._canvas.getContext('2d');
    this.getPane().appendChild(this._canvas);
    map.on('move resize viewreset', this.scheduleRedraw, this);
    map.on('zoomstart', this._hide, this);
    map.on('zoomend', this._show, this);
    map.on('mousemove', this._onMouseMove, this);
    map.on('mouseout', this._onMouseOut, this);
    map.on('click', this._onClick, this);
    this.redraw();
  },

  onRemove(map) {
    map.off('move resize viewreset', this.scheduleRedraw, this);
    map.off('zoomstart', this._hide, this);
    map.off('zoomend', this._show, this);
    map.off('mousemove', this._onMouseMove, this);
    map.off('mouseout', this._onMouseOut, this);
    map.off('click', this._onClick, this);
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    L.DomUtil.remove(this._canvas);
  },

  select(vehicleId) {
    this._selectedId = vehicleId;
    this.scheduleRedraw();
  },

  /** Shows only one status (or all, with null), matching the side panel's filter. */
  filterStatus(status) {
    this._statusFilter = status;
    this.scheduleRedraw();
  },

  /** The marker as drawn in the last frame: position, status and container pixel; null when not on screen. */
  rendered(vehicleId) {
    const index = this._drawn.indexOf(vehicleId);
    if (index < 0) return null;
    const vehicle = this._drawn.vehicles[index];
    return { vehicleId, latitude: vehicle.latitude, longitude: vehicle.longitude, status: vehicle.status, x: this._drawn.xs[index], y: this._drawn.ys[index] };
  },

  renderedCount() {
    return this._drawn.count;
  },

  scheduleRedraw() {
    if (this._frame === 0 && this._map) {
      this._frame = requestAnimationFrame(() => {
        this._frame = 0;
        this.redraw();
      });
    }
  },

  redraw() {
    if (!this._map) return;
    const size = this._fitCanvas();
    const context = this._context;
    context.clearRect(0, 0, size.x, size.y);
    this._project(size);
    const zoom = this._map.getZoom();
    const glyph = glyphSize(zoom);
    const atlas = this._atlas(glyph);
    for (const status of DRAW_ORDER) this._drawStatus(status, atlas);
    drawLabels(this._context, this._drawn, { glyph, zoom, hoveredId: this._hovered?.vehicleId, selectedId: this._selectedId });
  },

  _fitCanvas() {
    const map = this._map;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    L.DomUtil.setPosition(this._canvas, map.containerPointToLayerPoint([0, 0]));
    if (this._canvas.width !== Math.round(size.x * ratio) || this._canvas.height !== Math.round(size.y * ratio)) {
      this._canvas.width = Math.round(size.x * ratio);
      this._canvas.height = Math.round(size.y * ratio);
      this._canvas.style.width = `${size.x}px`;
      this._canvas.style.height = `${size.y}px`;
    }
    this._context.setTransform(ratio, 0, 0, ratio, 0, 0);
    return size;
  },

  _project(size) {
    const map = this._map;
    const scale = map.options.crs.scale(map.getZoom());
    const origin = map.getPixelOrigin().add(map.containerPointToLayerPoint([0, 0]));
    const drawn = this._drawn;
    drawn.clear();
    for (const vehicle of this._vehicles()) {
      if (Number.isNaN(vehicle.mx) || (this._statusFilter && vehicle.status !== this._statusFilter)) continue;
      const x = vehicle.mx * scale - origin.x;
      const y = vehicle.my * scale - origin.y;
      if (x < -EDGE_PX || y < -EDGE_PX || x > size.x + EDGE_PX || y > size.y + EDGE_PX) continue;
      drawn.add(vehicle, x, y, statusIndex(vehicle.status));
    }
    drawn.trim();
  },

  _drawStatus(status, atlas) {
    const { count, vehicles, xs, ys, statuses } = this._drawn;
    for (let index = 0; index < count; index++) {
      if (statuses[index] === status) atlas.draw(this._context, xs[index], ys[index], status, vehicles[index].heading);
    }
  },

  _atlas(glyph) {
    const ratio = window.devicePixelRatio || 1;
    const key = `${glyph}@${ratio}`;
    if (!this._atlases.has(key)) this._atlases.set(key, new GlyphAtlas(glyph, ratio));
    return this._atlases.get(key);
  },

  _hide() {
    this._canvas.style.visibility = 'hidden';
  },

  _show() {
    this._canvas.style.visibility = '';
    this.redraw();
  },

  _onMouseMove(event) {
    const hovered = this._drawn.nearest(event.containerPoint.x, event.containerPoint.y, HIT_RADIUS_PX);
    if (hovered?.vehicleId === this._hovered?.vehicleId) return;
    this._hovered = hovered;
    this._map.getContainer().style.cursor = hovered ? 'pointer' : '';
    this.scheduleRedraw();
  },

  _onMouseOut() {
    if (!this._hovered) return;
    this._hovered = null;
    this._map.getContainer().style.cursor = '';
    this.scheduleRedraw();
  },

  _onClick(event) {
    const vehicle = this._drawn.nearest(event.containerPoint.x, event.containerPoint.y, HIT_RADIUS_PX);
    if (vehicle) this.fire('vehicleclick', { vehicle });
    else this.fire('emptyclick');
  },
});
