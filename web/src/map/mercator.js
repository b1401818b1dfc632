// Web Mercator (EPSG:3857) normalised to 0..1, the same projection Leaflet's default CRS uses:
// multiplying by crs.scale(zoom) gives Leaflet's world pixel coordinates.
const MAX_LATITUDE = 85.0511287798;

export function mercatorX(longitude) {
  return (longitude + 180) / 360;
}

export function mercatorY(latitude) {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));
  const radians = (clamped * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + radians / 2)) / Math.PI) / 2;
}
