import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FrameBatcher } from '../src/live/frame-batcher.js';

function withFrames() {
  const pending = [];
  globalThis.requestAnimationFrame = (callback) => pending.push(callback);
  return () => pending.splice(0).forEach((callback) => callback(0));
}

test('FrameBatcher: batches between frames are applied once, one entry per vehicle', () => {
  const runFrame = withFrames();
  const applied = [];
  const batcher = new FrameBatcher((snapshot, updates) => applied.push({ snapshot, updates }));

  batcher.pushBatch([{ vehicleId: 'a', latitude: 1 }, { vehicleId: 'b', latitude: 1 }]);
  batcher.pushBatch([{ vehicleId: 'a', latitude: 2 }]);
  runFrame();

  assert.equal(applied.length, 1);
  assert.deepEqual(applied[0].updates.map((v) => [v.vehicleId, v.latitude]), [['a', 2], ['b', 1]]);
});

test('FrameBatcher: a snapshot keeps the pushes that arrived with it', () => {
  const runFrame = withFrames();
  const applied = [];
  const batcher = new FrameBatcher((snapshot, updates) => applied.push({ snapshot, updates }));

  batcher.pushBatch([{ vehicleId: 'a', latitude: 3 }]);
  batcher.pushSnapshot([{ vehicleId: 'a', latitude: 2 }]);
  runFrame();

  assert.equal(applied[0].snapshot.length, 1);
  assert.equal(applied[0].updates.length, 1);
});
