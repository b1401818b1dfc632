import assert from 'node:assert/strict';
import { test } from 'node:test';
import { can, mayOpen } from '../src/auth/permissions.js';
import { parseRoute } from '../src/management/routes.js';
import { duration, fromLocalInput, localInput, timesheetQuery } from '../src/timesheets/timesheet-query.js';

test('duration shows minutes under an hour and hours with minutes above', () => {
  assert.equal(duration(0), '0 min');
  assert.equal(duration(45 * 60), '45 min');
  assert.equal(duration(5400), '1 h 30 min');
});

test('timesheetQuery makes the to day inclusive and leaves empty filters out', () => {
  const query = timesheetQuery({ driverId: '', vehicleId: 'v1', from: '2026-11-02', to: '2026-11-02' });
  assert.equal(query.driverId, null);
  assert.equal(query.vehicleId, 'v1');
  assert.equal(query.to - query.from, 24 * 60 * 60 * 1000);
});

test('a datetime-local value round-trips to the same minute', () => {
  const iso = '2026-11-30T08:15:00.000Z';
  assert.equal(fromLocalInput(localInput(iso)), iso);
  assert.equal(fromLocalInput('not a time'), null);
});

test('managers and admins open #/timesheets; mechanics and drivers do not', () => {
  assert.equal(parseRoute('#/timesheets').name, 'timesheets');
  assert.deepEqual(['admin', 'manager', 'mechanic', 'driver'].map((role) => mayOpen({ role }, 'timesheets')), [true, true, false, false]);
  assert.equal(can({ role: 'manager' }, 'timesheets'), true);
});
