// The reports the page offers: their API name, title, which filters apply, and the table's columns.
export const REPORT_TYPES = {
  compliance: {
    title: 'DVSA compliance',
    filters: ['vehicleId', 'depot'],
    columns: [
      ['day', 'Day'], ['registration', 'Vehicle'], ['checkedBeforeFirstUse', 'Checked before use'], ['nilDefectReports', 'Nil-defect'],
      ['defectReports', 'With defects'], ['openMinorDefects', 'Open minor'], ['openDangerousDefects', 'Open dangerous'],
      ['oldestOpenDefectAgeDays', 'Oldest open (days)'], ['vor', 'VOR'], ['remindersDueSoon', 'Due soon'], ['remindersOverdue', 'Overdue'],
    ],
  },
  utilisation: {
    title: 'Fleet utilisation',
    filters: ['vehicleId', 'depot'],
    columns: [
      ['day', 'Day'], ['registration', 'Vehicle'], ['distanceKm', 'Distance (km)'], ['movingHours', 'Moving (h)'], ['idleHours', 'Idle (h)'],
      ['used', 'Used'], ['available', 'Available'],
    ],
  },
  drivers: {
    title: 'Driver performance',
    filters: ['driverId'],
    columns: [
      ['driverName', 'Driver'], ['shifts', 'Shifts'], ['checkCompletionPercent', 'Checks %'], ['distanceKm', 'Distance (km)'],
      ['drivingHours', 'Driving (h)'], ['overspeedEvents', 'Overspeeds'], ['overspeedPer100Km', 'Per 100 km'], ['hoursBreaches', 'Hours breaches'],
    ],
  },
};

/** The report's query for the API: empty filters and those that do not apply left out. */
export function reportQuery(type, values) {
  const query = { from: values.from, to: values.to };
  for (const name of REPORT_TYPES[type].filters) if (values[name]) query[name] = values[name];
  return query;
}
