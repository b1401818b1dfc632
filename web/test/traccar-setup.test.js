import assert from 'node:assert/strict';
import { test } from 'node:test';
import { traccarSetupLink } from '../src/devices/traccar-setup.js';

test('traccarSetupLink: the server URL with the device id as id', () => {
  assert.equal(traccarSetupLink({ serverUrl: 'https://fleet.example.com/api/osmand', deviceId: 'tf-8KQ2xY' }),
    'https://fleet.example.com/api/osmand?id=tf-8KQ2xY');
});

test('traccarSetupLink: an id with reserved characters is escaped', () => {
  assert.equal(traccarSetupLink({ serverUrl: 'http://localhost:8080/api/osmand', deviceId: 'a&b c' }),
    'http://localhost:8080/api/osmand?id=a%26b+c');
});
