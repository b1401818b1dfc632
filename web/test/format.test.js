import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { distance, distanceInput, kmFromInput, odometer, speed, useUnits } from '../src/shared/format.js';

afterEach(() => useUnits('imperial'));

test('speed: km/h from the API reads in mph by default', () => {
  assert.equal(speed(36), '22 mph');
  assert.equal(speed(null), '—');
});

test('distance and odometer: km and metres read in miles by default', () => {
  assert.equal(distance(160.9344), '100 mi');
  assert.equal(odometer(1_609_344), '1,000 mi');
});

test('useUnits: metric switches every formatter', () => {
  useUnits('metric');

  assert.equal(speed(36), '36 km/h');
  assert.equal(distance(1234), '1,234 km');
  assert.equal(distanceInput(1000), '1000');
});

test('useUnits: an unknown system is refused', () => {
  assert.throws(() => useUnits('furlongs'));
});

test('kmFromInput: an untouched mileage keeps the exact stored km despite rounding to miles', () => {
  assert.equal(distanceInput(1000), '621');

  assert.equal(kmFromInput('621', 1000), 1000);
});

test('kmFromInput: a changed mileage converts miles to whole km', () => {
  assert.equal(kmFromInput('100', 1000), 161);
  assert.equal(kmFromInput('', 1000), null);
  assert.ok(Number.isNaN(kmFromInput('lots', 1000)));
});
