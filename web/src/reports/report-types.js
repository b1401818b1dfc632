const fixTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'short' });

/**
 * A report's first or last fix as a table cell: its time (the reader's clock) as the text, its place (latitude,
 * longitude) as the title, and a dash where the rollups hold no fix.
 */
export function fixCell(row, which) {
  const at = row[`${which}FixAt`];
  if (!at) return { text: '—' };
  return { text: fixTime.format(new Date(at)), title: `${row[`${which}Latitude`]}, ${row[`${which}Longitude`]}` };
}

// The rollup figures both the utilisation and the driver tables end with.
const SPEED_AND_FIXES = [
  ['maxSpeedKmh', 'Max speed (km/h)'],
  ['firstFixAt', 'First fix', (row) => fixCell(row, 'first')],
  ['lastFixAt', 'Last fix', (row) => fixCell(row, 'last')],
];

// The reports the page offers: their API name, title, which filters apply, and the table's columns
// ([key, title] or [key, title, render] where render gives the cell's text and title from the row).
export const REPORT_TYPES = {
  compliance: {
    title: 'DVSA compliance',
    filters: ['vehicleId', 'depot', 'driverId'],
    columns: [
      ['day', 'Day'], ['registration', 'Vehicle'], ['checkedBeforeFirstUse', 'Checked before use'], ['nilDefectReports', 'Nil-defect'],
      ['defectReports', 'With defects'], ['openMinorDefects', 'Open minor'], ['openDangerousDefects', 'Open dangerous'],
      ['oldestOpenDefectAgeDays', 'Oldest open (days)'], ['vor', 'VOR'], ['remindersDueSoon', 'Due soon'], ['remindersOverdue', 'Overdue'],
    ],
  },
  // One row per vehicle on screen (30 days of 1,000 vehicles would be 30,000 day rows); the CSV has one per vehicle and day.
  utilisation: {
    title: 'Fleet utilisation',
    filters: ['vehicleId', 'depot', 'driverId'],
    csv: { groupBy: 'day' },
    columns: [
      ['registration', 'Vehicle'], ['distanceKm', 'Distance (km)'], ['movingHours', 'Moving (h)'], ['idleHours', 'Idle (h)'],
      ['daysUsed', 'Days used'], ['daysAvailable', 'Days available'], ['utilisationPercent', 'Utilisation %'],
      ['overspeedEvents', 'Overspeeds'], ['geofenceVisits', 'Geofence visits'], ...SPEED_AND_FIXES,
    ],
  },
  drivers: {
    title: 'Driver performance',
    filters: ['driverId', 'depot'],
    columns: [
      ['driverName', 'Driver'], ['shifts', 'Shifts'], ['checkCompletionPercent', 'Checks %'], ['distanceKm', 'Distance (km)'],
      ['drivingHours', 'Driving (h)'], ['overspeedEvents', 'Overspeeds'], ['overspeedPer100Km', 'Per 100 km'], ['hoursBreaches', 'Hours breaches'],
      ['gpsDistanceKm', 'GPS distance (km)'], ['movingHours', 'Moving (h)'], ['idleHours', 'Idle (h)'], ['geofenceVisits', 'Geofence visits'],
      ...SPEED_AND_FIXES,
    ],
  },
};

/** The report's query for the API: empty filters and those that do not apply left out. */
export function reportQuery(type, values) {
  const query = { from: values.from, to: values.to };
  for (const name of REPORT_TYPES[type].filters) if (values[name]) query[name] = values[name];
  return query;
}

/** The same report's query as a CSV download, in the report's CSV grouping where it has one (utilisation: per day). */
export function csvQuery(type, query) {
  return { ...query, ...REPORT_TYPES[type].csv, format: 'csv' };
}
