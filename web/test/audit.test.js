import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeChanges, fieldLabel } from '../src/audit/audit-changes.js';
import { auditQuery } from '../src/audit/audit-query.js';

test('fieldLabel: API field names read as words, units dropped', () => {
  assert.equal(fieldLabel('mileageKm'), 'Mileage');
  assert.equal(fieldLabel('speedLimitKmh'), 'Speed limit');
  assert.equal(fieldLabel('vin'), 'VIN');
  assert.equal(fieldLabel('registration'), 'Registration');
});

test('describeChanges: km values read in the display unit, missing values as a dash', () => {
  const changes = describeChanges({ mileageKm: { before: 0, after: 160.9344 }, depot: { before: null, after: 'Leeds' } });

  assert.deepEqual(changes, [
    { field: 'mileageKm', label: 'Mileage', before: '0 mi', after: '100 mi' },
    { field: 'depot', label: 'Depot', before: '—', after: 'Leeds' },
  ]);
});

test('auditQuery: the to day is included, so the API gets the next midnight', () => {
  const query = auditQuery({ from: '2026-11-02', to: '2026-11-02', userId: '', action: 'update', entityType: '', entityId: ' ' });

  assert.deepEqual(query.from, new Date(2026, 10, 2));
  assert.deepEqual(query.to, new Date(2026, 10, 3));
  assert.equal(query.action, 'update');
  assert.equal(query.userId, null);
  assert.equal(query.entityId, null);
});

test('auditQuery: an empty or malformed date is no bound', () => {
  const query = auditQuery({ from: '', to: '2026-13' });

  assert.equal(query.from, null);
  assert.equal(query.to, null);
});
