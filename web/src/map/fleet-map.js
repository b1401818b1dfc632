import L from 'leaflet';
import { addOutlineBasemap, addTileBasemap } from './basemap.js';

const GREAT_BRITAIN = { center: [54.4, -2.8], zoom: 6 };

/**
 * The Leaflet map with its panes: outlines, then tiles (when configured), then the trail, then
 * vehicles. The outlines stay under the tiles so the map still reads if the tile server fails.
 */
export function createFleetMap(container, config) {
  const map = L.map(container, { zoomControl: false, minZoom: 3, maxZoom: 18, worldCopyJump: false })
    .setView(GREAT_BRITAIN.center, GREAT_BRITAIN.zoom);
  L.control.zoom({ position: 'bottomright' }).addTo(map);
  L.control.scale({ position: 'bottomleft', imperial: true }).addTo(map);
  map.createPane('basemap').style.zIndex = 200;
  map.createPane('tiles').style.zIndex = 250;
  map.createPane('vehicles').style.zIndex = 450;

  addOutlineBasemap(map).catch((error) => console.error('Could not load the basemap', error));
  if (config.tileUrl) addTileBasemap(map, config);
  return map;
}

/** Zooms to where the fleet is, once, when the first snapshot arrives. */
export function fitToFleet(map, vehicles) {
  const positions = [];
  for (const vehicle of vehicles) {
    if (vehicle.latitude != null) positions.push([vehicle.latitude, vehicle.longitude]);
  }
  if (positions.length === 1) map.setView(positions[0], 11);
  else if (positions.length > 1) map.fitBounds(L.latLngBounds(positions), { padding: [40, 40], maxZoom: 12 });
}
