import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconnectPolicy, restartDelay } from '../src/live/reconnect-policy.js';

test('reconnectPolicy: retries at once, then backs off', () => {
  const first = reconnectPolicy.nextRetryDelayInMilliseconds({ previousRetryCount: 0, elapsedMilliseconds: 0 });
  const later = reconnectPolicy.nextRetryDelayInMilliseconds({ previousRetryCount: 10, elapsedMilliseconds: 30_000 });

  assert.equal(first, 0);
  assert.ok(later >= 10_000 && later <= 11_000, `${later}`);
});

test('reconnectPolicy: gives up after a minute so the dashboard starts a new connection', () => {
  assert.equal(reconnectPolicy.nextRetryDelayInMilliseconds({ previousRetryCount: 12, elapsedMilliseconds: 61_000 }), null);
});

test('restartDelay: doubles up to thirty seconds', () => {
  assert.ok(restartDelay(0) >= 1000 && restartDelay(0) <= 1250);
  assert.ok(restartDelay(20) >= 30_000 && restartDelay(20) <= 31_000);
});
