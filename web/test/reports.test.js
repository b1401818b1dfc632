import assert from 'node:assert/strict';
import test from 'node:test';
import { can, mayOpen } from '../src/auth/permissions.js';
import { parseRoute } from '../src/management/routes.js';
import { csvQuery, reportQuery } from '../src/reports/report-types.js';

const as = (role) => ({ role });

test('reportQuery: keeps the range and only the filters the report takes, leaving empty ones out', () => {
  const values = { from: '2026-06-01', to: '2026-06-30', vehicleId: 'v1', depot: '', driverId: 'd1' };
  assert.deepEqual(reportQuery('utilisation', values), { from: '2026-06-01', to: '2026-06-30', vehicleId: 'v1' });
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
