import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rowKeys, rowLabel, ruleKey, rulesFrom } from '../src/notifications/notification-rows.js';

test('rowKeys: defect events get a row per severity after their own', () => {
  assert.deepEqual(rowKeys(['vehicleOffRoad', 'defectRaised']), ['vehicleOffRoad', 'defectRaised', 'defectRaised|dangerous', 'defectRaised|minor']);
  assert.equal(rowLabel('defectRaised|dangerous'), 'defect raised (dangerous only)');
  assert.equal(ruleKey({ eventType: 'defectRaised', severity: 'dangerous' }), 'defectRaised|dangerous');
  assert.equal(ruleKey({ eventType: 'overspeed', severity: null }), 'overspeed');
});

test('rulesFrom: ticked boxes become rules, severity rows keep their severity, empty rows are left out', () => {
  const ticked = new Set(['defectRaised|dangerous#manager', 'defectRaised|dangerous#admin', 'defectRaised#mechanic']);
  const rules = rulesFrom(['vehicleOffRoad', 'defectRaised'], ['admin', 'manager', 'mechanic'], (key, role) => ticked.has(`${key}#${role}`));
  assert.deepEqual(rules, [
    { eventType: 'defectRaised', roles: ['mechanic'], severity: null },
    { eventType: 'defectRaised', roles: ['admin', 'manager'], severity: 'dangerous' },
  ]);
});
