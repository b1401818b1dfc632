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

/** The shape fields of a request from a drawn layer: { circle } or { polygon: GeoJSON text }. */
export function shapeOf(layer) {
  if (layer instanceof L.Circle) {
    const centre = layer.getLatLng();
    return { circle: { latitude: centre.lat, longitude: centre.lng, radiusMetres: Math.round(layer.getRadius()) } };
  }
  return { polygon: JSON.stringify(layer.toGeoJSON().geometry) };
}
