import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vehicleEvent } from '../src/live/vehicle-events.js';

const vehicle = (fields) => ({ vehicleId: 'a', registration: 'BD73 HSY', status: 'stopped', latitude: 52, longitude: -1, lastSeen: '2026-01-01T10:00:00Z', ...fields });

test('vehicleEvent: stopped to moving reads as started moving', () => {
  const event = vehicleEvent(vehicle({ status: 'stopped' }), vehicle({ status: 'moving' }));

  assert.equal(event.text, 'BD73 HSY started moving');
  assert.equal(event.kind, 'moving');
});

test('vehicleEvent: leaving VOR reads as returned to service', () => {
  assert.equal(vehicleEvent(vehicle({ status: 'vor' }), vehicle({ status: 'stopped' })).text, 'BD73 HSY returned to service');
});

test('vehicleEvent: first fix is reported once', () => {
  assert.equal(vehicleEvent(vehicle({ latitude: null }), vehicle({})).text, 'BD73 HSY reported its first position');
});

test('vehicleEvent: a plain position update is not an event', () => {
  assert.equal(vehicleEvent(vehicle({}), vehicle({ latitude: 52.1 })), null);
});
