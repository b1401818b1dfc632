import L from 'leaflet';

// leaflet-geoman extends the global Leaflet object, so it is loaded (once, on first use of the
// editor) after Leaflet is made global; the live map never pays for it.
let loading = null;

export function loadGeoman() {
  globalThis.L ??= L;
  loading ??= import('@geoman-io/leaflet-geoman-free').then(() => L);
  return loading;
}
