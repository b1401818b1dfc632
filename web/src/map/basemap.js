import L from 'leaflet';

const BASEMAP_URL = '/basemap/europe.json';
const NATURAL_EARTH = 'Outlines: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';

/** Country outlines drawn on canvas: the whole basemap where no tile server is reachable (the default). */
export async function addOutlineBasemap(map) {
  const response = await fetch(BASEMAP_URL);
  if (!response.ok) throw new Error(`basemap: HTTP ${response.status}`);
  const outlines = L.geoJSON(await response.json(), {
    pane: 'basemap',
    interactive: false,
    renderer: L.canvas({ pane: 'basemap', padding: 0.5 }),
    style: { color: '#a8a29e', weight: 1, fillColor: '#f7f5ef', fillOpacity: 1 },
    attribution: NATURAL_EARTH,
  });
  outlines.addTo(map);
  return outlines;
}

/** Raster tiles, when configuration (Dashboard:TileUrl) names a tile server. */
export function addTileBasemap(map, { tileUrl, tileAttribution }) {
  return L.tileLayer(tileUrl, { pane: 'tiles', maxZoom: 19, attribution: tileAttribution ?? '' }).addTo(map);
}
