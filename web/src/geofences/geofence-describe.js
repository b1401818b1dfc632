// One-line descriptions of a geofence's shape and rules, shared by the list and the detail screen.

export function describeShape(geofence) {
  if (geofence.circle) return `Circle, ${geofence.circle.radiusMetres.toLocaleString('en-GB')} m`;
  return `Polygon, ${JSON.parse(geofence.polygon).coordinates[0].length - 1} points`;
}

export function describeRules(geofence) {
  const alerts = [geofence.alertOnEnter ? 'enter' : null, geofence.alertOnExit ? 'exit' : null].filter(Boolean);
  const dwell = geofence.minDwellSeconds > 0 ? `, after ${Math.round(geofence.minDwellSeconds / 60)} min inside` : '';
  const schedule = geofence.schedule ? `, ${geofence.schedule.days.join(' ')} ${geofence.schedule.start}–${geofence.schedule.end}` : '';
  const limit = geofence.speedLimitKmh ? `; speed limit ${geofence.speedLimitKmh} km/h` : '';
  return (alerts.length > 0 ? `Alerts on ${alerts.join(' and ')}${dwell}${schedule}` : 'No alerts') + limit;
}
