import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FleetStore } from '../src/live/fleet-store.js';

const snapshot = (vehicleId, lastSeen, fields = {}) => ({ vehicleId, registration: `REG ${vehicleId}`, status: 'moving', latitude: 52, longitude: -1, lastSeen, ...fields });

test('apply: a push older than what is held is ignored', () => {
  const store = new FleetStore();
  store.apply([snapshot('a', '2026-01-01T10:00:05Z', { latitude: 53 })], []);

  store.apply(null, [snapshot('a', '2026-01-01T10:00:01Z', { latitude: 51 })]);

  assert.equal(store.get('a').latitude, 53);
});

test('apply: pushes queued behind a snapshot land after it', () => {
  const store = new FleetStore();

  store.apply([snapshot('a', '2026-01-01T10:00:00Z', { latitude: 50 })], [snapshot('a', '2026-01-01T10:00:02Z', { latitude: 50.1 })]);

  assert.equal(store.get('a').latitude, 50.1);
});

test('apply: a snapshot removes vehicles the company no longer has', () => {
  const store = new FleetStore();
  store.apply([snapshot('a', null), snapshot('b', null)], []);
  const changes = [];
  store.subscribe((change) => changes.push(change));

  store.apply([snapshot('a', null)], []);

  assert.equal(store.get('b'), undefined);
  assert.equal(store.size, 1);
  assert.equal(changes[0].membershipChanged, true);
  assert.equal(changes[0].resync, true);
});

test('apply: a status change is reported as a transition with both states', () => {
  const store = new FleetStore();
  store.apply([snapshot('a', '2026-01-01T10:00:00Z', { status: 'stopped' })], []);
  const changes = [];
  store.subscribe((change) => changes.push(change));

  store.apply(null, [snapshot('a', '2026-01-01T10:00:01Z', { status: 'moving' })]);

  const [{ previous, current }] = changes[0].transitions;
  assert.deepEqual([previous.status, current.status], ['stopped', 'moving']);
});

test('apply: a vehicle without a fix has no map coordinates', () => {
  const store = new FleetStore();

  store.apply([snapshot('a', null, { latitude: null, longitude: null })], []);

  assert.ok(Number.isNaN(store.get('a').mx));
});
