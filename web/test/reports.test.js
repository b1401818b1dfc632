import assert from 'node:assert/strict';
import test from 'node:test';
import { can, mayOpen } from '../src/auth/permissions.js';
import { parseRoute } from '../src/management/routes.js';
import { csvQuery, fixCell, REPORT_TYPES, reportQuery } from '../src/reports/report-types.js';

const as = (role) => ({ role });

test('reportQuery: keeps the range and only the filters the report takes, leaving empty ones out', () => {
  const values = { from: '2026-06-01', to: '2026-06-30', vehicleId: 'v1', depot: '', driverId: 'd1' };
  assert.deepEqual(reportQuery('utilisation', values), { from: '2026-06-01', to: '2026-06-30', vehicleId: 'v1', driverId: 'd1' });
  assert.deepEqual(reportQuery('compliance', { ...values, vehicleId: '' }), { from: '2026-06-01', to: '2026-06-30', driverId: 'd1' });
  assert.deepEqual(reportQuery('drivers', values), { from: '2026-06-01', to: '2026-06-30', driverId: 'd1' });
  assert.deepEqual(reportQuery('drivers', { ...values, driverId: '', depot: 'North' }), { from: '2026-06-01', to: '2026-06-30', depot: 'North' });
});

test('csvQuery: utilisation downloads one row per vehicle and day; the others keep their one grouping', () => {
  const query = { from: '2026-06-01', to: '2026-06-30', vehicleId: 'v1' };
  assert.deepEqual(csvQuery('utilisation', query), { ...query, groupBy: 'day', format: 'csv' });
  assert.deepEqual(csvQuery('compliance', query), { ...query, format: 'csv' });
});

test('reports: admins and managers open them; mechanics and drivers do not see the view', () => {
  assert.equal(parseRoute('#/reports').name, 'reports');
  for (const role of ['admin', 'manager']) assert.equal(mayOpen(as(role), 'reports'), true, role);
  for (const role of ['mechanic', 'driver']) assert.equal(can(as(role), 'reports'), false, role);
});

test('REPORT_TYPES: the driver table shows the rollups GPS figures and geofence visits; utilisation its speed, overspeeds and visits', () => {
  const keys = (type) => REPORT_TYPES[type].columns.map(([key]) => key);
  for (const key of ['gpsDistanceKm', 'movingHours', 'idleHours', 'maxSpeedKmh', 'geofenceVisits', 'firstFixAt', 'lastFixAt']) {
    assert.ok(keys('drivers').includes(key), key);
  }
  for (const key of ['maxSpeedKmh', 'overspeedEvents', 'geofenceVisits', 'firstFixAt', 'lastFixAt']) assert.ok(keys('utilisation').includes(key), key);
});

test('fixCell: the fix time as text and its place as the title; a dash without a fix', () => {
  const row = { firstFixAt: '2026-05-04T10:10:00Z', firstLatitude: 51.5, firstLongitude: -0.12, lastFixAt: null, lastLatitude: null, lastLongitude: null };
  const first = fixCell(row, 'first');
  assert.match(first.text, /04\/05\/2026/);
  assert.equal(first.title, '51.5, -0.12');
  assert.deepEqual(fixCell(row, 'last'), { text: '—' });
});
