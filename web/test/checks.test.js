import assert from 'node:assert/strict';
import { test } from 'node:test';
import { can, mayOpen } from '../src/auth/permissions.js';
import { checksQuery } from '../src/checks/checks-query.js';
import { href, parseRoute } from '../src/management/routes.js';

const id = '7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d2001';

test('checksQuery: "to" includes its whole day and the defects choice becomes hasDefects', () => {
  const query = checksQuery({ vehicleId: id, driverId: '', from: '2026-03-01', to: '2026-03-31', defects: 'with' });

  assert.deepEqual(query.from, new Date(2026, 2, 1));
  assert.deepEqual(query.to, new Date(2026, 3, 1));
  assert.equal(query.hasDefects, true);
  assert.equal(query.vehicleId, id);
  assert.equal(query.driverId, null);
  assert.equal(checksQuery({ defects: 'without' }).hasDefects, false);
  assert.equal(checksQuery({ defects: '' }).hasDefects, null);
});

test('parseRoute: a check, the items screen and the filtered list', () => {
  assert.deepEqual(parseRoute(href.check(id)).params, { inspectionId: id });
  assert.equal(parseRoute(href.checkItems()).name, 'check-items');
  const list = parseRoute(href.checks({ vehicleId: id, defects: '' }));
  assert.equal(list.name, 'checks');
  assert.equal(list.query.get('vehicleId'), id);
  assert.equal(list.query.has('defects'), false);
});

test('checks: fleet viewers read them, only managers and admins edit the item lists, drivers neither', () => {
  for (const role of ['admin', 'manager', 'mechanic']) assert.equal(mayOpen({ role }, 'check-detail'), true, role);
  assert.equal(can({ role: 'mechanic' }, 'check-items'), false);
  assert.equal(mayOpen({ role: 'manager' }, 'check-items'), true);
  assert.equal(mayOpen({ role: 'driver' }, 'checks'), false);
});
