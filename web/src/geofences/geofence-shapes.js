import L from 'leaflet';
import { GEOFENCE_COLOURS } from './geofence-labels.js';

/** A Leaflet layer for a geofence as the API returns it (circle, or GeoJSON polygon text). */
export function geofenceLayer(geofence, options = {}) {
  const style = { color: GEOFENCE_COLOURS[geofence.type] ?? '#2563eb', weight: 2, fillOpacity: 0.12, ...options };
  if (geofence.circle) {
    return L.circle([geofence.circle.latitude, geofence.circle.longitude], { radius: geofence.circle.radiusMetres, ...style });
  }
  return L.geoJSON(JSON.parse(geofence.polygon), { style: () => style });
}

/**
 * The same shape as one plain Leaflet layer (a circle, or a polygon with the rings' closing points
 * dropped), which leaflet-geoman edits and drags as a single shape.
 */
export function editableLayer(geofence, options = {}) {
  const style = { color: GEOFENCE_COLOURS[geofence.type] ?? '#2563eb', weight: 2, fillOpacity: 0.12, ...options };
  if (geofence.circle) {
    return L.circle([geofence.circle.latitude, geofence.circle.longitude], { radius: geofence.circle.radiusMetres, ...style });
  }
  const rings = JSON.parse(geofence.polygon).coordinates.map((ring) => ring.slice(0, -1).map(([longitude, latitude]) => [latitude, longitude]));
  return L.polygon(rings, style);
}

/** The shape fields of a request from a drawn layer: { circle } or { polygon: GeoJSON text }. */
export function shapeOf(layer) {
  if (layer instanceof L.Circle) {
    const centre = layer.getLatLng();
    return { circle: { latitude: centre.lat, longitude: centre.lng, radiusMetres: Math.round(layer.getRadius()) } };
  }
  return { polygon: JSON.stringify(layer.toGeoJSON().geometry) };
}
